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
export * from './recommend.js';
export * from './library.js';
export * from './report.js';
export * from './answers.js';
// Team sessions (issue 17): members' answers, merged as raters, and what the facilitator shows.
export * from './team.js';
