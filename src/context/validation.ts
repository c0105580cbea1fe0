/**
 * What the validator's chunk holds (src/context/validator.ts loads it on first use): the parser, and the check
 * that validates a widget's new `profile` object against the last one it accepted (issue 14), which is needed
 * only where the parser is.
 */
export * from '../framework/parse.js';
export { ProfileCheck } from '../controllers/profile-check.js';
