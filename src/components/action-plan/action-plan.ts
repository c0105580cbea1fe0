import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { guard } from 'lit/directives/guard.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import { repeat } from 'lit/directives/repeat.js';
import { html as staticHtml } from 'lit/static-html.js';
import { clip, TEXT_LIMITS } from '../../framework/limits.js';
import { nextTask } from '../../framework/next-task.js';
import type { FrameworkModel } from '../../framework/model.js';
import { planMovement, type Movement } from '../../framework/movement.js';
import { PLAN_STATUS_LIST, planOf, type PlanFields } from '../../framework/plan.js';
import { planCsv, planIcs } from '../../framework/plan-export.js';
import { levelOfRating, prioritiesOf, ratingOf } from '../../framework/profile.js';
import { matchedFor } from '../../framework/recommend.js';
import type { Action, PlanItem, PlanStatus, Profile, Resource } from '../../framework/schema.js';
import type { Text } from '../../framework/text.js';
import { planExportWords, planStrings, type PlanStrings } from '../../i18n/plan.js';
import { holdFocus } from '../../internal/hold-focus.js';
import { ProfileElement } from '../../internal/profile-element.js';
import { saveFile } from '../../internal/save-file.js';
import { clampHeadingLevel, headingTag, shownText, type ShownText } from '../../internal/view.js';
import { formatDate } from '../../internal/words.js';
import { styles } from './action-plan.styles.js';

/**
 * How many steps a first render draws in one task; the rest follow in later tasks, the same number each.
 * A step with its buttons costs a few milliseconds of layout on a phone: 200 drawn at once held the page
 * for over a second here (like the report's sections, see its SECTIONS_PER_STEP).
 */
const ITEMS_PER_STEP = 10;

const NAME = TEXT_LIMITS.name.shown;
const LONG = TEXT_LIMITS.text.shown;

/** How many library resources an item offers to link (the ones matched to its capacity first). */
const RESOURCES_OFFERED = 12;

/** A status filter: every item, one status, or the overdue ones. */
export type PlanStatusFilter = 'all' | 'overdue' | PlanStatus;

/** An owner filter value meaning "items without an owner". */
const NO_OWNER = '\u0000none';

