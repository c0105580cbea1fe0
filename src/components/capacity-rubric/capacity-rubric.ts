import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { guard } from 'lit/directives/guard.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { html as staticHtml } from 'lit/static-html.js';
import type { ProfileStore, SelectionTarget } from '../../context/profile-store.js';
import { issue, type Issue } from '../../framework/issues.js';
import type { FrameworkModel } from '../../framework/model.js';
import { levelOfRating, progress, ratingOf } from '../../framework/profile.js';
import type { Capacity, Group, Level, Rating } from '../../framework/schema.js';
import type { Text } from '../../framework/text.js';
import { rubricStrings, type RubricStrings } from '../../i18n/rubric.js';
import { ProfileElement } from '../../internal/profile-element.js';
import { renderErrors } from '../../internal/status.js';
import { clampHeadingLevel, headingTag, shownText, type ShownText } from '../../internal/view.js';
import { styles } from './capacity-rubric.styles.js';
import { choiceOf, levelChoice, operationFor, SKIPPED, UNSURE, type Choice } from './choices.js';

export type RubricMode = 'list' | 'step';

/**
 * From how many capacities a list is laid out lazily (`content-visibility: auto`): about two screens of a
 * compact rubric. A shorter one gains nothing from it, and stays laid out in full.
 */
const LAZY_FROM = 30;

/** A level of a capacity as the rubric shows it (resolved once per framework and language). */
interface LevelTexts {
  readonly choice: Choice;
  readonly label: ShownText;
  /** The ids of the label and of the descriptor (`l.` / `d.` + `<capacity id>.<level id>`). */
  readonly labelId: string;
  readonly descriptorId: string;
  readonly descriptor: string | TemplateResult;
  readonly descriptorLang: string | undefined;
}

/** A capacity's framework text as the rubric shows it. */
interface CapacityTexts {
  readonly label: ShownText;
  readonly groupLabel: ShownText | undefined;
  readonly levels: readonly LevelTexts[];
  /** The radios' name, the ids of the heading, the note and its hint. */
  readonly ids: {
    readonly name: string;
    readonly heading: string;
    readonly note: string;
    readonly hint: string;
  };
  /** The note's accessible name ("Note for …"). */
  readonly noteName: string;
  /** The fieldset's class (`row`: 2 to 4 levels read as a table row in a wide rubric) and the levels' (`n<count>`). */
  readonly fieldsetClass: string;
  readonly levelsClass: string;
}

/** What the rubric shows: groups with their capacities, or a problem with `group` / `capacity`. */
type Scope =
  | { readonly sections: readonly { group: Group; capacities: readonly Capacity[] }[]; single: boolean }
  | { readonly error: Issue };

