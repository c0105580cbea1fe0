/**
 * Elements that a widget draws inside its own shadow root, where the script tag's loader (autoload.ts) cannot
 * see them: the widget asks for them here. The script-tag core (src/bundle-core.ts) plugs its loader in;
 * `blueprint-widgets/all.js` defines every element at once; a page that imports elements one by one from npm
 * imports the define file of each element it wants shown (the report's "Find support" needs
 * `blueprint-widgets/provider-list/define.js`).
 *
 * Why not a dynamic `import()` in the widget: bundled on its own, a report that imports `<provider-list>`
 * lazily shares Lit and the library's internals with it through split chunks, and their import and export
 * lists cost the report 1.1 kB gzip at once (measured: 44.2 → 45.35 kB), more than it can carry.
 */

let load: ((tags: readonly string[]) => Promise<void>) | undefined;

/** Called once by the script-tag core: how to fetch the elements it loads on first use. */
export function setElementLoader(loader: (tags: readonly string[]) => Promise<void>): void {
  load = loader;
}

/** Asks for `tag`'s code when it is not defined yet (a failure is reported by the loader itself). */
export function requestElement(tag: string): void {
  if (!customElements.get(tag)) load?.([tag]).catch(() => {});
}
