/**
 * The validator (src/framework/parse.ts with valibot and the schemas) is the heaviest part of the model,
 * and widgets inside a provider never need it: the provider validates once for all of them. So elements
 * load it on first use, with a dynamic import that npm bundlers split into its own chunk (the single-file
 * bundle inlines it). The provider imports it statically for its own store; nothing registers it globally.
 */
type Validator = typeof import('../framework/parse.js');

let ready: Validator | undefined;
let loading: Promise<Validator> | undefined;

/** The validator if it is loaded, else undefined (call `loadValidator()`). */
export function validator(): Validator | undefined {
  return ready;
}

/** Loads the validator once; every caller shares the one import. */
export function loadValidator(): Promise<Validator> {
  return (loading ??= import('../framework/parse.js').then((module) => (ready = module)));
}
