/**
 * What `<capacity-rubric>` draws: its templates, loaded beside the element (the script-tag bundle fetches
 * this file while the framework validator loads, so the element's own code and styles stay in the shared
 * core and a page that never shows a rubric does not pay for drawing one). The element renders nothing
 * until this module is there (`scheduleUpdate` waits for it), which is never longer than the validator.
 * Everything here is a function of the framework, the profile and the element's settings (`RubricHost`).
 */
import { html, nothing, type TemplateResult } from 'lit';
import { guard } from 'lit/directives/guard.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { html as staticHtml } from 'lit/static-html.js';
import type { Issue } from '../../framework/issues.js';
import type { FrameworkModel } from '../../framework/model.js';
import { levelOfRating, progress, ratingOf } from '../../framework/profile.js';
import type { Capacity, Group, Level, Profile, Rating } from '../../framework/schema.js';
import type { Text } from '../../framework/text.js';
import type { RubricStrings } from '../../i18n/rubric.js';
import { fullNameTitle, longText, shortName } from '../../internal/long-text.js';
import { headingTag, shownText, type ShownText } from '../../internal/view.js';
import { choiceOf, levelChoice, SKIPPED, UNSURE, type Choice } from './choices.js';
import { EAGER_NOTES, LONG_LIST } from './long-list.js';

/**
 * A capacity's levels (`part="levels"`) as one template per level count (a framework has 2 to 7 levels): the
 * cells side by side as that many bindings, one marker comment each. A list (`${cells}`) puts two comments
 * around every item and keeps an array of parts to walk: for 4 levels, 5 comments per capacity instead of 9
 * (800 nodes fewer at 200 capacities), and the first render's cloning and walking shrink with them. Each cell
 * is still its own `guard`, drawn again only when it is chosen or no longer is.
 */
// prettier-ignore
const LEVELS: Readonly<Record<number, (cls: string, c: readonly unknown[]) => TemplateResult>> = {
  2: (cls, c) => html`<div part="levels" class=${cls}>${c[0]}${c[1]}</div>`,
  3: (cls, c) => html`<div part="levels" class=${cls}>${c[0]}${c[1]}${c[2]}</div>`,
  4: (cls, c) => html`<div part="levels" class=${cls}>${c[0]}${c[1]}${c[2]}${c[3]}</div>`,
  5: (cls, c) => html`<div part="levels" class=${cls}>${c[0]}${c[1]}${c[2]}${c[3]}${c[4]}</div>`,
  6: (cls, c) => html`<div part="levels" class=${cls}>${c[0]}${c[1]}${c[2]}${c[3]}${c[4]}${c[5]}</div>`,
  7: (cls, c) => html`<div part="levels" class=${cls}>${c[0]}${c[1]}${c[2]}${c[3]}${c[4]}${c[5]}${c[6]}</div>`,
};

/** The levels' box with its cells (a list for a count the schema refuses, should one get here). */
const levelsOf = (cls: string, cells: readonly unknown[]): TemplateResult =>
  LEVELS[cells.length]?.(cls, cells) ?? html`<div part="levels" class=${cls}>${cells}</div>`;

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

/** A name as shown (clipped when far too long) and in full. */
type ShownName = ShownText & { readonly full: string };

