/**
 * blueprint-widgets: element classes and types, without registering any tag. Register with the
 * `define.js` of each element, with `blueprint-widgets/all.js`, or under your own names with
 * `customElements.define('my-provider', class extends BlueprintProvider {})`.
 */
export * from './core.js';
export { EquityConsiderations } from './components/equity-considerations/equity-considerations.js';
export { ResourceCard } from './components/resource-card/resource-card.js';
export { ResourceLibrary, type LibraryMode } from './components/resource-library/resource-library.js';
export { BlueprintReport } from './components/blueprint-report/blueprint-report.js';
export { reportStrings, type ReportStrings } from './i18n/report.js';
export { considerationStrings, type ConsiderationStrings } from './i18n/considerations.js';
export { resourceStrings, type ResourceStrings } from './i18n/resources.js';
// Team sessions (issue 17).
export { TeamSession } from './components/team-session/team-session.js';
export { teamSessionStrings, type TeamSessionStrings } from './i18n/team-session.js';
