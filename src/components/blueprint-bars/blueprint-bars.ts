import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { styleProps } from '../../internal/style-props.js';
import { ratingOf } from '../../framework/profile.js';
import type { Profile } from '../../framework/schema.js';
import { BpCapacitySelectEvent } from '../../events/bp-capacity-select.js';
import { BpErrorEvent } from '../../events/bp-error.js';
import { issue } from '../../framework/issues.js';
import { inUse } from '../../internal/announce.js';
import { ProfileElement } from '../../internal/profile-element.js';
import { spaceChanged, watchSpace } from '../../controllers/space-controller.js';
import { fullNameTitle, shortName } from '../../internal/short-name.js';
import { canvasMeasure, watchFonts } from '../../internal/text-measure.js';
import { fitLayout, type Fit } from './fit.js';
import { levelAt, levelMiddle, markTranslate, reach, type Orientation } from './geometry.js';
import { styles } from './blueprint-bars.styles.js';
import { layers as barLayers } from './layers.js';
import { nameColumn } from './name-column.js';
import { barsView, sameInputs, type BarsViewInputs, type BarView, type View } from './blueprint-bars-view.js';

/**
 * The steps of the bars' stagger (--d, a fraction of one bar's motion): a bar starts at the nearest of 101
 * moments, at most 1.5 ms from its own (a hundredth of 300 ms), so bars share their class.
 */
const STAGGER = 100;

/** From how many bars the chart is long (taller than a screen): its tracks out of view are skipped. */
const LONG = 40;

/** A level shown on a bar before it is set: by the pointer (hover), a first tap, or the arrow keys. */
interface Preview {
  readonly index: number;
  readonly rank: number;
  readonly via: 'pointer' | 'touch' | 'keyboard';
}

/** The chart's width and text settings, read from the probe (a CSS-sized box, observed for resizes). */
interface Space {
  readonly width: number;
  readonly em: number;
  readonly family: string;
  readonly weight: string;
  /** Italic or oblique text is narrower or wider: the canvas measures in it too (the names' column is sized from it). */
  readonly style: string;
  readonly letterSpacing: number;
  /** Not measured (fit.ts counts no word spacing): a chart with it does not skip its rows (see `one-line`). */
  readonly wordSpacing: number;
}

/**
 * The team's profile as "dancing bars": one bar per capacity, in framework order, grouped and colored by
 * capacity group, its length the level the team chose. Vertical bars with their names written across
 * underneath where every name fits; horizontal bars with the names beside them where not (narrow
 * containers, many capacities, large text); every name is always shown in full. "Not sure yet" and
 * "skipped" are short marks at the baseline, never a level; a capacity not answered yet is a dashed slot.
 * Bars rise on first render and dance, staggered by group, when the profile changes; a small celebration
 * greets the last answer. Optional layers: a snapshot to compare with (dashed outlines), the spread of
 * several raters' answers, and editing that previews a level before setting it. Each bar's accessible
 * name says its level; a real data table with the same values is built when its toggle shows it (and for
 * print).
 *
 * Selecting a bar (click on its name, Enter) asks the profile store to show that capacity: a
 * `<capacity-rubric>` in the same provider brings it into view and moves focus to it. A page that wants
 * its own behaviour calls `preventDefault()` on `bp-capacity-select`.
 *
 * @tagname blueprint-bars
 * @summary The team's profile as accessible, animated bars, one per capacity, grouped by capacity group.
 *
 * @csspart base - The wrapper around everything.
 * @csspart chart - The chart: level names, bars, capacity and group names.
 * @csspart bar - Each capacity's mark, with `data-capacity="<capacity id>"`; it also has the part of its state.
 * @csspart rated - A bar at a level (also `bar`).
 * @csspart unsure - The short hatched mark of "not sure yet" (also `bar`).
 * @csspart skipped - The short mark of a skipped capacity (also `bar`).
 * @csspart unanswered - The dashed slot of a capacity without an answer (also `bar`).
 * @csspart track - The slot a bar grows in, with its level ticks.
 * @csspart label - Every text label of the chart (also one of the three below).
 * @csspart capacity-label - A capacity's name, with `data-capacity`.
 * @csspart group-label - A group's name, with `data-group`.
 * @csspart axis-label - A level's name (or its number, when the names are in the level key).
 * @csspart level-key - A level's number and name, when the level names do not fit over their columns.
 * @csspart preview - The line that says which level a click or Enter will set (`editable`).
 * @csspart download - The "SVG" and "PNG" buttons of "Download the chart".
 * @csspart legend - The key below the chart.
 * @csspart table - The data table (built when its toggle shows it, and for print).
 * @csspart error - The error box (a framework or profile that could not be used).
 * @csspart status - The loading or waiting line.
 *
 * @cssprop --bp-group-color-N - Color of the Nth group (1-based); `--bp-group-color-<groupId>` wins over it. A page's value is used as given in both schemes.
 * @cssprop --bp-bar-radius - Corner radius of the bars' ends.
 * @cssprop --bp-bars-label-size - Size of the chart's text, relative to the element's font.
 * @cssprop --bp-bars-guide-color - Color of the level ticks and the table's row rules.
 * @cssprop --bp-motion-duration - How long one bar takes to move (capped at 300ms); bars start staggered by group within as much again, so a change never takes more than 600ms. 0ms, or prefers-reduced-motion, makes changes instant and the celebration still.
 * @cssprop --bp-color-focus - Focus ring color.
 * @cssprop --bp-color-text - Text; outlines and marks are mixed from it, so they keep their contrast on light and dark pages.
 * @cssprop --bp-color-text-muted - Level names.
 * @cssprop --bp-color-surface - The buttons' background and the fill of the spread's dots.
 * @cssprop --bp-color-border - The table toggle's border.
 *
 * @fires {BpRatingChangeEvent} bp-rating-change - `editable` only: a person set or cleared a capacity's level. `detail: { capacityId, rating, profile, operation }`, after the answer is stored.
 * @fires {BpCapacitySelectEvent} bp-capacity-select - A person selected a bar (a click on its name, Enter or Space). `detail: { capacityId }`. Cancelable: `preventDefault()` stops the rubric from going to it.
 * @fires {BpLoadEvent} bp-load - The element's own framework (`src` / `framework`) loaded.
 * @fires {BpErrorEvent} bp-error - The framework or the `profile-src` document could not be used.
 */
