import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { groupColor } from '../../internal/group-color.js';
import { styleProps } from '../../internal/style-props.js';
import { html as staticHtml } from 'lit/static-html.js';
import { issue, type Issue } from '../../framework/issues.js';
import type { FrameworkModel } from '../../framework/model.js';
import { ratedLevel } from '../../framework/profile.js';
import { groupSummary, SUMMARY_RULES, type SummaryRule } from '../../framework/recommend.js';
import type { Capacity, Group, Level } from '../../framework/schema.js';
import type { Text } from '../../framework/text.js';
import { considerationStrings, type ConsiderationStrings } from '../../i18n/considerations.js';
import { ProfileElement } from '../../internal/profile-element.js';
import { renderErrors } from '../../internal/status.js';
import { fullNameTitle, longText, shortName } from '../../internal/long-text.js';
import { clampHeadingLevel, headingTag, shownText, type ShownText } from '../../internal/view.js';
import { styles } from './equity-considerations.styles.js';

/**
 * One block to show: a group (or one capacity of it), and either the level to show it at with a sentence
 * saying why that level, every level with the team's marked, or what the team should do first.
 */
interface Section {
  readonly group: Group;
  readonly capacity?: Capacity;
  /** The level shown (single-level view), or the team's level (all-levels view). */
  readonly level?: Level;
  /** Why this level: "at Developing, from your team’s answers for 3 of 3 capacities". */
  readonly context?: string;
  /** Shown instead of considerations when the team has not rated enough yet. */
  readonly pending?: string;
}

type Scope = { readonly sections: readonly Section[] } | { readonly error: Issue };

/**
 * The equity considerations a team should keep in mind where it stands: the framework's entry for a
 * capacity group at a level (framework-format.md, `equityConsiderations`), with the capacity-specific
 * entries that override it.
 *
 * - `group` and `level`: that entry. Without `level`, the group's summary level from the team's answers
 *   (inside a provider, or with a `profile`), and a sentence saying so ("at Developing, from your team’s
 *   answers for 3 of 3 capacities"). Without `group`: every group, each at its own summary level.
 * - `capacity`: the entry for that capacity (its override where the framework has one, else its group's),
 *   at `level` or at the team's level for that capacity.
 * - `all-levels`: the considerations at every level (for facilitators), the team's level marked.
 *
 * When nothing is rated yet it says what to do instead of showing nothing; when the framework has no entry
 * for a group at a level, it says so. An unknown `group`, `level` or `capacity` is a visible error and a
 * `bp-error`.
 *
 * @tagname equity-considerations
 * @summary The equity considerations for a capacity group at the team's level (or any level), with capacity overrides.
 *
 * @csspart base - The wrapper around everything the element shows.
 * @csspart group - One group's (or capacity's) section, with the group's color on its edge.
 * @csspart heading - A section's heading: the group's (or capacity's) name.
 * @csspart context - The sentence saying which level is shown and why.
 * @csspart items - A list of considerations.
 * @csspart override - A capacity's own considerations inside a group's section.
 * @csspart level - One level's block in `all-levels`.
 * @csspart current-level - Added to the team's level in `all-levels`.
 * @csspart your-level - The "Your team's level" mark.
 * @csspart pending - What to do first, when the team has not rated the group (or capacity) yet.
 * @csspart empty - The note that the framework has no entry for this group at this level.
 * @csspart status - The loading or waiting line.
 * @csspart error - The box saying what failed (`role="alert"`), also for an unknown `group`, `level` or `capacity`.
 *
 * @cssprop --bp-color-text-muted - The context sentence and notes.
 * @cssprop --bp-color-surface - Section background.
 * @cssprop --bp-color-border - Section border.
 * @cssprop --bp-color-focus - Focus ring.
 * @cssprop --bp-group-color-N - A group section's leading edge and the current level's border (1-based; `--bp-group-color-<groupId>` wins), as in `<blueprint-bars>`.
 * @cssprop --bp-color-surface-selected - Background of the team's level in `all-levels`, unless `--bp-considerations-current-surface` is set.
 * @cssprop --bp-considerations-current-surface - Background of the team's level in `all-levels`.
 *
 * @fires {BpErrorEvent} bp-error - The framework or `profile-src` failed, or `group` / `level` / `capacity` is unknown. `detail: { errors, source }`.
 */
export class EquityConsiderations extends ProfileElement {
  static override styles = styles;

  /** A group id: show that group only. */
  @property() group?: string;

