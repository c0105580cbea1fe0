/**
 * The entry of the script-tag bundle, dist/blueprint-widgets.js: what a partner page loads with
 * `<script type="module" src=…/blueprint-widgets.js>`. Under 1 kB: it imports the shared core
 * (src/bundle-core.ts: <blueprint-provider>, <blueprint-bars>) from the folder beside it, which loads
 * <capacity-rubric>, <equity-considerations>, <resource-card>, <resource-library> and <blueprint-report> the first
 * time the page uses them. So a page pays only for the widgets it shows.
 *
 * If the core itself cannot be fetched (the folder was not copied), nothing registers: the page keeps the
 * fallback content inside the elements (shown by dist/blueprint-widgets.css), and the console names the file.
 */
export * from './bundle-core.js';
// Types only (erased from the script): the tags the core loads on first use, in HTMLElementTagNameMap,
// like those it registers at once. (An `import type {}` would be dropped from the emitted .d.ts.)
export type * from './components/capacity-rubric/define.js';
export type * from './components/equity-considerations/define.js';
export type * from './components/resource-card/define.js';
export type * from './components/resource-library/define.js';
export type * from './components/blueprint-report/define.js';
// Find support (issue 19).
export type * from './components/provider-list/define.js';
// Progress over time (issue 18).
export type * from './components/blueprint-trend/define.js';
// Network view (issue 19)
export type * from './components/blueprint-network/define.js';
// The action plan (issue 18).
export type * from './components/action-plan/define.js';
// Team sessions (issue 17).
export type * from './components/team-session/define.js';