export class BlueprintBars extends ProfileElement {
  static override styles = styles;

  /** Let people set levels: point at a level on a bar (or use the arrow keys) to preview it, click or Enter to set it. */
  @property({ type: Boolean, reflect: true }) editable = false;

  /** A snapshot of the profile to compare with, by its `takenAt` or its `label` (drawn as dashed outlines). */
  @property({ reflect: true }) compare?: string;

  /** A profile to compare with (wins over `compare`); drawn as dashed outlines. */
  @property({ attribute: false }) compareProfile?: Profile;

  /** Show the range of the raters' levels on each bar (when the profile has `raters`). */
  @property({ type: Boolean, reflect: true }) spread = false;

  /** Show one capacity group only, by its id. An unknown id shows every group. */
  @property({ reflect: true }) group?: string;

  /**
   * Unset (default): vertical bars where every name fits under its bar, else horizontal. `vertical` or
   * `horizontal` forces one (a vertical chart too narrow for its names scrolls sideways).
   */
  @property({ reflect: true }) orientation?: Orientation;

  /** The bar holding the tab stop (roving tabindex). */
  @state() private active = 0;
  @state() private tableShown = false;
  /** The page is being printed: the table is drawn for the paper, whether shown or not. */
  @state() private printing = false;
  /** What the live region says. */
  @state() private announcement = '';
  @state() private preview?: Preview;
  /** The last answer just came in: the bars celebrate, the line says so. */
  @state() private celebrating = false;

  /**
   * The space and text settings the layout depends on, read from a probe box as wide as the element and one
   * label-em tall: it changes size with the width and the text size, never with what is drawn (so drawing
   * another layout never loops back into the observer).
   */
  @state() private space?: Space;

  #fit?: Fit;
  #fitFor?: readonly unknown[];
  #view?: View;
  #inputs?: BarsViewInputs;

  /** Where each level's mark (rated, snapshot, preview) ends: one rule per level, for the chart drawn now. */
  #levels = new CSSStyleSheet();
  #levelsFor = '';

  /** The next report of the probe the space is read from, watched by the one observer every chart shares. */
  readonly #spaceReport = watchSpace(this, (width, style) => this.#readSpace(width, style));

