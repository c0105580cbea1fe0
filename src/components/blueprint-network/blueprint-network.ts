import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { html as staticHtml } from 'lit/static-html.js';
import { property, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import {
  ANSWER_BUCKETS,
  aggregateToCsv,
  capacityBuckets,
  DEFAULT_MIN_TEAMS,
  groupBuckets,
  UNRATED_BUCKET,
  type Aggregate,
  type Cell,
} from '../../framework/aggregate.js';
import {
  cohortFromProfiles,
  readCohortInSlices,
  serializeCohort,
  type CohortIssue,
  type CohortResult,
} from '../../framework/cohort.js';
import { StagedDraw } from '../../controllers/staged-draw.js';
import { issue, type Issue } from '../../framework/issues.js';
import type { FrameworkModel } from '../../framework/model.js';
import { sameStageByRanks, type SameStageSet } from '../../framework/same-stage.js';
import { BpErrorEvent } from '../../events/bp-error.js';
import { BpWarningEvent } from '../../events/bp-warning.js';
import { networkStrings, type NetworkStrings } from '../../i18n/network.js';
import { BlueprintElement } from '../../internal/blueprint-element.js';
import { saveFile } from '../../internal/save-file.js';
import { renderFailure } from '../../internal/failure-box.js';
import { holdFocus } from '../../internal/hold-focus.js';
import { styleProps } from '../../internal/style-props.js';
import { fullNameTitle, shortName } from '../../internal/short-name.js';
import { clampHeadingLevel, headingTag } from '../../internal/view.js';
import {
  attributeValues,
  compareBy,
  countsOf,
  filterRows,
  sortRows,
  teamRows,
  teamRowsInSlices,
  type ComparePart,
  type SortKey,
  type TeamRow,
} from './blueprint-network-view.js';
import { styles } from './blueprint-network.styles.js';
import { FIRST_ROWS, ROWS_PER_STEP } from './heatmap-steps.js';

/** Where the teams come from. */
type CohortInput =
  | { readonly kind: 'property' | 'inline'; readonly value: unknown }
  | { readonly kind: 'src'; readonly value: string }
  | { readonly kind: 'none'; readonly value?: undefined };

/** Inline teams: a direct `<script type="application/json" data-cohort>` child. */
const INLINE = ':scope > script[type="application/json"][data-cohort]';

/** How many issues the data list shows before "…and N more". */
const ISSUES_SHOWN = 50;

/** Everything the render needs, derived in `willUpdate` when its inputs change. */
interface View {
  readonly key: string;
  readonly rows: readonly TeamRow[];
  readonly attributes: Map<string, string[]>;
  readonly inView: readonly TeamRow[];
  readonly sorted: readonly TeamRow[];
  readonly counts: Aggregate;
  readonly parts: readonly ComparePart[];
  readonly stages: readonly SameStageSet[];
}

/**
 * A partner's view across every team of a network (issue 19): a team × capacity heatmap by level (teams
 * sortable by any capacity or overall, capacities grouped in framework order, each cell with its level's
 * number as well as its color), how many teams are at each level of each capacity and each group (stacked
 * bars with their table), and teams at the same stage. Filter and compare by the teams' `attributes`.
 *
 * Privacy by default: teams are "Team 1", "Team 2"… unless `show-names` is set, and any number that
 * describes fewer than `min-teams` teams (default 5) is hidden, with enough other numbers that it cannot be
 * worked out (the rule: src/framework/aggregate.ts), in every view, table and export; when fewer than
 * `min-teams` teams are in view, only their number is shown.
 *
 * The teams come from the `cohort` property, an inline `<script type="application/json" data-cohort>`,
 * or the `src` URL (a `blueprint-cohort/1` document or a list of profiles), or from profile files a person
 * drops on the element or picks. The framework comes from `framework-src`, the `framework` property, or
 * the nearest `<blueprint-provider>`. Teams that cannot be used are listed, in plain words with their path,
 * and the rest are shown. Nothing is sent anywhere: exports are downloads made in the page.
 *
 * @tagname blueprint-network
 * @summary A partner's view across a network of teams: heatmap, level counts, teams at the same stage.
 *
 * @csspart base - The wrapper around everything the element shows.
 * @csspart controls - Names, filters, comparison and sorting.
 * @csspart issues - The list of teams left out and notes about the data.
 * @csspart privacy - The note saying which numbers are hidden and why.
 * @csspart heatmap - The team × capacity table.
 * @csspart distribution - The level counts per capacity (bars and table).
 * @csspart groups - The level counts per group (bars and table).
 * @csspart same-stage - The lists of teams at the same stage.
 * @csspart files - The file picker and drop area.
 * @csspart export - The download buttons.
 * @csspart status - The loading or waiting line.
 * @csspart error - The box saying what failed (`role="alert"`).
 *
 * @cssprop --bp-color-focus - Focus ring, the privacy note's edge, the drop outline.
 * @cssprop --bp-color-surface - Backgrounds of cells and controls.
 * @cssprop --bp-color-border - Cell and control borders.
 * @cssprop --bp-color-text-muted - Hints and notes.
 *
 * @fires {BpErrorEvent} bp-error - Teams were left out, or the framework or `src` failed. `detail: { errors, source }`.
 * @fires {BpWarningEvent} bp-warning - Notes about the teams that loaded (unknown capacities, a cohort of one). `detail: { warnings, source }`.
 * @fires {BpLoadEvent} bp-load - Its own framework (`framework-src` or `framework`) loaded. `detail: { framework, model, warnings }`.
 */
export class BlueprintNetwork extends BlueprintElement {
  static override styles = styles;

  /** The teams: a `blueprint-cohort/1` document, a list of profiles, or either as JSON text. Wins over inline JSON and `src`. */
  @property({ attribute: false }) cohort?: unknown;

  /** URL of the framework JSON (`src` is the teams' URL on this element). */
  @property({ attribute: 'framework-src', reflect: true }) frameworkSrc?: string;

  /** Numbers describing fewer teams than this are hidden (default 5; 1 hides nothing). */
  @property({ attribute: 'min-teams', type: Number, reflect: true }) minTeams = DEFAULT_MIN_TEAMS;

  /** Show the teams' names; off, teams are numbered by their place in the cohort. */
  @property({ attribute: 'show-names', type: Boolean, reflect: true }) showNames = false;

  /** The level (2..6) of the element's title; its sections use the next levels. */
  @property({ attribute: 'heading-level', type: Number }) headingLevel = 2;

  /** How many teams one page of the heatmap shows. */
  @property({ attribute: 'page-size', type: Number }) pageSize = 25;

  @state() private result?: CohortResult;
  @state() private reading = false;
  @state() private loadErrors: readonly Issue[] = [];
  @state() private filters: Readonly<Record<string, string>> = {};
  @state() private compare = '';
  /** 'order', 'overall' or a capacity id. */
  @state() private sort = 'order';
  @state() private highest = true;
  @state() private page = 0;
  @state() private announced = '';
  @state() private dragging = false;
  /** The heatmap cell that takes the Tab stop: row on the page, column (0: team, 1: overall, 2…: capacities). */
  @state() private cell: readonly [number, number] = [0, 0];

  #input?: CohortInput;
  #readModel?: FrameworkModel;
  #abort?: AbortController;
  /** Profile files added by a person, all of them (a new drop adds to them). */
  #files: { name: string; text: string }[] = [];
  #view?: View;
  #announcedResult?: CohortResult;
  #focusCell = false;
  /** The heatmap's page drawn in steps (heatmap-steps.ts), and the height a redrawn page keeps meanwhile. */
  #staged = new StagedDraw(this, { first: FIRST_ROWS, perStep: ROWS_PER_STEP, thenBelow: true });
  #stagedFor?: CohortResult;
  #reserve?: number;

  protected override get frameworkUrl(): string | undefined {
    return this.frameworkSrc;
  }

  get #t(): NetworkStrings {
    return networkStrings(this.locale, this.words);
  }

  get #min(): number {
    const m = Number(this.minTeams);
    return Number.isFinite(m) && m >= 0 ? Math.max(1, Math.floor(m)) : DEFAULT_MIN_TEAMS;
  }

  get #pageSize(): number {
    const n = Number(this.pageSize);
    return Number.isFinite(n) && n >= 1 ? Math.floor(n) : 25;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#abort?.abort();
    this.#input = undefined;
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    const model = this.model;
    if (!model) {
      this.#view = undefined;
      return;
    }
    if (!this.#files.length) {
      const input = this.#currentInput();
      if (
        input.kind !== this.#input?.kind ||
        input.value !== this.#input.value ||
        model !== this.#readModel
      ) {
        this.#input = input;
        this.#readModel = model;
        this.#read(input, model);
      }
    } else if (model !== this.#readModel) {
      this.#readModel = model;
      this.result = cohortFromProfiles(this.#files, model);
    }
    this.#derive(model);
    this.#planSteps();
  }

  /** A new page of the heatmap starts its steps; a redrawn one keeps its height until it is full again. */
  #planSteps() {
    const view = this.#view;
    if (this.result !== this.#stagedFor) {
      this.#stagedFor = this.result;
      this.#staged.reset();
    }
    if (!view) return;
    const size = this.#pageSize;
    const rows = view.inView.length >= this.#min ? Math.min(size, view.sorted.length - this.page * size) : 0;
    const redraw = this.#staged.shown;
    if (this.#staged.plan([view, this.page, size], Math.max(0, rows)))
      this.#reserve = redraw ? this.renderRoot.querySelector<HTMLElement>('.heat')?.offsetHeight : undefined;
  }

  /** Resolves once the heatmap's page and the sections below it are drawn in full (heatmap-steps.ts). */
  protected override getUpdateComplete(): Promise<boolean> {
    return this.#staged.complete(() => super.getUpdateComplete());
  }

  #currentInput(): CohortInput {
    if (this.cohort !== undefined && this.cohort !== null) return { kind: 'property', value: this.cohort };
    const inline = this.querySelector(INLINE)?.textContent;
    if (inline != null) return { kind: 'inline', value: inline };
    if (this.src) return { kind: 'src', value: this.src };
    return { kind: 'none' };
  }

  /** Reads the teams in slices (downloading `src` first), superseding any read under way. */
  #read(input: CohortInput, model: FrameworkModel) {
    this.#abort?.abort();
    const abort = new AbortController();
    this.#abort = abort;
    const { signal } = abort;
    this.loadErrors = [];
    if (input.kind === 'none') {
      this.result = undefined;
      this.reading = false;
      return;
    }
    this.reading = true;
    void (async () => {
      let value: unknown = input.value;
      if (input.kind === 'src') {
        try {
          const response = await fetch(input.value, { signal });
          if (!response.ok)
            throw new Error(`the server answered ${response.status} ${response.statusText}`.trim());
          value = await response.text();
        } catch (e) {
          if (signal.aborted) return;
          const why = e instanceof Error ? e.message : String(e);
          this.loadErrors = [issue('error', 'load', '', why)];
          this.result = undefined;
          this.reading = false;
          this.dispatchEvent(new BpErrorEvent({ errors: this.loadErrors, source: input.value }));
          return;
        }
      }
      const result = await readCohortInSlices(value, model, { signal }).catch(() => undefined);
      if (signal.aborted || !result) return;
      const rows = await teamRowsInSlices(model, result.teams, signal);
      if (signal.aborted) return;
      this.#prepared = { result, model, rows };
      this.result = result;
      this.reading = false;
    })();
  }

  /** The derived view, again only when an input of it changed. */
  #derive(model: FrameworkModel) {
    const result = this.result;
    if (!result) {
      this.#view = undefined;
      return;
    }
    const min = this.#min;
    const key = JSON.stringify([this.filters, this.sort, this.highest, this.compare, min]);
    const previous = this.#view;
    const sameRows = previous && this.#rowsFor === result && this.#rowsModel === model;
    if (sameRows && previous.key === key) return;
    const prepared = this.#prepared;
    const rows = sameRows
      ? previous.rows
      : prepared?.result === result && prepared.model === model
        ? prepared.rows
        : teamRows(model, result.teams);
    const attributes = sameRows ? previous.attributes : attributeValues(result.teams);
    this.#rowsFor = result;
    this.#rowsModel = model;
    const inView = filterRows(rows, this.filters);
    const capacityIndex = model.capacities.findIndex((c) => c.id === this.sort);
    const sortKey: SortKey =
      this.sort === 'overall'
        ? { by: 'overall' }
        : capacityIndex >= 0
          ? { by: 'capacity', i: capacityIndex }
          : { by: 'order' };
    const sorted = sortRows(inView, sortKey, this.highest, model.levels.length);
    const counts = countsOf(model, inView, min);
    const values = this.compare ? (attributes.get(this.compare) ?? []) : [];
    const parts = values.length ? compareBy(model, inView, this.compare, values, min) : [];
    const stages = inView.length >= min ? sameStageByRanks(inView.map((r) => r.groupRanks)) : [];
    this.#view = { key, rows, attributes, inView, sorted, counts, parts, stages };
    const pages = Math.max(1, Math.ceil(sorted.length / this.#pageSize));
    if (this.page >= pages) this.page = pages - 1;
  }
  #rowsFor?: CohortResult;
  #rowsModel?: FrameworkModel;
  /** Rows worked out in slices while the teams were read. */
  #prepared?: { result: CohortResult; model: FrameworkModel; rows: TeamRow[] };

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    const result = this.result;
    if (result && result !== this.#announcedResult) {
      this.#announcedResult = result;
      const source = this.#files.length ? 'import' : (this.#input?.kind ?? 'property');
      const src = source === 'src' ? (this.src ?? 'src') : source;
      if (result.errors.length) this.dispatchEvent(new BpErrorEvent({ errors: result.errors, source: src }));
      if (result.warnings.length)
        this.dispatchEvent(new BpWarningEvent({ warnings: result.warnings, source: src }));
    }
    if (this.#focusCell) {
      this.#focusCell = false;
      this.renderRoot.querySelector<HTMLElement>('.heat [tabindex="0"]')?.focus();
    }
    if (this.#view && this.result?.teams.length) this.#staged.next();
  }

  // ---- event handlers -------------------------------------------------------------------------------

  #label(row: TeamRow): string {
    return this.showNames && row.entry.name ? shortName(row.entry.name) : this.#t.teamLabel(row.index + 1);
  }

  #setFilter(key: string, value: string) {
    this.filters = { ...this.filters, [key]: value };
    this.page = 0;
    this.cell = [0, 0];
    void this.updateComplete.then(() => {
      const view = this.#view;
      if (view) this.announced = this.#t.showingOf(view.inView.length, view.rows.length);
    });
  }

  #setSort(sort: string, highest = this.highest) {
    this.sort = sort;
    this.highest = highest;
    this.page = 0;
    const model = this.model;
    if (!model || sort === 'order') {
      this.announced = this.#t.sortBy + ': ' + this.#t.cohortOrder;
      return;
    }
    const by =
      sort === 'overall' ? this.#t.overall : shortName(model.text(model.capacity(sort)?.label, this.locale));
    this.announced = this.#t.sorted(by, highest);
  }

  #setCompare(key: string) {
    this.compare = key;
    this.announced = key ? this.#t.comparing(key) : this.#t.noCompare;
  }

  #turnPage(step: number, e: Event) {
    const view = this.#view;
    if (!view) return;
    const size = this.#pageSize;
    const pages = Math.max(1, Math.ceil(view.sorted.length / size));
    this.page = Math.min(pages - 1, Math.max(0, this.page + step));
    this.cell = [0, this.cell[1]];
    const first = this.page * size + 1;
    const last = Math.min(view.sorted.length, first + size - 1);
    this.announced = this.#t.pageOf(first, last, view.sorted.length);
    // The button at the end of the list becomes disabled: keep the focus on the other one, not on <body>.
    const button = e.currentTarget as HTMLButtonElement;
    void this.updateComplete.then(() => {
      if (button.disabled)
        this.renderRoot.querySelector<HTMLButtonElement>('.pager button:not(:disabled)')?.focus();
    });
  }

  #onGridKey(e: KeyboardEvent) {
    const view = this.#view;
    const model = this.model;
    if (!view || !model) return;
    // Rows still to come in a step (heatmap-steps.ts) cannot take the focus yet.
    const rows = Math.min(
      this.#pageSize,
      view.sorted.length - this.page * this.#pageSize,
      this.#staged.drawn,
    );
    const cols = model.capacities.length + 2;
    let [r, c] = this.cell;
    // Right to left, the columns run from the right: each arrow moves to the cell on its side of the screen.
    const rtl = this.matches(':dir(rtl)');
    switch (e.key) {
      case rtl ? 'ArrowLeft' : 'ArrowRight':
        c = Math.min(cols - 1, c + 1);
        break;
      case rtl ? 'ArrowRight' : 'ArrowLeft':
        c = Math.max(0, c - 1);
        break;
      case 'ArrowDown':
        r = Math.min(rows - 1, r + 1);
        break;
      case 'ArrowUp':
        r = Math.max(0, r - 1);
        break;
      case 'Home':
        c = 0;
        if (e.ctrlKey) r = 0;
        break;
      case 'End':
        c = cols - 1;
        if (e.ctrlKey) r = rows - 1;
        break;
      default:
        return;
    }
    e.preventDefault();
    this.cell = [r, c];
    this.#focusCell = true;
  }

  /** A cell clicked or focused by Tab becomes the grid's Tab stop. */
  #onGridFocus(e: FocusEvent) {
    const target = (e.target as HTMLElement).closest<HTMLElement>('[data-cell]');
    if (!target) return;
    const [r, c] = target.dataset.cell!.split(':').map(Number);
    if (r !== this.cell[0] || c !== this.cell[1]) this.cell = [r, c];
  }

  async #addFiles(list: FileList | null | undefined) {
    const model = this.model;
    if (!model || !list?.length) return;
    const files = await Promise.all(
      [...list].map(async (f) => ({ name: f.name, text: await f.text().catch(() => '') })),
    );
    this.#abort?.abort();
    this.#files = [...this.#files, ...files];
    this.#readModel = model;
    const before =
      this.result?.teams.length && this.#files.length > files.length ? this.result.teams.length : 0;
    const result = cohortFromProfiles(this.#files, model, this.result?.title);
    this.reading = false;
    this.loadErrors = [];
    this.result = result;
    this.announced = this.#t.filesAdded(
      result.teams.length - before,
      result.errors.filter((x) => files.some((f) => f.name === x.file)).length,
    );
  }

  #onDrop(e: DragEvent) {
    e.preventDefault();
    this.dragging = false;
    void this.#addFiles(e.dataTransfer?.files);
  }

  #onDragOver(e: DragEvent) {
    if (!e.dataTransfer?.types.includes('Files')) return;
    e.preventDefault();
    this.dragging = true;
  }

  #downloadCsv() {
    const model = this.model;
    const view = this.#view;
    if (!model || !view) return;
    const csv = aggregateToCsv(model, view.counts, this.locale);
    saveFile(new Blob([csv], { type: 'text/csv;charset=utf-8' }), this.#t.csvFileName, this.renderRoot);
  }

  #downloadCohort() {
    if (!this.result) return;
    saveFile(
      new Blob([serializeCohort(this.result)], { type: 'application/json' }),
      this.#t.cohortFileName,
      this.renderRoot,
    );
  }

  // ---- rendering --------------------------------------------------------------------------------------

  protected override render() {
    const status = this.renderFrameworkState();
    if (status) return status;
    const model = this.model!;
    const t = this.#t;
    const level = clampHeadingLevel(this.headingLevel);
    const h = (offset: number, id: string, text: string) =>
      staticHtml`<${headingTag(level + offset)} id=${id} class="heading">${text}</${headingTag(level + offset)}>`;
    const view = this.#view;
    const result = this.result;
    const top = Math.max(1, model.levels.length - 1);
    return html`<div
      part="base"
      class="base ${this.dragging ? 'dragging' : ''}"
      lang=${ifDefined(this.locale)}
      style=${styleProps({ '--top': String(top) })}
      @dragover=${this.#onDragOver}
      @dragleave=${() => (this.dragging = false)}
      @drop=${this.#onDrop}
    >
      ${h(0, 'title', shortName(result?.title ?? t.defaultTitle))}
      <p class="visually-hidden" role="status">${this.announced}</p>
      ${this.loadErrors.length ? this.#renderLoadErrors() : nothing}
      ${this.reading ? html`<p class="status" part="status" role="status">${t.reading}</p>` : nothing}
      ${result ? this.#renderIssues(result) : nothing}
      ${view && result?.teams.length ? this.#renderView(model, view, h) : this.#renderEmpty()}
    </div>`;
  }

  #renderLoadErrors() {
    // Plain words, the detail behind a disclosure, and "Try again" (issue 15).
    return renderFailure(this.loadErrors, {
      t: this.strings,
      locale: this.locale,
      thing: 'teams',
      source: this.src,
      retry: this.#retryRead,
    });
  }

  /** "Try again": the teams are read (downloaded) again; the element keeps the focus meanwhile. */
  #retryRead = () => {
    holdFocus(this);
    this.#input = undefined;
    this.requestUpdate();
  };

  #renderEmpty() {
    if (this.reading || this.loadErrors.length) return this.#renderFiles();
    return html`<p class="empty">${this.#t.empty}</p>
      ${this.#renderFiles()}`;
  }

  #renderIssues(result: CohortResult) {
    const t = this.#t;
    const all: { issue: CohortIssue; error: boolean }[] = [
      ...result.errors.map((issue) => ({ issue, error: true })),
      ...result.warnings.map((issue) => ({ issue, error: false })),
    ];
    if (!all.length) return nothing;
    const shown = all.slice(0, ISSUES_SHOWN);
    return html`<details part="issues" class="issues" ?open=${result.errors.length > 0}>
      <summary>${t.dataProblems(result.errors.length, result.warnings.length)}</summary>
      <ul>
        ${shown.map(
          ({ issue: i, error }) =>
            html`<li class=${error ? 'left-out' : 'note'}>
              <strong>${error ? t.leftOut : t.note}:</strong>
              ${i.file ? html`${t.inFile(i.file)}, ` : nothing}${i.path ? html`<code>${i.path}</code>: ` : nothing}${i.message}
            </li>`,
        )}
        ${all.length > shown.length ? html`<li>${this.strings.moreErrors(all.length - shown.length)}</li>` : nothing}
      </ul>
    </details>`;
  }

  #renderFiles() {
    const t = this.#t;
    return html`<div part="files" class="files">
      <label class="label" for="files">${t.addFiles}</label>
      <input
        id="files"
        class="field"
        type="file"
        accept=".json,application/json"
        multiple
        aria-describedby="files-hint"
        @change=${(e: Event) => void this.#addFiles((e.target as HTMLInputElement).files)}
      />
      <p id="files-hint" class="hint">${t.addFilesHint}</p>
    </div>`;
  }

  #renderView(
    model: FrameworkModel,
    view: View,
    h: (offset: number, id: string, text: string) => TemplateResult,
  ) {
    const t = this.#t;
    const min = this.#min;
    const enough = view.inView.length >= min;
    // The sections below the heatmap come after its first full page, in a step of their own (heatmap-steps.ts):
    // drawn with the first rows, they were near the screen then, and laid out in full, all three, later.
    const shown = this.#staged.shown;
    return html`${this.#renderControls(model, view)}
      <p part="privacy" class="privacy">${t.privacy(min, this.showNames)}</p>
      <p class="count">${t.showingOf(view.inView.length, view.rows.length)}</p>
      ${enough ? nothing : html`<p class="too-few">${t.tooFewInView(view.inView.length, min)}</p>`}
      ${
        enough
          ? html`<section part="heatmap" class="section" aria-labelledby="heat-h">
              ${h(1, 'heat-h', t.heatmap)} ${this.#renderHeatmap(model, view)}
            </section>`
          : nothing
      }
      ${
        shown
          ? html`<section part="distribution" class="section" aria-labelledby="dist-h">
                ${h(1, 'dist-h', t.distributions)}
                <p class="hint">${t.distributionsHint}</p>
                ${this.#renderDistributions(model, view, 'capacities', h)}
              </section>
              <section part="groups" class="section" aria-labelledby="groups-h">
                ${h(1, 'groups-h', t.groupSummaries)}
                <p class="hint">${t.groupSummariesHint}</p>
                ${this.#renderDistributions(model, view, 'groups', h)}
              </section>
              ${
                enough
                  ? html`<section part="same-stage" class="section" aria-labelledby="stage-h">
                      ${h(1, 'stage-h', t.sameStage)}
                      <p class="hint">${t.sameStageHint}</p>
                      ${this.#renderSameStage(model, view)}
                    </section>`
                  : nothing
              } `
          : nothing
      }
      <div part="export" class="export" role="group" aria-label=${t.download}>
        <span class="label" aria-hidden="true">${t.download}:</span>
        <button class="button primary" type="button" @click=${this.#downloadCsv}>${t.downloadCsv}</button>
        <button class="button" type="button" @click=${this.#downloadCohort}>${t.downloadCohort}</button>
      </div>
      ${this.#renderFiles()}
      ${this.dragging ? html`<p class="drop-note" aria-hidden="true">${t.dropHere}</p>` : nothing}`;
  }

  #renderControls(model: FrameworkModel, view: View) {
    const t = this.#t;
    const name = (text: Parameters<FrameworkModel['text']>[0]) => shortName(model.text(text, this.locale));
    return html`<form
      part="controls"
      class="controls"
      aria-label=${t.controls}
      @submit=${(e: Event) => e.preventDefault()}
    >
      <label class="choice check"
        ><input
          type="checkbox"
          .checked=${this.showNames}
          @change=${(e: Event) => (this.showNames = (e.target as HTMLInputElement).checked)}
        />
        ${t.showNames}</label
      >
      ${[...view.attributes].map(
        ([key, values], i) =>
          html`<div class="control">
            <label class="label" for=${`filter-${i}`}>${shortName(t.filterBy(key))}</label>
            <select
              id=${`filter-${i}`}
              class="field"
              data-key=${key}
              @change=${(e: Event) => this.#setFilter(key, (e.target as HTMLSelectElement).value)}
            >
              <option value="" ?selected=${!this.filters[key]}>${t.anyValue}</option>
              ${values.map((v) => html`<option .value=${v} ?selected=${this.filters[key] === v}>${shortName(v)}</option>`)}
            </select>
          </div>`,
      )}
      ${
        view.attributes.size
          ? html`<div class="control">
              <label class="label" for="compare">${t.compareBy}</label>
              <select
                id="compare"
                class="field"
                @change=${(e: Event) => this.#setCompare((e.target as HTMLSelectElement).value)}
              >
                <option value="" ?selected=${!this.compare}>${t.noCompare}</option>
                ${[...view.attributes.keys()].map(
                  (k) =>
                    html`<option .value=${k} ?selected=${this.compare === k}>
                      ${shortName(t.filterBy(k))}
                    </option>`,
                )}
              </select>
            </div>`
          : nothing
      }
      <div class="control">
        <label class="label" for="sort">${t.sortBy}</label>
        <select
          id="sort"
          class="field"
          @change=${(e: Event) => this.#setSort((e.target as HTMLSelectElement).value)}
        >
          <option value="order" ?selected=${this.sort === 'order'}>${t.cohortOrder}</option>
          <option value="overall" ?selected=${this.sort === 'overall'}>${t.overall}</option>
          ${model.groups.map(
            (g) =>
              html`<optgroup label=${name(g.label)}>
                ${g.capacities.map(
                  (c) =>
                    html`<option .value=${c.id} ?selected=${this.sort === c.id}>${name(c.label)}</option>`,
                )}
              </optgroup>`,
          )}
        </select>
      </div>
      <div class="control">
        <label class="label" for="order">${t.order}</label>
        <select
          id="order"
          class="field"
          ?disabled=${this.sort === 'order'}
          @change=${(e: Event) => this.#setSort(this.sort, (e.target as HTMLSelectElement).value === 'highest')}
        >
          <option value="highest" ?selected=${this.highest}>${t.highestFirst}</option>
          <option value="lowest" ?selected=${!this.highest}>${t.lowestFirst}</option>
        </select>
      </div>
    </form>`;
  }

  /** A level's short mark in a cell: its number (rank + 1), "?" for not sure, "–" for skipped, nothing for not answered. */
  #mark(model: FrameworkModel, index: number): { short: string; long: string; cls: string } {
    const t = this.#t;
    const levels = model.levels.length;
    if (index < levels)
      return {
        short: String(index + 1),
        long: shortName(model.text(model.levels[index].label, this.locale)),
        cls: `c l${Math.min(index, 9)}`,
      };
    if (index === levels) return { short: t.shortUnsure, long: t.answers.unsure, cls: 'c u' };
    if (index === levels + 1) return { short: t.shortSkipped, long: t.answers.skipped, cls: 'c s' };
    return { short: '', long: t.answers.unanswered, cls: 'c n' };
  }

  #renderLegend(model: FrameworkModel, withUnrated = false) {
    const t = this.#t;
    return html`<ul class="legend" aria-label=${t.legend}>
      ${model.levels.map(
        (l, i) =>
          html`<li>
            <span class="swatch c l${Math.min(i, 9)}" aria-hidden="true">${i + 1}</span
            >${shortName(model.text(l.label, this.locale))}
          </li>`,
      )}
      ${
        withUnrated
          ? html`<li><span class="swatch c n" aria-hidden="true"></span>${t.unrated}</li>`
          : html`<li>
                <span class="swatch c u" aria-hidden="true">${t.shortUnsure}</span>${t.answers.unsure}
              </li>
              <li>
                <span class="swatch c s" aria-hidden="true">${t.shortSkipped}</span>${t.answers.skipped}
              </li>
              <li><span class="swatch c n" aria-hidden="true"></span>${t.answers.unanswered}</li>`
      }
      <li><span class="swatch hid" aria-hidden="true"></span>${t.hidden}</li>
    </ul>`;
  }

  #renderHeatmap(model: FrameworkModel, view: View) {
    const t = this.#t;
    const size = this.#pageSize;
    const start = this.page * size;
    const page = view.sorted.slice(start, start + size);
    // The rows drawn so far: a new page comes in steps (heatmap-steps.ts).
    const rows = page.slice(0, this.#staged.drawn);
    const [fr, fc] = [Math.min(this.cell[0], rows.length - 1), this.cell[1]];
    const tab = (r: number, c: number) => (r === fr && c === fc ? 0 : -1);
    const sortedBy = (id: string) =>
      this.sort === id ? (this.highest ? 'descending' : 'ascending') : undefined;
    const name = (text: Parameters<FrameworkModel['text']>[0]) => model.text(text, this.locale);
    return html`<p class="hint">${t.heatmapHint}</p>
      ${this.#renderLegend(model)}
      <div
        class="scroll"
        style=${styleProps(this.#staged.partial && this.#reserve ? { 'min-block-size': `${this.#reserve}px` } : {})}
      >
        <table class="heat" @keydown=${this.#onGridKey} @focusin=${this.#onGridFocus}>
          <caption class="visually-hidden">
            ${t.heatmapCaption}
          </caption>
          <colgroup span="2"></colgroup>
          ${model.groups.map((g) => html`<colgroup span=${g.capacities.length}></colgroup>`)}
          <thead>
            <tr>
              <td colspan="2"></td>
              ${model.groups.map(
                (g) =>
                  html`<th
                    scope="colgroup"
                    colspan=${g.capacities.length}
                    class="group"
                    title=${ifDefined(fullNameTitle(name(g.label)))}
                  >
                    ${shortName(name(g.label))}
                  </th>`,
              )}
            </tr>
            <tr>
              <th scope="col" class="team-h">${t.team}</th>
              <th scope="col" class="cap" aria-sort=${ifDefined(sortedBy('overall'))}>
                <span>${t.overall}</span>
              </th>
              ${model.capacities.map(
                (c) =>
                  html`<th
                    scope="col"
                    class="cap"
                    aria-sort=${ifDefined(sortedBy(c.id))}
                    title=${ifDefined(fullNameTitle(name(c.label)))}
                  >
                    <span>${shortName(name(c.label))}</span>
                  </th>`,
              )}
            </tr>
          </thead>
          <tbody>
            ${rows.map((row, r) => {
              const overall = row.overall === undefined ? model.levels.length + 2 : row.overall;
              const o = this.#mark(model, overall);
              return html`<tr>
                <th scope="row" class="team" data-cell=${`${r}:0`} tabindex=${tab(r, 0)}>
                  ${this.#label(row)}
                </th>
                ${this.#cell(o.cls, `${r}:1`, tab(r, 1), o.short, row.overall === undefined ? t.notRated : o.long)}
                ${Array.from(row.cells, (index, i) => {
                  const m = this.#mark(model, index);
                  return this.#cell(m.cls, `${r}:${i + 2}`, tab(r, i + 2), m.short, m.long);
                })}
              </tr>`;
            })}
          </tbody>
        </table>
      </div>
      ${view.sorted.length > size ? this.#renderPager(view, start, page.length) : nothing}`;
  }

  /**
   * One heatmap cell: one element and two text nodes (issue 19: every element more, in 1,550 cells, showed in
   * the layout of a page), the mark and then its words for screen readers ("2 Developing"). No spaces around
   * them: they would be text nodes too.
   */
  // prettier-ignore
  #cell(cls: string, cell: string, tabindex: number, short: string, long: string) {
    return html`<td class=${cls} data-cell=${cell} tabindex=${tabindex}>${short}<span class="visually-hidden">${long}</span></td>`;
  }

  #renderPager(view: View, start: number, shown: number) {
    const t = this.#t;
    const total = view.sorted.length;
    return html`<div class="pager">
      <button
        class="button"
        type="button"
        ?disabled=${start === 0}
        @click=${(e: Event) => this.#turnPage(-1, e)}
      >
        ${t.previousPage}
      </button>
      <span>${t.pageOf(start + 1, start + shown, total)}</span>
      <button
        class="button"
        type="button"
        ?disabled=${start + shown >= total}
        @click=${(e: Event) => this.#turnPage(1, e)}
      >
        ${t.nextPage}
      </button>
    </div>`;
  }

  /** The words for a bucket (a level id, or a non-level answer). */
  #bucketName(model: FrameworkModel, bucket: string): string {
    const t = this.#t;
    const level = model.level(bucket);
    if (level) return shortName(model.text(level.label, this.locale));
    if (bucket === UNRATED_BUCKET) return t.unrated;
    return t.answers[bucket as (typeof ANSWER_BUCKETS)[number]];
  }

  /** One stacked bar: a segment per shown count, one "hidden" segment for all the hidden ones together. */
  #renderBar(
    model: FrameworkModel,
    row: Readonly<Record<string, Cell>> | undefined,
    buckets: readonly string[],
    teams: number,
  ) {
    const t = this.#t;
    const levels = model.levels.length;
    if (!row || !teams) return html`<div class="bar empty-bar" aria-hidden="true"></div>`;
    const shown = buckets.reduce((s, b) => s + (row[b] ?? 0), 0);
    const hidden = teams - shown;
    const words = buckets
      .filter((b) => row[b] !== null && row[b] !== 0)
      .map((b) => `${this.#bucketName(model, b)} ${row[b]}`);
    if (hidden) words.push(t.hiddenCount(hidden));
    return html`<div class="bar" aria-hidden="true">
        ${buckets.map((b, i) => {
          const n = row[b];
          if (!n) return nothing;
          const cls =
            i < levels
              ? `seg c l${Math.min(i, 9)}`
              : b === 'unsure'
                ? 'seg c u'
                : b === 'skipped'
                  ? 'seg c s'
                  : 'seg c n';
          return html`<span
            class=${cls}
            style=${styleProps({ 'flex-grow': String(n) })}
            title=${`${this.#bucketName(model, b)}: ${n}`}
            >${n}</span
          >`;
        })}
        ${hidden ? html`<span class="seg hid" style=${styleProps({ 'flex-grow': String(hidden) })} title=${t.hiddenCount(hidden)}>${t.hidden}</span>` : nothing}
      </div>
      <span class="visually-hidden">${words.join(', ')}</span>`;
  }

  #renderDistributions(
    model: FrameworkModel,
    view: View,
    kind: 'capacities' | 'groups',
    h: (offset: number, id: string, text: string) => TemplateResult,
  ) {
    const t = this.#t;
    const buckets = kind === 'capacities' ? capacityBuckets(model) : groupBuckets(model);
    const name = (text: Parameters<FrameworkModel['text']>[0]) => shortName(model.text(text, this.locale));
    const parts: readonly { label: string | undefined; teams: number; counts: Aggregate }[] = view.parts
      .length
      ? view.parts.map((p) => ({
          label: t.valueTeams(shortName(p.value), p.teams),
          teams: p.teams,
          counts: p.counts,
        }))
      : [{ label: undefined, teams: view.inView.length, counts: view.counts }];
    const items = (ids: readonly { id: string; label: Parameters<FrameworkModel['text']>[0] }[]) =>
      html`<ul class="dist">
        ${ids.map(
          (x) =>
            html`<li class="dist-row">
              <span class="dist-name">${name(x.label)}</span>
              ${parts.map(
                (p) =>
                  html`<div class="dist-part">
                    ${p.label ? html`<span class="part-label">${p.label}</span>` : nothing}
                    ${this.#renderBar(model, p.counts[kind][x.id], buckets, p.teams)}
                  </div>`,
              )}
            </li>`,
        )}
      </ul>`;
    const cell = (c: Cell | undefined) => (c === null ? t.hidden : String(c ?? ''));
    const table = html`<details class="table-wrap">
      <summary>${t.dataTable}</summary>
      <div class="scroll">
        <table part="table" class="data">
          <thead>
            <tr>
              <th scope="col">${kind === 'capacities' ? t.area : t.group}</th>
              ${view.parts.length ? html`<th scope="col">${shortName(this.compare)}</th>` : nothing}
              <th scope="col">${t.teamsColumn}</th>
              ${buckets.map((b) => html`<th scope="col">${this.#bucketName(model, b)}</th>`)}
            </tr>
          </thead>
          <tbody>
            ${(kind === 'capacities' ? model.capacities : model.groups).flatMap((x) =>
              parts.map(
                (p, i) =>
                  html`<tr>
                    <th scope="row">${name(x.label)}</th>
                    ${view.parts.length ? html`<td>${shortName(view.parts[i].value)}</td>` : nothing}
                    <td>${p.teams}</td>
                    ${buckets.map((b) => html`<td>${cell(p.counts[kind][x.id]?.[b])}</td>`)}
                  </tr>`,
              ),
            )}
          </tbody>
        </table>
      </div>
    </details>`;
    return html`${this.compare && view.parts.length ? html`<p class="comparing">${t.comparing(shortName(this.compare))}</p>` : nothing}
    ${this.#renderLegend(model, kind === 'groups')}
    ${
      kind === 'capacities'
        ? model.groups.map(
            (g, gi) =>
              html`<div class="dist-group">
                ${h(2, `dist-g${gi}`, name(g.label))} ${items(g.capacities)}
              </div>`,
          )
        : items(model.groups)
    }
    ${table}`;
  }

  #renderSameStage(model: FrameworkModel, view: View) {
    const t = this.#t;
    const levelName = (rank: number | undefined) =>
      rank === undefined ? t.unrated : shortName(model.text(model.levels[rank]?.label, this.locale));
    const rule = (s: SameStageSet) =>
      s.rule === 'same-groups'
        ? t.sameGroups(
            model.groups
              .map((g, i) => t.groupAt(shortName(model.text(g.label, this.locale)), levelName(s.ranks[i])))
              .join('; '),
          )
        : s.rule === 'same-overall'
          ? t.sameOverall(levelName(s.ranks[0]))
          : t.notRated;
    return html`<ol class="stages">
      ${view.stages.map(
        (s) =>
          html`<li class="stage">
            <p class="rule">${rule(s)}</p>
            <ul class="stage-teams">
              ${s.teams.map((i) => html`<li>${this.#label(view.inView[i])}</li>`)}
            </ul>
          </li>`,
      )}
    </ol>`;
  }
}