/** A capacity's framework text as the rubric shows it. */
interface CapacityTexts {
  readonly label: ShownName;
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

/** The groups and capacities a rubric shows. */
export interface Sections {
  readonly sections: readonly { group: Group; capacities: readonly Capacity[] }[];
  readonly single: boolean;
}

/** What the rubric shows: groups with their capacities, or a problem with `group` / `capacity`. */
export type Scope = Sections | { readonly error: Issue };

/** What the templates read from the element, as it is at this render. */
export interface RubricHost {
  readonly t: RubricStrings;
  readonly locale: string | undefined;
  readonly readonly: boolean;
  readonly profile: Profile | undefined;
  readonly profileErrors: TemplateResult | undefined;
  /** What the live region says: the progress, when it changed by this rubric's use (src/internal/announce.ts). */
  readonly announced: string;
  /** Step mode (one capacity at a time), and the step shown. */
  readonly isStep: boolean;
  readonly step: number;
  readonly onClick: (e: Event) => void;
  readonly onChange: (e: Event) => void;
  readonly onFocusIn: (e: Event) => void;
  readonly onKeyDown: (e: KeyboardEvent) => void;
  /** The capacities whose note a person has gone to: in a long list, their note is a text area (see `#renderNote`). */
  readonly notesInUse: ReadonlySet<string>;
  /**
   * The capacity just answered here (issue 15): after it, "Next unanswered: <name>" and "Clear answer", until
   * the person moves into another capacity. The other capacities have three Tab stops: "About <name>",
   * the choices (one radio group) and the note.
   */
  readonly justAnswered: string | undefined;
  /** How many capacities of the list are drawn (a long list is drawn in steps, see long-list.ts). */
  readonly drawn: number;
  nextUnanswered(capacities: readonly Capacity[]): void;
  goToStep(index: number, capacityId: string, target: 'heading' | 'choice'): void;
}

/** One element's templates, with the framework text it resolved (kept between renders). */
export class RubricView {
  private h!: RubricHost;

  /**
   * The framework text of each capacity as shown (labels, descriptors), resolved once per framework and
   * language, not on every update: an answer changes only the choices' state.
   */
  #texts?: {
    model: FrameworkModel;
    locale: string | undefined;
    /** The strings too: a registered locale or the framework's terms change them (same object otherwise). */
    t: RubricStrings;
    byCapacity: Map<string, CapacityTexts>;
    /** The levels' names, the same for every capacity (resolved once, not once per capacity). */
    levelNames?: readonly ShownName[];
    once: Map<string, unknown>;
  };

