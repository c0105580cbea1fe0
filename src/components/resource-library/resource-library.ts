import { ContextProvider } from '@lit/context';
import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { frameworkContext } from '../../context/keys.js';
import {
  filtersFromString,
  filtersToString,
  matchedResources,
  resourceIndex,
  selectedIn,
  type Filters,
  type LibraryEntry,
  type MatchReason,
  type SearchResult,
} from '../../framework/library.js';
import { clip, TEXT_LIMITS } from '../../framework/limits.js';
import type { FrameworkModel } from '../../framework/model.js';
import { ratedLevel } from '../../framework/profile.js';
import type { Profile } from '../../framework/schema.js';
import { dimensionName, resourceStrings, type ResourceStrings } from '../../i18n/resources.js';
import type { Words } from '../../i18n/registry.js';
import { BpFilterChangeEvent } from '../../events/bp-filter-change.js';
import { inUse } from '../../internal/announce.js';
import { refocusAfterUpdate } from '../../internal/hold-focus.js';
import { ProfileElement } from '../../internal/profile-element.js';
import { focusedOption, listedOptions } from '../../internal/filter-options.js';
import { clampHeadingLevel } from '../../internal/view.js';
import { facetValueText } from '../../internal/words.js';
import { styles } from './resource-library.styles.js';

export type LibraryMode = 'matched' | 'all';

/** What the list is made of, and any note about why. */
interface Base {
  readonly mode: LibraryMode;
  readonly entries: readonly LibraryEntry[];
  /** Set when `matched` was asked for but there is nothing to match yet. */
  readonly note?: string;
  /** Whether the team has rated any capacity (the mode switch is offered then). */
  readonly canMatch: boolean;
}

/** Everything the render needs, derived in `willUpdate` and kept while its inputs stay the same. */
interface View {
  readonly model: FrameworkModel;
  readonly profile: Profile | undefined;
  readonly locale: string | undefined;
  /** The words for the framework's parts: their notes change with a registered locale or the terms. */
  readonly words: Words;
  /** The `mode` attribute as set (undefined: decided from the answers). */
  readonly modeAsked: LibraryMode | undefined;
  readonly filters: string;
  readonly base: Base;
  readonly parsed: { readonly filters: Filters; readonly query: string };
  readonly result: SearchResult;
}

/** Names (capacity, level and facet labels, a search) are shown clipped to this; the data keeps them whole. */
const NAME = TEXT_LIMITS.name.shown;

/** How long the result count waits before it is announced (typing would otherwise announce every key). */
const ANNOUNCE_DELAY = 600;

/**
 * The framework's resource library, matched to the team: resources as `<resource-card>`s, with filters
 * built from the data (capacity group, capacity, level, and every facet of the framework's `vocabularies`:
 * type, format, cost, audience, language, …) and free-text search over titles, summaries, publishers and
 * tags. Each filter option shows how many resources choosing it would give. Active filters are chips you
 * can remove; a polite live region announces the count; "no results" offers a reset.
 *
 * `mode="matched"` (the default inside a provider, or with a `profile`, once the team has rated a
 * capacity) lists the resources matched to each capacity at the team's current level, the capacities
 * rated lowest first, each card saying why ("For Family Engagement at Beginning"). `mode="all"` lists every
 * resource by title. Filters and search live in the `filters` attribute as a URL query string
 * (`q=family&type=guide&cost=free`), and every change fires `bp-filter-change`, so a host page can keep
 * them in its URL. Long lists are shown a page at a time ("Show 12 more").
 *
 * @tagname resource-library
 * @summary The resource library: filterable, searchable resource cards, matched to the team's profile.
 *
 * @csspart base - The wrapper around everything the element shows.
 * @csspart controls - The search form: search box, mode switch and filters.
 * @csspart search - The search box.
 * @csspart mode - The "Matched to your team / All resources" switch.
 * @csspart filters - The collapsible filter panel (`<details>`).
 * @csspart filter - One dimension's fieldset of checkboxes; `data-dimension` says which.
 * @csspart chips - The active filters, each a button that removes it, and "Clear all filters".
 * @csspart chip - One active filter's button.
 * @csspart count - The number of results.
 * @csspart note - Why matched resources cannot be shown yet.
 * @csspart list - The list of resource cards.
 * @csspart card - Each `<resource-card>` (style its inside through its own parts).
 * @csspart empty - The "no results" message and its reset button.
 * @csspart more - "Showing 12 of 48" and the "Show more" button.
 * @csspart status - The loading or waiting line.
 * @csspart error - The box saying what failed (`role="alert"`).
 *
 * @cssprop --bp-color-text-muted - Counts and hints.
 * @cssprop --bp-color-surface - Control and filter-panel backgrounds (the cards: see `<resource-card>`, whose tokens reach them).
 * @cssprop --bp-color-border - Control and filter-panel borders.
 * @cssprop --bp-color-focus - Focus ring, filter chips, the search note's edge.
 * @cssprop --bp-library-card-min - The narrowest a card column gets before the grid drops a column.
 *
 * @fires {BpFilterChangeEvent} bp-filter-change - A person changed a filter, the search or the mode. `detail: { filters, query, mode, value }`.
 * @fires {BpErrorEvent} bp-error - The framework or `profile-src` failed. `detail: { errors, source }`.
 */
