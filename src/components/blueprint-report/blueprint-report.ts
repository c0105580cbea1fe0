import { ContextProvider } from '@lit/context';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { guard } from 'lit/directives/guard.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { groupColor } from '../../internal/group-color.js';
import { styleProps } from '../../internal/style-props.js';
import { live } from 'lit/directives/live.js';
import { html as staticHtml } from 'lit/static-html.js';
import { frameworkContext, storeContext } from '../../context/keys.js';
import { MAX_PRIORITIES } from '../../framework/constants.js';
import { nextTask } from '../../framework/next-task.js';
import { clip, TEXT_LIMITS } from '../../framework/limits.js';
import type { FrameworkModel } from '../../framework/model.js';
import { emptyProfile, progress, ratingOf, serializeProfile } from '../../framework/profile.js';
import { recommendFor } from '../../framework/recommend.js';
import {
  highlights,
  priorityCapacities,
  raterCells,
  raterHeaders,
  reportOrder,
  reportRows,
  shareFragment,
  toCsv,
  type Highlights,
  type ShareOptions,
} from '../../framework/report.js';
import type { Capacity, Group, Profile, Rating } from '../../framework/schema.js';
import { intlLocale, type Text } from '../../framework/text.js';
import { reportStrings, type ReportStrings } from '../../i18n/report.js';
import { refocusAfterUpdate } from '../../internal/hold-focus.js';
import { ProfileElement } from '../../internal/profile-element.js';
import { clampHeadingLevel, headingTag, shownText, type ShownText } from '../../internal/view.js';
import { formatDate } from '../../internal/words.js';
import { saveFile } from '../../internal/save-file.js';
import { styles } from './blueprint-report.styles.js';
import { renderSupport } from './report-support.js'; // Find support (issue 19)

/** Team sessions (issue 17): "How the team sees it", loaded the first time a profile has raters. */
let teamPart: typeof import('./report-team.js') | undefined;

/** The attribute that hides the rest of the page while `print()` prints only the report. */
const PRINT_HIDDEN = 'data-bp-print-hidden';
/** How long `print()` waits for the browser to start printing before it gives the page back. */
const PRINT_START_TIMEOUT = 60_000;

/**
 * How many matched resources a capacity shows before "Show all N resources". A big library matches dozens
 * of resources to each capacity: drawn all at once, 200 capacities over 5,000 resources made 86,014 DOM
 * nodes and froze the page for seconds (issue "nothing is lost", finding 8). Print shows these first ones
 * and the count.
 */
const RESOURCES_SHOWN = 3;

/**
 * Up to this many matched resources are all shown, with no button: hiding one or two cards behind "Show all"
 * costs the reader more than the cards do (the sample frameworks match at most five per capacity).
 */
const RESOURCES_ALL_UP_TO = 5;

/**
 * How many capacity sections a first render draws in one task; the rest follow in later tasks, the same
 * number each. A section with its cards costs about 1 ms on a fast machine and several on a phone: drawn
 * at once, 200 of them (with the bars and considerations they bring) blocked the page for seconds.
 * `updateComplete` waits for every step.
 */
const SECTIONS_PER_STEP = 10;

/** A name (title, label) and a longer text as shown: clipped, the full text stays in the exports. */
const NAME = TEXT_LIMITS.name.shown;
const LONG = TEXT_LIMITS.text.shown;

/**
 * Every element beside `el` or beside one of its ancestors (crossing shadow roots): what is left out to
 * print `el` alone.
 */
function around(el: Element): Element[] {
  const out: Element[] = [];
  let node: Element | undefined = el;
  while (node) {
    const parent: Element | ShadowRoot | null = node.parentElement ?? (node.parentNode as ShadowRoot | null);
    if (!parent || parent === document.documentElement) break;
    for (const sibling of parent.children) if (sibling !== node) out.push(sibling);
    // Up through a shadow root to its host: a report inside another component prints alone too.
    node = parent instanceof ShadowRoot ? parent.host : parent;
  }
  return out;
}

let printSheet: CSSStyleSheet | undefined;
/** A document-level rule, active only while `print()` runs: every marked element is left out of the printout. */
function printStyleSheet(): CSSStyleSheet {
  if (!printSheet) {
    printSheet = new CSSStyleSheet();
    printSheet.replaceSync(`@media print { [${PRINT_HIDDEN}] { display: none !important; } }`);
  }
  return printSheet;
}

