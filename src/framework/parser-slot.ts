/**
 * The validator (parse.ts) once it has run, for code that must validate synchronously without importing it:
 * the provider's profile store parses a profile the moment one is given, but only once a framework model
 * exists, and a model exists only once parse.ts has run (`parseFramework` built it). Importing parse.ts
 * statically there would put valibot and the schemas in every bundle with a provider, the script tag's
 * core included, instead of in the validator's own chunk, loaded in parallel with the framework.
 */
import type { parseFramework, parseJson, parseProfile, parseResource } from './parse.js';

export interface Parser {
  readonly parseFramework: typeof parseFramework;
  readonly parseProfile: typeof parseProfile;
  readonly parseResource: typeof parseResource;
  readonly parseJson: typeof parseJson;
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