export class ResourceLibrary extends ProfileElement {
  static override styles = styles;

  /**
   * `matched`: resources for the team's current levels, lowest-rated capacities first. `all`: every
   * resource by title. Unset: `matched` once the team has rated a capacity, else `all`.
   */
  @property({ reflect: true }) mode?: LibraryMode;

  /** Filters and search as a URL query string: `q=<search>&group=<id>&capacity=<id>&level=<id>&<facet>=<id>…` (repeat a key for several values). */
  @property({ reflect: true }) filters = '';

  /** How many cards are shown at first, and added by each "Show more". */
  @property({ attribute: 'page-size', type: Number }) pageSize = 12;

  /** One compact row per resource instead of a grid of cards. */
  @property({ type: Boolean, reflect: true }) compact = false;

  /** The `target` of the cards' links (e.g. `_blank`). */
  @property() target?: string;

  /** The level (2..6) of the cards' title headings. */
  @property({ attribute: 'heading-level', type: Number }) headingLevel = 3;

  /** How many results are shown (grows with "Show more"; back to a page when the results change). */
  @state() private visible = 0;
  /** The result count as announced by the live region (lags behind typing). */
  @state() private announced = '';

  /** The cards in the shadow root get the framework from here, without loading or announcing anything. */
  readonly #cards = new ContextProvider(this, { context: frameworkContext });
  #view?: View;
  #announceTimer?: ReturnType<typeof setTimeout>;

