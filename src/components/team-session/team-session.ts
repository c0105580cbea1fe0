import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { repeat } from 'lit/directives/repeat.js';
import { html as staticHtml } from 'lit/static-html.js';
import { BpErrorEvent } from '../../events/bp-error.js';
import { BpWarningEvent } from '../../events/bp-warning.js';
import type { FailureKind } from '../../framework/failure-kind.js';
import { issue, type Issue } from '../../framework/issues.js';
import type { FrameworkModel } from '../../framework/model.js';
import { ratingOf } from '../../framework/profile.js';
import type { Rater } from '../../framework/schema.js';
import {
  isDuplicateRater,
  mergeMembers,
  readMemberAnswers,
  rolesOf,
  type AnswerCounts,
  type MemberAnswers,
} from '../../framework/team.js';
import { teamSessionStrings, type TeamSessionStrings } from '../../i18n/team-session.js';
import { errorStrings } from '../../i18n/errors.js';
import type { RefusalStrings } from '../../i18n/refusals.js';
import { memberFailureKind } from './member-refusal.js';
import { ProfileElement } from '../../internal/profile-element.js';
import { shortName } from '../../internal/short-name.js';
import { styleProps } from '../../internal/style-props.js';
import { clampHeadingLevel, headingTag } from '../../internal/view.js';
import { styles } from './team-session.styles.js';
import { revealedView, type RevealedView } from './team-session-view.js';

/**
 * How many items of a long list (the agenda, the role differences) are listed before "Show the whole…": a
 * meeting starts with the capacities furthest apart, and 200 lines at once made merging slow.
 */
const PAGE = 12;
/**
 * How many capacities' counts are drawn at first, and added by each "Show more": a facilitator works down
 * the agenda, and each card (bars, a table by role, the agreement) is a screen tall on a phone. Twelve cards
 * made merging 30 members × 200 capacities miss its 50 ms (about 60 ms, scripts/bench-team.mjs); six take
 * about 35 ms.
 */
const CARDS = 6;

/** A file bigger than this is not one member's answers (a 200-capacity profile with notes is ~100 kB). */
const MAX_FILE_BYTES = 5_000_000;

/** A file or link that could not be used: in plain words, and the technical reason (with its path). */
interface Refused {
  readonly words: string;
  readonly detail: string;
}

/** What the last "add" did: how many were added, and each refusal and duplicate in words. */
interface Batch {
  readonly added: number;
  readonly refused: readonly Refused[];
  readonly duplicates: readonly string[];
}

/**
 * The plain words for members' files and links that cannot be used (src/i18n/refusals.ts), loaded once the
 * session is drawn (before anything can be added), in a file of their own: the element is at its size budget.
 */
let refusals: Promise<typeof import('../../i18n/refusals.js') | undefined> | undefined;
let refusalWords: typeof import('../../i18n/refusals.js') | undefined;
// If the words' file cannot be fetched, the files are still read and each refusal says its technical reason
// (never an unhandled rejection, never files left unread); the next "Add" asks for the file again.
const loadRefusals = () =>
  (refusals ??= import('../../i18n/refusals.js').then(
    (m) => (refusalWords = m),
    () => {
      refusals = undefined;
      return undefined;
    },
  ));

/** One file or link to gather: `shown` names it in the plain words; `failed`, why it was not even read. */
interface GatherInput {
  readonly name: string;
  readonly shown: string;
  readonly text: string;
  readonly failed?: 'too-big' | 'unreadable';
}

/** A link shortened for messages: its start and its end, so two links can be told apart. */
function shortLink(link: string): string {
  return link.length <= 48 ? link : `${link.slice(0, 28)}…${link.slice(-16)}`;
}