  #cache(model: FrameworkModel) {
    let texts = this.#texts;
    if (texts?.model !== model || texts.locale !== this.h.locale || texts.t !== this.h.t)
      texts = this.#texts = {
        model,
        locale: this.h.locale,
        t: this.h.t,
        byCapacity: new Map(),
        once: new Map(),
      };
    return texts;
  }

  /**
   * A template that depends only on the framework, the language and `key` (a capacity's heading, its
   * definition and look-fors): made once, then handed to Lit as the same object, which finds nothing to
   * change. (A heading's tag is a static value: `lit/static-html` would otherwise join the whole card's
   * strings into a cache key on every render of every capacity.)
   */
  #once<T>(model: FrameworkModel, key: string, make: () => T): T {
    const once = this.#cache(model).once;
    if (!once.has(key)) once.set(key, make());
    return once.get(key) as T;
  }

  #textsOf(model: FrameworkModel, capacity: Capacity): CapacityTexts {
    const texts = this.#cache(model);
    let found = texts.byCapacity.get(capacity.id);
    if (!found) {
      const group = model.groupOf(capacity.id);
      const label = this.#name(model, capacity.label);
      const t = this.h.t;
      const n = model.levels.length;
      const levelNames = (texts.levelNames ??= model.levels.map((level) => this.#name(model, level.label)));
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
        groupLabel: group && this.#name(model, group.label),
        levels: model.levels.map((level, i) => ({
          choice: levelChoice(level.id),
          label: levelNames[i],
          labelId: `l.${capacity.id}.${level.id}`,
          descriptorId: `d.${capacity.id}.${level.id}`,
          ...this.#descriptorOf(model, capacity, level),
        })),
      };
      texts.byCapacity.set(capacity.id, found);
    }
    return found;
  }

  /** The rubric's content, once the framework is ready and what to show is known. */
  render(model: FrameworkModel, scope: Sections, top: number, h: RubricHost): TemplateResult {
    this.h = h;
    const capacities = scope.sections.flatMap((s) => s.capacities);
    // One listener of each kind for every choice, note and button (each carries its capacity).
    // A long list is laid out only near the viewport (see the styles); a short one, as it is.
    const lazy = !h.isStep && capacities.length > LONG_LIST;
    this.#eagerNotes = lazy ? new Set(capacities.slice(0, EAGER_NOTES).map((c) => c.id)) : undefined;
    this.#after = this.#afterAnswer(model, capacities);
    return html`<div
      part="base"
      class=${lazy ? 'base lazy' : 'base'}
      lang=${ifDefined(h.locale)}
      @click=${h.onClick}
      @change=${h.onChange}
      @focusin=${h.onFocusIn}
      @keydown=${h.onKeyDown}
    >
      ${h.profileErrors ?? nothing} ${this.#renderProgress(model, capacities)}
      ${h.readonly ? nothing : html`<p id="take-back" class="visually-hidden">${h.t.takeBack}</p>`}
      ${
        h.isStep
          ? this.#renderStep(model, capacities, top)
          : scope.single
            ? this.#renderCapacity(model, capacities[0], top, { eyebrow: true, open: true })
            : this.#drawnSections(scope.sections, h.drawn).map(({ group, capacities, drawn }) =>
                this.#renderGroup(model, group, capacities, drawn, top, scope.sections.length > 1),
              )
      }
    </div>`;
  }

  /**
   * The groups with the capacities drawn so far (a long list is drawn in steps, see long-list.ts), in order:
   * a group none of whose capacities is drawn yet is not drawn either.
   */
  #drawnSections(sections: Sections['sections'], drawn: number) {
    let left = drawn;
    const out = [];
    for (const { group, capacities } of sections) {
      if (left <= 0) break;
      out.push({
        group,
        capacities,
        drawn: left >= capacities.length ? capacities : capacities.slice(0, left),
      });
      left -= capacities.length;
    }
    return out;
  }

  /**
   * In a long list (an empty note is a stand-in until it is used, see `#renderNote`), the first capacities,
   * whose note is always a text area (EAGER_NOTES); undefined in a short list, where every note is one.
   */
  #eagerNotes?: ReadonlySet<string>;

  /** Whether a capacity's note is a text area now: always, but for an empty note in a long list not used yet. */
  #noteField(capacityId: string, rating: Rating | undefined): boolean {
    return (
      !this.#eagerNotes ||
      rating?.note !== undefined ||
      this.#eagerNotes.has(capacityId) ||
      this.h.notesInUse.has(capacityId)
    );
  }

  #rating(capacityId: string): Rating | undefined {
    return ratingOf(this.h.profile, capacityId);
  }

  /** What follows the capacity just answered: its id, and the next unanswered one's name (none when all are answered). */
  #after?: { capacityId: string; next: string | undefined; capacities: readonly Capacity[] };

  #afterAnswer(model: FrameworkModel, capacities: readonly Capacity[]) {
    const id = this.h.justAnswered;
    const at = capacities.findIndex((c) => c.id === id);
    if (!id || at < 0 || !this.#rating(id) || this.h.readonly) return undefined;
    for (let k = 1; k < capacities.length; k++) {
      const c = capacities[(at + k) % capacities.length];
      if (!this.#rating(c.id))
        return { capacityId: id, next: this.#textsOf(model, c).label.text, capacities };
    }
    return { capacityId: id, next: undefined, capacities };
  }

  /** Resolves framework text; `lang` is set only when it is in another language than the element's. */
  #text(model: FrameworkModel, value: Text | undefined): ShownText {
    return shownText(model, value, this.h.locale);
  }

  /** A name (capacity, group, level) as shown: clipped when far too long (the full one is the heading's `title`). */
  #name(model: FrameworkModel, value: Text | undefined): ShownName {
    const { text, lang } = this.#text(model, value);
    return { text: shortName(text), lang, full: text };
  }

  /** A long text (description, descriptor, look-for): clipped, with "Show the full text", when far too long. */
  #long(text: string): unknown {
    return longText(text, this.h.t);
  }

  #renderProgress(model: FrameworkModel, capacities: readonly Capacity[]) {
    const t = this.h.t;
    const p = progress(
      model,
      this.h.profile,
      capacities.map((c) => c.id),
    );
    const done = p.answered >= p.total;
    return html`<div part="progress" class="progress">
      <p part="progress-text" class="progress-text">${t.progress(p.answered, p.total)}</p>
      <p class="visually-hidden" role="status">${this.h.announced}</p>
      <progress class="progress-bar" max=${p.total} .value=${p.answered} aria-hidden="true"></progress>
      ${
        this.h.readonly
          ? nothing
          : done
            ? html`<p class="all-answered">${t.allAnswered}</p>`
            : html`<button
                part="next-unanswered"
                class="button primary next-unanswered"
                type="button"
                @click=${() => this.h.nextUnanswered(capacities)}
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
    drawn: readonly Capacity[],
    level: number,
    showProgress: boolean,
  ) {
    const t = this.h.t;
    const label = this.#name(model, group.label);
    const summary = this.#text(model, group.summary);
    const p = progress(
      model,
      this.h.profile,
      capacities.map((c) => c.id),
    );
    const tag = headingTag(level);
    return html`<div part="group" class="group" data-group=${group.id}>
      <div class="group-head">
        ${staticHtml`<${tag} part="group-heading" class="group-heading" lang=${ifDefined(label.lang)} title=${ifDefined(fullNameTitle(label.full))}>${label.text}</${tag}>`}
        ${
          showProgress
            ? html`<p part="group-progress" class="group-progress">${t.progress(p.answered, p.total)}</p>`
            : nothing
        }
      </div>
      ${
        summary.text
          ? html`<p class="group-summary" lang=${ifDefined(summary.lang)}>${this.#long(summary.text)}</p>`
          : nothing
      }
      ${drawn.map((c) => this.#renderCapacity(model, c, Math.min(6, level + 1), { eyebrow: false, open: false }))}
    </div>`;
  }

  #renderStep(model: FrameworkModel, capacities: readonly Capacity[], level: number) {
    const t = this.h.t;
    const index = Math.min(Math.max(0, this.h.step), capacities.length - 1);
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
          @click=${() => previous && this.h.goToStep(index - 1, previous.id, 'heading')}
        >
          <span class="arrow" aria-hidden="true">←</span> ${t.previous}
        </button>
        <button
          part="next"
          class="button next"
          type="button"
          ?disabled=${!next}
          @click=${() => next && this.h.goToStep(index + 1, next.id, 'heading')}
        >
          ${t.next} <span class="arrow" aria-hidden="true">→</span>
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
        this.h.locale,
        // A language registered at runtime changes the words without changing the locale.
        this.h.t,
        this.h.readonly,
        level,
        options.eyebrow,
        options.open,
        rating?.status,
        rating?.levelId,
        rating?.note,
        this.#after?.capacityId === capacity.id ? (this.#after.next ?? '') : undefined,
        this.#noteField(capacity.id, rating),
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
    // prettier-ignore
    const heading = this.#once(model, `h${level}.${capacity.id}`, () => staticHtml`<${tag} id=${texts.ids.heading} part="capacity-heading" class="capacity-heading" tabindex="-1" lang=${ifDefined(label.lang)} title=${ifDefined(fullNameTitle(label.full))} .textContent=${label.text}></${tag}>`);
    const about = this.#once(model, `a${options.open}${level}.${capacity.id}`, () =>
      this.#renderAbout(model, capacity, options.open, level, label),
    );
    const eyebrow =
      options.eyebrow && groupLabel
        ? html`<p class="eyebrow">
            ${this.h.t.group}: <span lang=${ifDefined(groupLabel.lang)}>${groupLabel.text}</span>
          </p>`
        : nothing;

    if (this.h.readonly) {
      return html`<div
        part="capacity"
        class="capacity readonly ${rating ? 'answered' : ''}"
        data-capacity=${capacity.id}
      >
        ${eyebrow}${heading} ${about} ${this.#renderAnswerText(model, capacity, rating)}
      </div>`;
    }

    const chosen = choiceOf(rating);
    const { name, note, hint } = texts.ids;
    const t = this.h.t;
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
    // Right after an answer here: the way on, and the way back (elsewhere, choosing the answer again takes it back).
    const after = this.#after?.capacityId === capacity.id && rating ? this.#after : undefined;
    const actions = after
      ? html`<div part="answer-actions" class="answer-actions">
          ${
            after.next !== undefined
              ? html`<button
                  part="go-next"
                  class="button go-next"
                  type="button"
                  @click=${() => this.h.nextUnanswered(after.capacities)}
                >
                  ${t.nextUnansweredIs(after.next)} <span aria-hidden="true">→</span>
                </button>`
              : nothing
          }<button
            part="clear"
            class="button clear"
            type="button"
            data-clear
            aria-label=${rating?.note !== undefined ? t.clearWithNoteFor(label.text) : t.clearFor(label.text)}
            .textContent=${rating?.note !== undefined ? t.clearWithNote : t.clear}
          ></button>
        </div>`
      : nothing;
    // prettier-ignore
    const card = html`<div part="capacity" class=${rating ? 'capacity answered' : 'capacity'} data-capacity=${capacity.id}><fieldset class=${texts.fieldsetClass} aria-describedby=${rating && !after ? 'take-back' : nothing}><legend class="legend">${heading}</legend>${about}${levelsOf(texts.levelsClass, levels)}<div class="others" data-or=${t.otherAnswers}>${other(UNSURE, t.unsure)}${other(SKIPPED, t.skip)}</div><div class="note-field"><label class="note-label" for=${note} .textContent=${t.note}></label>${this.#renderNote(texts, capacity.id, rating)}<p class="hint" id=${hint} .textContent=${rating ? t.noteHint : t.noteHintUnanswered}></p></div></fieldset>${actions}</div>`;
    // The group's name above one capacity (step mode, `capacity`), outside the card: no marker in every card of a list.
    return eyebrow === nothing ? card : html`${eyebrow}${card}`;
  }

  /**
   * The note's text area; in a long list, for an empty note not used yet, a stand-in: a box with the text
   * area's classes (the same look, resize grip and place), and for assistive technology and the keyboard a
   * text box with the same name, description and Tab stop (`data-note`). The moment it gets focus (Tab, a
   * click, its label, a screen reader's forms mode) the element draws the text area in its place, at once,
   * and moves focus there (`CapacityRubric.#useNote`).
   * Why: Chrome's autofill reads every text field soon after it appears, and each one in a capacity skipped
   * by `content-visibility: auto` made it lay that capacity out on its own: at 200 capacities about 300 ms
   * of main-thread work after the first frame (the bench's rubric N=200, first render until quiet, 510 ->
   * 240 ms without the text areas). Swapping them in as capacities came near the viewport instead doubled
   * the main-thread time of scrolling through the list (a text area made and one removed per capacity, and
   * autofill reading the fields again each time), so nothing changes until a note is used.
   * A note with text is always a text area, so find-in-page and print have it.
   */
  #renderNote(texts: CapacityTexts, capacityId: string, rating: Rating | undefined) {
    // prettier-ignore
    return this.#noteField(capacityId, rating)
      ? html`<textarea id=${texts.ids.note} part="note" class="field note" rows="1" aria-label=${texts.noteName} aria-describedby=${texts.ids.hint} .value=${rating?.note ?? ''}></textarea>`
      : html`<div id=${texts.ids.note} part="note" class="field note" role="textbox" aria-multiline="true" tabindex="0" aria-label=${texts.noteName} aria-describedby=${texts.ids.hint} data-note></div>`;
  }

  /**
   * One level's cell: the label covers the cell; the descriptor is the radio's accessible description. The
   * "✓ Chosen" mark is in every cell, hidden unless the cell is the answer (only the chosen one is the
   * `chosen-mark` part): a new answer changes two cells' classes, never the DOM or the layout.
   */
  #renderLevel(level: LevelTexts, name: string, isChosen: boolean, chosenMark: string) {
    const part = isChosen ? 'level level-chosen' : 'level';
    const cls = isChosen ? 'level chosen' : 'level';
    const markPart = isChosen ? 'chosen-mark' : nothing;
    // A plain descriptor is the span's text; one with indicators (or a general one) is a template.
    // prettier-ignore
    return typeof level.descriptor === 'string'
      ? html`<label part=${part} class=${cls}><input type="radio" name=${name} .value=${level.choice} .checked=${isChosen} aria-labelledby=${level.labelId} aria-describedby=${level.descriptorId}><span class="level-label" id=${level.labelId} lang=${ifDefined(level.label.lang)} .textContent=${level.label.text}></span><span part=${markPart} class="chosen-mark" aria-hidden="true" .textContent=${chosenMark}></span><span class="descriptor" id=${level.descriptorId} lang=${ifDefined(level.descriptorLang)} .textContent=${level.descriptor}></span></label>`
      : html`<label part=${part} class=${cls}><input type="radio" name=${name} .value=${level.choice} .checked=${isChosen} aria-labelledby=${level.labelId} aria-describedby=${level.descriptorId}><span class="level-label" id=${level.labelId} lang=${ifDefined(level.label.lang)} .textContent=${level.label.text}></span><span part=${markPart} class="chosen-mark" aria-hidden="true" .textContent=${chosenMark}></span><span class="descriptor" id=${level.descriptorId}>${level.descriptor}</span></label>`;
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
    const t = this.h.t;
    const descriptor = model.descriptor(capacity.id, level.id);
    if (descriptor) {
      const summary = this.#text(model, descriptor.summary);
      const indicators = (descriptor.indicators ?? []).map((i) => this.#text(model, i));
      const long = this.#long(summary.text);
      if (!indicators.length && long === summary.text)
        return { descriptor: summary.text, descriptorLang: summary.lang };
      return {
        descriptor: html`<span class="summary" lang=${ifDefined(summary.lang)}>${long}</span>
          <span class="indicators" role="list"
            >${indicators.map(
              (i) =>
                html`<span class="indicator" role="listitem" lang=${ifDefined(i.lang)}
                  >${this.#long(i.text)}
                </span>`,
            )}</span
          >`,
        descriptorLang: undefined,
      };
    }
    const general = this.#text(model, level.summary);
    return {
      descriptor: general.text
        ? html`<span class="summary general" lang=${ifDefined(general.lang)}
              >${this.#long(general.text)}</span
            >
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

  /**
   * Definition, look-fors and prompts in ONE disclosure, "About <capacity>" (issue 15): one Tab stop per
   * capacity instead of three, and a name that says which capacity it is about. Closed, its text is still
   * found by the browser's find-in-page (Chromium opens a `<details>` on a match).
   */
  #renderAbout(model: FrameworkModel, capacity: Capacity, open: boolean, level: number, label: ShownName) {
    const t = this.h.t;
    const definition = this.#text(model, capacity.definition);
    const lookFors = (capacity.lookFors ?? []).map((x) => this.#text(model, x));
    const prompts = (capacity.prompts ?? []).map((x) => this.#text(model, x));
    if (!definition.text && !lookFors.length && !prompts.length) return nothing;
    const tag = headingTag(Math.min(6, level + 1));
    const sub = (text: string) => staticHtml`<${tag} class="about-heading">${text}</${tag}>`;
    /** A list under its own small heading, or nothing when it is empty. */
    const listed = (items: { text: string; lang: string | undefined }[], heading: string) =>
      items.length
        ? html`${sub(heading)}
            <ul>
              ${items.map((i) => html`<li lang=${ifDefined(i.lang)}>${this.#long(i.text)}</li>`)}
            </ul>`
        : nothing;
    return html`<div class="about">
      <details part="details" class="details" ?open=${open}>
        <summary>${t.about(label.text)}</summary>
        ${
          definition.text
            ? html`${sub(t.definition)}
                <p lang=${ifDefined(definition.lang)}>${this.#long(definition.text)}</p>`
            : nothing
        }
        ${listed(lookFors, t.lookFors(lookFors.length))} ${listed(prompts, t.prompts(prompts.length))}
      </details>
    </div>`;
  }

  /** `readonly`: the answer and the note as text. */
  #renderAnswerText(model: FrameworkModel, capacity: Capacity, rating: Rating | undefined) {
    const t = this.h.t;
    let answer: TemplateResult;
    const level = levelOfRating(model, rating);
    if (level) {
      const label = this.#name(model, level.label);
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
              <dd part="note" class="note-text">${this.#long(rating.note)}</dd>
            </div>`
          : nothing
      }
    </dl>`;
  }
}
