/**
 * The error box, with its words loaded on first failure (issue 14: they are about 2 kB gzip of what every
 * element carried at once, in two languages, for pages where nothing fails). The first failure starts the
 * download of failure-lazy.ts (failure-view.ts's box and src/i18n/errors.ts's words); until it is in, or if
 * it cannot be fetched, a short box says what could not be loaded, in the element's language (the shared
 * strings, English and Spanish, which every element has), lists the problems, and offers "Try again". The box keeps the error part's
 * contract (`part="error"`, `tabindex="-1"` for failure-focus.ts, and `role="alert"` on the box a person hears) in both forms. `bp-error`
 * does not wait for any of this: it fires when the load fails, with its kind (src/events/bp-error.ts).
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { UnreadableAnswers } from '../context/unreadable.js';
import type { Issue } from '../framework/issues.js';
import type { Strings } from '../i18n/index.js';
import type { FailureOptions } from './failure-view.js';
import { countBox } from './failure-drawn.js';
import { notifyLocaleChange } from './locale.js';

type Full = typeof import('./failure-lazy.js');

let full: Full | undefined;
let loading: Promise<void> | undefined;
/**
 * Whether the last try to fetch the full box failed. Until then the short box is drawn without `role="alert"`:
 * the full box replaces it a moment later and is the one a screen reader hears, so one failure is announced
 * once (issue 15). When the file cannot be fetched, the short box becomes the alert.
 */
let gaveUp = false;

/** The full box's module once loaded; else starts loading it (again after a failed try) and gives undefined. */
function loaded(): Full | undefined {
  if (gaveUp) return undefined;
  loading ??= import('./failure-lazy.js').then(
    (m) => {
      full = m;
      // The words of the boxes on the page changed: every element renders again (the locale's signal).
      notifyLocaleChange();
    },
    () => {
      // Not fetched: the short box stays and becomes the alert (one re-render for that); its "Try again"
      // tries again. Nothing else asks for the file again, so one that keeps failing is not fetched in a loop.
      gaveUp = true;
      notifyLocaleChange();
    },
  );
  return full;
}

/** The error box for `errors`: plain words and technical details once their file is in, the short box until then. */
export function renderFailure(errors: readonly Issue[], o: FailureOptions): TemplateResult {
  const m = loaded();
  if (m) return m.renderFailure(errors, o);
  countBox();
  // The problems themselves (at most five), as the box showed them before it had plain words.
  return html`<div part="error" role=${gaveUp ? 'alert' : nothing} tabindex="-1" class="failure">
    <p class="failure-words"><strong>${o.t.failedShort[o.thing]}</strong></p>
    <ul>
      ${errors.slice(0, 5).map((i) => html`<li>${i.path ? html`<code>${i.path}</code>: ` : nothing}${i.message}</li>`)}
    </ul>
    ${o.retry ? html`<button type="button" part="retry" @click=${() => retry(o.retry!)}>${o.t.tryAgain}</button>` : nothing}
  </div>`;
}

/** "Try again" in the short box: the box's own file is asked for again with the element's load. */
function retry(again: () => void): void {
  gaveUp = false;
  loading = undefined;
  again();
}

/**
 * The provider's notice about saved answers it could not open, once its words are in (a moment after the
 * provider finds them; they are kept aside, and `bp-warning` says so at once).
 */
export function renderUnreadableNotice(
  info: UnreadableAnswers | undefined,
  locale: string | undefined,
  t: Strings,
  download: () => void,
): TemplateResult | typeof nothing {
  return info ? (loaded()?.renderUnreadableNotice(info, locale, t, download) ?? nothing) : nothing;
}
