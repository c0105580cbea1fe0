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
  | 'mistakes'
  // Where a team's answers were expected (issue 15: a profile set or imported, a share link, a file opened in
  // the report or in a team session), in the words of those places:
  /** Not a team's answers: a framework, a network's teams, other JSON. */
  | 'not-a-profile'
  /** A format made by a newer version of these widgets (`blueprint-profile/2`). */
  | 'too-new'
  /** A file far too big to be a team's answers (it is not read). */
  | 'too-big'
  /** Text or a link with no answers in it (no `#bp-profile=`). */
  | 'not-a-link'
  /** A share link cut short or changed on its way: its answers cannot be read. */
  | 'broken-link'
  /** A file the browser could not read. */
  | 'unreadable'
  /** A member's answers made with another version of the team's framework. */
  | 'other-version'
  /** A member's answers with nothing answered. */
  | 'no-answers';

/** The sources of a team's answers (`bp-error`'s `source`): where a document that is not answers is `not-a-profile`. */
const ANSWER_SOURCES: ReadonlySet<string> = new Set(['profile', 'import', 'link', 'storage']);

/** The HTTP status a load error names ("the server answered 404 Not Found for …"), if any. */
export function httpStatus(message: string): number | undefined {
  const found = /\banswered (\d{3})\b/.exec(message);
  return found ? Number(found[1]) : undefined;
}

/**
 * `unknown schema "blueprint-profile/2". This library reads "blueprint-profile/1".`: the same kind of
 * document in a later version of the format than this library reads.
 */
function newerFormat(message: string): boolean {
  const found = /^unknown schema "(blueprint-[a-z]+)\/(\d+)"\. This library reads "([a-z-]+)\/(\d+)"/.exec(
    message,
  );
  return !!found && found[1] === found[3] && Number(found[2]) > Number(found[4]);
}

/**
 * The kind of the failure `errors` describe: the first error decides (a load error is always alone). Given
 * the `source` of the errors, where a team's answers were expected: a document that is not answers is
 * `not-a-profile` (or `too-new`, a later format of them), and a share link that cannot be read is
 * `broken-link`.
 */
export function failureKind(
  errors: readonly Pick<Issue, 'code' | 'message'>[],
  source?: string,
): FailureKind {
  const kind = documentKind(errors);
  if (source === undefined || !ANSWER_SOURCES.has(source)) return kind;
  if (kind === 'wrong-kind') return newerFormat(errors[0].message) ? 'too-new' : 'not-a-profile';
  if (kind === 'not-json' && source === 'link') return 'broken-link';
  return kind;
}

function documentKind(errors: readonly Pick<Issue, 'code' | 'message'>[]): FailureKind {
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