  constructor() {
    super();
    // Names are measured in the page's font: again, and the layout chosen again, when a web font arrives.
    watchFonts(this, () => (this.#fitFor = undefined));
  }

  override connectedCallback(): void {
    super.connectedCallback();
    const root = this.renderRoot as ShadowRoot;
    // Moved into another document (an iframe's): only a sheet made by its window can be adopted there.
    const Sheet = this.ownerDocument.defaultView?.CSSStyleSheet;
    if (Sheet && !(this.#levels instanceof Sheet)) {
      this.#levels = new Sheet();
      this.#levelsFor = '';
      this.requestUpdate();
    }
    if (!root.adoptedStyleSheets.includes(this.#levels))
      root.adoptedStyleSheets = [...root.adoptedStyleSheets, this.#levels];
    addEventListener('beforeprint', this.#onPrint);
    addEventListener('afterprint', this.#onPrint);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    removeEventListener('beforeprint', this.#onPrint);
    removeEventListener('afterprint', this.#onPrint);
  }

  /** The probe's width and text settings, from the space's observer: true when the chart draws again for them. */
  #readSpace(width: number, s: CSSStyleDeclaration): boolean {
    const next: Space = {
      width: Math.round(width),
      em: parseFloat(s.fontSize) || 14,
      family: s.fontFamily,
      weight: s.fontWeight,
      style: s.fontStyle,
      letterSpacing: parseFloat(s.letterSpacing) || 0,
      wordSpacing: parseFloat(s.wordSpacing) || 0,
    };
    const changed = spaceChanged(this.space, next);
    if (changed) this.space = next;
    return changed;
  }

  /**
   * Until the observer has reported the chart's space, there is only the empty shell (see `render`): a page
   * (or a test) that awaits `updateComplete` waits for the chart too, that is for the observer's first report,
   * which comes in the next frame. An element that is not laid out (`display: none`, a closed `<details>`)
   * gets no report until it is shown: after two frames, or a second where frames do not run (a background
   * tab), the wait ends with the shell.
   */
  protected override async getUpdateComplete(): Promise<boolean> {
    const done = await super.getUpdateComplete();
    if (!this.#waitsForSpace) return done;
    await this.#spaceReport();
    return super.getUpdateComplete();
  }

  /** There is a chart to draw, but not its space yet: the shell is drawn. */
  get #waitsForSpace(): boolean {
    return !this.space && this.#view !== undefined && this.isConnected;
  }

  /** The printed page carries the numbers: the table is built on `beforeprint` (Lit renders before the layout). */
  #onPrint = (e: Event) => {
    this.printing = e.type === 'beforeprint';
  };

  /** The orientation drawn now. */
  get #orientation(): Orientation {
    if (this.orientation === 'vertical' || this.orientation === 'horizontal') return this.orientation;
    return this.#fit?.vertical === false ? 'horizontal' : 'vertical';
  }

  /** What fits, measured again only when the space, the framework, the language or the group changed. */
  #measureFit() {
    const model = this.model;
    const space = this.space;
    const key = [space, model, this.locale, this.group];
    if (this.#fitFor && key.every((k, i) => k === this.#fitFor![i])) return;
    this.#fitFor = key;
    if (!model || !space) {
      // Not measured yet: horizontal reads at any width.
      this.#fit = { vertical: false, levelKey: false, nameScale: [], groupScale: [] };
      return;
    }
    // The names as drawn (clipped when far too long): the canvas never measures a huge string.
    const text = (v: Parameters<typeof model.text>[0]) => shortName(model.text(v, this.locale));
    const groups = model.groups.some((g) => g.id === this.group)
      ? model.groups.filter((g) => g.id === this.group)
      : model.groups;
    this.#fit = fitLayout({
      width: space.width,
      em: space.em,
      letterSpacing: space.letterSpacing,
      levels: model.levels.map((l) => text(l.label)),
      groups: groups
        .filter((g) => g.capacities.length)
        .map((g) => ({ label: text(g.label), capacities: g.capacities.map((c) => text(c.label)) })),
      measure: canvasMeasure(space.family, `${space.style} ${space.weight}`, `${space.style} 650`),
    });
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    // No layout is read here (a `getBoundingClientRect` in an update forces the page's layout before the
    // update's own DOM changes, which then need another; with a huge text that first layout alone took
    // seconds). Until the observer reports the space, `render` draws the shell.
    this.#measureFit();
    const inputs: BarsViewInputs = {
      model: this.model,
      profile: this.currentProfile,
      locale: this.locale,
      words: this.words,
      orientation: this.#orientation,
      group: this.group,
      compare: this.compare,
      compareProfile: this.compareProfile,
      spread: this.spread,
      rtl: this.matches(':dir(rtl)'),
    };
    // Derived again only when something it reads changed (not for focus, the preview or the table toggle).
    if (!this.#inputs || !sameInputs(this.#inputs, inputs)) {
      const before = this.#view;
      this.#view = barsView(inputs, before);
      const after = this.#view;
      if (after && before && before.model === after.model && inputs.profile !== this.#inputs?.profile) {
        const total = after.bars.length;
        this.celebrating = total > 0 && after.answered === total && before.answered < total;
        // Said by the bars only when the last answer came through them; else the widget in use speaks.
        if (this.celebrating && inUse(this)) this.announcement = after.t.celebrate;
      }
      if (this.preview && inputs.profile !== this.#inputs?.profile) this.preview = undefined;
    }
    this.#inputs = inputs;
    this.#writeLevels();
    const count = this.#view?.bars.length ?? 0;
    if (this.active >= count) this.active = Math.max(0, count - 1);
  }

  /**
   * The rules of the chart drawn now, rewritten when they change: each level's for the marks, each group's color
   * and the bars' stagger. A bar's own values are classes, not an inline style: bars with no style of their own
   * share their computed style (Chromium matches one bar's rules and reuses them for the next), where a
   * style per bar made every bar and its children styled alone, about 10x the style work of the chart at 200
   * bars and more at 2,000 (issue 14).
   */
  #writeLevels() {
    const view = this.#view;
    if (!view) return;
    const { orientation, rtl } = view;
    const n = view.levels.length;
    const colors = view.groups.map((g) => g.color);
    // Only the stagger steps the bars use: 24 bars need at most 24 of the 101 rules.
    const steps = [...new Set(view.bars.map((b) => Math.round(b.delay * STAGGER)))].sort((a, b) => a - b);
    const key = `${orientation} ${rtl} ${n} ${colors.join(' ')} ${steps.join(' ')}`;
    if (key === this.#levelsFor) return;
    this.#levelsFor = key;
    this.#levels.replaceSync(
      view.levels
        .map((_, r) => `.r${r}{translate:${markTranslate(reach(r, n), orientation, rtl)}}`)
        .join('') +
        colors.map((c, gi) => `.g${gi}{--c:${c}}`).join('') +
        steps.map((d) => `.d${d}{--d:${d / STAGGER}}`).join(''),
    );
  }

  // ---- export -------------------------------------------------------------------------------------------

  /**
   * The chart as a standalone SVG document (a string): title, description and every name as text, colors
   * and fonts inline, no script and nothing fetched. Undefined while there is no framework to draw. The
   * code that makes it is loaded on first use.
   */
  async toSVG(): Promise<string | undefined> {
    const view = this.#view;
    return view && (await import('./bars-export.js')).barsSvg(this, view);
  }

  /** The chart as a PNG picture (twice the CSS size, for sharp print). Undefined without a framework. */
  async toPNG(): Promise<Blob | undefined> {
    const view = this.#view;
    return view && (await import('./bars-export.js')).barsPng(this, view);
  }

  #download = async (kind: 'svg' | 'png') => {
    const view = this.#view;
    if (!view) return;
    try {
      await (await import('./bars-export.js')).download(this, view, kind);
    } catch (e) {
      const message = view.t.downloadFailed(kind.toUpperCase(), e instanceof Error ? e.message : String(e));
      this.announcement = message;
      this.dispatchEvent(
        new BpErrorEvent({ errors: [issue('error', 'load', '', message)], source: 'export' }),
      );
    }
  };

  // ---- selecting and editing ------------------------------------------------------------------------------

  #bars(): HTMLButtonElement[] {
    return [...this.renderRoot.querySelectorAll<HTMLButtonElement>('.bar')];
  }

  async #focusBar(index: number) {
    const view = this.#view;
    if (!view?.bars.length) return;
    this.active = Math.max(0, Math.min(view.bars.length - 1, index));
    this.preview = undefined;
    // Nothing to announce: the focused bar's name already says it, and a live region would say it twice.
    await this.updateComplete;
    this.#bars()[this.active]?.focus();
  }

  /** Asks the store to show the capacity (a rubric in the same provider goes to it), or just tells the page. */
  #select(bar: BarView) {
    const store = this.store;
    if (store) store.select(bar.id, this);
    else this.dispatchEvent(new BpCapacitySelectEvent({ capacityId: bar.id }));
  }

