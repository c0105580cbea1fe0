/**
 * The report's "Find support" part (issue 19): for each priority and growth area, the providers that work on
 * it, as a `<provider-list view="team">` that reads the framework and the team's store from the report's
 * context. Its code is asked for only when a framework with providers is reported on (see
 * src/internal/lazy-elements.ts), so a report without providers pays only for these lines.
 */
import { html, nothing } from 'lit';
import type { FrameworkModel } from '../../framework/model.js';
import { requestElement } from '../../internal/lazy-elements.js';

/** The support section, or nothing when the framework lists no providers. */
export function renderSupport(model: FrameworkModel, headingLevel: number) {
  if (!model.providers.length) return nothing;
  requestElement('provider-list');
  return html`<provider-list
    part="support"
    class="section support"
    view="team"
    heading-level=${headingLevel}
  ></provider-list>`;
}
