/**
 * The validator (src/framework/parse.ts with valibot and the schemas) is the heaviest part of the model,
 * and widgets inside a provider never need it: the provider validates once for all of them. So elements
 * load it on first use, with a dynamic import that npm bundlers split into its own chunk (the single-file
 * script-tag bundle loads it as a file of its own too). The provider's store, which validates profiles
 * synchronously, uses it once it has run (src/framework/parser-slot.ts): the provider holds a model only then.
 */
type Validator = typeof import('./validation.js');

let ready: Validator | undefined;
let loading: Promise<Validator> | undefined;

/** The validator if it is loaded, else undefined (call `loadValidator()`). */
export function validator(): Validator | undefined {
  return ready;
}

/** Loads the validator once; every caller shares the one import. */
export function loadValidator(): Promise<Validator> {
  return (loading ??= import('./validation.js').then((module) => (ready = module)));
}