/**
 * The team's customized report, assembled from the same model and views as the other widgets: a header
 * (framework, version, team, date, how many capacities are answered, and the open ones: buttons that go to
 * them where a `<capacity-rubric>` in the same provider can show them, else their names),
 * the profile as `<blueprint-bars>` compared with the latest snapshot, strengths and growth areas (ties
 * said in words), then group by group the equity considerations at the group's level and, for each
 * capacity, where the team is (level and descriptor), what growth looks like (the next level), the
 * suggested actions, matched resources as compact `<resource-card>`s (up to five; beyond that the first
 * three and how many there are, with "Show all N resources"), and the team's note. Very long texts are
 * shown clipped (the exports keep them whole).
 *
 * The team can mark up to three capacities as priorities: the report then leads with them (stored in the
 * profile's `extensions["blueprint-widgets"].priorities`, so they persist and export). Tools: print (only
 * the report, through the browser's dialog; a print stylesheet hides the tools and breaks pages between
 * groups), download the answers as JSON (exactly re-importable) and the table as CSV (UTF-8 with BOM,
 * quoted, formulas neutralized), save a snapshot of this moment, and copy a share link that carries the
 * answers in its fragment (read back by `<blueprint-provider profile-from-hash>`; never sent to a server).
 * A share link stays within `SHARE_LINK_MAX` characters: it leaves out saved moments, oldest first, and says
 * so; when the answers alone are longer, it says to download them as a file instead.
 *
 * @tagname blueprint-report
 * @summary The customized, printable report: levels, next steps, actions, resources and considerations.
 *
 * @csspart base - The report (an `<article>`).
 * @csspart header - Title, team, date and progress.
 * @csspart open - The capacities still open: buttons for those something on the page can show (a `<capacity-rubric>` in the same provider, or a selection target on the store), which select the capacity (`bp-capacity-select`, then the rubric brings it into view and moves focus to it); the others as a sentence of names.
 * @csspart tools - The toolbar: print, downloads, snapshot, share link, comparison (hidden in print).
 * @csspart share - The share-link message (and the link to copy by hand when the clipboard is refused).
 * @csspart profile - The profile section with the bars.
 * @csspart highlights - Strengths and growth areas.
 * @csspart priorities - The priorities section, first when the team has chosen some.
 * @csspart group - One group's section (a new page in print).
 * @csspart capacity - One capacity's section.
 * @csspart support - "Find support": a `<provider-list view="team">`, when the framework lists providers.
 * @csspart priority-toggle - The "Make this a priority" checkbox and its label (hidden in print).
 * @csspart status - The loading or waiting line.
 * @csspart error - The box saying what failed (`role="alert"`).
 *
 * @cssprop --bp-color-text-muted - Secondary text: dates, hints, ties.
 * @cssprop --bp-color-surface - Section and toolbar background; buttons.
 * @cssprop --bp-color-border - Section borders, buttons and fields.
 * @cssprop --bp-color-focus - Focus ring, priority mark and checkbox.
 * @cssprop --bp-group-color-N - A group section's leading edge (1-based; `--bp-group-color-<groupId>` wins), as in `<blueprint-bars>`.
 * @cssprop --bp-bars-guide-color - The embedded bars' guide lines (every token of `<blueprint-bars>`, `<equity-considerations>` and `<resource-card>` reaches the ones the report embeds).
 * @cssprop --bp-card-accent - The embedded resource cards' accent.
 * @cssprop --bp-color-link - The embedded resource cards' links.
 *
 * @fires {BpCapacitySelectEvent} bp-capacity-select - A person chose an open capacity. `detail: { capacityId }`. Cancelable: by default the rubric in the same provider shows it; `preventDefault()` keeps it from moving, for a page's own behaviour.
 * @fires {BpProfileEditEvent} bp-profile-edit - A person saved a snapshot or changed the priorities. `detail: { edit, profile }`.
 * @fires {BpErrorEvent} bp-error - The framework or `profile-src` failed. `detail: { errors, source }`.
 */
export class BlueprintReport extends ProfileElement {
  static override styles = styles;

  /** The level (2..6) of the report's title; sections and capacities go one and two below it. */
  @property({ attribute: 'heading-level', type: Number }) headingLevel = 2;

  /**
   * The snapshot the bars compare with, by its `takenAt` or `label`. Unset: the latest snapshot, if any;
   * `none`: no comparison. The report's "Compare with" menu sets it.
   */
  @property({ reflect: true }) compare?: string;

  /** A message after a tool was used (snapshot saved, link copied), read politely. */
  @state() private notice = '';
  /** The share link, when the clipboard refused it and it is shown to copy by hand. */
  @state() private manualLink = '';
  /** The capacities whose matched resources are all shown ("Show all N resources"). */
  @state() private expanded: ReadonlySet<string> = new Set();
  /** What the last "Show all" did, read politely. */
  @state() private announced = '';
  /** The action plan (issue 18): whether a share link carries the plan's owners (names). Off by default. */
  @state() private shareOwners = false;
  /** "Open saved answers" (issue 15): whether its panel is open, and the panel once its code is loaded. */
  @state() private restoreOpen = false;
  #restore?: import('./report-restore.js').RestorePanel;
  /** The action plan and "Since last time" (issue 18), once their module is loaded; and its loading. */
  #planParts?: typeof import('./report-plan.js');
  #planLoading?: Promise<void>;

  /** How many capacity sections are drawn so far, for `#steppedFor` (see SECTIONS_PER_STEP). */
  #limit = SECTIONS_PER_STEP;
  #steppedFor?: FrameworkModel;
  /** How many capacity sections the last render left out for later. */
  #waiting = 0;
  /** The next step of drawing, while one is due. */
  #step?: Promise<void>;

  /** Ends the current `print()` (gives the rest of the page back), while one is under way. */
  #endPrint?: () => void;

