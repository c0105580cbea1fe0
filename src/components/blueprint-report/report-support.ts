/**
 * The report's "Find support" part (issue 19): for each priority and growth area, the providers that work on
 * it, as a `<provider-list view="team">`. That element (and its strings and styles) is fetched the first
 * time a framework with providers is reported on, so a report without providers pays only for these lines;
 * it reads the framework and the team's store from the report's context.
 */
import { html, nothing } from 'lit';
import type { FrameworkModel } from '../../framework/model.js';

let loading: Promise<unknown> | undefined;

/** The support section, or nothing when the framework lists no providers. */
export function renderSupport(model: FrameworkModel, headingLevel: number) {
  if (!model.providers.length) return nothing;
  // Offline or a missing file: the console says so, the section stays empty, the next render tries again.
  loading ??= import('../provider-list/define.js').catch((e: unknown) => {
    loading = undefined;
    console.error('blueprint-widgets: <provider-list> could not be loaded', e);
  });
  return html`<provider-list
    part="support"
    class="section support"
    view="team"
    heading-level=${headingLevel}
  ></provider-list>`;
}