  /** Sets the previewed level. Clearing (undefined) keeps the note, and the announcement says so. */
  #commit(bar: BarView, rank: number | undefined) {
    const view = this.#view;
    const store = this.store;
    this.preview = undefined;
    if (!view || !store) return;
    const { model, t } = view;
    const n = model.levels.length;
    if (rank === undefined) {
      const hadNote = ratingOf(this.currentProfile, bar.id)?.note !== undefined;
      if (store.clear(bar.id, { keepNote: true }, this) && !this.celebrating)
        this.announcement = hadNote ? t.clearedKeptNote(bar.label) : t.withStatus(bar.label, t.unanswered);
      return;
    }
    const level = model.levelAt(Math.max(0, Math.min(n - 1, rank)));
    if (level && store.rate(bar.id, level.id, this) && !this.celebrating)
      this.announcement = t.atLevel(bar.label, model.text(level.label, this.locale), level.rank + 1, n);
  }

  #showPreview(bar: BarView, rank: number, via: Preview['via']) {
    const view = this.#view;
    if (!view) return;
    const n = view.levels.length;
    const r = Math.max(0, Math.min(n - 1, rank));
    if (this.preview?.index === bar.index && this.preview.rank === r && this.preview.via === via) return;
    this.preview = { index: bar.index, rank: r, via };
    if (via === 'keyboard') this.announcement = view.t.preview(bar.label, this.#levelWords(r), via);
  }

  #levelWords(rank: number) {
    const view = this.#view!;
    return view.t.levelPosition(view.levels[rank], rank + 1, view.levels.length);
  }

  /** The level under the pointer on a bar's track. */
  #rankAtPointer(e: MouseEvent, track: Element): number {
    const view = this.#view!;
    const box = track.getBoundingClientRect();
    const at =
      view.orientation === 'vertical'
        ? (box.bottom - e.clientY) / box.height
        : (view.rtl ? box.right - e.clientX : e.clientX - box.left) / box.width;
    return levelAt(at, view.levels.length);
  }

  #barOf(e: Event): BarView | undefined {
    const button = (e.target as Element).closest<HTMLButtonElement>('.bar');
    return button ? this.#view?.bars[Number(button.dataset['index'])] : undefined;
  }

  #onKeydown = (e: KeyboardEvent) => {
    const view = this.#view;
    const bar = this.#barOf(e);
    if (!view || !bar) return;
    const vertical = view.orientation === 'vertical';
    const forward = view.rtl ? 'ArrowLeft' : 'ArrowRight';
    const back = view.rtl ? 'ArrowRight' : 'ArrowLeft';
    const keys: Record<string, () => void> = {
      [vertical ? forward : 'ArrowDown']: () => void this.#focusBar(bar.index + 1),
      [vertical ? back : 'ArrowUp']: () => void this.#focusBar(bar.index - 1),
      Home: () => void this.#focusBar(0),
      End: () => void this.#focusBar(view.bars.length - 1),
      Enter: () => this.#enter(bar),
      ' ': () => this.#enter(bar),
    };
    if (this.editable) {
      const from = this.preview?.index === bar.index ? this.preview.rank : (bar.rank ?? -1);
      const up = () => this.#showPreview(bar, from + 1, 'keyboard');
      const down = () => this.#showPreview(bar, Math.max(0, from - 1), 'keyboard');
      Object.assign(keys, {
        [vertical ? 'ArrowUp' : forward]: up,
        [vertical ? 'ArrowDown' : back]: down,
        '+': up,
        '=': up,
        '-': down,
        Delete: () => this.#commit(bar, undefined),
        Backspace: () => this.#commit(bar, undefined),
      });
    }
    if (this.preview)
      keys['Escape'] = () => {
        this.preview = undefined;
        this.announcement = view.t.previewCancelled;
      };
    const act = keys[e.key];
    if (!act || e.altKey || e.ctrlKey || e.metaKey) return;
    e.preventDefault();
    act();
  };

  /** Enter / Space: set the previewed level, else select the capacity. */
  #enter(bar: BarView) {
    if (this.editable && this.preview?.index === bar.index) this.#commit(bar, this.preview.rank);
    else this.#select(bar);
  }

  #onClick = (e: MouseEvent) => {
    const bar = this.#barOf(e);
    if (!bar) return;
    this.active = bar.index;
    const track = (e.target as Element).closest('.track');
    // A keyboard "click" has no pointer position (Enter and Space are handled on keydown).
    if (e.detail === 0) return;
    if (!this.editable || !track) return this.#select(bar);
    const rank = this.#rankAtPointer(e, track);
    const touch = (e as PointerEvent).pointerType === 'touch' || (e as PointerEvent).pointerType === 'pen';
    // A finger has no hover: the first tap shows the level, a second tap on the same level sets it.
    const shown = this.preview?.index === bar.index && this.preview.rank === rank;
    if (touch && !shown) this.#showPreview(bar, rank, 'touch');
    else this.#commit(bar, rank);
  };

  #onPointerMove = (e: PointerEvent) => {
    if (!this.editable || e.pointerType !== 'mouse') return;
    const track = (e.target as Element).closest('.track');
    const bar = this.#barOf(e);
    if (track && bar) this.#showPreview(bar, this.#rankAtPointer(e, track), 'pointer');
    else if (this.preview?.via === 'pointer') this.preview = undefined;
  };

  #onPointerLeave = () => {
    if (this.preview?.via === 'pointer') this.preview = undefined;
  };

  #onFocusIn = (e: FocusEvent) => {
    const bar = this.#barOf(e);
    if (bar) this.active = bar.index;
  };

  #onFocusOut = (e: FocusEvent) => {
    const to = e.relatedTarget as Element | null;
    if (this.preview?.via === 'keyboard' && !(to && this.renderRoot.contains(to))) this.preview = undefined;
  };

  #toggleTable = () => {
    this.tableShown = !this.tableShown;
  };

  // ---- render -------------------------------------------------------------------------------------------

  protected override render() {
    const status = this.renderFrameworkState();
    if (status) return html`<div part="base" class="base">${status}</div>`;
    const view = this.#view;
    if (!view) return nothing;
    // The first render, before the observer has reported the space: an empty shell, laid out in this frame;
    // the observer reports after that layout, and the chart it draws for the space is in the frame's paint.
    // (Drawing a chart for no space would mean a second, different chart; reading the space here, a forced
    // layout.)
    if (!this.space) return html`<div part="base" class="base"></div>`;
    const { t } = view;
    const vertical = view.orientation === 'vertical';
    const levelKey = !vertical && this.#fit?.levelKey === true;
    const n = view.levels.length;
    // A forced vertical chart whose names do not fit numbers its bars and names them in a key below.
    const keyed = vertical && this.orientation === 'vertical' && this.#fit?.vertical === false;
    const canSelect = this.store?.canSelect() ?? false;
    // The keys that set a level are named only on a chart that can be edited (most are not: no words built).
    const keys = !this.editable
      ? ''
      : vertical
        ? t.editKeys(t.up, t.down)
        : view.rtl
          ? t.editKeys(t.left, t.right)
          : t.editKeys(t.right, t.left);
    const hint = [t.hint, canSelect ? t.hintSelect : '', keys].filter(Boolean).join(' ');
    const long = view.bars.length > LONG;
    // `one-line`: a long horizontal chart whose rows out of view skip their layout (see the styles).
    const classes = [
      'chart',
      view.orientation,
      view.rtl ? 'rtl' : '',
      keyed ? 'keyed' : '',
      long ? 'long' : '',
      long && !vertical && this.#fit?.nameColumn?.oneLine && !this.space.wordSpacing ? 'one-line' : '',
      this.celebrating ? 'celebrate' : '',
    ].join(' ');
    // Written without whitespace between elements (line breaks go inside the tags), and text set as a property: a
    // text binding is a comment and a text node, and whitespace between tags a text node each; the chart's fixed
    // parts were 300 nodes of a 24-bar chart (issue 14). Every container here is a block, flex or grid box, where
    // whitespace between elements draws nothing.
    // prettier-ignore
    return html`<div part="base" class="base"
      >${this.renderProfileErrors() ?? nothing}${this.editable ? this.#renderPreviewLine(view) : nothing}${
        this.celebrating ? html`<p class="cheer" .textContent=${t.celebrate}></p>` : nothing
      }<p id="summary" class="visually-hidden" .textContent=${view.description}></p><div
        part="chart"
        class=${classes}
        role="figure"
        aria-label=${t.chartLabel(view.title)}
        aria-describedby="summary"
        style=${styleProps({ '--n': String(n), '--n1': String(n + 1), '--n2': String(n + 2), '--cols': view.columns, ...nameColumn(vertical ? undefined : this.#fit, this.space?.em) })}
      >${levelKey ? this.#renderLevelKey(view) : nothing}${this.#renderPlot(view, levelKey, keyed)}${
        keyed ? this.#renderCapacityKey(view) : nothing
      }</div><p id="hint" hidden .textContent=${hint}></p>${
        view.missingSnapshot ? html`<p class="note" .textContent=${t.noSnapshot(view.missingSnapshot)}></p>` : nothing
      }${this.#renderBelow(view)}<div
        id="data"
        class=${this.tableShown ? 'table-wrap' : 'table-wrap visually-hidden'}
      >${this.tableShown || this.printing ? this.#renderTable(view) : nothing}</div><div
        class="visually-hidden"
        role="status"
        aria-live="polite"
        aria-atomic="true"
      >${this.announcement}</div></div>`;
  }

  /** The level names, the group names and the bars: the toolbar the arrow keys move in. */
  #renderPlot(view: View, levelKey: boolean, keyed: boolean) {
    const { t } = view;
    const n = view.levels.length;
    const vertical = view.orientation === 'vertical';
    // prettier-ignore
    return html`<div
      class="plot"
      role="toolbar"
      aria-label=${t.barsLabel}
      aria-orientation=${vertical ? 'horizontal' : 'vertical'}
      @keydown=${this.#onKeydown}
      @click=${this.#onClick}
      @pointermove=${this.#onPointerMove}
      @pointerleave=${this.#onPointerLeave}
      @focusin=${this.#onFocusIn}
      @focusout=${this.#onFocusOut}
    ><div class="axis" part="axis" aria-hidden="true">${view.levels.map(
      (name, r) => html`<span
        class="level"
        part="label axis-label"
        style=${styleProps({ '--r': String(n - r), '--lc': String(r + 2) })}
        .textContent=${levelKey ? String(r + 1) : name}
      ></span>`,
    )}</div>${view.groups.map((g, gi) => {
      const scale = vertical ? 1 : (this.#fit?.groupScale[gi] ?? 1);
      return html`<div
        class="group-name"
        part=${keyed ? 'group-band' : 'label group-label'}
        data-group=${g.id}
        aria-hidden="true"
        style=${styleProps({
          '--c': g.color,
          '--col': String(g.column),
          '--span': String(g.bars.length),
          ...(scale < 1 ? { '--fs': scale.toFixed(3) } : {}),
        })}
        .textContent=${keyed ? '' : g.label}
      ></div>${g.bars.map((b) => this.#renderBar(b, view, keyed))}`;
    })}</div>`;
  }

  /** Under the chart: the key to the marks, the downloads and the table's toggle. */
  #renderBelow(view: View) {
    const { t } = view;
    // prettier-ignore
    return html`<div class="below"
      >${this.#renderLegend(view)}<div class="actions" role="group" aria-label=${t.download}
        ><span class="actions-label" aria-hidden="true" .textContent=${`${t.download}:`}></span><span
          class="action-buttons"
          ><button
            class="toggle"
            part="download"
            type="button"
            @click=${() => void this.#download('svg')}
            .textContent=${t.downloadSvg}
          ></button><button
            class="toggle"
            part="download"
            type="button"
            @click=${() => void this.#download('png')}
            .textContent=${t.downloadPng}
          ></button></span
        ></div
      ><button
        class="toggle"
        type="button"
        aria-expanded=${this.tableShown ? 'true' : 'false'}
        aria-controls="data"
        @click=${this.#toggleTable}
        .textContent=${this.tableShown ? t.hideTable : t.showTable}
      ></button></div>`;
  }

  #renderPreviewLine(view: View) {
    const p = this.preview;
    const bar = p && view.bars[p.index];
    const { t } = view;
    const text = bar ? t.preview(bar.label, this.#levelWords(p.rank), p.via) : t.previewIdle;
    return html`<p part="preview" class=${bar ? 'preview-line on' : 'preview-line'}>${text}</p>`;
  }

  #renderLevelKey(view: View) {
    return html`<ol class="level-key" aria-label=${view.t.levelKey}>
      ${view.levels.map(
        (name, r) => html`<li part="label level-key"><span class="num">${r + 1}</span> ${name}</li>`,
      )}
    </ol>`;
  }

  /** The names of a forced vertical chart too narrow for them: numbered like its bars, by group. */
  #renderCapacityKey(view: View) {
    return html`<div class="capacity-key">
      ${view.groups.map(
        (g) =>
          html`<p
              class="key-group"
              part="label group-label"
              data-group=${g.id}
              style=${styleProps({ '--c': g.color })}
            >
              ${g.label}
            </p>
            <ol>
              ${g.bars.map(
                (b) =>
                  html`<li part="label capacity-label" data-capacity=${b.id} value=${b.index + 1}>
                    <span class="num">${b.index + 1}</span> ${b.label}
                  </li>`,
              )}
            </ol>`,
      )}
    </div>`;
  }

  /**
   * One capacity: its button with its name and track. Written without whitespace between elements, text set as
   * a property, and the optional layers in one part: a few nodes per bar, since 200 bars are 200 of these.
   */
  #renderBar(b: BarView, view: View, keyed: boolean) {
    const n = view.levels.length;
    const p = this.preview?.index === b.index ? this.preview : undefined;
    const scale = view.orientation === 'horizontal' ? (this.#fit?.nameScale[b.index] ?? 1) : 1;
    const layers: TemplateResult[] = [];
    // The space before the words keeps the button's text "Name not answered", which its accessible name starts
    // with (WCAG 2.5.3), rather than "Namenot answered".
    if (b.status !== 'rated' && view.orientation === 'horizontal')
      layers.push(html` <span class="state" aria-hidden="true" .textContent=${b.value}></span>`);
    if (b.ghostRank !== undefined) layers.push(html`<span class=${`ghost r${b.ghostRank}`}></span>`);
    if (p) layers.push(html`<span class=${`preview r${p.rank}`}></span>`);
    if (b.spread) layers.push(this.#renderSpread(b, n));
    // The group's color and the stagger are classes (see #writeLevels); a horizontal bar spans the grid's width,
    // so only a vertical one has its own column, and only a name drawn smaller its own size.
    const vertical = view.orientation === 'vertical';
    const style =
      vertical || scale < 1
        ? styleProps({
            ...(vertical ? { '--col': String(b.column) } : {}),
            ...(scale < 1 ? { '--fs': scale.toFixed(3) } : {}),
          })
        : nothing;
    const barClass = `bar g${b.groupIndex} d${Math.round(b.delay * STAGGER)}`;
    // The level is a class on the mark (its rule in #levels): a new level changes one class, restyles one
    // element (not the bar's subtree), and parses no inline style or var().
    const markClass = b.status === 'rated' ? `mark rated r${b.rank}` : `mark ${b.status}`;
    // The layers go in after the mark, through a directive (no marker comment in a bar without any).
    // prettier-ignore
    return html`<button type="button" class=${barClass} data-index=${b.index} data-capacity=${b.id} tabindex=${b.index === this.active ? 0 : -1} aria-label=${keyed ? `${b.index + 1}. ${b.name}` : b.name} aria-describedby="hint" style=${style}><span class=${keyed ? 'name number' : 'name'} part=${keyed ? '' : 'label capacity-label'} data-capacity=${b.id} .textContent=${keyed ? String(b.index + 1) : b.label}></span><span class="track" part="track" ${barLayers(layers)}><span class=${markClass} part=${`bar ${b.status}`} data-capacity=${b.id}></span></span></button>`;
  }

  #renderSpread(b: BarView, n: number) {
    const s = b.spread!;
    return html`<span
        class="range"
        style=${styleProps({ '--lo': String(levelMiddle(s.min, n)), '--hi': String(levelMiddle(s.max, n)) })}
      ></span
      >${s.counts.map((c, r) =>
        c
          ? html`<span
              class="dot"
              data-count=${c}
              style=${styleProps({ '--at': String(levelMiddle(r, n)), '--k': String(Math.min(c, 6)) })}
            ></span>`
          : nothing,
      )}`;
  }

  #renderLegend(view: View) {
    const { t } = view;
    const item = (cls: string, label: string) =>
      html`<li><span class=${`swatch ${cls}`}></span><span .textContent=${label}></span></li>`;
    // The groups are named on the chart itself: the key explains the marks.
    // One binding for the items there are (each binding is a marker comment, and most charts show none).
    const items = [
      view.has.has('unsure') && item('unsure', t.legendUnsure),
      view.has.has('skipped') && item('skipped', t.legendSkipped),
      view.has.has('unanswered') && item('unanswered', t.legendEmpty),
      view.compareLabel && item('ghost', t.legendCompare(view.compareLabel)),
      view.spread && item('range', t.legendSpread),
    ].filter((i) => i !== false && i !== '' && i !== undefined);
    return html`<ul class="legend" part="legend" aria-label=${t.legend}>
      ${items}
    </ul>`;
  }

  #renderRow(b: BarView, view: View) {
    const more: TemplateResult[] = [];
    if (view.compareLabel) more.push(html`<td .textContent=${b.change ?? ''}></td>`);
    if (this.spread) more.push(html`<td .textContent=${b.spreadText ?? ''}></td>`);
    // The full name is the row header's tooltip when the chart shows it clipped (bounded: a title is also read).
    // prettier-ignore
    return html`<tr data-capacity=${b.id}><th scope="row" title=${fullNameTitle(b.fullLabel) ?? nothing} .textContent=${b.label}></th><td .textContent=${b.groupLabel}></td><td .textContent=${b.value}></td>${more.length ? more : nothing}</tr>`;
  }

  #renderTable(view: View) {
    const { t } = view;
    return html`<table part="table">
      <caption>
        ${t.tableCaption(view.title)}
      </caption>
      <thead>
        <tr>
          <th scope="col">${t.capacity}</th>
          <th scope="col">${t.group}</th>
          <th scope="col">${t.level}</th>
          ${view.compareLabel ? html`<th scope="col">${t.change(view.compareLabel)}</th>` : nothing}
          ${this.spread ? html`<th scope="col">${t.ratersColumn}</th>` : nothing}
        </tr>
      </thead>
      <tbody>
        ${view.bars.map((b) => this.#renderRow(b, view))}
      </tbody>
    </table>`;
  }
}
