/**
 * blueprint-widgets/framework: the DOM-free model. Parse and validate framework and profile documents
 * with located errors, query the framework, change profiles, and compute the derived values.
 * Usable in Node (no DOM, no Lit).
 */
export * from './schema.js';
export * from './issues.js';
export * from './text.js';
export * from './json-pointer.js';
export {
  parseFramework,
  parseFrameworkAsync,
  parseProfile,
  parseResource,
  parseJson,
  STEPPED_FROM,
} from './parse.js';
export { FrameworkModel, GROUP_PALETTE, type GroupConsiderations } from './model.js';
export * from './profile.js';
export { withPriorities, withSnapshot, applyEdit } from './profile-edits.js';
export * from './recommend.js';
export * from './library.js';
export * from './report.js';
export * from './answers.js';
// Network view (issue 19): cohorts, counts across teams, teams at the same stage.
export * from './cohort.js';
export * from './aggregate.js';
export * from './same-stage.js';
// Team sessions (issue 17): members' answers, merged as raters, and what the facilitator shows.
export * from './team.js';
// Find support (issue 19): providers for a capacity and level, filters, the contact to open.
export * from './providers.js';
// Progress over time (issue 18): the moments and lines <blueprint-trend> draws.
export {
  trend,
  trendMoments,
  type Trend,
  type TrendMoment,
  type TrendSeries,
  type MissingLevel,
} from './trend.js';
// The action plan (issue 18): its operations and merge, the "moved since" rule, the CSV and calendar files.
export * from './plan.js';
export * from './movement.js';
export * from './plan-export.js';
// Errors for people (issue 15): the kind of a failure, for plain words.
export * from './failure-kind.js';
