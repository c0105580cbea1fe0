/**
 * The format's fixed values, apart from the schemas so that code which only needs these (widgets checking
 * a link, profile operations) does not pull in the validator (valibot).
 */

export const FRAMEWORK_SCHEMA_ID = 'blueprint-framework/1';
export const PROFILE_SCHEMA_ID = 'blueprint-profile/1';
/** 1.1: many teams' profiles, for a partner's view across its network. */
export const COHORT_SCHEMA_ID = 'blueprint-cohort/1';
/** The key of this library's own data in a profile's `extensions`. */
export const LIBRARY_EXTENSION = 'blueprint-widgets';
/** How many capacities a team may mark as priorities. */
export const MAX_PRIORITIES = 3;

/** `^[a-z0-9][a-z0-9_-]*$`, at most 64 characters. */
export const ID_PATTERN = /^[a-z0-9][a-z0-9_-]*$/;

/**
 * A link the widgets may follow: `http:`/`https:` (any letter case) or a relative reference, with no
 * whitespace or control characters anywhere (browsers strip those, so `java\tscript:` would otherwise pass).
 */
export const SAFE_URL_PATTERN =
  // Control characters are exactly what this pattern must refuse.
  // eslint-disable-next-line no-control-regex
  /^(?:[hH][tT][tT][pP][sS]?:\/\/[^\s\u0000-\u001F\u007F]+|(?![a-zA-Z][a-zA-Z0-9+.-]*:)[^\s\u0000-\u001F\u007F]+)$/;

/** True when `url` may become a link (http(s) or relative). */
export const isSafeUrl = (url: unknown): url is string =>
  typeof url === 'string' && SAFE_URL_PATTERN.test(url);