/**
 * The facilitator's side of a team session (issue 17): gather each member's answers (share links pasted,
 * one per line, or answer files picked or dropped, many at once), see who has answered, remove one (with
 * undo) or mark one as a duplicate; then reveal the answers (hidden until then, so early answers do not
 * sway later ones): per capacity how many chose each level, "not sure" and skipped, by role when the
 * framework has roles, in the order of the discussion agenda (answers furthest apart first); and agree on
 * the team's level with a note on why. Each member becomes a rater of the team's profile; the agreed level
 * is the team's own rating. Put it inside the team's `<blueprint-provider>`; a `<blueprint-bars spread>` in
 * the same provider shows each capacity's range. Nothing is sent anywhere: links and files are read here.
 *
 * @tagname team-session
 * @summary Gather members' answers, reveal them together, and agree on the team's levels.
 *
 * @csspart base - The wrapper around everything the element shows.
 * @csspart gather - The section to add links and files.
 * @csspart drop - The area that takes dropped files (and holds the file picker).
 * @csspart problems - The list of links and files that could not be used, each with why, in plain words.
 * @csspart error-detail - The "Technical details" disclosure under it: each one's reason, with its path.
 * @csspart members - The table of who has answered.
 * @csspart reveal - The reveal section and its button.
 * @csspart agenda - The discussion agenda (capacities, answers furthest apart first).
 * @csspart capacity - One capacity's counts and agreement.
 * @csspart bar - One stacked bar of counts.
 * @csspart table - One capacity's table of counts.
 * @csspart agree - One capacity's level buttons and note.
 * @csspart status - The loading or waiting line.
 * @csspart error - The box saying what failed (`role="alert"`).
 *
 * @cssprop --bp-color-focus - Focus ring, the drop area while a file is over it, and the bars' darkest level.
 * @cssprop --bp-color-surface - Section backgrounds.
 * @cssprop --bp-color-border - Section and table borders.
 *
 * @fires {BpErrorEvent} bp-error - One for each link or file that could not be used (its message names it; `kind` says what is wrong: `not-json`, `not-a-profile`, `other-framework`, `other-version`, `too-big`, `unreadable`, `broken-link`, `not-a-link`, `no-answers`, `mistakes`), or a framework that failed. `detail: { errors, source, kind }`.
 * @fires {BpWarningEvent} bp-warning - One for each member's answers kept with a problem, or left out because they were already here. `detail: { warnings, source }`.
 * @fires {BpProfileEditEvent} bp-profile-edit - Members added, one removed, or marked as a duplicate. `detail: { edit, profile }`.
 * @fires {BpRatingChangeEvent} bp-rating-change - The team agreed on a level (or wrote why). `detail: { capacityId, rating, profile, operation }`.
 */
export class TeamSession extends ProfileElement {
  static override styles = styles;

  /** The members' answers are shown (counts, agenda, agreement). Unset, they stay hidden. */
  @property({ type: Boolean, reflect: true }) revealed = false;

  /** The level (2..6) of the element's heading; its sections' headings are one level below. */
  @property({ attribute: 'heading-level', type: Number }) headingLevel = 2;

  @state() private batch?: Batch;
  @state() private announced = '';
  @state() private undo?: { readonly rater: Rater; readonly who: string };
  @state() private dragging = false;
  /** Links still in the box (those that could not be used stay, to fix or remove). */
  @state() private links = '';
  /** How many capacities' counts are drawn (grows with "Show more" and with an agenda link further down). */
  @state() private shownCards = CARDS;
  /** The long lists shown whole ('agenda', 'role-diffs'); the others show their first PAGE items. */
  @state() private wholeLists: ReadonlySet<string> = new Set();

  #view?: RevealedView;
  /** Notes typed before a level is chosen, by capacity. */
  readonly #drafts = new Map<string, string>();
  #busy = false;

  get #t(): TeamSessionStrings {
    return teamSessionStrings(this.locale, this.words);
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (this.model) void loadRefusals();
    const model = this.model;
    const profile = this.currentProfile;
    if (!model || !this.revealed) this.#view = undefined;
    else if (this.#view?.model !== model || this.#view.profile !== profile)
      this.#view = revealedView(model, profile);
  }

  // ---- words ------------------------------------------------------------------------------------------

