/**
 * Watching what a page says (issue 15, one announcement per action): every live region in every shadow
 * root, and the widgets' own timers (the library waits before it speaks), so a test can prove a silent
 * widget stayed silent without a fixed sleep. Shared by the announcement tests.
 */
import { waitUntil } from '@open-wc/testing';

export const LIVE = '[role="status"], [role="alert"], [role="log"], [aria-live]';

/** Every shadow root under `node`, however deep. */
export function shadowRoots(node: ParentNode, found: ShadowRoot[] = []): ShadowRoot[] {
  for (const el of node.querySelectorAll('*')) {
    if (el.shadowRoot) {
      found.push(el.shadowRoot);
      shadowRoots(el.shadowRoot, found);
    }
  }
  return found;
}

/** Every live region on the page and its text now. */
export function liveTexts(): Map<Element, string> {
  const regions = new Map<Element, string>();
  for (const root of [document, ...shadowRoots(document)])
    for (const region of root.querySelectorAll(LIVE))
      if (region.getAttribute('aria-live') !== 'off')
        regions.set(region, (region.textContent ?? '').replace(/\s+/g, ' ').trim());
  return regions;
}

/**
 * Records every change of a live region's text, in every shadow root: a MutationObserver on the document
 * and on each shadow root (new ones included) compares the regions' texts after each batch of mutations.
 */
export function watchLiveRegions() {
  const changes: { text: string; region: Element }[] = [];
  let last = liveTexts();
  const observed = new Set<Node>();
  const observer = new MutationObserver(() => {
    for (const root of shadowRoots(document)) observe(root);
    const now = liveTexts();
    for (const [region, text] of now)
      if (text && text !== (last.get(region) ?? '')) changes.push({ text, region });
    last = now;
  });
  const observe = (root: Node) => {
    if (observed.has(root)) return;
    observed.add(root);
    observer.observe(root, { subtree: true, childList: true, characterData: true, attributes: true });
  };
  observe(document.body);
  for (const root of shadowRoots(document)) observe(root);
  return { changes, stop: () => observer.disconnect() };
}

/**
 * Resolves once every timer the page set since `track()` has run (the library waits before it speaks, so
 * that typing is not read key by key): proof that a silent widget stayed silent, without a fixed sleep.
 */
export function trackTimers() {
  const original = window.setTimeout.bind(window);
  let pending = 0;
  const patched = ((handler: TimerHandler, timeout?: number, ...args: unknown[]) => {
    // Only the widgets' own timers (the test helpers' polls and time limits would never settle).
    if (typeof handler !== 'function' || !/:\d+\/src\//.test(new Error().stack ?? ''))
      return original(handler as () => void, timeout, ...args);
    pending++;
    let ran = false;
    const id = original(() => {
      ran = true;
      pending--;
      (handler as (...a: unknown[]) => void)(...args);
    }, timeout);
    cancelled.set(id, () => {
      if (!ran) pending--;
    });
    return id;
  }) as typeof window.setTimeout;
  const cancelled = new Map<number, () => void>();
  const originalClear = window.clearTimeout.bind(window);
  window.setTimeout = patched;
  window.clearTimeout = ((id?: number) => {
    if (id !== undefined) {
      cancelled.get(id)?.();
      cancelled.delete(id);
    }
    originalClear(id);
  }) as typeof window.clearTimeout;
  return {
    settled: () => waitUntil(() => pending === 0, 'timers still pending', { timeout: 5000 }),
    restore: () => {
      window.setTimeout = original;
      window.clearTimeout = originalClear;
    },
  };
}
