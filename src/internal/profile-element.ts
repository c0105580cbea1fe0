import { property } from 'lit/decorators.js';
import type { PropertyValues, TemplateResult } from 'lit';
import type { ProfileStore } from '../context/profile-store.js';
import { ProfileController } from '../controllers/profile-controller.js';
import type { Profile } from '../framework/schema.js';
import { BlueprintElement } from './blueprint-element.js';
import { renderErrors } from './status.js';
import { renderFailure } from './failure-box.js';

/**
 * A widget that shows a team's answers: the BlueprintElement inputs plus the profile (the `profile`
 * property, `profile-src`, else the provider's), by a ProfileController. A person's act is one call on
 * `store` (`this.store?.rate(id, level, this)`): the store applies it, saves it and notifies; the widget
 * re-renders from `currentProfile`.
 */
export abstract class ProfileElement extends BlueprintElement {
  /**
   * The team's profile. When unset, the widget uses its provider's profile. Answers made in a widget
   * without a provider update this property.
   */
  @property({ attribute: false }) profile?: Profile;

  /**
   * URL of a team profile JSON document to show, validated against the framework. The `profile`
   * property wins over it; answers made in the widget go to `profile`.
   */
  @property({ attribute: 'profile-src', reflect: true }) profileSrc?: string;

  protected readonly profiles = new ProfileController(this);

  /** The profile to show: the `profile` property, else `profile-src`'s, else the provider's. */
  protected get currentProfile(): Profile | undefined {
    return this.profiles.profile;
  }

  /** Where this widget's person's acts go (the provider's store, or the widget's own); undefined until ready. */
  protected get store(): ProfileStore | undefined {
    return this.profiles.store;
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    this.profiles.sync(this.model);
  }

  /**
   * The error box for a `profile` or `profile-src` that was refused, or undefined (with "Try again" when
   * `profile-src`'s download failed). Render it above the content.
   */
  protected renderProfileErrors(): TemplateResult | undefined {
    const errors = this.profiles.errors;
    if (!errors.length) return undefined;
    // A file from `profile-src`: plain words first, the detail behind a disclosure (issue 15).
    if (this.profile === undefined && this.profileSrc)
      return renderFailure(errors, {
        t: this.strings,
        locale: this.locale,
        thing: 'answers',
        source: this.profileSrc,
        retry: this.profiles.retry,
      });
    return renderErrors(this.strings.profileRefused, errors, this.strings, this.profiles.retry);
  }
}