  /** A level id: show the considerations at this level, whatever the team's answers. */
  @property() level?: string;

  /** A capacity id: show that capacity's considerations (its override, else its group's). */
  @property() capacity?: string;

  /** Show the considerations at every level, with the team's level marked. */
  @property({ attribute: 'all-levels', type: Boolean, reflect: true }) allLevels = false;

  /** How a group's level is summarized from its capacities: `median` (default), `min` or `mean`. */
  @property({ attribute: 'summary-rule' }) summaryRule: SummaryRule = 'median';

  /** The level (2..6) of the section headings. */
  @property({ attribute: 'heading-level', type: Number }) headingLevel = 3;

  /**
   * Leave out each section's heading (the group's or capacity's name), for a page that already names it
   * just above, as the report does; the headings inside (capacity overrides, levels) start at `heading-level`.
   */
  @property({ attribute: 'no-heading', type: Boolean, reflect: true }) noHeading = false;

  get #t(): ConsiderationStrings {
    return considerationStrings(this.locale, this.words);
  }

  get #rule(): SummaryRule {
    return SUMMARY_RULES.includes(this.summaryRule) ? this.summaryRule : 'median';
  }

  /** What to show, derived once per update (render and `updated` both read it). */
  #current?: Scope;

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    const model = this.model;
    this.#current = model && this.#scope(model);
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    const scope = this.#current;
    this.announceViewErrors(scope && 'error' in scope ? [scope.error] : undefined);
  }

  #text(model: FrameworkModel, value: Text | undefined): ShownText {
    return shownText(model, value, this.locale);
  }

  /** A name (group, capacity, level) as shown: clipped when far too long. */
  #name(model: FrameworkModel, value: Text | undefined): ShownText & { readonly full: string } {
    const { text, lang } = this.#text(model, value);
    return { text: shortName(text), lang, full: text };
  }

  #label(model: FrameworkModel, value: Text | undefined): string {
    return this.#name(model, value).text;
  }

  /** What to show, from `capacity`, `group`, `level` and the team's answers; or what is wrong with them. */
  #scope(model: FrameworkModel): Scope {
    const t = this.#t;
    const error = (message: string): Scope => ({
      error: issue('error', 'unresolved-reference', '', message),
    });
    const fixed = this.level ? model.level(this.level) : undefined;
    if (this.level && !fixed) return error(t.noLevel(this.level));
    const ratings = this.currentProfile?.ratings;

    if (this.capacity) {
      const capacity = model.capacity(this.capacity);
      if (!capacity) return error(t.noCapacity(this.capacity));
      const group = model.groupOf(capacity.id)!;
      if (this.group && this.group !== group.id) {
        if (!model.group(this.group)) return error(t.noGroup(this.group));
        return error(t.capacityNotInGroup(this.capacity, this.group));
      }
      const teamLevel = ratedLevel(model, ratings, capacity.id);
      const level = fixed ?? teamLevel;
      const label = (l: Level) => this.#label(model, l.label);
      return {
        sections: [
          {
            group,
            capacity,
            level: this.allLevels ? teamLevel : level,
            context: this.allLevels
              ? undefined
              : fixed
                ? t.atLevel(label(fixed))
                : teamLevel && t.capacityRatedAt(label(teamLevel)),
            pending: !this.allLevels && !level ? t.rateCapacityFirst : undefined,
          },
        ],
      };
    }

    let groups = model.groups;
    if (this.group) {
      const group = model.group(this.group);
      if (!group) return error(t.noGroup(this.group));
      groups = [group];
    }
    return {
      sections: groups.map((group): Section => {
        const summary = groupSummary(model, ratings, group.id, this.#rule)!;
        const teamLevel = summary.level;
        const basedOn =
          teamLevel && t.basedOn(this.#label(model, teamLevel.label), summary.rated, summary.total);
        if (this.allLevels) return { group, level: teamLevel, context: basedOn };
        if (fixed) return { group, level: fixed, context: t.atLevel(this.#label(model, fixed.label)) };
        return teamLevel
          ? { group, level: teamLevel, context: basedOn }
          : { group, pending: t.rateGroupFirst };
      }),
    };
  }

  // ---- rendering --------------------------------------------------------------------------------------

  protected override render() {
    const status = this.renderFrameworkState();
    if (status) return status;
    const model = this.model!;
    const scope = this.#current!;
    if ('error' in scope) return renderErrors(this.#t.nothingToShow, [scope.error], this.strings);
    const level = clampHeadingLevel(this.headingLevel);
    return html`<div part="base" class="base" lang=${ifDefined(this.locale)}>
      ${this.renderProfileErrors() ?? nothing}
      ${scope.sections.map((s) => this.#renderSection(model, s, level))}
    </div>`;
  }

  #renderSection(model: FrameworkModel, section: Section, level: number) {
    const { group, capacity } = section;
    const name = this.#name(model, (capacity ?? group).label);
    const tag = headingTag(level);
    const groupName = capacity ? this.#name(model, group.label) : undefined;
    const inner = this.noHeading ? level : level + 1;
    return html`<section
      part="group"
      class="group"
      data-group=${group.id}
      data-capacity=${ifDefined(capacity?.id)}
      style=${styleProps({ '--c': groupColor(model, group.id) })}
    >
      ${
        this.noHeading
          ? nothing
          : staticHtml`<${tag} part="heading" class="heading" id=${`h.${capacity?.id ?? group.id}`}
        ><span lang=${ifDefined(name.lang)} title=${ifDefined(fullNameTitle(name.full))}>${name.text}</span></${tag}>`
      }
      ${
        groupName && !this.noHeading
          ? html`<p class="eyebrow"><span lang=${ifDefined(groupName.lang)}>${groupName.text}</span></p>`
          : nothing
      }
      ${section.context ? html`<p part="context" class="context">${section.context}</p>` : nothing}
      ${
        section.pending
          ? html`<p part="pending" class="pending">${section.pending}</p>`
          : this.allLevels
            ? this.#renderAllLevels(model, section, inner)
            : this.#renderAtLevel(model, section, section.level!, inner)
      }
    </section>`;
  }

  /** One group (or capacity) at one level: its items, then the capacity overrides (groups only). */
  #renderAtLevel(model: FrameworkModel, section: Section, at: Level, level: number): TemplateResult {
    const t = this.#t;
    const { group, capacity } = section;
    const levelName = this.#label(model, at.label);
    if (capacity) {
      const specific = model
        .considerations(group.id, at.id)
        .overrides.some((o) => o.capacityId === capacity.id);
      const items = model.considerationsForCapacity(capacity.id, at.id);
      if (!items.length)
        return html`<p part="empty" class="empty">
          ${t.noEntry(this.#label(model, capacity.label), levelName)}
        </p>`;
      return html`${this.#renderItems(model, items)}
        <p class="source">
          ${specific ? t.capacitySpecific : t.fromGroup(this.#label(model, group.label))}
        </p>`;
    }
    const entry = model.considerations(group.id, at.id);
    const tag = headingTag(level);
    return html`${
      entry.found
        ? this.#renderItems(model, entry.items)
        : html`<p part="empty" class="empty">${t.noEntry(this.#label(model, group.label), levelName)}</p>`
    }
    ${entry.overrides.map((o) => {
      const label = this.#name(model, model.capacity(o.capacityId)?.label);
      return html`<div part="override" class="override" data-capacity=${o.capacityId}>
        ${staticHtml`<${tag} class="override-heading">${t.forCapacity(label.text)}</${tag}>`}
        ${this.#renderItems(model, o.items)}
      </div>`;
    })}`;
  }

  /** Every level, in order, the team's level marked with words (never color alone). */
  #renderAllLevels(model: FrameworkModel, section: Section, level: number) {
    const t = this.#t;
    const tag = headingTag(level);
    return html`<ol class="levels" aria-label=${t.allLevels}>
      ${model.levels.map((l) => {
        const current = section.level?.id === l.id;
        const name = this.#name(model, l.label);
        return html`<li
          part="level ${current ? 'current-level' : ''}"
          class="level ${current ? 'current' : ''}"
          data-level=${l.id}
          aria-current=${ifDefined(current ? 'true' : undefined)}
        >
          ${staticHtml`<${tag} class="level-heading"><span lang=${ifDefined(name.lang)}>${name.text}</span>${
            current ? html` <span part="your-level" class="your-level">${t.yourLevel}</span>` : nothing
          }</${tag}>`}
          ${this.#renderAtLevel(model, section, l, Math.min(6, level + 1))}
        </li>`;
      })}
    </ol>`;
  }

  #renderItems(model: FrameworkModel, items: readonly Text[]) {
    return html`<ul part="items" class="items">
      ${items.map((item) => {
        const text = this.#text(model, item);
        return html`<li lang=${ifDefined(text.lang)}>${longText(text.text, this.#t)}</li>`;
      })}
    </ul>`;
  }
}
