import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { html as staticHtml } from 'lit/static-html.js';
import { loadValidator, validator } from '../../context/validator.js';
import { issue, type Issue, type ParseResult } from '../../framework/issues.js';
import type { FrameworkModel } from '../../framework/model.js';
import { isSafeUrl } from '../../framework/constants.js';
import { clip, TEXT_LIMITS } from '../../framework/limits.js';
import type { Resource } from '../../framework/schema.js';
import { intlLocale, type Text } from '../../framework/text.js';
import { dimensionName, resourceStrings, type ResourceStrings } from '../../i18n/resources.js';
import { BlueprintElement } from '../../internal/blueprint-element.js';
import { BpWarningEvent } from '../../events/bp-warning.js';
import { renderErrors } from '../../internal/status.js';
import { fullNameTitle, longText, shortName } from '../../internal/long-text.js';
import { headingTag, shownText, type ShownText } from '../../internal/view.js';
import { facetValueText, formatDate } from '../../internal/words.js';
import { styles } from './resource-card.styles.js';

/** Facets shown as badges (short values), in this order; the other facets are listed as facts. */
const BADGE_FACETS = ['type', 'format', 'cost'];
/** Fields a card shows in their own way, never as an extra facet. */
const OWN_FIELDS = new Set(['audience', 'languages', ...BADGE_FACETS]);

/** What the card shows: a resource (and whether it came from the framework), a waiting line, or an error. */
type Shown =
  | { readonly resource: Resource }
  | { readonly waiting: 'framework' | 'validator' | 'input' }
  | { readonly errors: readonly Issue[] };

const asList = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];

/**
 * One resource from a framework's library: its title (a link when its `url` is http(s) or relative;
 * anything else is shown as text and reported with `bp-warning`), publisher, summary, facet badges with
 * the labels of the framework's `vocabularies` (type, format, cost, time), the audience and languages, the
 * capacities and levels it serves, and, when the resource library placed it, why it was suggested.
 *
 * The resource comes from the `resource` property (an object or JSON text, checked with the framework's
 * resource schema), or from `resource-id`, looked up in the framework of a provider or of `src`. An unknown
 * id is a visible error and a `bp-error`. Links always carry `rel="noopener noreferrer"`; `target` is
 * yours to set (a new tab is announced to screen readers).
 *
 * @tagname resource-card
 * @summary One resource: title link, publisher, summary, facet badges, what it helps with, and why it was suggested.
 *
 * @slot actions - A partner's own call to action (e.g. "Save to my plan"), shown at the end of the card.
 *
 * @csspart base - The card: an `<article>` named by its title.
 * @csspart title - The title heading.
 * @csspart link - The title's link (only for a safe URL).
 * @csspart publisher - The publisher line.
 * @csspart reason - "Why it was suggested" (set by the resource library, or by you with `reason`).
 * @csspart summary - The summary paragraph (not in `compact`).
 * @csspart badges - The list of facet badges.
 * @csspart badge - One badge (type, format, cost, time); `data-facet` says which.
 * @csspart facts - The list of other facts: audience, languages, what it helps with, levels, provider, date.
 * @csspart actions - The wrapper of the `actions` slot.
 * @csspart status - The waiting line.
 * @csspart error - The box saying what failed (`role="alert"`).
 *
 * @cssprop --bp-color-text-muted - Secondary text (publisher, facts).
 * @cssprop --bp-color-surface - Card background.
 * @cssprop --bp-color-border - Card and badge borders.
 * @cssprop --bp-color-link - Title link color.
 * @cssprop --bp-color-focus - Focus ring.
 * @cssprop --bp-color-surface-alt - Badge background, unless `--bp-badge-surface` is set.
 * @cssprop --bp-card-accent - The color of the card's top edge and of the reason mark.
 * @cssprop --bp-badge-surface - Badge background.
 *
 * @fires {BpErrorEvent} bp-error - The resource was refused, `resource-id` is unknown, or the framework failed. `detail: { errors, source }`.
 * @fires {BpWarningEvent} bp-warning - The resource is shown, with a problem: an unsafe URL (shown without a link), or a value the framework does not declare. `detail: { warnings, source: 'resource' }`.
 */