/**
 * The team's self-assessment: for each capacity, what each level looks like (the framework's
 * descriptors, side by side as a rubric row), and a choice of where the team is now. "Not sure yet" and
 * "Skip" are answers of their own, never levels; choosing an answer again, or "Clear", un-answers it.
 * An optional note is saved with the answer. Progress says how many capacities are answered, overall and
 * per group, with a button to the next unanswered one. `mode="step"` shows one capacity at a time.
 *
 * Answers go into the team's profile: the provider's shared profile inside a `<blueprint-provider>`
 * (so every other widget follows, and the answers persist), else the element's own `profile` property.
 *
 * Selecting a capacity elsewhere (a bar, the report's "Still open" list) in the same provider shows it
 * here: the rubric brings the capacity into view (smoothly, unless motion is reduced) and moves focus to
 * its heading; step mode goes to its step. A rubric offers only the capacities it shows (`group`,
 * `capacity`), in `readonly` mode too. A page that wants its own behaviour calls `preventDefault()` on
 * `bp-capacity-select`.
 *
 * Notes: a note is stored in the capacity's rating and kept whenever the answer changes. A note written
 * for an unanswered capacity is saved as `{ status: "unsure", note }` ("Not sure yet"), and taking a
 * choice back keeps the note the same way; only "Clear" removes an answer and its note together.
 * A note is saved when its text area loses focus (`change`).
 *
 * @tagname capacity-rubric
 * @summary A self-assessment rubric: choose the team's level for each capacity, from the framework's descriptors.
 *
 * @csspart base - The wrapper around everything the element shows.
 * @csspart progress - The progress area: "7 of 17 capacities answered", a bar, and the next-unanswered button.
 * @csspart progress-text - The progress sentence (a polite live region: announced when the count changes).
 * @csspart next-unanswered - The button that moves focus to the next unanswered capacity.
 * @csspart group - One group's section (list mode).
 * @csspart group-heading - A group's heading.
 * @csspart group-progress - A group's "3 of 4 capacities answered" line.
 * @csspart capacity - One capacity: its heading, details, levels, other answers and note.
 * @csspart capacity-heading - A capacity's heading (inside the fieldset's legend).
 * @csspart details - Each collapsible `<details>`: definition, look-fors, prompts.
 * @csspart levels - The rubric row: one cell per level (a vertical list in narrow containers).
 * @csspart level - One level's cell: the whole cell is the radio's label.
 * @csspart level-chosen - Added to the chosen level's cell.
 * @csspart chosen-mark - The "✓ Chosen" mark on the chosen answer.
 * @csspart other-answer - The "Not sure yet" and "Skip" choices.
 * @csspart clear - The "Clear answer" button.
 * @csspart note - The note text area (in `readonly`, the note's text).
 * @csspart answer - The answer shown as text in `readonly`.
 * @csspart step-position - "Capacity 3 of 17" (step mode).
 * @csspart step-nav - The previous / next buttons (step mode).
 * @csspart previous - The "Previous capacity" button.
 * @csspart next - The "Next capacity" button.
 * @csspart status - The loading or waiting line.
 * @csspart error - The box saying what failed (`role="alert"`), also for an unknown `group` or `capacity`.
 *
 * @cssprop --bp-color-text-muted - Secondary text (hints, general descriptions).
 * @cssprop --bp-color-surface - Background of cells, cards, buttons and the note field.
 * @cssprop --bp-color-border - Borders of cells, cards, buttons and the note field.
 * @cssprop --bp-color-focus - Focus ring (always visible on keyboard focus), the details' summaries.
 * @cssprop --bp-color-surface-selected - Background of the chosen answer, unless `--bp-rubric-chosen-surface` is set.
 * @cssprop --bp-rubric-chosen-color - Border and mark of the chosen answer.
 * @cssprop --bp-rubric-chosen-surface - Background of the chosen answer.
 *
 * @fires {BpRatingChangeEvent} bp-rating-change - A person answered, changed, un-answered or wrote a note. `detail: { capacityId, rating: Rating | undefined, profile, operation }`, after the answer is stored.
 * @fires {BpErrorEvent} bp-error - The framework, the `profile-src` document, or the `group` / `capacity` id was refused. `detail: { errors, source }`.
 */
export class CapacityRubric extends ProfileElement {
  static override styles = styles;

  /** Show only the capacities of this group (a group id). */
  @property() group?: string;

  /** Show only this capacity (a capacity id). Wins over `group`. */
  @property() capacity?: string;

  /** `list` (default): every capacity in a scrolling list. `step`: one capacity at a time, with previous / next. */
  @property({ reflect: true }) mode: RubricMode = 'list';

  /** Show the answers as text, without any inputs (a report, a facilitator's screen). */
  @property({ type: Boolean, reflect: true }) readonly = false;

  /** The level (2..6) of the rubric's top headings: group headings, or capacity headings when there are no groups shown. */
  @property({ attribute: 'heading-level', type: Number }) headingLevel = 3;

  /** The capacity shown in step mode (an index into the capacities shown). */
  @state() private step = 0;

  /**
   * Where focus goes after the next render: a capacity's heading, or its first (or chosen) choice; `reveal`
   * scrolls the capacity into view first (it was selected elsewhere on the page).
   */
  #focusAfterRender?: { capacityId: string; target: 'heading' | 'choice'; reveal?: boolean };
  /** The capacity a person last worked in (list mode), where "next unanswered" starts looking. */
  #lastCapacity?: string;

