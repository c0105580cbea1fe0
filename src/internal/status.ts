import { html, nothing, type TemplateResult } from 'lit';
import type { FrameworkState } from '../context/keys.js';
import type { Issue } from '../framework/issues.js';
import type { Strings } from '../i18n/index.js';
import { renderFailure } from './failure-box.js';

/** How many problems an error box lists before "…and N more". */
export const ERRORS_SHOWN = 5;

/**
 * The error box: `part="error"`, `role="alert"`, a heading saying what failed, then the first problems,
 * each with where it is (its JSON Pointer path; none for problems with the whole document, such as an
 * HTTP status or a JSON syntax error, whose message says where). Text only: nothing from the document becomes markup.
 */
export function renderErrors(
  heading: string,
  errors: readonly Issue[],
  t: Strings,
  retry?: () => void,
): TemplateResult {
  const shown = errors.slice(0, ERRORS_SHOWN);
  return html`<div part="error" role="alert">
    <strong>${heading}</strong>
    <ul>
      ${shown.map((e) => html`<li>${e.path ? html`<code>${e.path}</code>: ` : nothing}${e.message}</li>`)}
      ${errors.length > shown.length ? html`<li>${t.moreErrors(errors.length - shown.length)}</li>` : nothing}
    </ul>
    ${retry ? html`<button type="button" part="retry" @click=${retry}>${t.tryAgain}</button>` : nothing}
  </div>`;
}

/**
 * What an element shows instead of its content while it has no framework: a waiting or loading line
 * (which fades in after a short delay, in reserved space), or the error box. Undefined once ready.
 * `quiet` is for widgets whose state comes from their provider: the provider announces loading and errors,
 * so the widgets keep their space without repeating the live regions. A load that can be tried again gets a
 * "Try again" button.
 */
export function renderFrameworkState(
  state: FrameworkState,
  t: Strings,
  quiet = false,
  locale?: string,
): TemplateResult | undefined {
  switch (state.status) {
    case 'ready':
      return undefined;
    case 'error': {
      if (quiet) return html`<div class="status" part="status">${t.unavailable}</div>`;
      const from =
        state.source && state.source !== 'property' && state.source !== 'inline' ? state.source : undefined;
      // Plain words first, the detail behind a disclosure (issue 15).
      return renderFailure(state.errors, { t, locale, thing: 'framework', source: from, retry: state.retry });
    }
    case 'loading':
      return quiet
        ? html`<div class="status" part="status">${t.loading}</div>`
        : html`<div class="status" part="status" role="status">${t.loading}</div>`;
    default:
      return html`<div class="status" part="status">${t.waiting}</div>`;
  }
}