  /** Bars, considerations and cards inside the report read the framework and the team's store from here. */
  readonly #frameworkOut = new ContextProvider(this, { context: frameworkContext });
  readonly #storeOut = new ContextProvider(this, { context: storeContext });

  get #t(): ReportStrings {
    return reportStrings(this.locale, this.words);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#endPrint?.();
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    this.#frameworkOut.setValue(this.frameworkState);
    this.#storeOut.setValue(this.store);
    // A new framework is drawn in steps again; a new answer redraws only the sections it changes.
    const model = this.model;
    if (model && model !== this.#steppedFor) {
      this.#steppedFor = model;
      this.#limit = SECTIONS_PER_STEP;
    }
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    if (this.#waiting && !this.#step)
      this.#step = nextTask().then(() => {
        this.#step = undefined;
        this.#limit += SECTIONS_PER_STEP;
        this.requestUpdate();
      });
  }

  /** Resolves once the whole report is drawn (a big framework is drawn in several steps). */
  protected override async getUpdateComplete(): Promise<boolean> {
    let done = await super.getUpdateComplete();
    if (this.#planLoading) done = (await this.#planLoading, await super.getUpdateComplete()); // issue 18
    while (this.#step) {
      await this.#step;
      done = await super.getUpdateComplete();
    }
    return done;
  }

  /** An empty profile per model, kept so that an empty report does not hand its widgets a new one each render. */
  #empty?: { model: FrameworkModel; profile: Profile };

  /** The profile to report on: the team's, or an empty one. */
  #profile(model: FrameworkModel): Profile {
    const current = this.currentProfile;
    if (current) return current;
    if (this.#empty?.model !== model) this.#empty = { model, profile: emptyProfile(model) };
    return this.#empty.profile;
  }

  // ---- public methods -----------------------------------------------------------------------------

  /** The team's answers as JSON text, exactly re-importable (`importProfile`, `parseProfile`). */
  profileJson(): string | undefined {
    const model = this.model;
    return model ? serializeProfile(this.#profile(model)) : undefined;
  }

  /**
   * The report's table (capacity, group, level, note, actions, then one column per member: "Member 1…", or
   * their names with `names`, roles in parentheses) as spreadsheet-safe CSV.
   */
  csv(options: { names?: boolean } = {}): string | undefined {
    const model = this.model;
    if (!model) return undefined;
    const t = this.#t;
    const profile = this.currentProfile;
    const words = { unsure: t.unsure, skipped: t.skipped, unanswered: '' };
    const rows = reportRows(model, profile, this.locale, words);
    const ids = reportOrder(model, profile).map((c) => c.id);
    return toCsv(
      [...t.csvHeader, ...raterHeaders(model, profile, this.locale, t, options.names ?? false)],
      rows.map((r, i) => [
        r.capacity,
        r.group,
        r.level,
        r.note,
        r.actions,
        ...raterCells(model, profile, ids[i], this.locale, words),
      ]),
    );
  }

  /**
   * A link to this page carrying the answers in its fragment (`#bp-profile=…`), for `profile-from-hash`; at
   * most `SHARE_LINK_MAX` characters (saved moments left out, oldest first, to fit). Undefined without a
   * framework, or when the answers alone are too long for a link.
   */
  shareLink(options: ShareOptions = {}): string | undefined {
    return this.#share(options)?.link;
  }

  /** The share link and how many saved moments it leaves out; `link` undefined when none fits. */
  #share(options: ShareOptions): { link: string | undefined; leftOut: number } | undefined {
    const model = this.model;
    if (!model) return undefined;
    const url = new URL(window.location.href);
    url.hash = '';
    // Owners' names (issue 18) and members' answers (issue 17) go in only when the team ticks them.
    const made = shareFragment(this.#profile(model), url.href.length, undefined, {
      owners: this.shareOwners,
      ...options,
    });
    if (!made.ok) return { link: undefined, leftOut: 0 };
    url.hash = made.fragment;
    return { link: url.href, leftOut: made.leftOut };
  }

  /**
   * Prints only the report: the rest of the page is left out while the browser's print dialog is open
   * (a document rule on the elements around it), then everything is as before.
   */
  print(): void {
    this.#endPrint?.();
    const hidden = around(this).filter((el) => !el.hasAttribute(PRINT_HIDDEN));
    for (const el of hidden) el.setAttribute(PRINT_HIDDEN, '');
    const sheet = printStyleSheet();
    if (!document.adoptedStyleSheets.includes(sheet))
      document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
    // The marks count only in print media, so they can stay until printing is over: `afterprint`, which
    // browsers whose dialog does not block (phones) fire later. If printing never starts, a timer ends it.
    let started = false;
    const onBefore = () => (started = true);
    const end = () => {
      this.#endPrint = undefined;
      clearTimeout(timer);
      window.removeEventListener('beforeprint', onBefore);
      window.removeEventListener('afterprint', end);
      for (const el of hidden) el.removeAttribute(PRINT_HIDDEN);
      document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== sheet);
    };
    const timer = setTimeout(() => {
      if (!started) end();
    }, PRINT_START_TIMEOUT);
    this.#endPrint = end;
    window.addEventListener('beforeprint', onBefore);
    window.addEventListener('afterprint', end);
    window.print();
  }

  // ---- event handlers -------------------------------------------------------------------------------

  #download(text: string | undefined, name: string, type: string) {
    if (text !== undefined) saveFile(new Blob([text], { type }), name, this.renderRoot);
  }

  #fileName(ext: string): string {
    const model = this.model!;
    const day = new Date().toISOString().slice(0, 10);
    return `${model.id}-report-${day}.${ext}`;
  }

  /** Opens or closes "Open saved answers"; its code (report-restore.ts) is loaded the first time. */
  async #toggleRestore() {
    this.restoreOpen = !this.restoreOpen;
    // What the tools said last is old news once the panel opens or closes.
    this.notice = '';
    let panel: typeof import('./report-restore.js');
    try {
      panel = await import('./report-restore.js');
    } catch {
      // Its file could not be loaded (offline, a file missing on the server): say so, close the panel.
      this.restoreOpen = false;
      this.notice = this.strings.elementFailed;
      return;
    }
    const { RestorePanel } = panel;
    this.#restore ??= new RestorePanel(this, (message) => {
      this.restoreOpen = false;
      this.notice = message;
      // The panel is gone: focus goes back to the tool that opened it.
      void this.updateComplete.then(() =>
        this.renderRoot.querySelector<HTMLElement>('#restore-toggle')?.focus(),
      );
    });
    this.requestUpdate();
  }

  #saveMoment() {
    const input = this.renderRoot.querySelector<HTMLInputElement>('#moment-label');
    const label = input?.value ?? '';
    // Issue 18: from now on the bars compare with this newest moment (`compare` unset means the latest),
    // unless the team picked one in "Compare with", which is kept.
    const profile = this.store?.saveSnapshot(label, this);
    if (!profile) return;
    if (input) input.value = '';
    const snapshot = profile.snapshots?.at(-1);
    this.notice = snapshot?.label
      ? this.#t.savedLabel(snapshot.label)
      : this.#t.savedMoment(this.#date(snapshot?.takenAt ?? ''));
  }

  async #copyShareLink() {
    const raters = this.#option('share-raters');
    const share = this.#share({ raters });
    if (!share) return;
    const t = this.#t;
    const { link, leftOut } = share;
    if (!link) {
      this.manualLink = '';
      this.notice = t.shareTooLong;
      return;
    }
    // Team sessions (issue 17): with members' answers in the profile, say whether the link carries them.
    const which = this.currentProfile?.raters?.length
      ? ` ${raters ? t.shareRatersIn : t.shareRatersOut}`
      : '';
    let left = (leftOut ? ` ${t.shareLeftOut(leftOut)}` : '') + which;
    // The action plan (issue 18): say whether the plan's owners are in the link.
    const owners = this.#planParts?.ownersNotice(this.currentProfile, this.shareOwners, this.locale);
    if (owners) left += ` ${owners}`;
    try {
      await navigator.clipboard.writeText(link);
      this.manualLink = '';
      this.notice = t.shareCopied + left;
    } catch {
      // No clipboard permission (an embedded frame, an old browser): show the link to copy by hand.
      this.manualLink = link;
      this.notice = t.shareManual + left;
    }
  }

  /**
   * Shows every matched resource of a capacity, then moves focus to the first one newly shown (the button
   * that was pressed is gone), and says what happened.
   */
  #showAll(capacityId: string, name: string, total: number, first: number) {
    this.expanded = new Set([...this.expanded, capacityId]);
    this.announced = this.#t.showingAllResources(total, name);
    void this.updateComplete.then(async () => {
      const section = this.renderRoot.querySelector(
        `[part~="capacity"][data-capacity="${CSS.escape(capacityId)}"]`,
      );
      const item = section?.querySelectorAll<HTMLElement>('.resources > li')[first];
      const card = item?.querySelector('resource-card');
      await card?.updateComplete;
      card?.focus();
      if (!item?.matches(':focus-within')) item?.focus();
    });
  }

  #togglePriority(capacityId: string, on: boolean) {
    const model = this.model;
    if (!model) return;
    const current = priorityCapacities(model, this.currentProfile).map((c) => c.id);
    const next = on ? [...current, capacityId] : current.filter((id) => id !== capacityId);
    this.store?.setPriorities(next.slice(0, MAX_PRIORITIES), this);
    // The section moves (to the priorities, or back to its group): focus follows its checkbox there.
    void refocusAfterUpdate(this, [
      `[part~="capacity"][data-capacity="${CSS.escape(capacityId)}"] input[type="checkbox"]`,
      '#priorities-title',
      '#profile-title',
    ]);
  }

  /** The store fires `bp-capacity-select` here and, unless it is prevented, has the rubric show the capacity. */
  #select(capacityId: string) {
    this.store?.select(capacityId, this);
  }

  // ---- rendering --------------------------------------------------------------------------------------

  /** Framework text in the report's language, clipped to `limit` (a name's by default) for display. */
  #text(model: FrameworkModel, value: Text | undefined, limit: number = NAME): ShownText {
    const shown = shownText(model, value, this.locale);
    const text = clip(shown.text, limit);
    return text === shown.text ? shown : { text, lang: shown.lang };
  }

  #date(value: string): string {
    return formatDate(value, this.locale, 'long');
  }

  /** The snapshot to compare with: `compare` by takenAt or label, else the latest; none for `none`. */
  #comparison(profile: Profile): string | undefined {
    const snapshots = profile.snapshots ?? [];
    if (this.compare === 'none' || !snapshots.length) return undefined;
    const wanted = this.compare?.trim();
    const found = wanted ? snapshots.find((s) => s.takenAt === wanted || s.label === wanted) : undefined;
    return (found ?? snapshots[snapshots.length - 1]).takenAt;
  }

  protected override render() {
    const status = this.renderFrameworkState();
    if (status) return status;
    const model = this.model!;
    const profile = this.#profile(model);
    const t = this.#t;
    const top = clampHeadingLevel(this.headingLevel);
    const title = this.#text(model, model.framework.title);
    const p = progress(model, profile);
    const open = model.capacities.filter((c) => !ratingOf(profile, c.id));
    const priorities = priorityCapacities(model, profile);
    const anyRated = highlights(model, profile).rated;
    const compared = this.#comparison(profile);
    const tag = headingTag(top);
    const date = this.#date(profile.updatedAt ?? new Date().toISOString());
    // Capacity sections in reading order, up to the limit of this step (see SECTIONS_PER_STEP).
    let room = this.#limit;
    const take = <T>(list: readonly T[]): readonly T[] => {
      const taken = list.slice(0, Math.max(0, room));
      room -= list.length;
      return taken;
    };
    const firstPriorities = take(priorities);
    // A group comes in with its first capacities; the groups after the limit come in later steps.
    const groups = model.groups.map((g) => {
      const drawn = room > 0;
      const capacities = take(g.capacities.filter((c) => !priorities.includes(c)));
      return drawn ? this.#renderGroup(model, profile, g, top + 1, priorities, capacities) : nothing;
    });
    this.#waiting = Math.max(0, -room);
    return html`<article
      part="base"
      class="base"
      lang=${ifDefined(this.locale)}
      aria-labelledby="report-title"
    >
      ${this.renderProfileErrors() ?? nothing}
      <header part="header" class="header">
        ${staticHtml`<${tag} id="report-title" class="title" lang=${ifDefined(title.lang)}>${title.text}</${tag}>`}
        <p class="meta">
          ${profile.team ? html`<strong>${t.reportFor(clip(profile.team, NAME))}</strong> · ` : nothing}${t.version(clip(model.version, NAME))}
          · ${t.dated(date)}
        </p>
        <p class="answered">${t.answered(p.answered, p.total)}</p>
        ${
          // Nothing rated: what to do, said once here (the strengths section stays out until there is one).
          anyRated
            ? html`<p class="hint">${t.prioritiesHint(MAX_PRIORITIES)}</p>`
            : html`<p part="start" class="start">${t.noneRatedStart}</p>`
        }
        ${open.length ? this.#renderOpen(model, open) : html`<p>${t.allAnswered}</p>`}
      </header>
      ${this.#renderTools(profile, compared)}
      <section part="profile" class="section profile" aria-labelledby="profile-title">
        ${staticHtml`<${headingTag(top + 1)} id="profile-title">${t.profile}</${headingTag(top + 1)}>`}
        <blueprint-bars compare=${ifDefined(compared)}></blueprint-bars>
      </section>
      ${this.#renderPlanPart('since', profile, top + 1)} ${this.#renderHighlights(model, profile, top + 1)}
      ${profile.raters?.length ? (teamPart?.renderTeamView(model, profile, this.locale, top + 1) ?? void import('./report-team.js').then((m) => ((teamPart = m), this.requestUpdate()))) : nothing}
      ${
        priorities.length
          ? html`<section part="priorities" class="section priorities" aria-labelledby="priorities-title">
              ${staticHtml`<${headingTag(top + 1)} id="priorities-title">${t.priorities}</${headingTag(top + 1)}>`}
              ${firstPriorities.map((c) => this.#renderCapacity(model, profile, priorities, c, top + 2, true))}
            </section>`
          : nothing
      }
      ${this.#renderPlanPart('plan', profile, top + 1)} ${groups}
      ${
        // "Find support" names providers for the priorities and growth areas: none yet, it stays out (the
        // header's hint says what to do, once).
        priorities.length || anyRated ? renderSupport(model, top + 1) : nothing
      }
    </article>`;
  }

  /**
   * The open capacities: a button for each one something on the page can show (selecting it goes there),
   * the others as names, so nothing promises a move that would not happen.
   */
  #renderOpen(model: FrameworkModel, open: readonly Capacity[]) {
    const t = this.#t;
    const store = this.store;
    const reachable = open.filter((c) => store?.canSelect(c.id));
    const rest = open.filter((c) => !reachable.includes(c));
    return html`<div part="open" class="open">
      ${
        reachable.length
          ? html`<div class="open-row">
              <span>${t.stillOpenChoose}</span>
              <ul class="open-list">
                ${reachable.map(
                  (c) =>
                    html`<li>
                      <button class="button link-button" type="button" @click=${() => this.#select(c.id)}>
                        ${this.#text(model, c.label).text}
                      </button>
                    </li>`,
                )}
              </ul>
            </div>`
          : nothing
      }
      ${
        rest.length
          ? html`<p>${reachable.length ? t.alsoOpen : t.stillOpen} ${this.#names(model, rest)}.</p>`
          : nothing
      }
    </div>`;
  }

  /** True when the page reads share links here: the store is a provider's that reads them. */
  get #offersLinks(): boolean {
    return (this.store as { readsLinks?: boolean } | undefined)?.readsLinks === true;
  }

  /** `compared`: the `takenAt` of the snapshot the bars compare with, if any. */
  #renderTools(profile: Profile, compared: string | undefined) {
    const t = this.#t;
    const snapshots = profile.snapshots ?? [];
    return html`<div part="tools" class="tools" role="group" aria-label=${t.tools}>
      <div class="tool-row buttons">
        <button class="button primary" type="button" @click=${() => this.print()}>${t.print}</button>
        <button
          class="button"
          type="button"
          @click=${() => this.#download(this.profileJson(), this.#fileName('json'), 'application/json')}
        >
          ${t.downloadJson}
        </button>
        <!-- Each option sits under the button it changes (a group of its own), not beside the next one. -->
        <span class="tool-group">
          <button
            class="button"
            type="button"
            @click=${() =>
              this.#download(
                this.csv({ names: this.#option('csv-names') }),
                this.#fileName('csv'),
                'text/csv;charset=utf-8',
              )}
          >
            ${t.downloadCsv}
          </button>
          ${profile.raters?.length ? this.#checkbox('csv-names', t.csvNames) : nothing}
        </span>
        ${
          // Only where a provider around it reads links (none, or one with `ignore-shared-links` or
          // `profile-from-hash="off"`, and the link would open without the answers): issue 15.
          this.#offersLinks
            ? html`<span class="tool-group"
                ><button class="button" type="button" @click=${this.#copyShareLink}>${t.shareLink}</button>
                ${profile.raters?.length ? this.#checkbox('share-raters', t.shareRaters) : nothing}</span
              >`
            : nothing
        }
        ${this.#renderPlanShare(profile)}
      </div>
      <div class="tool-row">
        <label class="field-label" for="moment-label">${t.snapshotLabel}</label>
        <input id="moment-label" class="field moment" type="text" autocomplete="off" />
        <button class="button" type="button" @click=${this.#saveMoment}>${t.saveMoment}</button>
        ${
          snapshots.length
            ? html`<span class="tool-pair"
                ><label class="field-label" for="compare">${t.compareWith}</label>
                <select
                  id="compare"
                  class="field"
                  @change=${(e: Event) => (this.compare = (e.target as HTMLSelectElement).value)}
                >
                  <option value="none" ?selected=${!compared}>${t.compareNone}</option>
                  ${snapshots.map(
                    (s) =>
                      html`<option value=${s.takenAt} ?selected=${s.takenAt === compared}>
                        ${s.label ? `${clip(s.label, NAME)} (${this.#date(s.takenAt)})` : this.#date(s.takenAt)}
                      </option>`,
                  )}
                </select></span
              >`
            : nothing
        }
      </div>
      <div class="tool-row">
        <button
          id="restore-toggle"
          class="button"
          type="button"
          aria-expanded=${this.restoreOpen}
          aria-controls="restore-panel"
          @click=${this.#toggleRestore}
        >
          ${t.openSaved}
        </button>
      </div>
      <div id="restore-panel" ?hidden=${!this.restoreOpen}>
        ${this.restoreOpen && this.#restore ? this.#restore.render({ model: this.model!, profile, store: this.store, locale: this.locale }) : nothing}
      </div>
      <p part="share" class="notice" role="status">${this.notice}</p>
      <p class="visually-hidden" role="status">${this.announced}</p>
      ${
        this.manualLink
          ? html`<input
              class="field"
              type="text"
              readonly
              .value=${this.manualLink}
              aria-label=${t.shareLink}
            />`
          : nothing
      }
    </div>`;
  }

  // ---- the action plan (issue 18) ---------------------------------------------------------------------

  /** The "owners in the link" checkbox, beside "Copy a share link", and the plan's downloads (report-plan.ts). */
  #renderPlanShare(profile: Profile) {
    return (
      this.#planParts?.renderPlanTools(
        { model: this.model!, profile, locale: this.locale, level: 0 },
        this.renderRoot,
        (text) => (this.notice = text),
        this.shareOwners,
        (on) => (this.shareOwners = on),
        this.#offersLinks,
      ) ?? nothing
    );
  }

  /**
   * "Since last time" or the plan, drawn by report-plan.ts, whose code is loaded the first time the profile
   * has something for it (a plan, priorities or a saved moment).
   */
  #renderPlanPart(which: 'since' | 'plan', profile: Profile, level: number) {
    const parts = this.#planParts;
    if (!parts) {
      if (
        !this.#planLoading &&
        (profile.plan?.length || profile.snapshots?.length || priorityCapacities(this.model!, profile).length)
      )
        this.#planLoading = import('./report-plan.js').then((m) => {
          this.#planParts = m;
          this.requestUpdate();
        });
      return nothing;
    }
    const ctx = { model: this.model!, profile, locale: this.locale, level };
    return which === 'since' ? parts.renderSince(ctx) : parts.renderPlan(ctx);
  }

  /** Team sessions (issue 17): a tool's option (members' names in the CSV, members' answers in the link). */
  #checkbox(id: string, label: string) {
    return html`<label class="tool-pair check"><input type="checkbox" id=${id} />${label}</label>`;
  }

  #option(id: string): boolean {
    return this.renderRoot.querySelector<HTMLInputElement>(`#${id}`)?.checked ?? false;
  }

  /** One list format per language: the report lists names for every group, on every render. */
  #lists?: { locale: string | undefined; format: Intl.ListFormat | undefined };

  #names(model: FrameworkModel, capacities: readonly Capacity[]): string {
    const names = capacities.map((c) => this.#text(model, c.label).text);
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

  /** "Strengths (at Practicing): A and B." with the tie said in words, or why nothing stands out. */
  #renderHighlight(model: FrameworkModel, h: Highlights): TemplateResult {
    const t = this.#t;
    if (!h.rated) return html`<p>${t.noneRated}</p>`;
    const level = (l: typeof h.highest) => this.#text(model, l?.label).text;
    if (h.even) return html`<p>${t.even(level(h.highest))}</p>`;
    return html`<p>
        <strong>${t.strengths(level(h.highest))}</strong> ${this.#names(model, h.strengths)}.${
          h.strengths.length > 1
            ? html` <span class="tie">${t.tieTop(h.strengths.length, level(h.highest))}</span>`
            : nothing
        }
      </p>
      <p>
        <strong>${t.growth(level(h.lowest))}</strong> ${this.#names(model, h.growth)}.${
          h.growth.length > 1
            ? html` <span class="tie">${t.tieBottom(h.growth.length, level(h.lowest))}</span>`
            : nothing
        }
      </p>`;
  }

  #renderHighlights(model: FrameworkModel, profile: Profile, level: number) {
    const t = this.#t;
    const sub = headingTag(level + 1);
    // Nothing to name yet: the header says what to do, once, and the section stays out (issue 15: no
    // heading over nothing); a group with no rating yet is left out of it the same way.
    const overall = highlights(model, profile);
    if (!overall.rated) return nothing;
    return html`<section part="highlights" class="section highlights" aria-labelledby="highlights-title">
      ${staticHtml`<${headingTag(level)} id="highlights-title">${t.highlights}</${headingTag(level)}>`}
      <div class="highlight">
        ${staticHtml`<${sub}>${t.overall}</${sub}>`} ${this.#renderHighlight(model, overall)}
      </div>
      ${model.groups.map((g) => {
        const h = highlights(model, profile, g.capacities);
        return h.rated
          ? html`<div class="highlight">
              ${staticHtml`<${sub}>${this.#text(model, g.label).text}</${sub}>`}
              ${this.#renderHighlight(model, h)}
            </div>`
          : nothing;
      })}
    </section>`;
  }

  #renderGroup(
    model: FrameworkModel,
    profile: Profile,
    group: Group,
    level: number,
    priorities: readonly Capacity[],
    capacities: readonly Capacity[],
  ) {
    const t = this.#t;
    const label = this.#text(model, group.label);
    return html`<section
      part="group"
      class="section group"
      data-group=${group.id}
      style=${styleProps({ '--c': groupColor(model, group.id) })}
      aria-labelledby=${`g.${group.id}`}
    >
      ${staticHtml`<${headingTag(level)} id=${`g.${group.id}`} class="group-title" lang=${ifDefined(label.lang)}>${label.text}</${headingTag(level)}>`}
      ${
        // The considerations are for the team's level in the group: with nothing rated in it they would be
        // only "rate first" under a heading, in every group (the header says what to do, once: issue 15).
        highlights(model, profile, group.capacities).rated
          ? html`<div class="considerations">
              ${staticHtml`<${headingTag(level + 1)} class="considerations-title">${t.considerations}</${headingTag(level + 1)}>`}
              <equity-considerations
                group=${group.id}
                no-heading
                heading-level=${Math.min(6, level + 2)}
              ></equity-considerations>
            </div>`
          : nothing
      }
      ${capacities.map((c) => this.#renderCapacity(model, profile, priorities, c, level + 1, false))}
    </section>`;
  }

  /**
   * A capacity's section, drawn again only when something it shows changed: one rating among 200
   * capacities redraws one section, not 200 (the answer objects of the other capacities stay the same).
   */
  #renderCapacity(
    model: FrameworkModel,
    profile: Profile,
    priorities: readonly Capacity[],
    capacity: Capacity,
    level: number,
    isPriority: boolean,
  ) {
    const rating = ratingOf(profile, capacity.id);
    const chosen = priorities.includes(capacity);
    const full = !chosen && priorities.length >= MAX_PRIORITIES;
    const expanded = this.expanded.has(capacity.id);
    return guard(
      [model, this.locale, this.words, capacity, rating, chosen, full, expanded, level, isPriority],
      () =>
        this.#capacitySection(model, profile, capacity, rating, level, {
          isPriority,
          chosen,
          full,
          expanded,
        }),
    );
  }

  #capacitySection(
    model: FrameworkModel,
    profile: Profile,
    capacity: Capacity,
    rating: Rating | undefined,
    level: number,
    state: { isPriority: boolean; chosen: boolean; full: boolean; expanded: boolean },
  ) {
    const t = this.#t;
    const { isPriority, chosen, full, expanded } = state;
    const rec = recommendFor(model, profile, capacity.id)!;
    const label = this.#text(model, capacity.label);
    const descriptor = (levelId: string) => {
      const d = model.descriptor(capacity.id, levelId);
      const text = this.#text(model, d?.summary ?? model.level(levelId)?.summary, LONG);
      return text.text ? html` <span lang=${ifDefined(text.lang)}>${text.text}</span>` : nothing;
    };
    const resources = rec.resources;
    const shown =
      expanded || resources.length <= RESOURCES_ALL_UP_TO ? resources : resources.slice(0, RESOURCES_SHOWN);
    const where = rec.level
      ? html`<strong>${this.#text(model, rec.level.label).text}.</strong>${descriptor(rec.level.id)}`
      : rating?.status === 'unsure'
        ? html`${t.unsure}.`
        : rating?.status === 'skipped'
          ? html`${t.skipped}.`
          : rating?.status === 'rated'
            ? html`${t.unknownLevel(rating.levelId ?? '')}`
            : html`<span class="muted">${t.notAnswered}</span>`;
    const toggleId = `p.${isPriority ? 'top.' : ''}${capacity.id}`;
    return html`<section
      part="capacity"
      class="capacity ${chosen ? 'is-priority' : ''}"
      data-capacity=${capacity.id}
    >
      ${staticHtml`<${headingTag(level)} id=${`c.${toggleId}`} class="capacity-title"><span lang=${ifDefined(label.lang)}>${label.text}</span>${
        chosen ? html` <span class="priority-mark">${t.priority}</span>` : nothing
      }</${headingTag(level)}>`}
      <dl class="facts">
        <div class="fact">
          <dt>${t.whereYouAre}</dt>
          <dd>${where}</dd>
        </div>
        ${
          rec.level
            ? html`<div class="fact">
                  <dt>${t.growthLooks}</dt>
                  <dd>
                    ${
                      rec.next
                        ? html`<strong>${this.#text(model, rec.next.label).text}.</strong
                            >${descriptor(rec.next.id)}`
                        : t.atTop
                    }
                  </dd>
                </div>
                <div class="fact">
                  <dt>${t.actions}</dt>
                  <dd>
                    ${
                      rec.actions.length
                        ? html`<ul class="actions">
                            ${rec.actions.map((a) => {
                              const title = this.#text(model, a.title);
                              const detail = this.#text(model, a.detail, LONG);
                              return html`<li>
                                <span lang=${ifDefined(title.lang)}>${title.text}</span>${
                                  detail.text
                                    ? html`<br /><span class="muted" lang=${ifDefined(detail.lang)}
                                          >${detail.text}</span
                                        >`
                                    : nothing
                                }
                              </li>`;
                            })}
                          </ul>`
                        : html`<span class="muted">${t.noActions}</span>`
                    }
                  </dd>
                </div>
                <div class="fact">
                  <dt>${t.resources}</dt>
                  <dd>
                    ${
                      resources.length
                        ? html`<ul class="resources">
                              ${shown.map(
                                (r) =>
                                  html`<li tabindex="-1">
                                    <resource-card
                                      compact
                                      .resource=${r}
                                      heading-level=${Math.min(6, level + 1)}
                                    ></resource-card>
                                  </li>`,
                              )}
                            </ul>
                            ${
                              shown.length < resources.length
                                ? html`<p class="muted resource-count">
                                      ${t.resourcesShown(shown.length, resources.length)}
                                    </p>
                                    <button
                                      class="button show-all"
                                      type="button"
                                      @click=${() =>
                                        this.#showAll(
                                          capacity.id,
                                          label.text,
                                          resources.length,
                                          shown.length,
                                        )}
                                    >
                                      ${t.showAllResources(resources.length)}<span class="visually-hidden"
                                        >: ${label.text}</span
                                      >
                                    </button>`
                                : nothing
                            }`
                        : html`<span class="muted">${t.noResources}</span>`
                    }
                  </dd>
                </div>`
            : nothing
        }
        ${
          rating?.note
            ? html`<div class="fact">
                <dt>${t.note}</dt>
                <dd class="note">${clip(rating.note, LONG)}</dd>
              </div>`
            : nothing
        }
      </dl>
      <label part="priority-toggle" class="priority-toggle check">
        <input
          type="checkbox"
          .checked=${live(chosen)}
          ?disabled=${full}
          aria-describedby=${ifDefined(full ? `f.${toggleId}` : undefined)}
          @change=${(e: Event) => this.#togglePriority(capacity.id, (e.target as HTMLInputElement).checked)}
        />
        ${t.makePriority}<span class="visually-hidden">: ${label.text}</span>
      </label>
      ${full ? html`<p class="muted" id=${`f.${toggleId}`}>${t.prioritiesFull(MAX_PRIORITIES)}</p>` : nothing}
    </section>`;
  }
}
