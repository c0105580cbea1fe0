/**
 * A minimal widget built on ProfileElement, for testing the shared plumbing (inputs, context, the profile
 * store) through a real element the way the library's widgets use it. Not part of the library.
 */
import { html, nothing } from 'lit';
import { ProfileElement } from '../../src/internal/profile-element.js';
import { ratingOf } from '../../src/framework/profile.js';

export class TestWidget extends ProfileElement {
  /** Exposed for assertions. */
  get shownLocale() {
    return this.locale;
  }
  get shownProfile() {
    return this.currentProfile;
  }
  get shownState() {
    return this.frameworkState;
  }

  protected override render() {
    const status = this.renderFrameworkState();
    if (status) return status;
    const model = this.model!;
    const profile = this.currentProfile;
    return html`${this.renderProfileErrors() ?? nothing}
      <h2>${model.text(model.framework.title, this.locale)}</h2>
      <ul>
        ${model.capacities.map((c) => {
          const rating = ratingOf(profile, c.id);
          const label = model.text(c.label, this.locale);
          return html`<li data-capacity=${c.id}>
            <span class="label">${label}</span>:
            <span class="value">${rating?.levelId ?? rating?.status ?? 'unanswered'}</span>
            ${model.levels.map(
              (l) =>
                html`<button
                  data-level=${l.id}
                  aria-pressed=${rating?.levelId === l.id ? 'true' : 'false'}
                  @click=${() => this.store?.rate(c.id, l.id, this)}
                >
                  ${label}: ${model.text(l.label, this.locale)}
                </button>`,
            )}
            ${rating ? html`<button class="clear" @click=${() => this.store?.clear(c.id, { keepNote: false }, this)}>Clear ${label}</button>` : nothing}
          </li>`;
        })}
      </ul>`;
  }
}

if (!customElements.get('bp-test-widget')) customElements.define('bp-test-widget', TestWidget);

declare global {
  interface HTMLElementTagNameMap {
    'bp-test-widget': TestWidget;
  }
}
