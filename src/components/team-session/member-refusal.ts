/**
 * What kind of failure a member's file or link is (issue 15), in failure-kind.ts's words, so that
 * `<team-session>` says it plainly (src/i18n/refusals.ts) and its `bp-error` carries it in `detail.kind`.
 */
import type { FailureKind } from '../../framework/failure-kind.js';
import type { Issue } from '../../framework/issues.js';
import type { MemberProblem } from '../../framework/team.js';

export function memberFailureKind(problem: MemberProblem, errors: readonly Issue[]): FailureKind {
  switch (problem) {
    case 'not-answers':
      // Text that is not JSON carries the JSON error; a framework, a cohort or an empty file carry none.
      return errors.some((e) => e.code === 'json') ? 'not-json' : 'not-a-profile';
    case 'other-framework':
      return 'other-framework';
    case 'other-version':
      return 'other-version';
    case 'broken-link':
      return 'broken-link';
    case 'no-answers-link':
      return 'not-a-link';
    case 'empty':
      return 'no-answers';
    default:
      return 'mistakes';
  }
}