export class ResourceCard extends BlueprintElement {
  static override styles = styles;

  /** The resource to show: an object (or JSON text) in the framework format's resource shape. Wins over `resource-id`. */
  @property({ attribute: false }) resource?: Resource | object | string;

  /** The id of a resource in the framework (from a provider, `src`, `framework` or inline JSON). */
  @property({ attribute: 'resource-id', reflect: true }) resourceId?: string;

  /** A one-row layout for lists and reports: title, publisher, badges and reason; no summary or facts. */
  @property({ type: Boolean, reflect: true }) compact = false;

  /** The `target` of the title link (e.g. `_blank`); by default the link opens in the same tab. */
  @property() target?: string;

  /** "Why it was suggested": a sentence shown on the card (the resource library sets it). */
  @property() reason?: string;

  /** The level (2..6) of the card's title heading. */
  @property({ attribute: 'heading-level', type: Number }) headingLevel = 3;

  /**
   * Moves focus to the card's title link (what a reader acts on), or, for a card without a link, to the
   * element itself when it is focusable. Lists call it to keep the reader's place.
   */
  override focus(options?: FocusOptions): void {
    const link = this.renderRoot?.querySelector<HTMLElement>('a[part~="link"]');
    if (link) link.focus(options);
    else super.focus(options);
  }

  /** Whether the `actions` slot has content (its wrapper takes no space otherwise). */
  @state() private hasActions = false;

  /** The `resource` property checked against a model (kept until either changes). */
  #checked?: { input: unknown; model: FrameworkModel | undefined; result: ParseResult<Resource> };
  #warned?: ParseResult<Resource>;

