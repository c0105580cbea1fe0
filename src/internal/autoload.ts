/**
 * Loads an element's code the first time its tag appears in the document: the script-tag bundle carries the
 * provider, bars and rubric, and fetches the others (considerations, resource card and library, report) from
 * files beside it when a page uses them. Tags already in the page are found at once; tags added later (a
 * partner's router, a CMS block) are seen by a MutationObserver on the document, which stops once every tag
 * has loaded. Elements inside another library's shadow roots are out of its sight: `loadElements()` loads
 * them on request.
 *
 * A file that cannot be fetched (a partner copied the script without the folder beside it, the network
 * dropped) is not a silent blank: each such element gets a visible, announced message inside it and fires
 * `bp-error` (bubbling, composed), and the browser console names the URL.
 */
import { strings } from '../i18n/index.js';
import { BpErrorEvent } from './events.js';
import { inheritedLang } from './locale.js';

export type Loaders = Readonly<Record<string, () => Promise<unknown>>>;

export interface Autoloader {
  /** Loads `tags` (default: every lazily loaded tag) now; resolves when each is defined or has failed. */
  load(tags?: readonly string[]): Promise<void>;
  /** Stops watching the document (tags already requested still load). */
  disconnect(): void;
}

const running = new WeakMap<Document, Autoloader>();

/**
 * Starts loading on first use in `doc`. Once per document: the script-tag entry may run several times (the
 * script included twice, or once with `?ver=…`), and all its copies share this module, so later calls get
 * the first loader.
 */
export function autoload(loaders: Loaders, doc: Document = document): Autoloader {
  const existing = running.get(doc);
  if (existing) return existing;
  const loader = startLoading(loaders, doc);
  running.set(doc, loader);
  return loader;
}

function startLoading(loaders: Loaders, doc: Document): Autoloader {
  const pending = new Map(Object.entries(loaders));
  const started = new Map<string, Promise<void>>();
  let observer: MutationObserver | undefined;

  const start = (tag: string): Promise<void> => {
    const existing = started.get(tag);
    if (existing) return existing;
    const loader = pending.get(tag);
    if (!loader || customElements.get(tag)) {
      pending.delete(tag);
      return Promise.resolve();
    }
    pending.delete(tag);
    if (!pending.size) observer?.disconnect();
    const done = loader().then(
      () => {
        // A chunk may define more than its own tag (the report brings the bars, considerations and cards).
        for (const t of [...pending.keys()]) if (customElements.get(t)) pending.delete(t);
      },
      (error: unknown) => reportFailure(doc, tag, error),
    );
    started.set(tag, done);
    return done;
  };

  const scan = (root: ParentNode & Node): void => {
    if (!pending.size) return;
    const selector = [...pending.keys()].join(',');
    const found = new Set<string>();
    if (root instanceof Element && root.matches(selector)) found.add(root.localName);
    for (const el of root.querySelectorAll(selector)) found.add(el.localName);
    for (const tag of found) void start(tag);
  };

  scan(doc);
  if (pending.size && typeof MutationObserver !== 'undefined') {
    observer = new MutationObserver((records) => {
      for (const record of records)
        for (const node of record.addedNodes) if (node instanceof Element) scan(node);
    });
    observer.observe(doc, { childList: true, subtree: true });
  }

  return {
    load: async (tags = Object.keys(loaders)) => {
      await Promise.all(tags.filter((t) => t in loaders).map(start));
    },
    disconnect: () => observer?.disconnect(),
  };
}

function reportFailure(doc: Document, tag: string, error: unknown): void {
  const reason = error instanceof Error ? error.message : String(error);
  console.error(`blueprint-widgets: the code of <${tag}> could not be loaded (${reason}).`);
  for (const el of doc.querySelectorAll(tag)) {
    if (customElements.get(tag)) break;
    if (el.querySelector(':scope > [data-bp-load-error]')) continue;
    const t = strings(inheritedLang(el));
    const note = doc.createElement('p');
    note.setAttribute('role', 'alert');
    note.setAttribute('data-bp-load-error', '');
    note.textContent = t.elementFailed;
    el.append(note);
    el.dispatchEvent(
      new BpErrorEvent({
        errors: [{ path: '', message: `${t.elementFailed} (${reason})`, severity: 'error', code: 'load' }],
        source: 'script',
      }),
    );
  }
}
