/**
 * Which language an element speaks: its own `lang`, else the nearest ancestor's (crossing shadow roots),
 * else the document's. Elements re-render when the document's `lang` changes.
 */

/** The nearest `lang` at or above `node`, crossing shadow-root boundaries. */
export function inheritedLang(node: Node | null): string | undefined {
  for (let n: Node | null = node; n;) {
    if (n instanceof Element) {
      const lang = n.getAttribute('lang');
      if (lang) return lang;
    }
    n = n.parentNode ?? (n instanceof ShadowRoot ? n.host : null);
  }
  return undefined;
}

const listeners = new Set<() => void>();
let observer: MutationObserver | undefined;

/** Calls every listener: the words of a language changed (registerLocale), so elements render again. */
export const notifyLocaleChange = (): void => listeners.forEach((l) => l());

/** Calls `listener` whenever `<html lang>` changes; returns the unsubscribe function. */
export function onDocumentLangChange(listener: () => void): () => void {
  listeners.add(listener);
  if (!observer && typeof MutationObserver !== 'undefined') {
    observer = new MutationObserver(() => listeners.forEach((l) => l()));
    observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'] });
  }
  return () => {
    listeners.delete(listener);
    if (!listeners.size) {
      observer?.disconnect();
      observer = undefined;
    }
  };
}
