/**
 * The validator (parse.ts) once it has run, for code that must validate synchronously without importing it:
 * the provider's profile store parses a profile the moment one is given, but only once a framework model
 * exists, and a model exists only once parse.ts has run (`parseFramework` built it). Importing parse.ts
 * statically there would put valibot and the schemas in every bundle with a provider, the script tag's
 * core included, instead of in the validator's own chunk, loaded in parallel with the framework.
 */
import type { Issue, ParseResult } from './issues.js';
import type { FrameworkModel } from './model.js';
import type { Profile, Resource } from './schema.js';

/** parse.ts's functions (their types written here, not imported: parse.ts imports this module). */
export interface Parser {
  /**
   * merge.ts's, carried in the validator's chunk: only the provider's store needs them, and only once it
   * has a model (so once this chunk has run); that keeps them out of what the script tag loads at once.
   */
  mergeProfiles: typeof import('./merge.js').mergeProfiles;
  readBackupList: typeof import('./merge.js').readBackupList;
  parseFramework(input: unknown): ParseResult<FrameworkModel>;
  parseFrameworkAsync(input: unknown): Promise<ParseResult<FrameworkModel>>;
  parseProfile(input: unknown, framework?: FrameworkModel): ParseResult<Profile>;
  parseResource(input: unknown, framework?: FrameworkModel): ParseResult<Resource>;
  parseJson(input: string): { ok: true; value: unknown } | { ok: false; error: Issue };
  // Network view (issue 19): the cohort reader validates each team's profile once a model exists.
  summarize(warnings: readonly Issue[]): Issue[];
}

let loaded: Parser | undefined;

/** Called once by parse.ts when it runs. */
export function registerParser(parser: Parser): void {
  loaded = parser;
}

/** parse.ts's functions if it has run (imported statically or dynamically), else undefined. */
export function loadedParser(): Parser | undefined {
  return loaded;
}
