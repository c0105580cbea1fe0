/**
 * What kind of failure a list of errors is, so that a person is told in plain words what happened and what
 * to do (issue 15: "The framework could not be loaded from … · the server answered 404 Not Found for …" was
 * the whole message). The widgets say it first and keep the technical detail behind a disclosure;
 * `bp-error` carries the kind in `detail.kind` for pages that say it their own way.
 *
 * Load errors carry no structure beyond their code and message, so the kind of a `load` error is read
 * from the messages written by src/context/loader.ts (and the network view's download): the tests of
 * test/components/errors-journey.test.ts serve real 404s, timeouts and broken files to keep the two in step.
 */
import type { Issue } from './issues.js';

export type FailureKind =
  /** The server answered 404 or 410: no file at that address. */
  | 'not-found'
  /** The server answered 401 or 403: it would not share the file. */
  | 'refused'
  /** Any other HTTP status (a 500, say). */
  | 'server'
  /** No answer within the element's `timeout`. */
  | 'timeout'
  /** The server could not be reached, or the download broke off. */
  | 'network'
  /** The address itself cannot be used. */
  | 'address'
  /** A part of the library (its validator) could not be fetched. */
  | 'library'
  /** The file is not JSON. */
  | 'not-json'
  /** JSON of another kind: a profile where a framework was expected, an unknown format version. */
  | 'wrong-kind'
  /** Answers made for another framework. */
  | 'other-framework'
  /** A document of the right kind with mistakes in it (shape, references), each with its path. */
  | 'mistakes';

/** The HTTP status a load error names ("the server answered 404 Not Found for …"), if any. */
export function httpStatus(message: string): number | undefined {
  const found = /\banswered (\d{3})\b/.exec(message);
  return found ? Number(found[1]) : undefined;
}

/** The kind of the failure `errors` describe: the first error decides (a load error is always alone). */
export function failureKind(errors: readonly Pick<Issue, 'code' | 'message'>[]): FailureKind {
  const first = errors[0];
  if (!first) return 'mistakes';
  switch (first.code) {
    case 'json':
      return 'not-json';
    case 'schema-version':
      return 'wrong-kind';
    case 'framework-mismatch':
      return 'other-framework';
    case 'load': {
      const status = httpStatus(first.message);
      if (status === 404 || status === 410) return 'not-found';
      if (status === 401 || status === 403) return 'refused';
      if (status !== undefined) return 'server';
      if (/did not answer within/.test(first.message)) return 'timeout';
      if (first.message.startsWith('the validator could not be loaded')) return 'library';
      if (/^"[^]*" is not a URL$/.test(first.message)) return 'address';
      return 'network';
    }
    default:
      // A top-level array or scalar is not the document asked for at all.
      return first.code === 'shape' &&
        first.message.startsWith('expected a ') &&
        /document/.test(first.message)
        ? 'wrong-kind'
        : 'mistakes';
  }
}
