/**
 * The error box for a load that failed (issue 15, "errors for people"): plain words first (what happened,
 * what to do), the technical detail (the address, the HTTP status, each problem with its JSON Pointer path)
 * behind a "Technical details" disclosure, and "Try again" when the load can be tried again. The box keeps
 * the error part's contract (`part="error"`, `role="alert"`) and can take the focus (`tabindex="-1"`): when
 * it replaces what a person was using, focus moves to it (src/internal/failure-focus.ts).
 */
import { html, nothing, type TemplateResult } from 'lit';
import { failureKind } from '../framework/failure-kind.js';
import type { Issue } from '../framework/issues.js';
import type { Strings } from '../i18n/index.js';
import { errorStrings, type FailedThing, type FailureWords } from '../i18n/errors.js';
import { countBox } from './failure-drawn.js';

/** How many problems the technical details list before "…and N more" (behind a disclosure: more than the old box's 5). */
export const DETAILS_SHOWN = 10;

export interface FailureOptions {
  /** The shared strings of the element's locale ("…and N more", "Try again"). */
  readonly t: Strings;
  /** The element's locale, for the plain words. */
  readonly locale: string | undefined;
  /** What failed to load. */
  readonly thing: FailedThing;
  /** Where it was loaded from (a URL), shown in the details; none for a property or inline JSON. */
  readonly source?: string;
  /** Loads it again ("Try again"). */
  readonly retry?: () => void;
  /** The plain words, when the caller says them its own way (refused answers: src/internal/refusal-view.ts). */
  readonly words?: FailureWords;
}

export function renderFailure(errors: readonly Issue[], o: FailureOptions): TemplateResult {
  const e = errorStrings(o.locale);
  const words = o.words ?? e.failure(failureKind(errors), e.thing[o.thing]);
  const shown = errors.slice(0, DETAILS_SHOWN);
  countBox();
  return html`<div part="error" role="alert" tabindex="-1" class="failure">
    <p class="failure-words"><strong>${words.what}</strong> ${words.next}</p>
    <details part="error-detail">
      <summary>${e.technicalDetails}</summary>
      ${o.source ? html`<p><code>${e.address(o.source)}</code></p>` : nothing}
      <ul>
        ${shown.map((i) => html`<li>${i.path ? html`<code>${i.path}</code>: ` : nothing}${i.message}</li>`)}
        ${errors.length > shown.length ? html`<li>${o.t.moreErrors(errors.length - shown.length)}</li>` : nothing}
      </ul>
    </details>
    ${o.retry ? html`<button type="button" part="retry" @click=${o.retry}>${o.t.tryAgain}</button>` : nothing}
  </div>`;
}
