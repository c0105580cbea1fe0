/**
 * Fetching framework documents by URL: one fetch and one validation per URL per page, shared by every
 * element that asks. A load is aborted only when every element waiting for it has stopped waiting.
 * Failed loads are not cached, so setting `src` again retries.
 */
import { issue, type Issue, type ParseResult } from '../framework/issues.js';
import type { FrameworkModel } from '../framework/model.js';
import { loadValidator } from './validator.js';

interface Entry {
  readonly promise: Promise<ParseResult<FrameworkModel>>;
  readonly abort: AbortController;
  waiters: number;
  settled: boolean;
}

const cache = new Map<string, Entry>();

/** `url` made absolute against the document, or undefined when it cannot be parsed. */
export function absoluteUrl(url: string): string | undefined {
  try {
    return new URL(url, document.baseURI).href;
  } catch {
    return undefined;
  }
}

function failure(message: string): ParseResult<FrameworkModel> {
  return { ok: false, errors: [issue('error', 'load', '', message)], warnings: [] };
}

/**
 * Fetches JSON text from `url`: the text, or a located 'load' error naming the URL and what went wrong
 * (network, HTTP status, interrupted download). Rejects only when `signal` aborts.
 */
export async function fetchText(
  url: string,
  signal: AbortSignal,
): Promise<{ text: string } | { error: Issue }> {
  const fail = (message: string) => ({ error: issue('error', 'load', '', message) });
  let response: Response;
  try {
    response = await fetch(url, {
      signal,
      credentials: 'same-origin',
      headers: { Accept: 'application/json' },
    });
  } catch (e) {
    if (signal.aborted) throw e;
    return fail(`network error while fetching ${url} (${(e as Error).message || 'no response'})`);
  }
  if (!response.ok) {
    const status = `${response.status}${response.statusText ? ' ' + response.statusText : ''}`;
    return fail(`the server answered ${status} for ${url}`);
  }
  try {
    return { text: await response.text() };
  } catch (e) {
    if (signal.aborted) throw e;
    return fail(`the download of ${url} was interrupted (${(e as Error).message})`);
  }
}

async function fetchFramework(url: string, signal: AbortSignal): Promise<ParseResult<FrameworkModel>> {
  // In parallel with the download (the script tag and npm bundles load the validator as a file of its own);
  // one that cannot be loaded is a located error, like a failed download.
  const validating = loadValidator().then(
    (validator) => validator.parseFramework,
    (e: unknown) => () => failure(`the validator could not be loaded (${String(e)})`),
  );
  const fetched = await fetchText(url, signal);
  return 'error' in fetched
    ? { ok: false, errors: [fetched.error], warnings: [] }
    : (await validating)(fetched.text);
}

/** A handle on a shared load: `result` settles once; `release()` says this caller no longer waits. */
export interface LoadHandle {
  readonly result: Promise<ParseResult<FrameworkModel>>;
  release(): void;
}

/** Starts (or joins) the load of the framework at `url`. */
export function loadFramework(url: string): LoadHandle {
  const href = absoluteUrl(url);
  if (href === undefined) {
    return { result: Promise.resolve(failure(`"${url}" is not a URL`)), release() {} };
  }
  // Forget an entry only while it is still the cached one: a newer load of the same URL may have replaced it.
  const forget = (entry: Entry) => {
    if (cache.get(href) === entry) cache.delete(href);
  };
  let entry = cache.get(href);
  if (!entry) {
    const abort = new AbortController();
    const created: Entry = {
      abort,
      waiters: 0,
      settled: false,
      promise: fetchFramework(href, abort.signal).then((result) => {
        created.settled = true;
        if (!result.ok) forget(created);
        return result;
      }),
    };
    // An aborted load rejects; nobody is waiting for it any more, so keep that rejection quiet.
    created.promise.catch(() => forget(created));
    cache.set(href, created);
    entry = created;
  }
  const shared = entry;
  shared.waiters++;
  let released = false;
  return {
    result: shared.promise,
    release() {
      if (released) return;
      released = true;
      shared.waiters--;
      if (shared.waiters === 0 && !shared.settled) {
        forget(shared);
        shared.abort.abort();
      }
    },
  };
}

/** Forgets every cached load (for tests, or a page that wants to re-fetch). */
export function clearFrameworkCache(): void {
  cache.clear();
}