  /** The capacities this rubric shows (derived in `willUpdate`): the ones it can show when selected. */
  #shown: ReadonlySet<string> = new Set();
  /** The store this rubric is a selection target of, for the capacities it showed then. */
  #registration?: { store: ProfileStore; shown: ReadonlySet<string>; unregister: () => void };
  readonly #target: SelectionTarget = {
    canShow: (capacityId) => this.#shown.has(capacityId),
    show: (capacityId) => this.#show(capacityId),
  };

  get #t(): RubricStrings {
    return rubricStrings(this.locale);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Back on the page with the same store: a target again.
    this.#register();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#registration?.unregister();
    this.#registration = undefined;
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    const model = this.model;
    const scope = model && this.#scope(model);
    const ids =
      scope && 'sections' in scope ? scope.sections.flatMap((s) => s.capacities.map((c) => c.id)) : [];
    if (ids.length !== this.#shown.size || ids.some((id) => !this.#shown.has(id))) this.#shown = new Set(ids);
    // Here, beside the choice of store (`profiles.sync`): the store tells its subscribers at once, and this
    // element's own update is already under way, so it does not schedule another.
    this.#register();
  }

  /** Registers this rubric as a selection target of its store while it shows capacities (again when what it shows changes). */
  #register() {
    const store = this.isConnected && this.#shown.size ? this.store : undefined;
    const current = this.#registration;
    if (current?.store === store && current?.shown === this.#shown) return;
    current?.unregister();
    this.#registration = store
      ? { store, shown: this.#shown, unregister: store.addSelectionTarget(this.#target) }
      : undefined;
  }

  get #isStep(): boolean {
    return this.mode === 'step' && !this.capacity;
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    const request = this.#focusAfterRender;
    if (request) {
      this.#focusAfterRender = undefined;
      if (request.reveal) this.#reveal(request.capacityId);
      else this.#focus(request.capacityId, request.target);
    }
    const model = this.model;
    const scope = model && this.#scope(model);
    this.announceViewErrors(scope && 'error' in scope ? [scope.error] : undefined);
  }

  /** The groups and capacities to show, from `capacity`, else `group`, else everything. */
  #scope(model: FrameworkModel): Scope {
    const t = this.#t;
    if (this.capacity) {
      const capacity = model.capacity(this.capacity);
      const group = capacity && model.groupOf(capacity.id);
      if (!capacity || !group)
        return { error: issue('error', 'unresolved-reference', '', t.noCapacity(this.capacity)) };
      return { sections: [{ group, capacities: [capacity] }], single: true };
    }
    if (this.group) {
      const group = model.group(this.group);
      if (!group) return { error: issue('error', 'unresolved-reference', '', t.noGroup(this.group)) };
      return { sections: [{ group, capacities: group.capacities }], single: false };
    }
    return {
      sections: model.groups.map((group) => ({ group, capacities: group.capacities })),
      single: false,
    };
  }

  #capacityElement(capacityId: string): HTMLElement | null {
    return this.renderRoot.querySelector<HTMLElement>(`[data-capacity="${CSS.escape(capacityId)}"]`);
  }

  #focus(capacityId: string, target: 'heading' | 'choice', options?: FocusOptions) {
    const root = this.#capacityElement(capacityId);
    const el =
      target === 'heading'
        ? root?.querySelector<HTMLElement>('.capacity-heading')
        : (root?.querySelector<HTMLElement>('input[type="radio"]:checked') ??
          root?.querySelector<HTMLElement>('input[type="radio"]'));
    el?.focus(options);
  }

  /** A selection target's `show`: step mode goes to the capacity's step; then it is revealed after the render. */
  #show(capacityId: string) {
    if (!this.#shown.has(capacityId)) return;
    const model = this.model;
    const scope = model && this.#scope(model);
    if (this.#isStep && scope && 'sections' in scope) {
      const index = scope.sections.flatMap((s) => s.capacities).findIndex((c) => c.id === capacityId);
      if (index >= 0) this.step = index;
    }
    this.#focusAfterRender = { capacityId, target: 'heading', reveal: true };
    this.requestUpdate();
  }

  /**
   * Brings a capacity into view (its top at the top of the scrolling area, unless it is in view already),
   * smoothly unless motion is off (`prefers-reduced-motion`, `--bp-motion-duration: 0ms`), and moves focus
   * to its heading (which says its name and that it is a heading).
   */
  #reveal(capacityId: string) {
    const el = this.#capacityElement(capacityId);
    if (!el) return;
    const box = el.getBoundingClientRect();
    const inView = box.top >= 0 && box.bottom <= window.innerHeight;
    const motion = parseFloat(getComputedStyle(this).getPropertyValue('--_motion')) > 0;
    el.scrollIntoView({ block: inView ? 'nearest' : 'start', behavior: motion ? 'smooth' : 'auto' });
    // Focus without a jump of its own, which would cut the smooth scroll short.
    this.#focus(capacityId, 'heading', { preventScroll: true });
  }

  // ---- event handlers -------------------------------------------------------------------------------

  #rating(capacityId: string): Rating | undefined {
    return ratingOf(this.currentProfile, capacityId);
  }

  /** The capacity an event inside a capacity's block belongs to. */
  #capacityOf(target: EventTarget | null): string | undefined {
    return (target as Element | null)?.closest<HTMLElement>('[data-capacity]')?.dataset.capacity;
  }

  /** Clicks on a radio that is already the answer (take it back) and on "Clear". */
  readonly #onClick = (e: Event) => {
    const target = e.target as HTMLElement;
    const capacityId = this.#capacityOf(target);
    if (!capacityId) return;
    if (target instanceof HTMLInputElement && target.type === 'radio')
      this.#onChoiceClick(capacityId, target.value as Choice);
    else if (target.closest('[data-clear]')) this.#onClear(capacityId);
  };

  /** A new choice, or a note written. */
  readonly #onChange = (e: Event) => {
    const target = e.target as HTMLElement;
    const capacityId = this.#capacityOf(target);
    if (!capacityId) return;
    if (target instanceof HTMLInputElement && target.type === 'radio')
      this.#onChoiceChange(capacityId, target.value as Choice);
    else if (target instanceof HTMLTextAreaElement) this.#onNoteChange(capacityId, target.value);
  };

  readonly #onFocusIn = (e: Event) => {
    const capacityId = this.#capacityOf(e.target);
    if (capacityId) this.#lastCapacity = capacityId;
  };

  /** A click on a radio that is already the answer takes the answer back, keeping the note (a new choice is left to `change`). */
  #onChoiceClick(capacityId: string, choice: Choice) {
    if (this.readonly) return;
    if (choiceOf(this.#rating(capacityId)) !== choice) return;
    this.store?.clear(capacityId, { keepNote: true }, this);
  }

  #onChoiceChange(capacityId: string, choice: Choice) {
    if (this.readonly) return;
    if (choiceOf(this.#rating(capacityId)) === choice) return;
    this.store?.apply(operationFor(capacityId, choice), this);
  }

  /** "Clear": the answer and its note go together (the button's label says so when there is a note). */
  #onClear(capacityId: string) {
    this.store?.clear(capacityId, { keepNote: false }, this);
    // The button goes away with the answer: keep focus in the capacity, on its first choice.
    this.#focusAfterRender = { capacityId, target: 'choice' };
    this.requestUpdate();
  }

  #onNoteChange(capacityId: string, value: string) {
    this.store?.writeNote(capacityId, value, this);
  }

  #goToStep(index: number, capacityId: string, target: 'heading' | 'choice') {
    this.step = index;
    this.#focusAfterRender = { capacityId, target };
  }

  /** Moves focus to the first radio of the next unanswered capacity after the current one (wrapping). */
  #onNextUnanswered(capacities: readonly Capacity[]) {
    const profile = this.currentProfile;
    const current = this.#isStep
      ? Math.min(this.step, capacities.length - 1)
      : capacities.findIndex((c) => c.id === this.#lastCapacity);
    for (let k = 1; k <= capacities.length; k++) {
      const index = (current + k + capacities.length) % capacities.length;
      const capacity = capacities[index];
      if (ratingOf(profile, capacity.id)) continue;
      if (this.#isStep && index !== this.step) this.#goToStep(index, capacity.id, 'choice');
      else this.#focus(capacity.id, 'choice');
      return;
    }
  }

  // ---- rendering --------------------------------------------------------------------------------------

  /**
   * The framework text of each capacity as shown (labels, descriptors), resolved once per framework and
   * language, not on every update: an answer changes only the choices' state.
   */
  #texts?: { model: FrameworkModel; locale: string | undefined; byCapacity: Map<string, CapacityTexts> };

  #textsOf(model: FrameworkModel, capacity: Capacity): CapacityTexts {
    let texts = this.#texts;
    if (texts?.model !== model || texts.locale !== this.locale)
      texts = this.#texts = { model, locale: this.locale, byCapacity: new Map() };
    let found = texts.byCapacity.get(capacity.id);
    if (!found) {
      const group = model.groupOf(capacity.id);
      const label = this.#text(model, capacity.label);
      const t = this.#t;
      const n = model.levels.length;
      found = {
        label,
        ids: {
          name: `r.${capacity.id}`,
          heading: `h.${capacity.id}`,
          note: `n.${capacity.id}`,
          hint: `nh.${capacity.id}`,
        },
        noteName: `${t.note} ${t.noteFor(label.text)}`,
        fieldsetClass: n > 1 && n < 5 ? 'fieldset row' : 'fieldset',
        levelsClass: `levels n${n}`,
        groupLabel: group && this.#text(model, group.label),
        levels: model.levels.map((level) => ({
          choice: levelChoice(level.id),
          label: this.#text(model, level.label),
          labelId: `l.${capacity.id}.${level.id}`,
          descriptorId: `d.${capacity.id}.${level.id}`,
          ...this.#descriptorOf(model, capacity, level),
        })),
      };
      texts.byCapacity.set(capacity.id, found);
    }
    return found;
  }

  protected override render() {
    const status = this.renderFrameworkState();
    if (status) return status;
    const model = this.model!;
    const t = this.#t;
    const scope = this.#scope(model);
    if ('error' in scope) return renderErrors(t.nothingToShow, [scope.error], this.strings);
    const top = clampHeadingLevel(this.headingLevel);
    const capacities = scope.sections.flatMap((s) => s.capacities);
    // One listener of each kind for every choice, note and button (each carries its capacity).
    // A long list is laid out only near the viewport (see the styles); a short one, as it is.
    const lazy = !this.#isStep && capacities.length > LAZY_FROM;
    return html`<div
      part="base"
      class=${lazy ? 'base lazy' : 'base'}
      lang=${ifDefined(this.locale)}
      @click=${this.#onClick}
      @change=${this.#onChange}
      @focusin=${this.#onFocusIn}
    >
      ${this.renderProfileErrors() ?? nothing} ${this.#renderProgress(model, capacities)}
      ${
        this.#isStep
          ? this.#renderStep(model, capacities, top)
          : scope.single
            ? this.#renderCapacity(model, capacities[0], top, { eyebrow: true, open: true })
            : scope.sections.map(({ group, capacities }) =>
                this.#renderGroup(model, group, capacities, top, scope.sections.length > 1),
              )
      }
    </div>`;
  }

  /** Resolves framework text; `lang` is set only when it is in another language than the element's. */
  #text(model: FrameworkModel, value: Text | undefined): ShownText {
    return shownText(model, value, this.locale);
  }

  #renderProgress(model: FrameworkModel, capacities: readonly Capacity[]) {
    const t = this.#t;
    const p = progress(
      model,
      this.currentProfile,
      capacities.map((c) => c.id),
    );
    const done = p.answered >= p.total;
    return html`<div part="progress" class="progress">
      <p part="progress-text" class="progress-text" role="status">${t.progress(p.answered, p.total)}</p>
      <progress class="progress-bar" max=${p.total} .value=${p.answered} aria-hidden="true"></progress>
      ${
        this.readonly
          ? nothing
          : done
            ? html`<p class="all-answered">${t.allAnswered}</p>`
            : html`<button
                part="next-unanswered"
                class="button next-unanswered"
                type="button"
                @click=${() => this.#onNextUnanswered(capacities)}
              >
                ${t.nextUnanswered}
              </button>`
      }
    </div>`;
  }

  #renderGroup(
    model: FrameworkModel,
    group: Group,
    capacities: readonly Capacity[],
    level: number,
    showProgress: boolean,
  ) {
    const t = this.#t;
    const label = this.#text(model, group.label);
    const summary = this.#text(model, group.summary);
    const p = progress(
      model,
      this.currentProfile,
      capacities.map((c) => c.id),
    );
    const tag = headingTag(level);
    return html`<div part="group" class="group" data-group=${group.id}>
      <div class="group-head">
        ${staticHtml`<${tag} part="group-heading" class="group-heading" lang=${ifDefined(label.lang)}>${label.text}</${tag}>`}
        ${
          showProgress
            ? html`<p part="group-progress" class="group-progress">${t.progress(p.answered, p.total)}</p>`
            : nothing
        }
      </div>
      ${
        summary.text
          ? html`<p class="group-summary" lang=${ifDefined(summary.lang)}>${summary.text}</p>`
          : nothing
      }
      ${capacities.map((c) => this.#renderCapacity(model, c, Math.min(6, level + 1), { eyebrow: false, open: false }))}
    </div>`;
  }

  #renderStep(model: FrameworkModel, capacities: readonly Capacity[], level: number) {
    const t = this.#t;
    const index = Math.min(Math.max(0, this.step), capacities.length - 1);
    const capacity = capacities[index];
    const previous = capacities[index - 1];
    const next = capacities[index + 1];
    return html`<p part="step-position" class="step-position">
        ${t.stepPosition(index + 1, capacities.length)}
      </p>
      ${this.#renderCapacity(model, capacity, level, { eyebrow: true, open: true })}
      <div part="step-nav" class="step-nav" role="group" aria-label=${t.stepsLabel}>
        <button
          part="previous"
          class="button previous"
          type="button"
          ?disabled=${!previous}
          @click=${() => previous && this.#goToStep(index - 1, previous.id, 'heading')}
        >
          <span aria-hidden="true">←</span> ${t.previous}
        </button>
        <button
          part="next"
          class="button next"
          type="button"
          ?disabled=${!next}
          @click=${() => next && this.#goToStep(index + 1, next.id, 'heading')}
        >
          ${t.next} <span aria-hidden="true">→</span>
        </button>
      </div>`;
  }

  /**
   * One capacity, drawn again only when something it shows changed (its answer, the framework, the
   * language, the mode): an answer elsewhere leaves the other capacities' DOM alone.
   */
  #renderCapacity(
    model: FrameworkModel,
    capacity: Capacity,
    level: number,
    options: { eyebrow: boolean; open: boolean },
  ) {
    const rating = this.#rating(capacity.id);
    return guard(
      [
        capacity,
        model,
        this.locale,
        this.readonly,
        level,
        options.eyebrow,
        options.open,
        rating?.status,
        rating?.levelId,
        rating?.note,
      ],
      () => this.#renderCapacityNow(model, capacity, level, options, rating),
    );
  }

  // Templates below are written without white space between tags where they repeat per capacity or level:
  // every text node and Lit marker counts, 200 capacities over.
  #renderCapacityNow(
    model: FrameworkModel,
    capacity: Capacity,
    level: number,
    options: { eyebrow: boolean; open: boolean },
    rating: Rating | undefined,
  ): TemplateResult {
    const texts = this.#textsOf(model, capacity);
    const label = texts.label;
    const groupLabel = texts.groupLabel;
    const tag = headingTag(level);
    const eyebrow =
      options.eyebrow && groupLabel
        ? html`<p class="eyebrow">
            ${this.#t.group}: <span lang=${ifDefined(groupLabel.lang)}>${groupLabel.text}</span>
          </p>`
        : nothing;

    if (this.readonly) {
      return html`<div
        part="capacity"
        class="capacity readonly ${rating ? 'answered' : ''}"
        data-capacity=${capacity.id}
      >
        ${eyebrow}${staticHtml`<${tag} id=${texts.ids.heading} part="capacity-heading" class="capacity-heading" tabindex="-1" lang=${ifDefined(label.lang)} .textContent=${label.text}></${tag}>`}
        ${this.#renderAbout(model, capacity, options.open)} ${this.#renderAnswerText(model, capacity, rating)}
      </div>`;
    }

    const chosen = choiceOf(rating);
    const { name, note, hint } = texts.ids;
    const t = this.#t;
    const chosenMark = `✓ ${t.chosen}`;
    // Each cell is drawn again only when it is chosen or no longer is (two of them for a new answer).
    const other = (choice: Choice, text: string) => {
      const isChosen = chosen === choice;
      // prettier-ignore
      return guard([texts, isChosen], () => html`<label part="other-answer" class=${isChosen ? 'other chosen' : 'other'}><input type="radio" name=${name} .value=${choice} .checked=${isChosen}><span .textContent=${text}></span><span part=${isChosen ? 'chosen-mark' : nothing} class="chosen-mark" aria-hidden="true" .textContent=${isChosen ? chosenMark : ''}></span></label>`);
    };
    const levels = texts.levels.map((l) => {
      const isChosen = l.choice === chosen;
      return guard([l, isChosen], () => this.#renderLevel(l, name, isChosen, chosenMark));
    });
    const clear = rating
      ? html`<button
          part="clear"
          class="button clear"
          type="button"
          data-clear
          .textContent=${rating.note !== undefined ? t.clearWithNote : t.clear}
        ></button>`
      : nothing;
    // prettier-ignore
    const card = staticHtml`<div part="capacity" class=${rating ? 'capacity answered' : 'capacity'} data-capacity=${capacity.id}><fieldset class=${texts.fieldsetClass}><legend class="legend"><${tag} id=${texts.ids.heading} part="capacity-heading" class="capacity-heading" tabindex="-1" lang=${ifDefined(label.lang)} .textContent=${label.text}></${tag}></legend>${this.#renderAbout(model, capacity, options.open)}<div part="levels" class=${texts.levelsClass}>${levels}</div><div class="others" data-or=${t.otherAnswers}>${other(UNSURE, t.unsure)}${other(SKIPPED, t.skip)}${clear}</div><div class="note-field"><label class="note-label" for=${note} .textContent=${t.note}></label><textarea id=${note} part="note" class="field note" rows="1" aria-label=${texts.noteName} aria-describedby=${hint} .value=${rating?.note ?? ''}></textarea><p class="hint" id=${hint} .textContent=${rating ? t.noteHint : t.noteHintUnanswered}></p></div></fieldset></div>`;
    // The group's name above one capacity (step mode, `capacity`), outside the card: no marker in every card of a list.
    return eyebrow === nothing ? card : html`${eyebrow}${card}`;
  }

  /**
   * One level's cell: the label covers the cell; the descriptor is the radio's accessible description. The
   * "✓ Chosen" mark is in every cell, empty (and hidden) unless the cell is the answer: a new answer changes
   * two cells' text and classes, never the DOM's shape.
   */
  #renderLevel(level: LevelTexts, name: string, isChosen: boolean, chosenMark: string) {
    const part = isChosen ? 'level level-chosen' : 'level';
    const cls = isChosen ? 'level chosen' : 'level';
    const markPart = isChosen ? 'chosen-mark' : nothing;
    const mark = isChosen ? chosenMark : '';
    // A plain descriptor is the span's text; one with indicators (or a general one) is a template.
    // prettier-ignore
    return typeof level.descriptor === 'string'
      ? html`<label part=${part} class=${cls}><input type="radio" name=${name} .value=${level.choice} .checked=${isChosen} aria-labelledby=${level.labelId} aria-describedby=${level.descriptorId}><span class="level-label" id=${level.labelId} lang=${ifDefined(level.label.lang)} .textContent=${level.label.text}></span><span part=${markPart} class="chosen-mark" aria-hidden="true" .textContent=${mark}></span><span class="descriptor" id=${level.descriptorId} lang=${ifDefined(level.descriptorLang)} .textContent=${level.descriptor}></span></label>`
      : html`<label part=${part} class=${cls}><input type="radio" name=${name} .value=${level.choice} .checked=${isChosen} aria-labelledby=${level.labelId} aria-describedby=${level.descriptorId}><span class="level-label" id=${level.labelId} lang=${ifDefined(level.label.lang)} .textContent=${level.label.text}></span><span part=${markPart} class="chosen-mark" aria-hidden="true" .textContent=${mark}></span><span class="descriptor" id=${level.descriptorId}>${level.descriptor}</span></label>`;
  }

  /**
   * The capacity's descriptor at a level (plain text when it is only a summary), else the level's general
   * summary (and a word saying so).
   */
  #descriptorOf(
    model: FrameworkModel,
    capacity: Capacity,
    level: Level,
  ): { descriptor: string | TemplateResult; descriptorLang: string | undefined } {
    const t = this.#t;
    const descriptor = model.descriptor(capacity.id, level.id);
    if (descriptor) {
      const summary = this.#text(model, descriptor.summary);
      const indicators = (descriptor.indicators ?? []).map((i) => this.#text(model, i));
      if (!indicators.length) return { descriptor: summary.text, descriptorLang: summary.lang };
      return {
        descriptor: html`<span class="summary" lang=${ifDefined(summary.lang)}>${summary.text}</span>
          <span class="indicators" role="list"
            >${indicators.map(
              (i) =>
                html`<span class="indicator" role="listitem" lang=${ifDefined(i.lang)}>${i.text} </span>`,
            )}</span
          >`,
        descriptorLang: undefined,
      };
    }
    const general = this.#text(model, level.summary);
    return {
      descriptor: general.text
        ? html`<span class="summary general" lang=${ifDefined(general.lang)}>${general.text}</span>
            <span class="general-note">${t.generalDescription}</span>`
        : html`<span class="general-note">${t.noDescription}</span>`,
      descriptorLang: undefined,
    };
  }

  /** The capacity's descriptor at a level, else the level's general summary (`readonly`'s answer). */
  #renderDescriptor(model: FrameworkModel, capacity: Capacity, level: Level) {
    const { descriptor, descriptorLang } = this.#descriptorOf(model, capacity, level);
    return typeof descriptor === 'string'
      ? html`<span class="summary" lang=${ifDefined(descriptorLang)}>${descriptor}</span>`
      : descriptor;
  }

  /** Definition, look-fors and prompts, each collapsible. */
  #renderAbout(model: FrameworkModel, capacity: Capacity, open: boolean) {
    const t = this.#t;
    const definition = this.#text(model, capacity.definition);
    const lookFors = (capacity.lookFors ?? []).map((x) => this.#text(model, x));
    const prompts = (capacity.prompts ?? []).map((x) => this.#text(model, x));
    const list = (items: { text: string; lang: string | undefined }[]) =>
      html`<ul>
        ${items.map((i) => html`<li lang=${ifDefined(i.lang)}>${i.text}</li>`)}
      </ul>`;
    if (!definition.text && !lookFors.length && !prompts.length) return nothing;
    return html`<div class="about">
      ${
        definition.text
          ? html`<details part="details" class="details" ?open=${open}>
              <summary>${t.definition}</summary>
              <p lang=${ifDefined(definition.lang)}>${definition.text}</p>
            </details>`
          : nothing
      }
      ${
        lookFors.length
          ? html`<details part="details" class="details">
              <summary>${t.lookFors(lookFors.length)}</summary>
              ${list(lookFors)}
            </details>`
          : nothing
      }
      ${
        prompts.length
          ? html`<details part="details" class="details">
              <summary>${t.prompts(prompts.length)}</summary>
              ${list(prompts)}
            </details>`
          : nothing
      }
    </div>`;
  }

  /** `readonly`: the answer and the note as text. */
  #renderAnswerText(model: FrameworkModel, capacity: Capacity, rating: Rating | undefined) {
    const t = this.#t;
    let answer: TemplateResult;
    const level = levelOfRating(model, rating);
    if (level) {
      const label = this.#text(model, level.label);
      answer = html`<strong class="answer-level" lang=${ifDefined(label.lang)}>${label.text}</strong>
        <span class="answer-descriptor">${this.#renderDescriptor(model, capacity, level)}</span>`;
    } else if (rating?.status === 'rated') {
      answer = html`${t.unknownLevel(rating.levelId ?? '')}`;
    } else if (rating?.status === 'unsure') {
      answer = html`${t.unsure}`;
    } else if (rating?.status === 'skipped') {
      answer = html`${t.skipped}`;
    } else {
      answer = html`<span class="unanswered">${t.notAnswered}</span>`;
    }
    return html`<dl part="answer" class="answer">
      <div class="answer-row">
        <dt>${t.answer}</dt>
        <dd>${answer}</dd>
      </div>
      ${
        rating?.note !== undefined
          ? html`<div class="answer-row">
              <dt>${t.note}</dt>
              <dd part="note" class="note-text">${rating.note}</dd>
            </div>`
          : nothing
      }
    </dl>`;
  }
}
