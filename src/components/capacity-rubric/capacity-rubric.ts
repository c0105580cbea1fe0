import { ContextConsumer } from '@lit/context';
import { html, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { modeContext } from '../../context/keys.js';
import { StagedDraw } from '../../controllers/staged-draw.js';
import type { ProfileStore, SelectionTarget } from '../../context/profile-store.js';
import { issue } from '../../framework/issues.js';
import type { FrameworkModel } from '../../framework/model.js';
import { progress, ratingOf } from '../../framework/profile.js';
import type { Capacity, Rating } from '../../framework/schema.js';
import { rubricStrings, type RubricStrings } from '../../i18n/rubric.js';
import { inUse } from '../../internal/announce.js';
import { ProfileElement } from '../../internal/profile-element.js';
import { renderErrors } from '../../internal/status.js';
import { clampHeadingLevel } from '../../internal/view.js';
import type { RubricView, Scope } from './capacity-rubric.templates.js';
import { styles } from './capacity-rubric.styles.js';
import { choiceOf, operationFor, type Choice } from './choices.js';
import { FIRST_STEP, LONG_LIST, PER_STEP } from './long-list.js';

/**
 * The templates' module, fetched as soon as this one runs (beside the validator), a file of its own in the
 * script-tag bundle. Should it fail to load, the rubric says so (`part="error"`, `bp-error`).
 */
let templates: typeof import('./capacity-rubric.templates.js') | undefined;
let templatesFailed = false;
const loadTemplates = import('./capacity-rubric.templates.js').then(
  (m) => (templates = m),
  (e: unknown) => {
    templatesFailed = true;
    console.error('blueprint-widgets: <capacity-rubric> could not load its templates.', e);
  },
);

// Member mode (issue 17): the member's sheet (who answers, "Send my answers"), loaded only in member mode.
let member: typeof import('./member-sheet.js') | undefined;
let memberFailed = false;
let loadingMember: Promise<unknown> | undefined;
const loadMember = () =>
  (loadingMember ??= import('./member-sheet.js').then(
    (m) => (member = m),
    (e: unknown) => {
      memberFailed = true;
      console.error('blueprint-widgets: <capacity-rubric> could not load member mode.', e);
    },
  ));

export type RubricMode = 'list' | 'step';

/**
 * The team's self-assessment: for each capacity, what each level looks like (the framework's
 * descriptors, side by side as a rubric row), and a choice of where the team is now. "Not sure yet" and
 * "Skip" are answers of their own, never levels; choosing an answer again (a click, Space, or Delete on it),
 * or "Clear", un-answers it. Each capacity is three Tab stops: "About <capacity>", its choices (one radio
 * group) and its note; right after an answer, "Next unanswered: <name>" and "Clear answer" follow it.
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
 * @csspart details - The capacity's one disclosure, "About <capacity>": its definition, look-fors and prompts.
 * @csspart levels - The rubric row: one cell per level (a vertical list in narrow containers).
 * @csspart level - One level's cell: the whole cell is the radio's label.
 * @csspart level-chosen - Added to the chosen level's cell.
 * @csspart chosen-mark - The "✓ Chosen" mark on the chosen answer.
 * @csspart other-answer - The "Not sure yet" and "Skip" choices.
 * @csspart answer-actions - After an answer just given here: "Next unanswered: <name>" and "Clear answer" (until focus moves into another capacity).
 * @csspart go-next - The "Next unanswered: <name>" button after an answer.
 * @csspart clear - The "Clear answer" button after an answer (elsewhere, choosing the answer again, or Delete on it, takes it back).
 * @csspart note - The note text area (in `readonly`, the note's text; in a long list, an empty note not used yet is a stand-in that looks and reads the same and becomes the text area as it gets focus).
 * @csspart answer - The answer shown as text in `readonly`.
 * @csspart step-position - "Capacity 3 of 17" (step mode).
 * @csspart step-nav - The previous / next buttons (step mode).
 * @csspart previous - The "Previous capacity" button.
 * @csspart next - The "Next capacity" button.
 * @csspart status - The loading or waiting line.
 * @csspart error - The box saying what failed (`role="alert"`), also for an unknown `group` or `capacity`.
 * @csspart member-who - Member mode (`<blueprint-provider mode="member">`): "Who is answering", an optional name and a role.
 * @csspart member-send - Member mode: "Send my answers", the link, the file and the QR code.
 * @csspart member-qr - Member mode: the QR code of the link (an SVG, black on white), or why there is none.
 * @csspart member-notice - Member mode: what the last send action did (a polite live region).
 *
 * @cssprop --bp-color-text-muted - Secondary text (hints, general descriptions).
 * @cssprop --bp-color-surface - Background of cells, cards, buttons and the note field.
 * @cssprop --bp-color-border - Borders of cells, cards, buttons and the note field.
 * @cssprop --bp-color-focus - Focus ring (always visible on keyboard focus), the details' summaries.
 * @cssprop --bp-color-surface-selected - Background of the chosen answer, unless `--bp-rubric-chosen-surface` is set.
 * @cssprop --bp-rubric-chosen-color - Border and mark of the chosen answer.
 * @cssprop --bp-rubric-chosen-surface - Background of the chosen answer.
 *
 * Member mode: inside `<blueprint-provider mode="member">` the rubric is one member's private answer sheet.
 * It first asks who is answering (an optional name, and a role from the framework's `roles` or "Prefer not
 * to say"; stored in the profile's `respondent`), then shows the capacities, then "Send my answers" (also
 * reachable from the top): a link carrying the member's answers to copy, "Download my answers" (a JSON
 * file), and a QR code of the link drawn on the device. Nothing leaves the device until the member sends it.
 *
 * @fires {BpProfileEditEvent} bp-profile-edit - Member mode: the member's name or role was saved. `detail: { edit, profile }`.
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

  /** Member mode (issue 17): the provider's `mode`, and this rubric's member sheet once loaded. */
  readonly #mode = new ContextConsumer(this, { context: modeContext, subscribe: true });
  #member?: import('./member-sheet.js').MemberSheet;

  get #isMember(): boolean {
    return this.#mode.value === 'member' && !this.readonly;
  }

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
    return rubricStrings(this.locale, this.words);
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
    // A long list is drawn in steps (long-list.ts), again for a new framework or another set of capacities;
    // an answer redraws what is drawn.
    const long = !this.#isStep && ids.length > LONG_LIST;
    this.#staged.plan([model, this.#shown, long], long ? ids.length : 0);
    this.#announceProgress(model, ids);
    // Here, beside the choice of store (`profiles.sync`): the store tells its subscribers at once, and this
    // element's own update is already under way, so it does not schedule another.
    this.#register();
  }

  /** The answered count last seen, and what the live region says (the progress, only when this rubric is in use). */
  #answered?: number;
  #announced = '';

  #announceProgress(model: FrameworkModel | undefined, ids: readonly string[]) {
    if (!model || !ids.length) return;
    const p = progress(model, this.currentProfile, ids);
    if (this.#answered !== undefined && p.answered !== this.#answered)
      if (inUse(this)) this.#announced = this.#t.progress(p.answered, p.total);
    this.#answered = p.answered;
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

  /** A long list's steps (long-list.ts): how many capacities are drawn so far. */
  readonly #staged = new StagedDraw(this, { first: FIRST_STEP, perStep: PER_STEP });

  /** Resolves once every capacity is drawn (a long list is drawn in several steps). */
  protected override getUpdateComplete(): Promise<boolean> {
    return this.#staged.complete(() => super.getUpdateComplete());
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    this.#staged.next();
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
    if (!templates) return { error: issue('error', 'load', '', this.strings.elementFailed) };
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
    if (!root && this.#staged.partial) {
      // Not drawn yet (a long list's later step): everything is drawn now, and the focus follows.
      this.#staged.all();
      this.#focusAfterRender = { capacityId, target };
      return;
    }
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
    // Drawn by then, should a long list's later step still be to come.
    this.#staged.all();
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

  /** Clicks on a radio that is already the answer (take it back), on "Clear", and on a note stand-in's label. */
  readonly #onClick = (e: Event) => {
    const target = e.target as HTMLElement;
    const capacityId = this.#capacityOf(target);
    if (!capacityId) return;
    if (target instanceof HTMLInputElement && target.type === 'radio')
      this.#onChoiceClick(capacityId, target.value as Choice);
    else if (target.closest('[data-clear]')) this.#onClear(capacityId);
    // A label does nothing for a stand-in (not a form field): its focus brings the text area.
    else if (target.classList.contains('note-label'))
      this.#capacityElement(capacityId)?.querySelector<HTMLElement>('[data-note]')?.focus();
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
    if (capacityId && (e.target as HTMLElement).dataset['note'] !== undefined) this.#useNote(capacityId);
    // Moving on from the capacity just answered: its "Next unanswered" and "Clear answer" go.
    if (this.#justAnswered && capacityId !== this.#justAnswered) {
      this.#justAnswered = undefined;
      this.requestUpdate();
    }
  };

  /**
   * Space on the chosen answer takes it back, as a click on it does (the browser does nothing there), and so
   * do Delete and Backspace, as on a bar: the keyboard's way to un-answer, the note kept.
   */
  readonly #onKeyDown = (e: KeyboardEvent) => {
    const target = e.target;
    if (this.readonly || !(target instanceof HTMLInputElement) || target.type !== 'radio' || !target.checked)
      return;
    if (e.key !== ' ' && e.key !== 'Delete' && e.key !== 'Backspace') return;
    const capacityId = this.#capacityOf(target);
    if (!capacityId || choiceOf(this.#rating(capacityId)) !== target.value) return;
    e.preventDefault();
    this.store?.clear(capacityId, { keepNote: true }, this);
  };

  /** The capacity just answered here (see `RubricHost.justAnswered`), until focus moves into another one. */
  #justAnswered?: string;

  /** The capacities whose note a person has gone to (see `RubricHost.notesInUse`). */
  readonly #notesInUse = new Set<string>();

  /**
   * A note's stand-in got focus: the text area is drawn in its place now (not in the next microtask, so that
   * a tap's focus still opens the on-screen keyboard) and takes the focus.
   */
  #useNote(capacityId: string) {
    this.#notesInUse.add(capacityId);
    this.requestUpdate();
    this.performUpdate();
    this.#capacityElement(capacityId)?.querySelector('textarea')?.focus();
  }

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
    this.#justAnswered = this.#lastCapacity = capacityId;
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

  readonly #goToStepFn = (index: number, capacityId: string, target: 'heading' | 'choice') =>
    this.#goToStep(index, capacityId, target);

  /** Moves focus to the first radio of the next unanswered capacity after the current one (wrapping). */
  readonly #nextUnanswered = (capacities: readonly Capacity[]) => {
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
  };

  // ---- rendering --------------------------------------------------------------------------------------

  /** The templates, made on the first render (their module is loaded by then: see `scheduleUpdate`). */
  #view?: RubricView;

  /** The first update waits for the templates' module (loaded beside the validator); later ones do not. */
  protected override scheduleUpdate(): void | Promise<unknown> {
    // Member mode waits for its sheet too, so the first render shows the whole sheet.
    const memberDue = this.#isMember && !member && !memberFailed;
    return (templates || templatesFailed) && !memberDue
      ? super.scheduleUpdate()
      : Promise.all([loadTemplates, memberDue ? loadMember() : undefined]).then(() => super.scheduleUpdate());
  }

  protected override render() {
    const status = this.renderFrameworkState();
    if (status) return status;
    const model = this.model!;
    const t = this.#t;
    const scope = this.#scope(model);
    if ('error' in scope) return renderErrors(t.nothingToShow, [scope.error], this.strings);
    this.#view ??= new templates!.RubricView();
    const top = clampHeadingLevel(this.headingLevel);
    const body = this.#view.render(model, scope, top, {
      t,
      locale: this.locale,
      readonly: this.readonly,
      profile: this.currentProfile,
      profileErrors: this.renderProfileErrors(),
      announced: this.#announced,
      isStep: this.#isStep,
      step: this.step,
      onClick: this.#onClick,
      onChange: this.#onChange,
      onFocusIn: this.#onFocusIn,
      onKeyDown: this.#onKeyDown,
      notesInUse: this.#notesInUse,
      justAnswered: this.#justAnswered,
      drawn: this.#staged.partial ? this.#staged.drawn : Infinity,
      nextUnanswered: this.#nextUnanswered,
      goToStep: this.#goToStepFn,
    });
    if (!this.#isMember) return body;
    if (!member) {
      // Not loaded yet (the mode came later than the first render): the sheet follows once it is.
      if (!memberFailed) void loadMember().then(() => this.requestUpdate());
      else
        return html`${renderErrors(t.nothingToShow, [issue('error', 'load', '', this.strings.elementFailed)], this.strings)}${body}`;
      return body;
    }
    this.#member ??= new member.MemberSheet(this);
    const { currentProfile: profile, store, locale } = this;
    return this.#member.render(body, { model, profile, store, locale, top });
  }
}
