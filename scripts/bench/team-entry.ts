/**
 * What the team-session benchmark runs in the page (bundled by scripts/bench-team.mjs): the real provider and
 * `<team-session>`, registered, and the model's functions, for timing the merge alone and with the render.
 */
import '../../src/components/blueprint-provider/define.js';
import '../../src/components/team-session/define.js';
import { parseFramework } from '../../src/framework/parse.js';
import { distribution, disagreement, mergeMembers, readMemberAnswers } from '../../src/framework/team.js';

(globalThis as { bench?: unknown }).bench = {
  parseFramework,
  readMemberAnswers,
  mergeMembers,
  distribution,
  disagreement,
};