  /** "Ana", else "Member 3" (by place in the list). */
  #who(rater: Rater, index: number): string {
    return rater.name?.trim() ? shortName(rater.name.trim()) : this.#t.member(index + 1);
  }

  #roleLabel(model: FrameworkModel, roleId: string | undefined): string {
    if (roleId === undefined) return this.#t.noRole;
    const role = rolesOf(model).find((r) => r.id === roleId);
    return role ? shortName(model.text(role.label, this.locale)) : roleId;
  }

  #when(stamp: string | undefined): string {
    const time = stamp ? Date.parse(stamp) : NaN;
    if (Number.isNaN(time)) return this.#t.unknownTime;
    // One formatter per language (making one costs more than formatting 30 times with it).
    if (this.#dates?.locale !== this.locale || !this.#dates) {
      const format = new Intl.DateTimeFormat(this.locale, { dateStyle: 'medium', timeStyle: 'short' });
      this.#dates = { locale: this.locale, format };
    }
    return this.#dates.format.format(time);
  }
  #dates?: { locale: string | undefined; format: Intl.DateTimeFormat };

  #capacityName(model: FrameworkModel, id: string): string {
    return shortName(model.text(model.capacity(id)?.label, this.locale));
  }

  #levelName(model: FrameworkModel, id: string | undefined): string {
    return shortName(model.text(id === undefined ? undefined : model.level(id)?.label, this.locale));
  }

  /** One polite announcement per action (the same words twice are still announced). */
  #announce(text: string) {
    this.announced = this.announced === text ? `${text}\u00a0` : text;
  }

  /** After the update, focus the element `selector` finds in the shadow root (else keep focus on the host). */
  #focusAfter(selector: string) {
    void this.updateComplete.then(() => {
      const target = this.renderRoot.querySelector<HTMLElement>(selector);
      if (target) target.focus();
      else this.#holdFocus();
    });
  }

  #holdFocus() {
    if (!this.hasAttribute('tabindex')) {
      this.tabIndex = -1;
      this.addEventListener('blur', () => this.removeAttribute('tabindex'), { once: true });
    }
    this.focus();
  }

  // ---- gathering ----------------------------------------------------------------------------------------

  /**
   * Reads every input, merges those that pass in one store act, and says what happened to the rest: in
   * plain words naming each file or link (the technical reason behind a disclosure), and one `bp-error` or
   * `bp-warning` for each file or link (issue 15), whose `detail.kind` says what kind of problem it is.
   */
  #gather(inputs: readonly GatherInput[]): readonly string[] {
    const model = this.model;
    const store = this.store;
    const team = store?.profile;
    if (!model || !store || !team) return [];
    const t = this.#t;
    const plain: RefusalStrings | undefined = refusalWords?.refusalStrings(this.locale, this.words);
    const refused: Refused[] = [];
    const events: Event[] = [];
    const members: MemberAnswers[] = [];
    const refusedNames: string[] = [];
    const refuse = (
      input: GatherInput,
      kind: FailureKind,
      detail: string,
      path = '',
      code?: Issue['code'],
    ) => {
      refused.push({ words: plain?.member(kind, input.shown) ?? `${input.shown}: ${detail}`, detail });
      const error = issue('error', code ?? 'load', path, detail);
      events.push(new BpErrorEvent({ errors: [error], source: 'import', kind }));
      refusedNames.push(input.name);
    };
    for (const input of inputs) {
      if (input.failed !== undefined) {
        refuse(
          input,
          input.failed,
          input.failed === 'too-big' ? t.tooBig(input.name) : t.unreadable(input.name),
        );
        continue;
      }
      const result = readMemberAnswers(model, input);
      if (result.ok) members.push(result.member);
      else {
        const first = result.errors[0];
        const kind = memberFailureKind(result.problem, result.errors);
        refuse(input, kind, result.message, first?.path, first?.code ?? 'shape');
      }
    }
    const merged = mergeMembers(model, team, members, store.clock());
    const raters = merged.profile.raters ?? [];
    const duplicates = merged.duplicates.map((d) => {
      const index = raters.findIndex((r) => r.id === d.raterId);
      const who = index >= 0 ? this.#who(raters[index], index) : d.raterId;
      const shown = inputs.find((i) => i.name === d.source)?.shown ?? d.source;
      events.push(
        new BpWarningEvent({
          warnings: [issue('warning', 'duplicate-entry', '', t.duplicateOf(d.source, who))],
          source: 'import',
        }),
      );
      return plain?.memberAgain(shown, who) ?? t.duplicateOf(shown, who);
    });
    if (merged.added.length) store.addRaters(merged.added, this);
    this.batch = { added: merged.added.length, refused, duplicates };
    this.#announce(
      [t.added(merged.added.length), refused.length ? t.refusedCount(refused.length) : '']
        .filter(Boolean)
        .join(' '),
    );
    for (const m of members)
      if (m.warnings.length)
        events.push(
          new BpWarningEvent({
            warnings: m.warnings.map((w) => ({ ...w, message: `${m.source}: ${w.message}` })),
            source: 'import',
          }),
        );
    if (merged.issues.length) events.push(new BpWarningEvent({ warnings: merged.issues, source: 'import' }));
    for (const event of events) this.dispatchEvent(event);
    return refusedNames;
  }

  #onLinksInput(e: Event) {
    this.links = (e.target as HTMLTextAreaElement).value;
  }

  async #addLinks() {
    if (!refusalWords) await loadRefusals();
    const lines = this.links
      .split(/\s+/)
      .map((l) => l.trim())
      .filter(Boolean);
    if (!lines.length) {
      this.#announce(this.#t.nothingGiven);
      return;
    }
    const inputs = lines.map((text, i) => {
      const name = this.#t.linkName(i + 1, shortLink(text));
      return { name, shown: name, text };
    });
    const refused = new Set(this.#gather(inputs));
    // Links that could not be used stay in the box, to fix or remove; the rest leave it.
    this.links = inputs
      .filter((input) => refused.has(input.name))
      .map((input) => input.text)
      .join('\n');
  }

  /** Reads the files (all at once, each with File.text()) and gathers them as one act. */
  async #addFiles(files: readonly File[]) {
    if (!files.length || this.#busy) return;
    this.#busy = true;
    const t = this.#t;
    try {
      const inputs = await Promise.all(
        files.map(async (file): Promise<GatherInput> => {
          const name = file.name;
          const shown = t.fileName(name);
          if (file.size > MAX_FILE_BYTES) return { name, shown, text: '', failed: 'too-big' };
          try {
            return { name, shown, text: await file.text() };
          } catch {
            return { name, shown, text: '', failed: 'unreadable' };
          }
        }),
      );
      if (!refusalWords) await loadRefusals();
      this.#gather(inputs);
    } finally {
      this.#busy = false;
    }
  }

  #onPick(e: Event) {
    const input = e.target as HTMLInputElement;
    const files = [...(input.files ?? [])];
    // Cleared, so picking the same files again reads them again.
    input.value = '';
    void this.#addFiles(files);
  }

  #onDragOver(e: DragEvent) {
    if (!e.dataTransfer?.types.includes('Files')) return;
    e.preventDefault();
    e.dataTransfer.dropEffect = 'copy';
    this.dragging = true;
  }

  #onDragLeave() {
    this.dragging = false;
  }

  #onDrop(e: DragEvent) {
    e.preventDefault();
    this.dragging = false;
    void this.#addFiles([...(e.dataTransfer?.files ?? [])]);
  }

  // ---- who has answered ------------------------------------------------------------------------------

  #remove(rater: Rater, index: number) {
    const who = this.#who(rater, index);
    this.store?.removeRater(rater.id, this);
    this.undo = { rater, who };
    this.#announce(this.#t.removed(who));
    this.#focusAfter('.undo');
  }

  #undoRemove() {
    const undo = this.undo;
    if (!undo) return;
    this.store?.addRaters([undo.rater], this);
    this.undo = undefined;
    this.#announce(this.#t.restored(undo.who));
    this.#focusAfter(`[data-rater="${CSS.escape(undo.rater.id)}"] .remove`);
  }

  #toggleDuplicate(rater: Rater, index: number) {
    const duplicate = !isDuplicateRater(rater);
    this.store?.markDuplicate(rater.id, duplicate, this);
    const who = this.#who(rater, index);
    this.#announce(duplicate ? this.#t.markedDuplicate(who) : this.#t.countedAgain(who));
  }

  // ---- reveal and agree -------------------------------------------------------------------------------

  #setRevealed(revealed: boolean) {
    this.revealed = revealed;
    const counted = (this.currentProfile?.raters ?? []).filter((r) => !isDuplicateRater(r)).length;
    this.#announce(revealed ? this.#t.revealedNote(counted) : this.#t.hiddenAgain);
    // The button that took its place: focus stays where the person was.
    this.#focusAfter(revealed ? '.hide' : '.reveal');
  }

  #agree(model: FrameworkModel, capacityId: string, levelId: string) {
    const note = this.#drafts.get(capacityId);
    const after = this.store?.agree(capacityId, levelId, note, this);
    if (!after) return;
    this.#drafts.delete(capacityId);
    this.#announce(this.#t.agreed(this.#capacityName(model, capacityId), this.#levelName(model, levelId)));
  }

  #onNoteInput(capacityId: string, e: Event) {
    this.#drafts.set(capacityId, (e.target as HTMLTextAreaElement).value);
  }

  /** A note written after the level was agreed is saved when the person leaves the box. */
  #onNoteChange(model: FrameworkModel, capacityId: string, e: Event) {
    const rating = ratingOf(this.currentProfile, capacityId);
    if (rating?.status !== 'rated') return;
    const text = (e.target as HTMLTextAreaElement).value;
    if ((rating.note ?? '') === text) return;
    this.store?.writeNote(capacityId, text, this);
    this.#drafts.delete(capacityId);
    this.#announce(this.#t.noteSaved(this.#capacityName(model, capacityId)));
  }

  // ---- rendering --------------------------------------------------------------------------------------

  protected override render() {
    const status = this.renderFrameworkState();
    if (status) return status;
    const model = this.model!;
    const t = this.#t;
    const top = clampHeadingLevel(this.headingLevel);
    const h = headingTag(top);
    const raters = this.currentProfile?.raters ?? [];
    return html`<div part="base" class="base" lang=${ifDefined(this.locale)}>
      ${this.renderProfileErrors() ?? nothing} ${staticHtml`<${h} class="title">${t.title}</${h}>`}
      <p class="muted">${t.intro}</p>
      ${this.#renderGather(top + 1)} ${this.#renderMembers(model, raters, top + 1)}
      ${this.#renderReveal(raters, top + 1)}
      ${
        // Revealed with nobody counted: no agenda or counts of nothing (issue 15), the note above says it.
        this.#view && raters.some((r) => !isDuplicateRater(r))
          ? this.#renderRevealed(this.#view, top + 1)
          : nothing
      }
      <p class="visually-hidden" role="status">${this.announced}</p>
    </div>`;
  }

  #renderGather(level: number): TemplateResult {
    const t = this.#t;
    const h = headingTag(level);
    const batch = this.batch;
    return html`<section part="gather" class="section" aria-labelledby="gather-title">
      ${staticHtml`<${h} id="gather-title">${t.gatherHeading}</${h}>`}
      <div class="paste">
        <label for="links">${t.pasteLabel}</label>
        <textarea
          id="links"
          class="field"
          rows="3"
          spellcheck="false"
          .value=${this.links}
          @input=${this.#onLinksInput}
        ></textarea>
        <button class="button add-links" type="button" @click=${this.#addLinks}>${t.pasteAdd}</button>
      </div>
      <div
        part="drop"
        class="drop ${this.dragging ? 'over' : ''}"
        @dragover=${this.#onDragOver}
        @dragleave=${this.#onDragLeave}
        @drop=${this.#onDrop}
      >
        <input id="files" class="visually-hidden" type="file" multiple @change=${this.#onPick} />
        <label for="files" class="button pick">${t.pickFiles}</label>
        <span class="muted">${t.dropHint}</span>
      </div>
      ${
        batch
          ? html`<div class="batch">
              <p>${t.added(batch.added)}</p>
              ${
                batch.refused.length
                  ? html`<p>${t.refusedCount(batch.refused.length)}</p>
                      <ul part="problems" class="problems">
                        ${batch.refused.map((r) => html`<li>${r.words}</li>`)}
                      </ul>
                      <details part="error-detail" class="problem-details">
                        <summary>${errorStrings(this.locale).technicalDetails}</summary>
                        <ul>
                          ${batch.refused.map((r) => html`<li>${r.detail}</li>`)}
                        </ul>
                      </details>`
                  : nothing
              }
              ${
                batch.duplicates.length
                  ? html`<ul class="duplicates">
                      ${batch.duplicates.map((m) => html`<li>${m}</li>`)}
                    </ul>`
                  : nothing
              }
            </div>`
          : nothing
      }
    </section>`;
  }

  #renderMembers(model: FrameworkModel, raters: readonly Rater[], level: number): TemplateResult {
    const t = this.#t;
    const h = headingTag(level);
    const undo = this.undo;
    return html`<section class="section" aria-labelledby="who-title">
      ${staticHtml`<${h} id="who-title">${t.whoHeading}</${h}>`}
      ${
        undo
          ? html`<p class="notice">
              ${t.removed(undo.who)}
              <button class="button undo" type="button" @click=${this.#undoRemove}>${t.undo}</button>
            </p>`
          : nothing
      }
      ${
        raters.length
          ? html`<p>${t.answeredCount(raters.filter((r) => !isDuplicateRater(r)).length)}</p>
              <div class="scroll">
                <table part="members" class="members">
                  <caption class="visually-hidden">
                    ${t.whoHeading}
                  </caption>
                  <thead>
                    <tr>
                      <th scope="col">${t.colMember}</th>
                      <th scope="col">${t.colRole}</th>
                      <th scope="col">${t.colSent}</th>
                      <th scope="col">${t.colActions}</th>
                    </tr>
                  </thead>
                  <tbody>
                    ${repeat(
                      raters,
                      (r) => r.id,
                      (r, i) => {
                        const who = this.#who(r, i);
                        const duplicate = isDuplicateRater(r);
                        return html`<tr data-rater=${r.id} class=${duplicate ? 'duplicate' : ''}>
                          <th scope="row">
                            ${who}${duplicate ? html` <span class="tag">${t.duplicateTag}</span>` : nothing}
                          </th>
                          <td>${this.#roleLabel(model, r.role)}</td>
                          <td>${this.#when(r.submittedAt)}</td>
                          <td class="actions">
                            <button class="button remove" type="button" @click=${() => this.#remove(r, i)}>
                              ${t.remove}<span class="visually-hidden">, ${who}</span>
                            </button>
                            <button
                              class="button duplicate-toggle"
                              type="button"
                              @click=${() => this.#toggleDuplicate(r, i)}
                            >
                              ${duplicate ? t.countAgain : t.markDuplicate}<span class="visually-hidden"
                                >, ${who}</span
                              >
                            </button>
                          </td>
                        </tr>`;
                      },
                    )}
                  </tbody>
                </table>
              </div>`
          : html`<p class="muted">${t.nobodyYet}</p>`
      }
    </section>`;
  }

  #renderReveal(raters: readonly Rater[], level: number): TemplateResult {
    const t = this.#t;
    const h = headingTag(level);
    const counted = raters.filter((r) => !isDuplicateRater(r)).length;
    return html`<section part="reveal" class="section" aria-labelledby="reveal-title">
      ${staticHtml`<${h} id="reveal-title">${t.revealHeading}</${h}>`}
      <p>${this.revealed ? t.revealedNote(counted) : t.hiddenNote(counted)}</p>
      ${
        this.revealed
          ? html`<button class="button hide" type="button" @click=${() => this.#setRevealed(false)}>
              ${t.hide}
            </button>`
          : html`<button class="button primary reveal" type="button" @click=${() => this.#setRevealed(true)}>
              ${t.reveal}
            </button>`
      }
    </section>`;
  }

  #renderRevealed(view: RevealedView, level: number): TemplateResult {
    const t = this.#t;
    const { model } = view;
    const h = headingTag(level);
    return html`<section part="agenda" class="section" aria-labelledby="agenda-title">
        ${staticHtml`<${h} id="agenda-title">${t.agendaHeading}</${h}>`}
        <p class="muted">${t.agendaRule}</p>
        <ol class="agenda">
          ${this.#firstPage('agenda', view.rows).map(({ agenda: a }) => {
            const range =
              a.lowestLevelId === undefined
                ? t.agendaNone
                : t.agendaRange(
                    this.#levelName(model, a.lowestLevelId),
                    this.#levelName(model, a.highestLevelId),
                    a.answered,
                  );
            return html`<li>
              <a href=${`#c-${a.capacityId}`} @click=${this.#jump}
                >${this.#capacityName(model, a.capacityId)}</a
              >: ${range}
            </li>`;
          })}
        </ol>
        ${this.#moreToggle('agenda', view.rows.length, t.agendaFew(PAGE), t.agendaAll(view.rows.length))}
        ${
          view.roleDifferences.length
            ? html`<p class="subhead">${t.roleDiffHeading}</p>
                <ul class="role-diffs">
                  ${this.#firstPage('role-diffs', view.roleDifferences).map(
                    (d) =>
                      html`<li>
                        ${t.roleDiff(
                          this.#roleLabel(model, d.roleId),
                          this.#capacityName(model, d.capacityId),
                          d.difference < 0 ? 'lower' : 'higher',
                          Math.round(Math.abs(d.difference)),
                        )}
                      </li>`,
                  )}
                </ul>
                ${this.#moreToggle(
                  'role-diffs',
                  view.roleDifferences.length,
                  t.roleDiffsFew(PAGE),
                  t.roleDiffsAll(view.roleDifferences.length),
                )}`
            : nothing
        }
      </section>
      <section class="section" aria-labelledby="counts-title">
        ${staticHtml`<${h} id="counts-title">${t.countsHeading}</${h}>`}
        <p class="muted">${t.agreeHint}</p>
        ${repeat(
          view.rows.slice(0, this.shownCards),
          (row) => row.agenda.capacityId,
          (row) => this.#renderCapacity(view, row, level + 1),
        )}
        ${
          view.rows.length > this.shownCards
            ? html`<div class="more">
                <p>${t.shownOf(this.shownCards, view.rows.length)}</p>
                <button class="button show-more" type="button" @click=${this.#showMore}>
                  ${t.showMore(Math.min(CARDS, view.rows.length - this.shownCards))}
                </button>
              </div>`
            : nothing
        }
      </section>`;
  }

  /** A long list's items as shown: all of them once the list is shown whole, else its first PAGE. */
  #firstPage<T>(list: string, items: readonly T[]): readonly T[] {
    return this.wholeLists.has(list) ? items : items.slice(0, PAGE);
  }

  /**
   * The button under a list longer than PAGE that shows the rest of it, or only its first part again. It stays
   * where it is, so focus stays on it; `aria-expanded` says which.
   */
  #moreToggle(list: string, total: number, fewer: string, all: string) {
    if (total <= PAGE) return nothing;
    const whole = this.wholeLists.has(list);
    return html`<button
      class="button ${list}-toggle"
      type="button"
      aria-expanded=${whole ? 'true' : 'false'}
      @click=${() => {
        const next = new Set(this.wholeLists);
        if (whole) next.delete(list);
        else next.add(list);
        this.wholeLists = next;
      }}
    >
      ${whole ? fewer : all}
    </button>`;
  }

  /**
   * An agenda link moves focus to the capacity (its heading), drawing it first if it is further down than
   * the cards drawn, without changing the page's address.
   */
  #jump(e: Event) {
    e.preventDefault();
    const id = (e.currentTarget as HTMLAnchorElement).getAttribute('href')!.slice(1);
    const index = this.#view?.rows.findIndex((r) => `c-${r.agenda.capacityId}` === id) ?? -1;
    if (index >= this.shownCards) this.shownCards = Math.ceil((index + 1) / CARDS) * CARDS;
    void this.updateComplete.then(() => {
      const target = this.renderRoot.querySelector<HTMLElement>(`[id="${CSS.escape(id)}"]`);
      target?.focus();
      target?.scrollIntoView({ block: 'start' });
    });
  }

  /** Draws the next capacities and moves focus to the first of them (the reader's place). */
  #showMore() {
    const first = this.shownCards;
    this.shownCards += CARDS;
    void this.updateComplete.then(() => {
      const id = this.#view?.rows[first]?.agenda.capacityId;
      const heading = id && this.renderRoot.querySelector<HTMLElement>(`[id="${CSS.escape(`c-${id}`)}"]`);
      if (heading) heading.focus();
      else this.#holdFocus();
    });
  }

  #renderCapacity(view: RevealedView, row: RevealedView['rows'][number], level: number): TemplateResult {
    const t = this.#t;
    const { model } = view;
    const id = row.agenda.capacityId;
    const name = this.#capacityName(model, id);
    const h = headingTag(level);
    const groups: { label: string; counts: AnswerCounts }[] = [
      { label: t.everyone, counts: row.counts.all },
      ...row.counts.byRole.map((g) => ({ label: this.#roleLabel(model, g.roleId), counts: g.counts })),
    ];
    const rating = ratingOf(view.profile, id);
    const agreedId = rating?.status === 'rated' ? rating.levelId : undefined;
    const all = row.counts.all;
    const extra = (
      [
        ['unsure', t.answers.unsure],
        ['skipped', t.answers.skipped],
        ['unanswered', t.answers.unanswered],
      ] as const
    ).filter(([key]) => all[key] > 0);
    return html`<article part="capacity" class="capacity" aria-labelledby=${`c-${id}`}>
      ${staticHtml`<${h} id=${`c-${id}`} tabindex="-1">${name}</${h}>`}
      <p class="muted">${row.agenda.answered > 1 ? t.spread(row.agenda.spread) : nothing}</p>
      <div class="bars" aria-hidden="true">
        ${groups.map((g) => this.#renderBar(model, g.label, g.counts))}
      </div>
      <div class="scroll" tabindex="0" role="region" aria-label=${t.tableCaption(name)}>
        <table part="table" class="counts">
          <caption class="visually-hidden">
            ${t.tableCaption(name)}
          </caption>
          <thead>
            <tr>
              <th scope="col">${t.colAnswer}</th>
              ${groups.map((g) => html`<th scope="col">${g.label}</th>`)}
            </tr>
          </thead>
          <tbody>
            ${model.levels.map(
              (l) =>
                html`<tr>
                  <th scope="row">
                    <span class="swatch" style=${styleProps({ '--r': this.#shade(model, l.rank) })}></span
                    >${this.#levelName(model, l.id)}
                  </th>
                  ${groups.map((g) => html`<td>${g.counts.levels[l.rank]}</td>`)}
                </tr>`,
            )}
            ${extra.map(
              ([key, label]) =>
                html`<tr>
                  <th scope="row"><span class="swatch ${key}"></span>${label}</th>
                  ${groups.map((g) => html`<td>${g.counts[key]}</td>`)}
                </tr>`,
            )}
          </tbody>
        </table>
      </div>
      <fieldset part="agree" class="agree">
        <legend>${t.agreeHeading}</legend>
        <p class="agreed">
          ${agreedId !== undefined ? t.agreedNow(this.#levelName(model, agreedId)) : t.notAgreed}
        </p>
        <div class="levels">
          ${model.levels.map(
            (l) =>
              html`<button
                class="button level"
                type="button"
                aria-pressed=${agreedId === l.id ? 'true' : 'false'}
                @click=${() => this.#agree(model, id, l.id)}
              >
                ${t.agreeLevel(this.#levelName(model, l.id), all.levels[l.rank])}
              </button>`,
          )}
        </div>
        <label for=${`n-${id}`}>${t.agreeNote}</label>
        <textarea
          id=${`n-${id}`}
          class="field"
          rows="2"
          .value=${this.#drafts.get(id) ?? rating?.note ?? ''}
          @input=${(e: Event) => this.#onNoteInput(id, e)}
          @change=${(e: Event) => this.#onNoteChange(model, id, e)}
        ></textarea>
      </fieldset>
    </article>`;
  }

  /** How dark a level's segment is: lighter for lower levels, the focus color at the top. */
  #shade(model: FrameworkModel, rank: number): string {
    const n = Math.max(1, model.levels.length - 1);
    return `${Math.round(30 + (70 * rank) / n)}%`;
  }

  #renderBar(model: FrameworkModel, label: string, counts: AnswerCounts): TemplateResult {
    const t = this.#t;
    // Segments in rank order, then "not sure" and skipped; no answer is the empty track.
    return html`<div class="bar-row">
      <span class="bar-label">${label}</span>
      <span part="bar" class="bar"
        >${model.levels.map((l) =>
          counts.levels[l.rank]
            ? html`<span
                class="seg"
                style=${styleProps({ flex: String(counts.levels[l.rank]), '--r': this.#shade(model, l.rank) })}
                title=${t.countOf(counts.levels[l.rank], this.#levelName(model, l.id))}
                >${counts.levels[l.rank]}</span
              >`
            : nothing,
        )}${counts.unsure ? html`<span class="seg unsure" style=${styleProps({ flex: String(counts.unsure) })}><span class="n">${counts.unsure}</span></span>` : nothing}${counts.skipped ? html`<span class="seg skipped" style=${styleProps({ flex: String(counts.skipped) })}><span class="n">${counts.skipped}</span></span>` : nothing}${counts.unanswered ? html`<span class="seg unanswered" style=${styleProps({ flex: String(counts.unanswered) })}></span>` : nothing}</span
      >
    </div>`;
  }
}
