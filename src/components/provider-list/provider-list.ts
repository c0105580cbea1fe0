import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { html as staticHtml } from 'lit/static-html.js';
import { BpSupportRequestEvent, type SupportRequestDetail } from '../../events/bp-support-request.js';
import { filtersFromString, filtersToString } from '../../framework/library.js';
import { clip, TEXT_LIMITS } from '../../framework/limits.js';
import type { FrameworkModel } from '../../framework/model.js';
import { prioritiesOf, ratedLevel } from '../../framework/profile.js';
import {
  contactHref,
  filterProviders,
  PROVIDER_DIMENSIONS,
  providerOptions,
  providersFor,
  teamFocus,
  type ProviderDimension,
  type ProviderFilters,
  type ProviderSearch,
} from '../../framework/providers.js';
import type { Capacity, Profile, Provider } from '../../framework/schema.js';
import { intlLocale, type Text } from '../../framework/text.js';
import { providerStrings, type ProviderStrings } from '../../i18n/providers.js';
import { dimensionName, resourceStrings, type ResourceStrings } from '../../i18n/resources.js';
import { isSafeUrl } from '../../framework/constants.js';
import { focusedOption, listedOptions } from '../../internal/filter-options.js';
import { longText } from '../../internal/long-text.js';
import { ProfileElement } from '../../internal/profile-element.js';
import { clampHeadingLevel, headingTag, shownText, type ShownText } from '../../internal/view.js';
import { facetValueText } from '../../internal/words.js';
import { styles } from './provider-list.styles.js';

export type ProviderListView = 'list' | 'team';

/** Names are shown clipped to this, summaries to a long text's length; the data keeps them whole. */
const NAME = TEXT_LIMITS.name.shown;

/** Everything the list view draws, derived in `willUpdate` while its inputs stay the same. */
interface View {
  readonly model: FrameworkModel;
  readonly profile: Profile | undefined;
  readonly filters: string | undefined;
  /** The capacities the team needs most (priorities, then growth areas). */
  readonly focus: readonly Capacity[];
  /** True while the list shows the team's focus because no one has chosen filters. */
  readonly teamDefault: boolean;
  readonly chosen: ProviderFilters;
  readonly result: ProviderSearch;
}

/**
 * The framework's support providers (framework-format.md 1.1, provider details): each with its name, summary,
 * the capacities it works on, its languages (named in the reader's language), regions and levels, a link to
 * its website (http(s) only) and "Ask for support". Filterable by capacity, level, language and region (the
 * resource library's filter panel and chips, each option with the count it would give), with a count and an
 * empty state. Inside a provider with a team profile, it starts filtered to the team's priorities and growth
 * areas, says so, and offers "Show every provider".
 *
 * "Ask for support" fires `bp-support-request` with only `{ providerId, capacityId, levelId? }` (the team's
 * level in that capacity, when rated); the team's answers are added as `profile` only when the person ticks
 * "Include our answers". The event is cancelable: a page that handles the request calls `preventDefault()`.
 * Otherwise the element opens the provider's `contact`: an `https:` page in a new tab (no opener, no
 * referrer), or a `mailto:` address with a subject naming the capacity. A provider without such a contact
 * gets a plain line instead of the button. The element itself sends nothing anywhere.
 *
 * `view="team"` (what `<blueprint-report>` shows) lists, for each priority and growth area, the providers
 * that work on it and serve the team's level there, under a "Find support" heading, without filters.
 *
 * @tagname provider-list
 * @summary Support providers, filterable, with "Ask for support" that shares only what the team chose.
 *
 * @csspart base - The wrapper around everything the element shows.
 * @csspart filters - The collapsible filter panel (`<details>`).
 * @csspart filter - One dimension's fieldset of checkboxes; `data-dimension` is `capacity`, `level`, `language` or `region`.
 * @csspart chips - The active filters, each a button that removes it, and "Clear all filters".
 * @csspart chip - One active filter's button.
 * @csspart team-note - "Showing providers for your team's priorities and growth areas" and "Show every provider".
 * @csspart include - The "Include our answers" checkbox and its hint.
 * @csspart count - The number of providers shown.
 * @csspart list - The list of providers.
 * @csspart provider - One provider (an `<article>`); `data-provider` is its id.
 * @csspart ask - The "Ask for support" form (capacity choice and button).
 * @csspart no-contact - The line shown instead of "Ask for support" for a provider without a contact.
 * @csspart capacity - In `view="team"`: one priority or growth area with its providers.
 * @csspart empty - No providers (in the framework, or for these filters) and the reset button.
 * @csspart status - The loading or waiting line.
 * @csspart error - The box saying what failed (`role="alert"`).
 *
 * @cssprop --bp-color-text-muted - Counts, hints and facts.
 * @cssprop --bp-color-surface - Provider and filter-panel backgrounds.
 * @cssprop --bp-color-border - Provider and filter-panel borders.
 * @cssprop --bp-color-focus - Focus ring, filter chips and the team note's edge.
 * @cssprop --bp-color-link - Website links.
 *
 * @fires {BpSupportRequestEvent} bp-support-request - A person pressed "Ask for support". `detail: { providerId, capacityId, levelId?, profile? }` (`profile` only when "Include our answers" is ticked). Cancelable: `preventDefault()` keeps the element from opening the provider's contact.
 * @fires {BpErrorEvent} bp-error - The framework or `profile-src` failed. `detail: { errors, source }`.
 */