  get #t(): ResourceStrings {
    return resourceStrings(this.locale, this.words);
  }

  /** The model to label the resource with: none while a framework is loading or failed. */
  get #labels(): FrameworkModel | undefined {
    return this.frameworkState.status === 'ready' ? this.model : undefined;
  }

  #shown(): Shown {
    const state = this.frameworkState;
    if (this.resource !== undefined && this.resource !== null) {
      // A framework on its way gives the labels: wait for it rather than flash raw ids.
      if (state.status === 'loading') return { waiting: 'framework' };
      const model = this.#labels;
      if (model && model.resource((this.resource as { id?: unknown }).id as string) === this.resource)
        return { resource: this.resource as Resource };
      const memo = this.#checked;
      if (memo && memo.input === this.resource && memo.model === model) return this.#fromResult(memo.result);
      const parse = validator();
      if (!parse) {
        void loadValidator().then(() => this.requestUpdate());
        return { waiting: 'validator' };
      }
      const result = parse.parseResource(this.resource, model);
      this.#checked = { input: this.resource, model, result };
      return this.#fromResult(result);
    }
    if (this.resourceId) {
      const model = this.#labels;
      if (!model) return state.status === 'idle' ? { waiting: 'input' } : { waiting: 'framework' };
      const resource = model.resource(this.resourceId);
      return resource
        ? { resource }
        : { errors: [issue('error', 'unresolved-reference', '', this.#t.noResource(this.resourceId))] };
    }
    return { waiting: 'input' };
  }

  #fromResult(result: ParseResult<Resource>): Shown {
    return result.ok ? { resource: result.value } : { errors: result.errors };
  }

  /** What to show, derived once per update (render and `updated` both read it). */
  #current?: Shown;

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    this.#current = this.#shown();
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    // Announce each problem once, after the render that shows it.
    const shown = this.#current!;
    this.announceViewErrors(
      'errors' in shown ? shown.errors : undefined,
      this.resource !== undefined ? 'resource' : 'resource-id',
    );
    const result = this.#checked?.input === this.resource ? this.#checked?.result : undefined;
    if (result?.ok && result.warnings.length && result !== this.#warned) {
      this.#warned = result;
      this.dispatchEvent(new BpWarningEvent({ warnings: result.warnings, source: 'resource' }));
    }
  }

  #onSlotChange(e: Event) {
    this.hasActions = (e.target as HTMLSlotElement).assignedNodes({ flatten: true }).length > 0;
  }

  // ---- rendering --------------------------------------------------------------------------------------

  protected override render() {
    const shown = this.#current!;
    if ('errors' in shown) return renderErrors(this.#t.resourceRefused, shown.errors, this.strings);
    if ('waiting' in shown) {
      // With neither a resource nor a framework to find one in, say what the card needs.
      if (shown.waiting === 'input' && this.frameworkState.status !== 'error' && !this.resourceId)
        return html`<div class="status" part="status">${this.#t.waitingForResource}</div>`;
      return (
        this.renderFrameworkState() ?? html`<div class="status" part="status">${this.strings.loading}</div>`
      );
    }
    return this.#renderCard(shown.resource);
  }

  #text(value: Text | undefined): ShownText {
    return shownText(this.#labels, value, this.locale);
  }

  /** A name (title, group, capacity, level, provider) as shown: clipped when far too long. */
  #name(value: Text | undefined): ShownText & { readonly full: string } {
    const { text, lang } = this.#text(value);
    return { text: shortName(text), lang, full: text };
  }

  /** A facet value's label from the vocabulary, else a language's name (for `languages`), else the id (clipped as a name). */
  #facetValue(facet: string, id: string): ShownText {
    const { text, lang } = facetValueText(this.#labels, facet, id, this.locale);
    return { text: shortName(text), lang };
  }

  #minutes(minutes: number): string {
    const locale = intlLocale(this.locale);
    const unit = (value: number, u: 'minute' | 'hour') =>
      new Intl.NumberFormat(locale, { style: 'unit', unit: u, unitDisplay: 'short' }).format(value);
    if (minutes < 60) return unit(Math.round(minutes), 'minute');
    const hours = Math.floor(minutes / 60);
    const rest = Math.round(minutes % 60);
    return rest ? `${unit(hours, 'hour')} ${unit(rest, 'minute')}` : unit(hours, 'hour');
  }

  #renderCard(r: Resource) {
    const t = this.#t;
    const title = this.#name(r.title);
    const href = isSafeUrl(r.url) ? r.url : undefined;
    const newTab = href !== undefined && this.target === '_blank';
    const tag = headingTag(this.headingLevel);
    const titleContent = href
      ? html`<a
          part="link"
          class="link"
          href=${href}
          target=${ifDefined(this.target || undefined)}
          rel="noopener noreferrer"
          >${title.text}${newTab ? html`<span class="visually-hidden"> ${t.opensNewTab}</span>` : nothing}</a
        >`
      : title.text;
    const summary = this.#text(r.summary);
    return html`<article
      part="base"
      class="base card ${this.compact ? 'compact' : ''}"
      aria-labelledby="title"
    >
      ${staticHtml`<${tag} part="title" class="title" id="title" lang=${ifDefined(title.lang)} title=${ifDefined(fullNameTitle(title.full))}>${titleContent}</${tag}>`}
      ${r.publisher ? html`<p part="publisher" class="publisher">${shortName(r.publisher)}</p>` : nothing}
      ${
        this.reason
          ? html`<p part="reason" class="reason">
              <span class="visually-hidden">${t.whySuggested}: </span
              >${clip(this.reason, TEXT_LIMITS.text.shown)}
            </p>`
          : nothing
      }
      ${
        !this.compact && summary.text
          ? html`<p part="summary" class="summary" lang=${ifDefined(summary.lang)}>
              ${longText(summary.text, t)}
            </p>`
          : nothing
      }
      ${this.#renderBadges(r)} ${this.compact ? nothing : this.#renderFacts(r)}
      <div part="actions" class="actions" ?hidden=${!this.hasActions}>
        <slot name="actions" @slotchange=${this.#onSlotChange}></slot>
      </div>
    </article>`;
  }

  #renderBadges(r: Resource) {
    const t = this.#t;
    const badges: TemplateResult[] = [];
    // A video's type and format are both "Video" in the samples: a word already on a badge is said once.
    const said = new Set<string>();
    for (const facet of BADGE_FACETS) {
      const value = (r as Record<string, unknown>)[facet];
      if (typeof value !== 'string') continue;
      const shown = this.#facetValue(facet, value);
      const key = shown.text.trim().toLocaleLowerCase();
      if (said.has(key)) continue;
      said.add(key);
      badges.push(
        html`<li part="badge" class="badge" data-facet=${facet}>
          <span class="visually-hidden">${dimensionName(t, facet)}: </span
          ><span lang=${ifDefined(shown.lang)}>${shown.text}</span>
        </li>`,
      );
    }
    if (typeof r.minutes === 'number')
      badges.push(
        html`<li part="badge" class="badge" data-facet="minutes">
          <span class="visually-hidden">${t.minutes}: </span>${this.#minutes(r.minutes)}
        </li>`,
      );
    return badges.length
      ? html`<ul part="badges" class="badges" aria-label=${t.aboutResource}>
          ${badges}
        </ul>`
      : nothing;
  }

  #renderFacts(r: Resource) {
    const t = this.#t;
    const model = this.#labels;
    const facts: [string, TemplateResult | string][] = [];
    const list = (items: ShownText[]) =>
      html`${items.map(
        (item, i) => html`${i ? ', ' : ''}<span lang=${ifDefined(item.lang)}>${item.text}</span>`,
      )}`;
    const facet = (name: string) =>
      asList((r as Record<string, unknown>)[name]).map((id) => this.#facetValue(name, id));

    const audience = facet('audience');
    if (audience.length) facts.push([dimensionName(t, 'audience'), list(audience)]);
    const languages = facet('languages');
    if (languages.length) facts.push([dimensionName(t, 'languages'), list(languages)]);
    // Any other facet the framework declares (e.g. "reading-level"), with its vocabulary's labels.
    for (const name of Object.keys(model?.framework.vocabularies ?? {})) {
      if (OWN_FIELDS.has(name)) continue;
      const value = (r as Record<string, unknown>)[name];
      const values = typeof value === 'string' ? [this.#facetValue(name, value)] : facet(name);
      if (values.length) facts.push([dimensionName(t, name), list(values)]);
    }
    const serves = [
      ...asList(r.groupIds).map((id) =>
        model?.group(id) ? this.#name(model.group(id)!.label) : { text: shortName(id), lang: undefined },
      ),
      ...asList(r.capacityIds).map((id) =>
        model?.capacity(id)
          ? this.#name(model.capacity(id)!.label)
          : { text: shortName(id), lang: undefined },
      ),
    ];
    if (serves.length) facts.push([t.helpsWith, list(serves)]);
    const levels = asList(r.levelIds).map((id) =>
      model?.level(id) ? this.#name(model.level(id)!.label) : { text: shortName(id), lang: undefined },
    );
    if (serves.length || levels.length) facts.push([t.levels, levels.length ? list(levels) : t.everyLevel]);
    if (r.providerId) {
      const provider = model?.provider(r.providerId);
      const name = provider ? this.#name(provider.name) : { text: shortName(r.providerId), lang: undefined };
      const url = provider && isSafeUrl(provider.url) ? provider.url : undefined;
      facts.push([
        t.offeredBy,
        url
          ? html`<a
              href=${url}
              target=${ifDefined(this.target || undefined)}
              rel="noopener noreferrer"
              lang=${ifDefined(name.lang)}
              >${name.text}${this.target === '_blank' ? html`<span class="visually-hidden"> ${t.opensNewTab}</span>` : nothing}</a
            >`
          : html`<span lang=${ifDefined(name.lang)}>${name.text}</span>`,
      ]);
    }
    if (r.updated) facts.push([t.updated, formatDate(r.updated, this.locale, 'medium')]);
    return facts.length
      ? html`<dl part="facts" class="facts">
          ${facts.map(
            ([term, value]) =>
              html`<div class="fact">
                <dt>${term}</dt>
                <dd>${value}</dd>
              </div>`,
          )}
        </dl>`
      : nothing;
  }
}
