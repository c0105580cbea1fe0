import { failureKind, type FailureKind } from '../framework/failure-kind.js';
import type { Issue } from '../framework/issues.js';
import { eventInit, type IssueSource } from './init.js';

export interface ErrorDetail {
  /** Every error, each with its JSON Pointer `path` ('' for the whole document) and a `message`. */
  readonly errors: readonly Issue[];
  /** What failed: the `src` URL, 'property', 'inline', 'profile', 'import', 'storage', 'link', or 'script' (an element's code could not be fetched). */
  readonly source: IssueSource;
  /**
   * What kind of failure it is, for words of the page's own (issue 15): `not-found`, `refused`, `server`,
   * `timeout`, `network`, `address`, `library`, `not-json`, `wrong-kind`, `other-framework` or `mistakes`;
   * where a team's answers were expected, also `not-a-profile`, `too-new`, `too-big`, `not-a-link`,
   * `broken-link`, `unreadable`, `other-version` or `no-answers` (src/framework/failure-kind.ts). Set by the
   * event from `errors` and `source` when the dispatcher does not give it.
   */
  readonly kind?: FailureKind;
}

/** `bp-error`: loading or validating failed; the element shows the same errors in its `error` part. */
export class BpErrorEvent extends CustomEvent<ErrorDetail> {
  static readonly type = 'bp-error';
  constructor(detail: ErrorDetail) {
    super(BpErrorEvent.type, {
      ...eventInit,
      detail: { kind: failureKind(detail.errors, detail.source), ...detail },
    });
  }
}

declare global {
  interface HTMLElementEventMap {
    'bp-error': BpErrorEvent;
  }
}