  get #t(): ResourceStrings {
    return resourceStrings(this.locale, this.words);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.#announceTimer);
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    this.#cards.setValue(this.frameworkState);
    const model = this.model;
    if (!model) {
      this.#view = undefined;
      return;
    }
    const profile = this.currentProfile;
    const locale = this.locale;
    const previous = this.#view;
    // The list before filters depends on the model, answers, language and mode; the filters only refine it.
    const sameBase =
      previous !== undefined &&
      previous.model === model &&
      previous.profile === profile &&
      previous.locale === locale &&
      previous.words === this.words &&
      previous.modeAsked === this.mode;
    if (sameBase && previous.filters === this.filters) return;
    const base = sameBase ? previous.base : this.#base(model, profile, locale);
    const parsed = filtersFromString(this.filters);
    const result = resourceIndex(model).search(base.entries, parsed.filters, parsed.query);
    const countChanged =
      !previous || previous.result.entries.length !== result.entries.length || previous.base !== base;
    this.#view = {
      model,
      profile,
      locale,
      words: this.words,
      modeAsked: this.mode,
      filters: this.filters,
      base,
      parsed,
      result,
    };
    // New results start at one page again (a changed answer elsewhere, a filter, a search).
    if (!previous || previous.base !== base || previous.filters !== this.filters)
      this.visible = this.#pageSize;
    if (countChanged) this.#scheduleAnnouncement();
  }

  get #pageSize(): number {
    return Number.isFinite(this.pageSize) && this.pageSize >= 1 ? Math.floor(this.pageSize) : 12;
  }

  /** The list before filters: matched to the team, or every resource by title. */
  #base(model: FrameworkModel, profile: Profile | undefined, locale: string | undefined): Base {
    const t = this.#t;
    const index = resourceIndex(model);
    const rated = model.capacities.some((c) => ratedLevel(model, profile?.ratings, c.id));
    const mode = this.mode ?? (rated ? 'matched' : 'all');
    if (mode === 'all') return { mode, entries: index.byTitle(locale), canMatch: rated };
    if (!rated) return { mode, entries: index.byTitle(locale), note: t.noAnswersYet, canMatch: false };
    const matched = matchedResources(model, profile);
    if (!matched.length) return { mode, entries: index.byTitle(locale), note: t.noneMatched, canMatch: true };
    return { mode, entries: matched, canMatch: true };
  }

  #countText(): string {
    const view = this.#view;
    if (!view) return '';
    const n = view.result.entries.length;
    return view.base.mode === 'matched' && !view.base.note ? this.#t.matchedResults(n) : this.#t.results(n);
  }

  #scheduleAnnouncement() {
    clearTimeout(this.#announceTimer);
    // Said only when the library is in use (a search, a filter): a rating elsewhere updates it silently.
    // Asked now, at the change, not after the delay: a person who rated and tabbed on into the library
    // has heard the rubric already.
    const speak = inUse(this);
    this.#announceTimer = setTimeout(() => speak && (this.announced = this.#countText()), ANNOUNCE_DELAY);
  }

  // ---- event handlers -------------------------------------------------------------------------------

  /** Applies new filters / search / mode and tells the host page. */
  #change(filters: Filters, query: string, mode = this.#view?.base.mode ?? 'all') {
    // Dimensions in the library's order, so the same choice always gives the same string (and URL).
    const order = this.#view ? resourceIndex(this.#view.model).dimensions : [];
    const rank = (d: string) => (order.includes(d) ? order.indexOf(d) : order.length);
    filters = Object.fromEntries(Object.entries(filters).sort(([a], [b]) => rank(a) - rank(b)));
    const value = filtersToString(filters, query);
    const modeChanged = mode !== this.#view?.base.mode;
    if (value === this.filters && !modeChanged) return;
    this.filters = value;
    if (modeChanged) this.mode = mode;
    this.dispatchEvent(new BpFilterChangeEvent({ filters, query, mode, value }));
  }

  #toggle(dimension: string, id: string, on: boolean) {
    const { filters, query } = this.#view!.parsed;
    const current = selectedIn(filters, dimension);
    const next = on ? [...new Set([...current, id])] : current.filter((v) => v !== id);
    const updated: Record<string, readonly string[]> = { ...filters, [dimension]: next };
    if (!next.length) delete updated[dimension];
    this.#change(updated, query);
  }

  #onSearch(e: Event) {
    this.#change(this.#view!.parsed.filters, (e.target as HTMLInputElement).value);
  }

  #reset() {
    this.#change({}, '');
    this.updateComplete.then(
      () => this.renderRoot.querySelector<HTMLInputElement>('#q')?.focus(),
      () => {},
    );
  }

  /**
   * Removes an active filter; its chip goes away, so focus moves to the chip now in its place, else the one
   * before it, else (no filters left) the filters' disclosure, never the page's `<body>`.
   */
  #removeChip(e: Event, remove: () => void) {
    const chips = [...this.renderRoot.querySelectorAll<HTMLElement>('[part~="chip"]')];
    const index = chips.indexOf(e.currentTarget as HTMLElement);
    remove();
    const chipAt = (i: number) => (root: ParentNode) =>
      i >= 0 ? root.querySelectorAll<HTMLElement>('[part~="chip"]')[i] : undefined;
    void refocusAfterUpdate(this, [chipAt(index), chipAt(index - 1), '[part~="filters"] > summary', '#q']);
  }

  #showMore() {
    const first = this.visible;
    this.visible += this.#pageSize;
    // Keep the reader's place: focus the first new card's title link (or its list item, for a card without one).
    void this.updateComplete.then(async () => {
      const item = this.renderRoot.querySelectorAll<HTMLElement>('.item')[first];
      const card = item?.querySelector('resource-card');
      await card?.updateComplete;
      card?.focus();
      if (!item?.matches(':focus-within')) item?.focus();
    });
  }

  // ---- rendering --------------------------------------------------------------------------------------

  protected override render() {
    const status = this.renderFrameworkState();
    if (status) return status;
    const view = this.#view!;
    const t = this.#t;
    if (!view.model.resources.length)
      return html`<div part="base" class="base">
        <p part="empty" class="empty">${t.libraryEmpty}</p>
      </div>`;
    const shown = view.result.entries.slice(0, this.visible);
    const total = view.result.entries.length;
    return html`<div part="base" class="base" lang=${ifDefined(this.locale)}>
      ${this.renderProfileErrors() ?? nothing} ${this.#renderControls(view)} ${this.#renderChips(view)}
      <p part="count" class="count" aria-hidden="true">${this.#countText()}</p>
      <p class="visually-hidden" role="status">${this.announced}</p>
      ${view.base.note ? html`<p part="note" class="note">${view.base.note}</p>` : nothing}
      ${
        total
          ? html`<ul part="list" class="list ${this.compact ? 'rows' : 'grid'}" aria-label=${t.resultsList}>
              ${shown.map(
                (e) =>
                  html`<li class="item" tabindex="-1">
                    <resource-card
                      part="card"
                      .resource=${e.resource}
                      ?compact=${this.compact}
                      target=${ifDefined(this.target)}
                      heading-level=${clampHeadingLevel(this.headingLevel)}
                      reason=${ifDefined(this.#reason(view.model, e))}
                    ></resource-card>
                  </li>`,
              )}
            </ul>`
          : html`<div part="empty" class="empty">
              <p>${t.noResults}</p>
              <button class="button" type="button" @click=${this.#reset}>${t.resetFilters}</button>
            </div>`
      }
      ${
        total > shown.length
          ? html`<div part="more" class="more">
              <p>${t.shownOf(shown.length, total)}</p>
              <button class="button" type="button" @click=${this.#showMore}>
                ${t.showMore(Math.min(this.#pageSize, total - shown.length))}
              </button>
            </div>`
          : nothing
      }
    </div>`;
  }

  /**
   * Why a resource is listed: "For Family Engagement at Beginning", "… and Student Agency at Developing",
   * or "… and 4 more capacities" (lowest-rated first).
   */
  #reason(model: FrameworkModel, entry: LibraryEntry): string | undefined {
    const [first, second] = entry.reasons;
    if (!first) return undefined;
    const t = this.#t;
    const name = (r: MatchReason) =>
      [
        clip(model.text(model.capacity(r.capacityId)?.label, this.locale), NAME),
        clip(model.text(model.level(r.levelId)?.label, this.locale), NAME),
      ] as const;
    const lead = t.forCapacityAt(...name(first));
    if (!second) return lead;
    if (entry.reasons.length === 2) return t.andReason(lead, t.capacityAt(...name(second)));
    return t.andMore(lead, entry.reasons.length - 1);
  }

  #renderControls(view: View) {
    const t = this.#t;
    const { model, parsed, result } = view;
    const index = resourceIndex(model);
    const active = Object.values(parsed.filters).reduce((n, v) => n + v.length, 0);
    return html`<form
      part="controls"
      class="controls"
      role="search"
      @submit=${(e: Event) => e.preventDefault()}
    >
      <div class="search-field">
        <label class="label" for="q">${t.search}</label>
        <input
          id="q"
          part="search"
          class="field search"
          type="search"
          autocomplete="off"
          aria-describedby="q-hint"
          .value=${parsed.query}
          @input=${this.#onSearch}
        />
        <p id="q-hint" class="hint">${t.searchHint}</p>
      </div>
      ${
        view.base.canMatch
          ? html`<fieldset part="mode" class="mode">
              <legend class="label">${t.show}</legend>
              ${(['matched', 'all'] as const).map(
                (m) =>
                  html`<label class="choice check"
                    ><input
                      type="radio"
                      name="mode"
                      .value=${m}
                      .checked=${view.base.mode === m}
                      @change=${() => this.#change(parsed.filters, parsed.query, m)}
                    />
                    ${m === 'matched' ? t.matched : t.all}</label
                  >`,
              )}
            </fieldset>`
          : nothing
      }
      <details part="filters" class="filters">
        <summary>${active ? t.filtersActive(active) : t.filters}</summary>
        <div class="filter-grid">
          ${this.#panelOrder(index.dimensions).map((dimension) => {
            const selected = selectedIn(parsed.filters, dimension);
            const counts = result.counts.get(dimension);
            const options = listedOptions(
              index.options(dimension),
              counts,
              (id) => selected.includes(id),
              focusedOption(this.shadowRoot, dimension),
            );
            if (!options.length) return nothing;
            return html`<fieldset part="filter" class="filter" data-dimension=${dimension}>
              <legend class="label">${dimensionName(t, dimension)}</legend>
              ${options.map((o) => {
                const label = facetValueText(model, dimension, o.id, this.locale, o.label);
                const on = selected.includes(o.id);
                return html`<label class="choice check"
                  ><input
                    type="checkbox"
                    .checked=${on}
                    .value=${o.id}
                    @change=${(e: Event) => this.#toggle(dimension, o.id, (e.target as HTMLInputElement).checked)}
                  />
                  <span lang=${ifDefined(label.lang)}>${clip(label.text, NAME)}</span>
                  <span class="option-count">(${counts?.get(o.id) ?? 0})</span></label
                >`;
              })}
            </fieldset>`;
          })}
        </div>
      </details>
    </form>`;
  }

  /** The filter panel's order: the long capacity list last, full width, so the short lists share rows. */
  #panelOrder(dimensions: readonly string[]): readonly string[] {
    return [...dimensions.filter((d) => d !== 'capacity'), ...dimensions.filter((d) => d === 'capacity')];
  }

  #renderChips(view: View) {
    const t = this.#t;
    const { model, parsed } = view;
    const index = resourceIndex(model);
    const chips = Object.entries(parsed.filters).flatMap(([dimension, values]) => {
      if (!index.dimensions.includes(dimension)) return [];
      const name = dimensionName(t, dimension);
      return values.map((id) => {
        const option = index.options(dimension).find((o) => o.id === id);
        const label = clip(facetValueText(model, dimension, id, this.locale, option?.label).text, NAME);
        return html`<li>
          <button
            part="chip"
            class="chip"
            type="button"
            aria-label=${t.removeFilter(name, label)}
            @click=${(e: Event) => this.#removeChip(e, () => this.#toggle(dimension, id, false))}
          >
            ${name}: ${label} <span aria-hidden="true">✕</span>
          </button>
        </li>`;
      });
    });
    const query = clip(parsed.query.trim(), NAME);
    if (query)
      chips.unshift(
        html`<li>
          <button
            part="chip"
            class="chip"
            type="button"
            aria-label=${t.removeSearch(query)}
            @click=${(e: Event) => this.#removeChip(e, () => this.#change(parsed.filters, ''))}
          >
            ${t.searchChip(query)} <span aria-hidden="true">✕</span>
          </button>
        </li>`,
      );
    if (!chips.length) return nothing;
    return html`<div part="chips" class="chips">
      <ul class="chip-list" aria-label=${t.activeFilters}>
        ${chips}
      </ul>
      <button class="button clear-all" type="button" @click=${this.#reset}>${t.clearAll}</button>
    </div>`;
  }
}
