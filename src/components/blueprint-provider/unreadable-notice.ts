/**
 * The provider's notice about saved answers it could not open (issue 15): said in plain words in the
 * widget (not only in the console), with the kept copy offered as a file and the technical detail (why,
 * where it is kept) behind a disclosure. The answers stay kept aside under `<key>:unreadable`; starting
 * afresh does not lose them.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { UnreadableAnswers } from '../../context/unreadable.js';
import { errorStrings } from '../../i18n/errors.js';
import type { Strings } from '../../i18n/index.js';
import { DETAILS_SHOWN } from '../../internal/failure-view.js';

export function renderUnreadableNotice(
  info: UnreadableAnswers | undefined,
  locale: string | undefined,
  t: Strings,
  download: () => void,
): TemplateResult | typeof nothing {
  if (!info) return nothing;
  const e = errorStrings(locale);
  const shown = info.errors.slice(0, DETAILS_SHOWN);
  // The words, then the button, in one line of text like the provider's other notices (no paragraph margin).
  return html`<div part="notice unreadable-notice" class="unreadable">
    <strong>${e.unreadableSaved}</strong> ${info.earlierBack ? e.unreadableEarlier : e.unreadableFresh}
    ${info.keptAt ? nothing : e.keptNowhere}
    <button type="button" part="notice-action" @click=${download}>${e.downloadKept}</button>
    <details part="error-detail">
      <summary>${e.technicalDetails}</summary>
      ${info.keptAt ? html`<p>${e.keptUnder(info.keptAt)}</p>` : nothing}
      <ul>
        ${shown.map((i) => html`<li>${i.path ? html`<code>${i.path}</code>: ` : nothing}${i.message}</li>`)}
        ${info.errors.length > shown.length ? html`<li>${t.moreErrors(info.errors.length - shown.length)}</li>` : nothing}
      </ul>
    </details>
  </div>`;
}