/** Today as `YYYY-MM-DD` in the reader's time zone (a due date is a day, not a moment). */
function localToday(): string {
  const d = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** What the item's list shows for one item, decided once per render (see `#renderItem`). */
interface ItemView {
  readonly item: PlanItem;
  readonly index: number;
  readonly overdue: boolean;
  readonly stale: boolean;
  readonly movement: Movement | undefined;
  readonly first: boolean;
  readonly last: boolean;
}

/**
 * The team's action plan (issue 18): from the team's priorities and the actions the framework suggests at
 * each priority's level ("Add to our plan"), or steps of its own, each with a title, capacity, owner, due
 * date, status (planned, doing, done, dropped), how the team will know it worked, linked resources from the
 * library and a note. Everything is edited with native, labelled fields (saved on change, through the
 * store, so it persists, merges, exports and travels in share links with the profile); items move up and
 * down, are removed with an Undo, and are filtered by status (or overdue) and owner. Overdue steps say so
 * in words and with a mark, not by color alone; a step whose capacity, action or resource the framework no
 * longer has is kept and says "No longer in this framework". Once something was measured after a step was
 * planned, it says whether its capacity moved up, stayed or went down since (src/framework/movement.ts).
 * Exports: CSV (one row per step, formulas neutralized) and an iCalendar file of the due dates. In print,
 * a table of the plan replaces the editor.
 *
 * @tagname action-plan
 * @summary The team's action plan: steps from priorities, owners, due dates, status, progress since planned.
 *
 * @csspart base - The plan (a `<section>`).
 * @csspart suggestions - The actions suggested by the team's priorities.
 * @csspart tools - Add your own step, the filters and the downloads (hidden in print).
 * @csspart notice - The message after an action (with Undo after a removal).
 * @csspart list - The list of steps.
 * @csspart item - One step.
 * @csspart overdue - The "Overdue" mark of a step.
 * @csspart stale - The "No longer in this framework" mark.
 * @csspart movement - The "Moved up since this was planned" mark.
 * @csspart table - The plan as a table (shown in print only).
 * @csspart error - The box saying what failed (`role="alert"`).
 *
 * @cssprop --bp-color-text-muted - Secondary text: dates, hints.
 * @cssprop --bp-color-surface - Step background; buttons and fields.
 * @cssprop --bp-color-border - Step borders, buttons and fields.
 * @cssprop --bp-color-focus - Focus ring.
 * @cssprop --bp-color-error - The overdue mark and edge.
 *
 * @fires {BpProfileEditEvent} bp-profile-edit - A person changed the plan (after it was stored). `detail: { edit: { kind: "plan", change }, profile }`.
 * @fires {BpErrorEvent} bp-error - The framework or `profile-src` failed, or an act named a capacity the framework does not have. `detail: { errors, source }`.
 */
export class ActionPlan extends ProfileElement {
  static override styles = styles;

  /** The level (2..6) of the plan's title; steps go one below it. */
  @property({ attribute: 'heading-level', type: Number }) headingLevel = 2;

  /** The day overdue steps are counted from (`YYYY-MM-DD`); unset: today. */
  @property({ reflect: true }) today?: string;

  /** Which steps are shown: `all` (default), `overdue`, or one status (`planned`, `doing`, `done`, `dropped`). */
  @property({ attribute: 'filter-status', reflect: true }) filterStatus: PlanStatusFilter = 'all';

  /** Only the steps of this owner (unset: everyone's). */
  @property({ attribute: 'filter-owner', reflect: true }) filterOwner?: string;

  /** Hides the actions suggested by the priorities (e.g. where the page shows them already). */
  @property({ attribute: 'no-suggestions', type: Boolean, reflect: true }) noSuggestions = false;

  /** The message after the last action, read politely. */
  @state() private notice = '';
  /** The steps whose details are open. */
  @state() private open: ReadonlySet<string> = new Set();
  /** The step removed last, with its place, while its Undo is offered. */
  @state() private removed?: { item: PlanItem; index: number };

  get #t(): PlanStrings {
    return planStrings(this.locale, this.words);
  }

  // ---- public methods -----------------------------------------------------------------------------

  /** The plan as CSV (one row per step), or undefined before the framework is ready. */
  csv(): string | undefined {
    const model = this.model;
    return model
      ? planCsv(model, planOf(this.currentProfile), this.locale, planExportWords(this.locale, this.words))
      : undefined;
  }

  /** The plan's due dates as an iCalendar file, or undefined before the framework is ready. */
  ics(): string | undefined {
    const model = this.model;
    return model
      ? planIcs(model, planOf(this.currentProfile), planExportWords(this.locale, this.words), {
          locale: this.locale,
        })
      : undefined;
  }

  // ---- lifecycle ----------------------------------------------------------------------------------

  /** The steps the last render showed, in order (what Move up / Move down / Remove act on). */
  #shown: readonly ItemView[] = [];

  /** Where focus goes after the next render (a selector in the shadow root), and the fallbacks. */
  #focusNext?: readonly string[];

  /** How many steps are drawn so far (see ITEMS_PER_STEP), how many wait, and the next step when one is due. */
  #limit = ITEMS_PER_STEP;
  #waiting = 0;
  #step?: Promise<void>;

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    if (this.#waiting && !this.#step)
      this.#step = nextTask().then(() => {
        this.#step = undefined;
        this.#limit += ITEMS_PER_STEP;
        this.requestUpdate();
      });
    const wanted = this.#focusNext;
    if (!wanted) return;
    for (const selector of wanted) {
      const el = this.renderRoot.querySelector<HTMLElement>(selector);
      if (el && !(el as HTMLButtonElement).disabled) {
        this.#focusNext = undefined;
        el.focus();
        if (el.matches(':focus')) return;
      }
    }
    // Not drawn yet: a later step will draw it.
    if (this.#waiting) return;
    this.#focusNext = undefined;
    // Nothing to land on: the element keeps the focus rather than the page's body.
    holdFocus(this);
  }

  /** Resolves once every step is drawn (a long plan is drawn in several steps). */
  protected override async getUpdateComplete(): Promise<boolean> {
    let done = await super.getUpdateComplete();
    while (this.#step) {
      await this.#step;
      done = await super.getUpdateComplete();
    }
    return done;
  }

  // ---- a person's acts ----------------------------------------------------------------------------

  #say(text: string) {
    this.notice = text;
  }

  #addFromAction(action: Action) {
    const model = this.model;
    if (!model || !this.store) return;
    const title = model.text(action.title, this.locale);
    const resourceIds = (action.resourceIds ?? []).filter((id) => model.resource(id));
    const profile = this.store.addPlanItem(
      {
        capacityId: action.capacityId,
        title,
        actionId: action.id,
        status: 'planned',
        ...(resourceIds.length ? { resourceIds } : {}),
      },
      this,
    );
    const added = planOf(profile).at(-1);
    if (!added) return;
    this.#showAll();
    this.#say(this.#t.added(clip(title, NAME)));
    this.#focusNext = [`#t-${CSS.escape(added.id)}`];
  }

  #addOwn() {
    const model = this.model;
    if (!model || !this.store) return;
    const priorities = prioritiesOf(this.currentProfile).filter((id) => model.capacity(id));
    const capacityId = priorities[0] ?? model.capacities[0]?.id;
    if (!capacityId) return;
    const title = this.#t.newTitle;
    const profile = this.store.addPlanItem({ capacityId, title, status: 'planned' }, this);
    const added = planOf(profile).at(-1);
    if (!added) return;
    this.#showAll();
    this.open = new Set([...this.open, added.id]);
    this.#say(this.#t.added(title));
    this.#focusNext = [`#f-title-${CSS.escape(added.id)}`];
  }

  /** Clears the filters, so a step just added is in view. */
  #showAll() {
    this.filterStatus = 'all';
    this.filterOwner = undefined;
  }

  #update(item: PlanItem, fields: PlanFields, field: string) {
    const before = this.currentProfile;
    const after = this.store?.updatePlanItem(item.id, fields, this);
    if (!after || after === before) return;
    const title = planOf(after).find((p) => p.id === item.id)?.title ?? item.title;
    this.#say(this.#t.saved(field, clip(title, NAME)));
  }

  #toggle(id: string) {
    const open = new Set(this.open);
    if (!open.delete(id)) open.add(id);
    this.open = open;
  }

  /**
   * Moves a step past its neighbour among the steps shown (the last render's, read when the button is
   * pressed: a step's template is kept while the step does not change); focus stays on the same button.
   */
  #move(itemId: string, delta: -1 | 1) {
    const shown = this.#shown;
    const at = shown.findIndex((v) => v.item.id === itemId);
    const view = shown[at];
    const neighbour = shown[at + delta];
    if (!view || !neighbour || !this.store) return;
    const profile = this.store.movePlanItem(itemId, neighbour.index, this);
    const plan = planOf(profile);
    const position = plan.findIndex((p) => p.id === itemId);
    const id = CSS.escape(itemId);
    const [same, other] = delta < 0 ? ['up', 'down'] : ['down', 'up'];
    this.#focusNext = [`#m${same}-${id}`, `#m${other}-${id}`, `#t-${id}`];
    this.#say(this.#t.moved(clip(view.item.title, NAME), position + 1, plan.length));
  }

  #remove(itemId: string) {
    const view = this.#shown.find((v) => v.item.id === itemId);
    if (!view || !this.store?.removePlanItem(itemId, this)) return;
    this.removed = { item: view.item, index: view.index };
    this.#say(this.#t.removed(clip(view.item.title, NAME)));
    this.#focusNext = ['#undo'];
  }

  #undo() {
    const removed = this.removed;
    if (!removed || !this.store) return;
    this.removed = undefined;
    const profile = this.store.addPlanItem(removed.item, this, removed.index);
    const back = planOf(profile)[Math.min(removed.index, planOf(profile).length - 1)];
    this.#showAll();
    this.#say(this.#t.restored(clip(removed.item.title, NAME)));
    this.#focusNext = back ? [`#t-${CSS.escape(back.id)}`] : ['#add-own'];
  }

  #export(kind: 'csv' | 'ics') {
    const model = this.model;
    if (!model) return;
    const t = this.#t;
    if (kind === 'ics' && !planOf(this.currentProfile).some((p) => p.due)) return this.#say(t.noDates);
    const text = kind === 'csv' ? this.csv() : this.ics();
    if (text === undefined) return;
    const name = `${model.id}-plan-${localToday()}.${kind}`;
    const type = kind === 'csv' ? 'text/csv;charset=utf-8' : 'text/calendar;charset=utf-8';
    saveFile(new Blob([text], { type }), name, this.renderRoot);
    this.#say(t.exported(name));
  }

  // ---- rendering ----------------------------------------------------------------------------------

  #text(model: FrameworkModel, value: Text | undefined, limit: number = NAME): ShownText {
    const shown = shownText(model, value, this.locale);
    const text = clip(shown.text, limit);
    return text === shown.text ? shown : { text, lang: shown.lang };
  }

  /** Dates in words, kept per language: a plan of 200 dated steps formats the same few days many times. */
  #dates = new Map<string, string>();

  #date(day: string): string {
    const key = `${this.locale ?? ''}|${day}`;
    let words = this.#dates.get(key);
    if (words === undefined) this.#dates.set(key, (words = formatDate(day, this.locale, 'long')));
    return words;
  }

  /** A capacity's name, or its id when the framework no longer has it. */
  #capacityName(model: FrameworkModel, id: string): string {
    const capacity = model.capacity(id);
    return capacity ? this.#text(model, capacity.label).text : id;
  }

  protected override render() {
    const status = this.renderFrameworkState();
    if (status) return status;
    const model = this.model!;
    const profile = this.currentProfile;
    const t = this.#t;
    const top = clampHeadingLevel(this.headingLevel);
    const plan = planOf(profile);
    const today = this.today ?? localToday();
    const actions = new Set(model.actions.map((a) => a.id));
    const views: ItemView[] = plan.map((item, index) => ({
      item,
      index,
      overdue: !!item.due && item.due < today && item.status !== 'done' && item.status !== 'dropped',
      stale:
        !model.capacity(item.capacityId) ||
        (item.actionId !== undefined && !actions.has(item.actionId)) ||
        (item.resourceIds ?? []).some((id) => !model.resource(id)),
      movement: planMovement(model, profile, item),
      first: false,
      last: false,
    }));
    const owner = this.filterOwner;
    const filtered = views.filter(
      (v) =>
        (this.filterStatus === 'all' ||
          (this.filterStatus === 'overdue' ? v.overdue : v.item.status === this.filterStatus)) &&
        (owner === undefined || (owner === NO_OWNER ? !v.item.owner : v.item.owner === owner)),
    );
    const shown = filtered.map((v, i) => ({ ...v, first: i === 0, last: i === filtered.length - 1 }));
    this.#shown = shown;
    const drawn = shown.slice(0, this.#limit);
    this.#waiting = Math.max(0, shown.length - drawn.length, views.length - this.#limit);
    const owners = [...new Set(plan.flatMap((p) => (p.owner ? [p.owner] : [])))].sort();
    const tag = headingTag(top);
    return html`<section part="base" class="base" lang=${ifDefined(this.locale)} aria-labelledby="plan-title">
      ${this.renderProfileErrors() ?? nothing}
      ${staticHtml`<${tag} id="plan-title" class="title">${t.title}</${tag}>`}
      <p class="intro">${t.intro}</p>
      ${this.noSuggestions ? nothing : this.#renderSuggestions(model, profile, plan, top + 1)}
      <div part="tools" class="tools">
        <button
          id="add-own"
          class="button primary"
          type="button"
          ?disabled=${!this.store}
          @click=${this.#addOwn}
        >
          ${t.addOwn}
        </button>
        ${
          plan.length
            ? html`<span class="tool-pair">
                  <label class="field-label" for="filter-status">${t.filterStatus}</label>
                  <select
                    id="filter-status"
                    class="field"
                    @change=${(e: Event) => this.#filter('status', (e.target as HTMLSelectElement).value)}
                  >
                    ${(['all', 'overdue', ...PLAN_STATUS_LIST] as PlanStatusFilter[]).map(
                      (s) =>
                        html`<option value=${s} ?selected=${s === this.filterStatus}>
                          ${s === 'all' ? t.allStatuses : s === 'overdue' ? t.overdueOnly : t.status[s]}
                        </option>`,
                    )}
                  </select>
                </span>
                <span class="tool-pair">
                  <label class="field-label" for="filter-owner">${t.filterOwner}</label>
                  <select
                    id="filter-owner"
                    class="field"
                    @change=${(e: Event) => this.#filter('owner', (e.target as HTMLSelectElement).value)}
                  >
                    <option value="" ?selected=${owner === undefined}>${t.anyOwner}</option>
                    ${owners.map(
                      (o) => html`<option value=${o} ?selected=${o === owner}>${clip(o, NAME)}</option>`,
                    )}
                    <option value=${NO_OWNER} ?selected=${owner === NO_OWNER}>${t.noOwner}</option>
                  </select>
                </span>
                <button class="button" type="button" @click=${() => this.#export('csv')}>
                  ${t.exportCsv}
                </button>
                <button class="button" type="button" @click=${() => this.#export('ics')}>
                  ${t.exportIcs}
                </button>`
            : nothing
        }
      </div>
      <div part="notice" class="notice-row">
        <p class="notice" role="status">${this.notice}</p>
        ${
          this.removed
            ? html`<button id="undo" class="button" type="button" @click=${this.#undo}>
                ${t.undo}<span class="visually-hidden">: ${clip(this.removed.item.title, NAME)}</span>
              </button>`
            : nothing
        }
      </div>
      ${
        plan.length
          ? html`<p class="count">${t.showing(shown.length, plan.length)}</p>
              ${shown.length ? nothing : html`<p class="muted">${t.noneMatch}</p>`}
              <ol part="list" class="items">
                ${repeat(
                  drawn,
                  (v) => v.item.id,
                  (v) => this.#renderItem(model, profile, v, top + 1),
                )}
              </ol>
              ${this.#renderTable(model, plan.slice(0, this.#limit), views)}`
          : html`<p class="empty">
              ${this.noSuggestions || !prioritiesOf(profile).length ? t.emptyNothingAbove : t.empty}
            </p>`
      }
    </section>`;
  }

  #filter(which: 'status' | 'owner', value: string) {
    if (which === 'status') this.filterStatus = value as PlanStatusFilter;
    else this.filterOwner = value || undefined;
    // Said once the list shows the result.
    void this.updateComplete.then(() => {
      const count = this.renderRoot.querySelectorAll('[part~="item"]').length;
      this.#say(this.#t.showing(count, planOf(this.currentProfile).length));
    });
  }

  #renderSuggestions(
    model: FrameworkModel,
    profile: Profile | undefined,
    plan: readonly PlanItem[],
    level: number,
  ): TemplateResult {
    const t = this.#t;
    const priorities = prioritiesOf(profile).flatMap((id) => model.capacity(id) ?? []);
    const planned = new Set(plan.flatMap((p) => (p.actionId ? [p.actionId] : [])));
    const sub = headingTag(level + 1);
    // No priorities, nothing to suggest: only what to do, with no heading over nothing (issue 15).
    return html`<div
      part="suggestions"
      class="suggestions"
      role=${ifDefined(priorities.length ? 'group' : undefined)}
      aria-labelledby=${ifDefined(priorities.length ? 'suggest-title' : undefined)}
    >
      ${priorities.length ? staticHtml`<${headingTag(level)} id="suggest-title">${t.fromPriorities}</${headingTag(level)}>` : nothing}
      ${
        priorities.length
          ? priorities.map((capacity) => {
              const name = this.#text(model, capacity.label);
              const current = levelOfRating(model, ratingOf(profile, capacity.id));
              const actions = current ? model.actionsFor(capacity.id, current.id) : [];
              return html`<div class="suggestion">
                ${staticHtml`<${sub} class="suggestion-title" lang=${ifDefined(name.lang)}>${name.text}</${sub}>`}
                ${
                  !current
                    ? html`<p class="muted">${t.notRatedYet}</p>`
                    : html`<p class="muted">${t.atLevel(this.#text(model, current.label).text)}</p>
                        ${
                          actions.length
                            ? html`<ul class="actions">
                                ${actions.map((a) => {
                                  const title = this.#text(model, a.title);
                                  return html`<li>
                                    <span lang=${ifDefined(title.lang)}>${title.text}</span>
                                    ${
                                      planned.has(a.id)
                                        ? html`<span class="in-plan"
                                            ><span aria-hidden="true">✓ </span>${t.inPlan}</span
                                          >`
                                        : html`<button
                                            class="button"
                                            type="button"
                                            data-action=${a.id}
                                            ?disabled=${!this.store}
                                            @click=${() => this.#addFromAction(a)}
                                          >
                                            ${t.addToPlan}<span class="visually-hidden">: ${title.text}</span>
                                          </button>`
                                    }
                                  </li>`;
                                })}
                              </ul>`
                            : html`<p class="muted">${t.noSuggestions}</p>`
                        }`
                }
              </div>`;
            })
          : html`<p class="muted">${t.noPriorities}</p>`
      }
    </div>`;
  }

  /** One step, drawn again only when what it shows changed (one edit among 200 steps redraws one). */
  #renderItem(model: FrameworkModel, profile: Profile | undefined, view: ItemView, level: number) {
    const open = this.open.has(view.item.id);
    const m = view.movement;
    // The capacity's current level decides which resources are offered when the details are open.
    const current = open ? levelOfRating(model, ratingOf(profile, view.item.capacityId)) : undefined;
    return guard(
      [
        model,
        this.locale,
        // A language registered at runtime changes the words without changing the locale.
        this.#t,
        view.item,
        open,
        view.overdue,
        view.stale,
        view.first,
        view.last,
        m?.from,
        m?.to,
        current,
      ],
      () => this.#itemView(model, view, level, open, current?.id),
    );
  }

  #itemView(
    model: FrameworkModel,
    view: ItemView,
    level: number,
    open: boolean,
    levelId: string | undefined,
  ) {
    const t = this.#t;
    const { item, overdue, stale, movement } = view;
    const id = item.id;
    const title = clip(item.title, NAME);
    const capacity = this.#capacityName(model, item.capacityId);
    // Every control's accessible name says which step and which capacity it belongs to.
    const which = html`<span class="visually-hidden">: ${title} (${capacity})</span>`;
    const tag = headingTag(level);
    return html`<li
      part="item"
      class="item ${overdue ? 'is-overdue' : ''} ${stale ? 'is-stale' : ''}"
      data-id=${id}
      data-status=${item.status}
    >
      <div class="item-head">
        ${staticHtml`<${tag} id=${`t-${id}`} class="item-title" tabindex="-1">${title}</${tag}>`}
        <p class="meta">
          <span class="capacity">${capacity}</span>
          <span class="badge status-${item.status}">${t.status[item.status] ?? item.status}</span>
          ${item.owner ? html`<span>${t.owner(clip(item.owner, NAME))}</span>` : nothing}
          ${item.due && !overdue ? html`<span>${t.due(this.#date(item.due))}</span>` : nothing}
        </p>
        ${
          overdue
            ? html`<p part="overdue" class="overdue">
                <span class="mark" aria-hidden="true">!</span>${t.overdueSince(this.#date(item.due!))}
              </p>`
            : nothing
        }
        ${stale ? this.#renderStale(model, item) : nothing}
        ${movement ? this.#renderMovement(model, movement) : nothing}
      </div>
      <div class="item-tools">
        <span class="tool-pair">
          <label class="field-label" for=${`f-status-${id}`}>${t.fieldStatus}${which}</label>
          <select
            id=${`f-status-${id}`}
            class="field"
            @change=${(e: Event) =>
              this.#update(
                item,
                { status: (e.target as HTMLSelectElement).value as PlanStatus },
                t.fieldStatus,
              )}
          >
            ${PLAN_STATUS_LIST.map(
              (s) => html`<option value=${s} ?selected=${s === item.status}>${t.status[s]}</option>`,
            )}
          </select>
        </span>
        <button
          id=${`e-${id}`}
          class="button"
          type="button"
          aria-expanded=${open ? 'true' : 'false'}
          aria-controls=${`d-${id}`}
          @click=${() => this.#toggle(id)}
        >
          ${open ? t.closeEdit : t.edit}${which}
        </button>
        <button
          id=${`mup-${id}`}
          class="button"
          type="button"
          ?disabled=${view.first}
          @click=${() => this.#move(id, -1)}
        >
          <span aria-hidden="true">↑</span> ${t.moveUp}${which}
        </button>
        <button
          id=${`mdown-${id}`}
          class="button"
          type="button"
          ?disabled=${view.last}
          @click=${() => this.#move(id, 1)}
        >
          <span aria-hidden="true">↓</span> ${t.moveDown}${which}
        </button>
        <button class="button" type="button" @click=${() => this.#remove(id)}>${t.remove}${which}</button>
      </div>
      <div id=${`d-${id}`} class="details" ?hidden=${!open}>
        ${open ? this.#renderFields(model, item, which, levelId) : nothing}
      </div>
    </li>`;
  }

  #renderStale(model: FrameworkModel, item: PlanItem) {
    const t = this.#t;
    const reasons = [
      ...(!model.capacity(item.capacityId) ? [t.staleCapacity(item.capacityId)] : []),
      ...(item.actionId !== undefined && !model.actions.some((a) => a.id === item.actionId)
        ? [t.staleAction(item.actionId)]
        : []),
      ...(item.resourceIds ?? []).filter((r) => !model.resource(r)).map((r) => t.staleResource(r)),
    ];
    return html`<div part="stale" class="stale">
      <p><span class="mark" aria-hidden="true">?</span><strong>${t.stale}</strong></p>
      <ul>
        ${reasons.map((r) => html`<li>${clip(r, LONG)}</li>`)}
      </ul>
    </div>`;
  }

  #renderMovement(model: FrameworkModel, m: Movement) {
    const t = this.#t;
    const from = this.#text(model, m.from.label).text;
    const to = this.#text(model, m.to.label).text;
    const [arrow, words] =
      m.direction === 'up'
        ? ['↑', t.movedUp(from, to)]
        : m.direction === 'down'
          ? ['↓', t.movedDown(from, to)]
          : ['=', t.stayed(to)];
    return html`<p part="movement" class="movement moved-${m.direction}">
      <span class="mark" aria-hidden="true">${arrow}</span>${words}
    </p>`;
  }

  #renderFields(model: FrameworkModel, item: PlanItem, which: TemplateResult, levelId: string | undefined) {
    const t = this.#t;
    const id = item.id;
    const text = (field: 'title' | 'owner' | 'measure' | 'note', label: string, multiline = false) => {
      const fid = `f-${field}-${id}`;
      const value = item[field] ?? '';
      const save = (e: Event) => this.#update(item, { [field]: (e.target as HTMLInputElement).value }, label);
      return html`<div class="field-row ${multiline ? 'wide' : ''}">
        <label class="field-label" for=${fid}>${label}${which}</label>
        ${
          multiline
            ? html`<textarea
                id=${fid}
                class="field"
                rows="3"
                .value=${live(value)}
                @change=${save}
              ></textarea>`
            : html`<input
                id=${fid}
                class="field"
                type="text"
                autocomplete="off"
                .value=${live(value)}
                ?required=${field === 'title'}
                @change=${save}
              />`
        }
      </div>`;
    };
    const known = !!model.capacity(item.capacityId);
    // The resources to offer: those matched to the capacity at its level (or tagged to it, unrated), and
    // any the step links already, so unticking one is always possible.
    const matched: readonly Resource[] = known
      ? levelId
        ? matchedFor(model, item.capacityId, levelId)
        : model.resources.filter((r) => r.capacityIds?.includes(item.capacityId))
      : [];
    const linked = item.resourceIds ?? [];
    const offered = [
      ...linked.map((r) => model.resource(r) ?? r),
      ...matched.filter((r) => !linked.includes(r.id)).slice(0, RESOURCES_OFFERED),
    ];
    return html`<div class="fields">
      ${text('title', t.fieldTitle)}
      <div class="field-row">
        <label class="field-label" for=${`f-capacity-${id}`}>${t.fieldCapacity}${which}</label>
        <select
          id=${`f-capacity-${id}`}
          class="field"
          @change=${(e: Event) =>
            this.#update(item, { capacityId: (e.target as HTMLSelectElement).value }, t.fieldCapacity)}
        >
          ${known ? nothing : html`<option value=${item.capacityId} selected>${item.capacityId} (${t.stale})</option>`}
          ${model.groups.map(
            (g) =>
              html`<optgroup label=${this.#text(model, g.label).text}>
                ${g.capacities.map(
                  (c) =>
                    html`<option value=${c.id} ?selected=${c.id === item.capacityId}>
                      ${this.#text(model, c.label).text}
                    </option>`,
                )}
              </optgroup>`,
          )}
        </select>
      </div>
      ${text('owner', t.fieldOwner)}
      <div class="field-row">
        <label class="field-label" for=${`f-due-${id}`}>${t.fieldDue}${which}</label>
        <input
          id=${`f-due-${id}`}
          class="field"
          type="date"
          .value=${live(item.due ?? '')}
          @change=${(e: Event) => {
            const value = (e.target as HTMLInputElement).value;
            // A half-typed date reads as empty: only a whole date (or clearing it on purpose) is saved.
            if (value || (e.target as HTMLInputElement).validity.valid)
              this.#update(item, { due: value }, t.fieldDue);
          }}
        />
      </div>
      ${text('measure', t.fieldMeasure, true)}
      <fieldset class="field-row wide resources">
        <legend class="field-label">${t.fieldResources}${which}</legend>
        ${
          offered.length
            ? html`<ul>
                ${offered.map((r) => {
                  const rid = typeof r === 'string' ? r : r.id;
                  const name = typeof r === 'string' ? t.staleResource(r) : this.#text(model, r.title).text;
                  return html`<li>
                    <label class="check">
                      <input
                        type="checkbox"
                        .checked=${live(linked.includes(rid))}
                        @change=${(e: Event) => {
                          const on = (e.target as HTMLInputElement).checked;
                          const next = on ? [...linked, rid] : linked.filter((x) => x !== rid);
                          this.#update(item, { resourceIds: next }, t.fieldResources);
                        }}
                      />
                      ${name}
                    </label>
                  </li>`;
                })}
              </ul>`
            : html`<p class="muted">${t.noResources}</p>`
        }
      </fieldset>
      ${text('note', t.fieldNote, true)}
    </div>`;
  }

  /** The plan as a table, for print (the editor is hidden there). */
  #renderTable(model: FrameworkModel, plan: readonly PlanItem[], views: readonly ItemView[]) {
    const t = this.#t;
    return html`<table part="table" class="print-table">
      <caption>
        ${t.tableCaption}
      </caption>
      <thead>
        <tr>
          ${[t.fieldTitle, t.fieldCapacity, t.fieldOwner, t.fieldDue, t.fieldStatus, t.fieldMeasure].map(
            (h) => html`<th scope="col">${h}</th>`,
          )}
        </tr>
      </thead>
      <tbody>
        ${plan.map(
          (item, i) =>
            html`<tr>
              <td>${clip(item.title, NAME)}${views[i].stale ? html` (${t.stale})` : nothing}</td>
              <td>${this.#capacityName(model, item.capacityId)}</td>
              <td>${clip(item.owner ?? '', NAME)}</td>
              <td>
                ${item.due ? this.#date(item.due) : ''}${views[i].overdue ? html` (${t.overdue})` : nothing}
              </td>
              <td>${t.status[item.status] ?? item.status}</td>
              <td>${clip(item.measure ?? '', LONG)}</td>
            </tr>`,
        )}
      </tbody>
    </table>`;
  }
}
