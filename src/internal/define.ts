import { attachContextRoot } from '../context/context-root.js';

/**
 * The one place tags are registered. Two copies of the library on one page (two partner embeds, two
 * versions) must not throw: the first definition wins and later ones warn once.
 */
export function defineElement(tag: string, ctor: CustomElementConstructor): void {
  if (typeof customElements === 'undefined') return;
  const existing = customElements.get(tag);
  if (existing === ctor) return;
  if (existing) {
    console.warn(
      `blueprint-widgets: <${tag}> is already defined (another copy or version of the library is on this page); ` +
        'keeping the first definition. Load the library once, or register this copy under other tag names.',
    );
    return;
  }
  // Before defining: upgrading elements ask for their context at once, and a provider registered later must
  // still receive those requests, whichever define runs first.
  attachContextRoot();
  try {
    customElements.define(tag, ctor);
  } catch (e) {
    // e.g. the host already registered this very class under its own name: keep theirs, say so.
    console.warn(`blueprint-widgets: <${tag}> could not be registered (${(e as Error).message}).`);
  }
}
