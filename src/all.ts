/**
 * Registers every element (each define also attaches the ContextRoot that lets late-upgrading providers
 * reach their widgets): `blueprint-widgets/all.js` from npm, and the demo pages. The script-tag bundle
 * has its own entry, src/bundle.ts.
 */
import './components/blueprint-provider/define.js';
import './components/blueprint-bars/define.js';
import './components/capacity-rubric/define.js';
import './components/equity-considerations/define.js';
import './components/resource-card/define.js';
import './components/resource-library/define.js';
import './components/blueprint-report/define.js';
// Team sessions (issue 17).
import './components/team-session/define.js';

export * from './index.js';
