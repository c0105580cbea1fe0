/** Located problems found in a document: every one names its JSON Pointer path and what was expected. */

export type Severity = 'error' | 'warning';

export type IssueCode =
  /** The text is not JSON. */
  | 'json'
  /** A value has the wrong type or shape, or a required field is missing. */
  | 'shape'
  /** Objects and lists nested deeper than the format allows (schema.ts, MAX_DEPTH). */
  | 'too-deep'
  /** A text longer than the widgets show; they show it clipped, the document keeps it whole (warning). */
  | 'long-text'
  /** The `schema` field names a format or version this library does not read. */
  | 'schema-version'
  /** Two items of one kind share an id. */
  | 'duplicate-id'
  /** A reference names an id that does not exist. */
  | 'unresolved-reference'
  /** Level ranks are not 0..n-1, each once. */
  | 'level-ranks'
  /** A URL that is not http:, https: or relative. */
  | 'unsafe-url'
  /** A capacity has no descriptor for some level (warning). */
  | 'missing-descriptor'
  /** A group has no equity considerations at some level (warning). */
  | 'missing-equity'
  /** A capacity has no actions at some level (warning). */
  | 'missing-action'
  /** A resource is tagged to no capacity or group (warning). */
  | 'untagged-resource'
  /** Two entries answer the same question; the first is used (warning). */
  | 'duplicate-entry'
  /** A profile answers another framework (error). */
  | 'framework-mismatch'
  /** A profile was made against another version of the framework (warning). */
  | 'version-mismatch'
  /** A rating names a capacity or level the framework does not have; it is kept (warning). */
  | 'unknown-id'
  /** A rated capacity has no level. */
  | 'missing-level'
  /** The library's own profile extension is malformed (warning). */
  | 'extension'
  /** Loading failed before there was a document: network error, HTTP status, storage. */
  | 'load'
  /** Browser storage is missing, full or refused (warning). */
  | 'storage'
  // Network view (issue 19)
  /** A cohort with no usable team, or with too few to compare (warning). */
  | 'few-teams'
  /** A text lacks a language that `validate --require-locale` asks for (issue 20). */
  | 'missing-translation'
  /** A partner's words for the widgets (registerLocale) name a text that does not exist or leave one out (warning). */
  | 'locale';

export interface Issue {
  /** JSON Pointer into the document ('' is the whole document). */
  readonly path: string;
  /** What is wrong and what was expected, in plain words. */
  readonly message: string;
  readonly severity: Severity;
  readonly code: IssueCode;
}

export type ParseResult<T> =
  | {
      readonly ok: true;
      readonly value: T;
      readonly errors: readonly [];
      readonly warnings: readonly Issue[];
    }
  | {
      readonly ok: false;
      readonly value?: undefined;
      readonly errors: readonly Issue[];
      readonly warnings: readonly Issue[];
    };

export const issue = (severity: Severity, code: IssueCode, path: string, message: string): Issue => ({
  path,
  message,
  severity,
  code,
});

/** `path: message`, the way the CLI and the widgets' error parts print an issue. */
export function formatIssue(i: Pick<Issue, 'path' | 'message'>): string {
  return `${i.path || '(document)'}: ${i.message}`;
}
