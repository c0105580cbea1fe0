/**
 * Loads an element's code the first time its tag appears in the document: the script-tag bundle carries the
 * provider, bars and rubric, and fetches the others (considerations, resource card and library, report) from
 * files beside it when a page uses them. Tags already in the page are found at once; tags added later (a
 * partner's router, a CMS block) are seen by a MutationObserver on the document, which stops once every tag
 * has loaded. Elements inside another library's shadow roots are out of its sight: `load()` loads them on
 * request.
 *
 * A file that cannot be fetched (the network dropped, a partial copy of the folder), or that loads without
 * defining its tag, is not a silent blank: `report` (src/internal/load-failure.ts) gives each such element a
 * visible, announced message and a `bp-error`, now and for elements of that tag added later; `load()`
 * rejects. A later `load()` tries the file again.
 */

export type Loaders = Readonly<Record<string, () => Promise<unknown>>>;

/** Says, in the page, that the elements of `tags` could not be loaded. */
export type ReportFailure = (tags: readonly string[], error: unknown) => void;

export interface Autoloader {
  /** Loads `tags` (default: every lazily loaded tag) now; rejects, naming them, if some could not be loaded. */
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
export function autoload(loaders: Loaders, report: ReportFailure, doc: Document = document): Autoloader {
  const existing = running.get(doc);
  if (existing) return existing;
  const loader = startLoading(loaders, report, doc);
  running.set(doc, loader);
  return loader;
}

function startLoading(loaders: Loaders, report: ReportFailure, doc: Document): Autoloader {
  /** Tags not asked for yet. */
  const pending = new Set(Object.keys(loaders));
  const started = new Map<string, Promise<void>>();
  const failed = new Map<string, unknown>();
  let observer: MutationObserver | undefined;

  /** Watches the document while some tag may still need loading, or reporting. */
  const watch = () => {
    if (observer || typeof MutationObserver === 'undefined') return;
    observer = new MutationObserver((records) => {
      for (const record of records)
        for (const node of record.addedNodes) if (node instanceof Element) scan(node);
    });
    observer.observe(doc, { childList: true, subtree: true });
  };
  const settled = () => {
    // A file may define more than its own tag (the report brings the bars, considerations and cards).
    for (const t of pending) if (customElements.get(t)) pending.delete(t);
    const done = !pending.size && !failed.size && [...started.keys()].every((t) => customElements.get(t));
    if (done) {
      observer?.disconnect();
      observer = undefined;
    }
  };

  const start = (tag: string): Promise<void> => {
    const existing = started.get(tag);
    if (existing) return existing;
    pending.delete(tag);
    failed.delete(tag);
    const loader = loaders[tag];
    if (!loader || customElements.get(tag)) {
      settled();
      return Promise.resolve();
    }
    const done = loader()
      .then(() => {
        // e.g. a host's handler swallowed the failed import: the file "loaded" but defined nothing.
        if (!customElements.get(tag)) throw new Error(`the file loaded but did not define <${tag}>`);
        settled();
      })
      .catch((error: unknown) => {
        started.delete(tag); // a later load() tries again
        failed.set(tag, error);
        report([tag], error);
        watch(); // elements of this tag added later are told too
        throw error;
      });
    started.set(tag, done);
    return done;
  };

  const scan = (root: ParentNode & Node): void => {
    const tags = [...pending, ...failed.keys()];
    if (!tags.length) return;
    const found = new Set<string>();
    const selector = tags.join(',');
    if (root instanceof Element && root.matches(selector)) found.add(root.localName);
    for (const el of root.querySelectorAll(selector)) found.add(el.localName);
    for (const tag of found) {
      if (failed.has(tag))
        report([tag], failed.get(tag)); // new elements of a failed tag say so too
      else start(tag).catch(() => {}); // reported already
    }
  };

  watch();
  scan(doc);

  return {
    load: async (tags = Object.keys(loaders)) => {
      const wanted = tags.filter((t) => t in loaders);
      const results = await Promise.allSettled(wanted.map(start));
      const missing = wanted.filter((_, i) => results[i]?.status === 'rejected');
      if (missing.length)
        throw new Error(`blueprint-widgets: could not load ${missing.map((t) => `<${t}>`).join(', ')}`);
    },
    disconnect: () => {
      observer?.disconnect();
      observer = undefined;
    },
  };
}