export class ProviderList extends ProfileElement {
  static override styles = styles;

  /**
   * Filters as a URL query string: `capacity=<id>&level=<id>&language=<tag>&region=<name>` (repeat a key for
   * several values). Unset: the team's priorities and growth areas when there are some, else every provider.
   */
  @property({ reflect: true }) filters?: string;

  /** `list` (default): every provider with filters. `team`: the providers for each priority and growth area. */
  @property({ reflect: true }) view: ProviderListView = 'list';

  /** The level (2..6) of the providers' name headings (`view="team"`: of the "Find support" heading). */
  @property({ attribute: 'heading-level', type: Number }) headingLevel = 3;

  /** Whether "Ask for support" passes the team's answers on (the "Include our answers" checkbox). */
  @state() private includeAnswers = false;
  /** What the last action did (the count after a filter, a contact opened), read politely. */
  @state() private announced = '';

  #view?: View;

  get #t(): ProviderStrings {
    return providerStrings(this.locale, this.words);
  }

  get #words(): ResourceStrings {
    return resourceStrings(this.locale, this.words);
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    const model = this.model;
    if (!model) {
      this.#view = undefined;
      return;
    }
    const profile = this.currentProfile;
    const previous = this.#view;
    if (previous?.model === model && previous.profile === profile && previous.filters === this.filters)
      return;
    const focus = teamFocus(model, profile);
    const teamDefault = this.filters === undefined && focus.length > 0;
    const chosen = teamDefault
      ? { capacity: focus.map((c) => c.id) }
      : (filtersFromString(this.filters).filters as ProviderFilters);
    this.#view = {
      model,
      profile,
      filters: this.filters,
      focus,
      teamDefault,
      chosen,
      result: filterProviders(model, chosen),
    };
  }

  // ---- event handlers -------------------------------------------------------------------------------

  /** Sets new filters (in the panel's order, so one choice always gives one string) and says the count. */
  #change(filters: ProviderFilters) {
    const ordered = Object.fromEntries(
      PROVIDER_DIMENSIONS.flatMap((d) => (filters[d]?.length ? [[d, filters[d]]] : [])),
    );
    this.filters = filtersToString(ordered);
    void this.updateComplete.then(() => {
      this.announced = this.#t.results(this.#view?.result.providers.length ?? 0);
    });
  }

  #toggle(dimension: ProviderDimension, id: string, on: boolean) {
    const filters = this.#view!.chosen;
    const current = filters[dimension] ?? [];
    const next = on ? [...new Set([...current, id])] : current.filter((v) => v !== id);
    this.#change({ ...filters, [dimension]: next });
  }

  /** Removes a chip's filter; focus goes to the next chip, else to the filter panel. */
  #removeChip(dimension: ProviderDimension, id: string, index: number) {
    this.#toggle(dimension, id, false);
    void this.updateComplete.then(() => {
      const chips = this.renderRoot.querySelectorAll<HTMLElement>('.chip');
      (chips[Math.min(index, chips.length - 1)] ?? this.renderRoot.querySelector('summary'))?.focus();
    });
  }

  /** "Show every provider", "Clear all filters", "Clear the filters": no filter; focus on the filter panel. */
  #reset() {
    this.#change({});
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('summary')?.focus());
  }

  /**
   * "Ask for support": the event carries only the provider, the capacity and the team's level there (and the
   * answers, when the person chose so). Unless a listener cancels it, the provider's contact opens.
   */
  #ask(model: FrameworkModel, provider: Provider, capacityId: string) {
    const profile = this.currentProfile;
    const levelId = ratedLevel(model, profile?.ratings, capacityId)?.id;
    const detail: SupportRequestDetail = {
      providerId: provider.id,
      capacityId,
      ...(levelId !== undefined ? { levelId } : {}),
      ...(this.includeAnswers && profile ? { profile } : {}),
    };
    if (!this.dispatchEvent(new BpSupportRequestEvent(detail))) return;
    const t = this.#t;
    const capacity = this.#text(model, model.capacity(capacityId)?.label).text;
    const href = contactHref(provider.contact, t.mailSubject(capacity));
    if (!href) return;
    const name = this.#text(model, provider.name).text;
    if (/^mailto:/i.test(href)) {
      window.open(href, '_self');
      this.announced = t.openedMail(name);
    } else {
      window.open(href, '_blank', 'noopener,noreferrer');
      this.announced = t.openedPage(name);
    }
  }

  // ---- rendering --------------------------------------------------------------------------------------

  #text(model: FrameworkModel, value: Text | undefined, limit: number = NAME): ShownText {
    const shown = shownText(model, value, this.locale);
    const text = clip(shown.text, limit);
    return text === shown.text ? shown : { text, lang: shown.lang };
  }

  /** One list format per language, for the names of capacities, levels and languages. */
  #lists?: { locale: string | undefined; format: Intl.ListFormat | undefined };

  #list(names: readonly string[]): string {
    let lists = this.#lists;
    if (!lists || lists.locale !== this.locale) {
      let format: Intl.ListFormat | undefined;
      try {
        format = new Intl.ListFormat(intlLocale(this.locale), { type: 'conjunction' });
      } catch {
        format = undefined;
      }
      this.#lists = lists = { locale: this.locale, format };
    }
    return lists.format ? lists.format.format(names) : names.join(', ');
  }

  /** A filter value as a person reads it: a capacity's or level's label, a language's name, a region as written. */
  #optionText(model: FrameworkModel, dimension: ProviderDimension, id: string, value: string): ShownText {
    if (dimension === 'capacity') return this.#text(model, model.capacity(id)?.label ?? id);
    if (dimension === 'level') return this.#text(model, model.level(id)?.label ?? id);
    if (dimension === 'language') return facetValueText(model, 'languages', value, this.locale);
    return { text: clip(value, NAME), lang: undefined };
  }

  #dimensionName(dimension: ProviderDimension): string {
    return dimension === 'region'
      ? this.#t.region
      : dimensionName(this.#words, dimension === 'language' ? 'languages' : dimension);
  }

  protected override render() {
    const status = this.renderFrameworkState();
    if (status) return status;
    const model = this.model!;
    const view = this.#view!;
    const t = this.#t;
    const body = !model.providers.length
      ? html`<p part="empty" class="empty">${t.noProviders}</p>`
      : this.view === 'team'
        ? this.#renderTeam(model, view)
        : this.#renderList(model, view);
    return html`<div part="base" class="base" lang=${ifDefined(this.locale)}>
      ${this.renderProfileErrors() ?? nothing} ${body}
      <p class="visually-hidden" role="status">${this.announced}</p>
    </div>`;
  }

  /** "Include our answers": only when there are answers to include. */
  #renderInclude(profile: Profile | undefined) {
    if (!profile || !Object.keys(profile.ratings).length) return nothing;
    const t = this.#t;
    return html`<div part="include" class="include">
      <label class="choice check"
        ><input
          type="checkbox"
          aria-describedby="include-hint"
          .checked=${this.includeAnswers}
          @change=${(e: Event) => (this.includeAnswers = (e.target as HTMLInputElement).checked)}
        />
        ${t.includeAnswers}</label
      >
      <p id="include-hint" class="hint">${t.includeHint}</p>
    </div>`;
  }

  #renderList(model: FrameworkModel, view: View) {
    const t = this.#t;
    const shown = view.result.providers;
    const level = clampHeadingLevel(this.headingLevel);
    // The capacities a provider's "Ask for support" offers first: those the list is filtered to.
    const wanted = view.chosen.capacity ?? [];
    return html`${this.#renderFilters(model, view)} ${this.#renderChips(model, view)}
      ${
        view.teamDefault
          ? html`<div part="team-note" class="note">
              <p>${t.teamFilter(this.#list(view.focus.map((c) => this.#text(model, c.label).text)))}</p>
              <button class="button" type="button" @click=${this.#reset}>${t.showEveryone}</button>
            </div>`
          : nothing
      }
      ${this.#renderInclude(view.profile)}
      <p part="count" class="count">${t.results(shown.length)}</p>
      ${
        shown.length
          ? html`<ul part="list" class="list" aria-label=${t.listLabel}>
              ${shown.map((p) => {
                const ids = p.capacityIds ?? [];
                const capacities = [
                  ...ids.filter((id) => wanted.includes(id)),
                  ...ids.filter((id) => !wanted.includes(id)),
                ];
                return html`<li>${this.#renderProvider(model, p, capacities, level)}</li>`;
              })}
            </ul>`
          : html`<div part="empty" class="empty">
              <p>${t.noResults}</p>
              <button class="button" type="button" @click=${this.#reset}>${t.resetFilters}</button>
            </div>`
      }`;
  }

  #renderFilters(model: FrameworkModel, view: View) {
    const words = this.#words;
    const options = providerOptions(model);
    const active = PROVIDER_DIMENSIONS.reduce((n, d) => n + (view.chosen[d]?.length ?? 0), 0);
    return html`<details part="filters" class="filters">
      <summary>${active ? words.filtersActive(active) : words.filters}</summary>
      <div class="filter-grid">
        ${PROVIDER_DIMENSIONS.map((dimension) => {
          const selected = (view.chosen[dimension] ?? []).map((v) => v.toLowerCase());
          const counts = view.result.counts.get(dimension);
          const list = listedOptions(
            options.get(dimension) ?? [],
            counts,
            (id) => selected.includes(id),
            focusedOption(this.shadowRoot, dimension),
          );
          if (!list.length) return nothing;
          return html`<fieldset part="filter" class="filter" data-dimension=${dimension}>
            <legend class="label">${this.#dimensionName(dimension)}</legend>
            ${list.map((o) => {
              const label = this.#optionText(model, dimension, o.id, o.value);
              return html`<label class="choice check"
                ><input
                  type="checkbox"
                  .checked=${selected.includes(o.id)}
                  .value=${o.id}
                  @change=${(e: Event) => this.#toggle(dimension, o.id, (e.target as HTMLInputElement).checked)}
                />
                <span lang=${ifDefined(label.lang)}>${label.text}</span>
                <span class="option-count">(${counts?.get(o.id) ?? 0})</span></label
              >`;
            })}
          </fieldset>`;
        })}
      </div>
    </details>`;
  }

  #renderChips(model: FrameworkModel, view: View) {
    if (view.teamDefault) return nothing;
    const words = this.#words;
    const options = providerOptions(model);
    let index = 0;
    const chips = PROVIDER_DIMENSIONS.flatMap((dimension) => {
      const name = this.#dimensionName(dimension);
      return (view.chosen[dimension] ?? []).map((id) => {
        const option = options.get(dimension)?.find((o) => o.id === id.toLowerCase());
        const label = this.#optionText(model, dimension, id, option?.value ?? id).text;
        const at = index++;
        return html`<li>
          <button
            part="chip"
            class="chip"
            type="button"
            aria-label=${words.removeFilter(name, label)}
            @click=${() => this.#removeChip(dimension, id, at)}
          >
            ${name}: ${label} <span aria-hidden="true">✕</span>
          </button>
        </li>`;
      });
    });
    if (!chips.length) return nothing;
    return html`<div part="chips" class="chips">
      <ul class="chip-list" aria-label=${words.activeFilters}>
        ${chips}
      </ul>
      <button class="button" type="button" @click=${this.#reset}>${words.clearAll}</button>
    </div>`;
  }

  #renderTeam(model: FrameworkModel, view: View) {
    const t = this.#t;
    const top = clampHeadingLevel(this.headingLevel);
    const heading = headingTag(top);
    const sub = headingTag(top + 1);
    const priorities = new Set(prioritiesOf(view.profile));
    return html`<section class="team" aria-labelledby="support-title">
      ${staticHtml`<${heading} id="support-title">${t.findSupport}</${heading}>`}
      <p class="hint">${view.focus.length ? t.teamIntro : t.teamEmpty}</p>
      ${view.focus.length ? this.#renderInclude(view.profile) : nothing}
      ${view.focus.map((capacity) => {
        const level = ratedLevel(model, view.profile?.ratings, capacity.id);
        const matches = providersFor(model, capacity.id, level?.id);
        const serving = matches.filter((m) => m.servesLevel).map((m) => m.provider);
        const shown = serving.length ? serving : matches.map((m) => m.provider);
        const label = this.#text(model, capacity.label);
        return html`<section part="capacity" class="capacity" data-capacity=${capacity.id}>
          ${staticHtml`<${sub} class="capacity-title"><span lang=${ifDefined(label.lang)}>${label.text}</span> <span class="tag">${priorities.has(capacity.id) ? t.priority : t.growthArea}</span></${sub}>`}
          ${level ? html`<p class="hint">${t.yourLevel(this.#text(model, level.label).text)}</p>` : nothing}
          ${
            !matches.length
              ? html`<p class="hint">${t.noneForCapacity}</p>`
              : html`${serving.length ? nothing : html`<p class="hint">${t.otherLevels}</p>`}
                  <ul class="list" aria-label=${`${t.listLabel}: ${label.text}`}>
                    ${shown.map((p) => html`<li>${this.#renderProvider(model, p, [capacity.id], top + 2)}</li>`)}
                  </ul>`
          }
        </section>`;
      })}
    </section>`;
  }

  /**
   * One provider: name, summary, what it works on, levels, languages, regions, website, and "Ask for
   * support" about one of `capacities` (the first is chosen at first).
   */
  #renderProvider(
    model: FrameworkModel,
    p: Provider,
    capacities: readonly string[],
    level: number,
  ): TemplateResult {
    const t = this.#t;
    const words = this.#words;
    const name = this.#text(model, p.name);
    const summary = this.#text(model, p.summary, Number.MAX_SAFE_INTEGER);
    const tag = headingTag(level);
    const names = (ids: readonly string[], of: (id: string) => Text | undefined) =>
      this.#list(ids.map((id) => this.#text(model, of(id) ?? id).text));
    const facts: [string, string][] = [];
    if (p.capacityIds?.length)
      facts.push([t.worksOn, names(p.capacityIds, (id) => model.capacity(id)?.label)]);
    facts.push([
      words.levels,
      p.levelIds?.length ? names(p.levelIds, (id) => model.level(id)?.label) : words.everyLevel,
    ]);
    if (p.languages?.length)
      facts.push([
        t.languages,
        this.#list(p.languages.map((l) => facetValueText(model, 'languages', l, this.locale).text)),
      ]);
    if (p.regions?.length) facts.push([t.regions, this.#list(p.regions.map((r) => clip(r, NAME)))]);
    const site = isSafeUrl(p.url) ? p.url : undefined;
    const contact = contactHref(p.contact, '') !== undefined;
    const selectId = `ask-${p.id}`;
    const first = capacities[0];
    return html`<article part="provider" class="provider" data-provider=${p.id}>
      ${staticHtml`<${tag} class="name" lang=${ifDefined(name.lang)}>${name.text}</${tag}>`}
      ${summary.text ? html`<p class="summary" lang=${ifDefined(summary.lang)}>${longText(summary.text, words)}</p>` : nothing}
      <dl class="facts">
        ${facts.map(
          ([term, value]) =>
            html`<div class="fact">
              <dt>${term}</dt>
              <dd>${value}</dd>
            </div>`,
        )}
      </dl>
      <div class="actions">
        ${
          site
            ? html`<a class="link" href=${site} rel="noopener noreferrer"
                >${t.website}<span class="visually-hidden">: ${name.text}</span></a
              >`
            : nothing
        }
        ${
          !contact || first === undefined
            ? html`<p part="no-contact" class="hint">${t.noContact}</p>`
            : capacities.length > 1
              ? html`<form
                  part="ask"
                  class="ask"
                  @submit=${(e: Event) => {
                    e.preventDefault();
                    const select = (e.currentTarget as HTMLFormElement).querySelector('select')!;
                    this.#ask(model, p, select.value);
                  }}
                >
                  <label class="label" for=${selectId}>${t.supportWith}</label>
                  <select id=${selectId} class="field">
                    ${capacities.map((id) => html`<option value=${id}>${this.#text(model, model.capacity(id)?.label ?? id).text}</option>`)}
                  </select>
                  <button class="button" type="submit">
                    ${t.ask}<span class="visually-hidden">: ${name.text}</span>
                  </button>
                </form>`
              : html`<div part="ask" class="ask">
                  <button class="button" type="button" @click=${() => this.#ask(model, p, first)}>
                    ${t.ask}<span class="visually-hidden"
                      >${t.askSuffix(name.text, this.#text(model, model.capacity(first)?.label ?? first).text)}</span
                    >
                  </button>
                </div>`
        }
      </div>
    </article>`;
  }
}
