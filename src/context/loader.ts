/**
 * Fetching framework documents by URL: one fetch and one validation per URL per page, shared by every
 * element that asks. A load is aborted only when every element waiting for it has stopped waiting, or
 * when the server has not answered within the timeout (a located error then, like any failed load).
 * Failed loads are not cached, so setting `src` again, "Try again", or `clearFrameworkCache()` retries.
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

/** How long a download may take, in milliseconds, unless an element's `timeout` says otherwise. */
export const DEFAULT_TIMEOUT = 15_000;

/** Counts `clearFrameworkCache()` calls: an element whose load failed tries again when it changes. */
let generation = 0;
export const cacheGeneration = () => generation;

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
 * (network, HTTP status, interrupted download, no answer within `timeout` milliseconds: 15 s when unset or
 * not positive). Rejects only when `signal` aborts.
 */
export async function fetchText(
  url: string,
  signal: AbortSignal,
  timeout?: number,
): Promise<{ text: string } | { error: Issue }> {
  const fail = (message: string) => ({ error: issue('error', 'load', '', message) });
  // One signal for the caller's abort and the timer (AbortSignal.any is too recent for Firefox 120).
  const ms = timeout! > 0 ? timeout! : DEFAULT_TIMEOUT;
  const both = new AbortController();
  const stop = () => both.abort();
  signal.addEventListener('abort', stop);
  const timer = setTimeout(stop, ms);
  let response: Response | undefined;
  try {
    response = await fetch(url, {
      signal: both.signal,
      credentials: 'same-origin',
      headers: { Accept: 'application/json' },
    });
    if (!response.ok) {
      const status = `${response.status}${response.statusText ? ' ' + response.statusText : ''}`;
      return fail(`the server answered ${status} for ${url}`);
    }
    return { text: await response.text() };
  } catch (e) {
    if (signal.aborted) throw e;
    const why = (e as Error).message || 'no response';
    return fail(
      both.signal.aborted
        ? `${url} did not answer within ${ms / 1000} seconds`
        : response
          ? `the download of ${url} was interrupted (${why})`
          : `network error while fetching ${url} (${why})`,
    );
  } finally {
    clearTimeout(timer);
    signal.removeEventListener('abort', stop);
  }
}

async function fetchFramework(
  url: string,
  signal: AbortSignal,
  timeout: number | undefined,
): Promise<ParseResult<FrameworkModel>> {
  // In parallel with the download (the script tag and npm bundles load the validator as a file of its own);
  // one that cannot be loaded is a located error, like a failed download.
  // A big document is validated in steps, giving the page back between them (parseFrameworkAsync).
  const validating = loadValidator().then(
    (validator) => validator.parseFrameworkAsync,
    (e: unknown) => () => Promise.resolve(failure(`the validator could not be loaded (${String(e)})`)),
  );
  const fetched = await fetchText(url, signal, timeout);
  return 'error' in fetched
    ? { ok: false, errors: [fetched.error], warnings: [] }
    : (await validating)(fetched.text);
}

/** A handle on a shared load: `result` settles once; `release()` says this caller no longer waits. */
export interface LoadHandle {
  readonly result: Promise<ParseResult<FrameworkModel>>;
  release(): void;
}

/**
 * Starts (or joins) the load of the framework at `url`. `timeout` (milliseconds) is the one of the element
 * that started the load: the elements that join it wait as long as it does.
 */
export function loadFramework(url: string, timeout?: number): LoadHandle {
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
      promise: fetchFramework(href, abort.signal, timeout).then((result) => {
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
  generation++;
}
