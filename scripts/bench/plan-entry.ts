/**
 * What the action-plan benchmark runs in the page (bundled by scripts/bench-plan.mjs): the real provider,
 * action plan and report, registered, and the validator, to time the profile's validation on its own.
 */
import '../../src/components/blueprint-provider/define.js';
import '../../src/components/action-plan/define.js';
import '../../src/components/blueprint-report/define.js';
import { parseFramework, parseProfile } from '../../src/framework/parse.js';

(globalThis as { bench?: unknown }).bench = { parseFramework, parseProfile };
