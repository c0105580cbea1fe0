import { html, nothing, svg, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { issue } from '../../framework/issues.js';
import { ProfileElement } from '../../internal/profile-element.js';
import { spaceChanged, watchSpace } from '../../controllers/space-controller.js';
import { styleProps } from '../../internal/style-props.js';
import { canvasMeasure, watchFonts } from '../../internal/text-measure.js';
import { styles } from './blueprint-trend.styles.js';
import { trendView, type LineView, type PointView, type TrendView } from './blueprint-trend-view.js';

/** The chart's width and label size, read when its probe is resized. */
interface Space {
  readonly width: number;
  readonly em: number;
  readonly weight: string;
  readonly family: string;
}

/**
 * Progress over time: every saved moment of the team's profile (its snapshots) and its current answers
 * ("Now") on a time axis. By default one line per capacity group, at the group's summary level (the middle
 * level of its answered capacities, as in the report), with the group's spread shaded; with `group`, one line
 * per capacity of that group. Lines differ by color, marker shape and dash. Points are one tab stop: the
 * arrow keys move along a line (through time) and between lines, Home and End go to its first and last
 * point, and each point's name says the one before it on its line (read once, as the focus lands). A data table with one column per moment is one
 * click away, and printed.
 *
 * @tagname blueprint-trend
 * @summary The team's levels over time, one line per capacity group (or per capacity of one group).
 *
 * @csspart base - The wrapper around everything.
 * @csspart chart - The SVG chart.
 * @csspart line - Each line's path, with `data-line="<group or capacity id>"`.
 * @csspart point - Each focusable point, with `data-line` and `data-moment` (its position in time, 0-based).
 * @csspart axis-label - The level names and the moments' names.
 * @csspart legend - The key below the chart.
 * @csspart note - A message about the data (no saved moment yet, levels no longer in the framework).
 * @csspart table - The data table (built when its toggle shows it, and for print).
 * @csspart error - The error box (a framework or profile that could not be used).
 * @csspart status - The loading or waiting line.
 *
 * @cssprop --bp-group-color-N - Color of the Nth group (1-based); `--bp-group-color-<groupId>` wins over it.
 * @cssprop --bp-motion-duration - How long the lines take to move to new answers. 0ms, or prefers-reduced-motion, makes changes instant.
 * @cssprop --bp-bars-guide-color - Color of the level guides and the table's row rules (shared with the bars).
 * @cssprop --bp-color-focus - Focus ring color.
 * @cssprop --bp-color-text - Text, and the marks' outlines.
 * @cssprop --bp-color-text-muted - Level and moment names.
 * @cssprop --bp-color-surface - The chart's background and the toggle's.
 *
 * @fires {BpLoadEvent} bp-load - The element's own framework (`src` / `framework`) loaded.
 * @fires {BpErrorEvent} bp-error - The framework or `profile-src` could not be used, or `group` names no group.
 */
export class BlueprintTrend extends ProfileElement {
  static override styles = styles;

  /** Draw the capacities of one group, by its id. Unset, or an unknown id: one line per group. */
  @property({ reflect: true }) group?: string;

  /** The point holding the tab stop: its line and moment. */
  @state() private active?: { readonly line: number; readonly moment: number };
  @state() private tableShown = false;
  @state() private printing = false;
  @state() private space?: Space;

  #view?: TrendView;
  #inputs?: readonly unknown[];
  /** The next report of the probe the space is read from, watched by the one observer every chart shares (the bars' too). */
  readonly #spaceReport = watchSpace(this, (width, style) => this.#readSpace(width, style));

  constructor() {
    super();
    // Axis labels are measured in the page's font: again, and the chart laid out again, when a web font arrives.
    watchFonts(this, () => (this.#inputs = undefined));
  }

  override connectedCallback(): void {
    super.connectedCallback();
    addEventListener('beforeprint', this.#onPrint);
    addEventListener('afterprint', this.#onPrint);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    removeEventListener('beforeprint', this.#onPrint);
    removeEventListener('afterprint', this.#onPrint);
  }

  /** Reads the space the chart has; true when it changed (the chart is drawn again for it). */
  #readSpace(width: number, s: CSSStyleDeclaration): boolean {
    const em = parseFloat(s.fontSize) || 14;
    const next: Space = { width: Math.round(width), em, weight: s.fontWeight, family: s.fontFamily };
    const changed = spaceChanged(this.space, next);
    if (changed) this.space = next;
    return changed;
  }

  /**
   * Until the observer has reported the chart's width there is only an empty shell: awaiting
   * `updateComplete` waits for the chart too (the next frame; at most a second where frames do not run).
   */
  protected override async getUpdateComplete(): Promise<boolean> {
    const done = await super.getUpdateComplete();
    if (this.space || !this.model || !this.isConnected) return done;
    await this.#spaceReport();
    return super.getUpdateComplete();
  }

  #onPrint = (e: Event) => {
    this.printing = e.type === 'beforeprint';
  };

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    const model = this.model;
    const space = this.space;
    if (!model || !space) {
      this.#view = undefined;
      return;
    }
    const rtl = this.matches(':dir(rtl)');
    const inputs = [model, this.currentProfile, this.group, this.locale, this.words, space, rtl];
    if (!this.#inputs || inputs.some((v, i) => v !== this.#inputs![i])) {
      this.#inputs = inputs;
      const measure = canvasMeasure(space.family, space.weight);
      this.#view = trendView({
        model,
        profile: this.currentProfile,
        group: this.group,
        locale: this.locale,
        words: this.words,
        width: space.width,
        em: space.em,
        rtl,
        measure: (text) => measure(text, space.em, false),
        now: new Date(),
      });
    }
    // The tab stop stays on a point that exists: else the first line's latest point.
    const view = this.#view;
    if (!view) return;
    const a = this.active;
    if (!a || !view.lines[a.line]?.points.some((p) => p.moment === a.moment)) {
      const first = view.lines.find((l) => l.points.length);
      const p = first?.points.at(-1);
      this.active = p ? { line: p.line, moment: p.moment } : undefined;
    }
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    const unknown = this.#view?.unknownGroup;
    this.announceViewErrors(
      unknown
        ? [issue('error', 'unresolved-reference', '/group', this.#view!.t.noGroup(unknown))]
        : undefined,
    );
  }

  // ---- the keyboard ---------------------------------------------------------------------------------

  /**
   * Moves the tab stop to a point and focuses it. Its name (with the point before it on its line) is what
   * a screen reader reads as the focus lands: a live region saying it too would read it twice (issue 15,
   * as the bars).
   */
  async #go(p: PointView | undefined) {
    const view = this.#view;
    if (!view || !p) return;
    this.active = { line: p.line, moment: p.moment };
    await this.updateComplete;
    this.renderRoot
      .querySelector<SVGElement>(`[data-line-index="${p.line}"][data-moment="${p.moment}"]`)
      ?.focus();
  }

  #onKeydown = (e: KeyboardEvent) => {
    const view = this.#view;
    const a = this.active;
    if (!view || !a || e.altKey || e.ctrlKey || e.metaKey) return;
    const points = view.lines[a.line].points;
    const at = points.findIndex((p) => p.moment === a.moment);
    // Time runs right to left on a right-to-left page.
    const later = view.rtl ? 'ArrowLeft' : 'ArrowRight';
    const earlier = view.rtl ? 'ArrowRight' : 'ArrowLeft';
    /** The nearest point in time on another line, searching in `step` direction; the same point if none. */
    const across = (step: number) => {
      for (let l = a.line + step; l >= 0 && l < view.lines.length; l += step) {
        const pts = view.lines[l].points;
        if (!pts.length) continue;
        return pts.reduce((best, p) =>
          Math.abs(p.moment - a.moment) < Math.abs(best.moment - a.moment) ? p : best,
        );
      }
      return undefined;
    };
    const keys: Record<string, () => PointView | undefined> = {
      [later]: () => points[at + 1],
      [earlier]: () => points[at - 1],
      ArrowDown: () => across(1),
      ArrowUp: () => across(-1),
      Home: () => points[0],
      End: () => points.at(-1),
    };
    const act = keys[e.key];
    if (!act) return;
    e.preventDefault();
    const next = act();
    if (next) void this.#go(next);
  };

  #onFocusIn = (e: FocusEvent) => {
    const el = (e.target as Element).closest<SVGElement>('[data-line-index]');
    if (el) this.active = { line: Number(el.dataset['lineIndex']), moment: Number(el.dataset['moment']) };
  };

  #toggleTable = () => {
    this.tableShown = !this.tableShown;
  };

  // ---- render -------------------------------------------------------------------------------------------

  protected override render() {
    const status = this.renderFrameworkState();
    if (status) return html`<div part="base" class="base">${status}</div>`;
    const view = this.#view;
    if (!view) return html`<div part="base" class="base"></div>`;
    const { t } = view;
    return html`<div part="base" class="base">
      ${this.renderProfileErrors() ?? nothing}
      ${
        view.unknownGroup
          ? html`<p part="error" class="error" role="alert">${t.noGroup(view.unknownGroup)}</p>`
          : nothing
      }
      <p id="summary" class="visually-hidden">${view.description}</p>
      <p id="hint" class="visually-hidden">${t.hint}</p>
      <figure class="figure" aria-label=${t.chartLabel(view.title)} aria-describedby="summary">
        ${this.#renderChart(view)}
      </figure>
      ${this.#renderLegend(view)} ${view.notes.map((n) => html`<p part="note" class="note">${n}</p>`)}
      ${this.#spreadLine(view) ? html`<p part="note" class="note">${t.groupsNote(this.#spreadLine(view)!.name)}</p>` : nothing}
      <div class="below">
        <button
          class="toggle"
          type="button"
          aria-expanded=${this.tableShown ? 'true' : 'false'}
          aria-controls="data"
          @click=${this.#toggleTable}
        >
          ${this.tableShown ? t.hideTable : t.showTable}
        </button>
      </div>
      <div id="data" class=${this.tableShown ? 'table-wrap' : 'table-wrap visually-hidden'}>
        ${this.tableShown || this.printing ? this.#renderTable(view) : nothing}
      </div>
    </div>`;
  }

  #renderChart(view: TrendView) {
    const { plot } = view;
    const a = this.active;
    const anchor = view.inlineLevels ? (view.rtl ? 'end' : 'start') : view.rtl ? 'start' : 'end';
    const levelDx = view.inlineLevels ? 0 : view.rtl ? 8 : -8;
    const area = this.#spreadLine(view);
    return svg`<svg part="chart" class="chart" width=${view.width} height=${view.height} viewBox=${`0 0 ${view.width} ${view.height}`} tabindex="-1" role="group" aria-label=${view.t.pointsLabel} aria-describedby="hint" @keydown=${this.#onKeydown} @focusin=${this.#onFocusIn}>
      <g class="levels" aria-hidden="true">${view.levels.map(
        (l) =>
          svg`<line class="guide" x1=${plot.left} x2=${plot.right} y1=${l.y} y2=${l.y}></line><text part="axis-label" class=${view.inlineLevels ? 'level inline' : 'level'} x=${l.x + levelDx} y=${l.labelY} text-anchor=${anchor} dominant-baseline=${view.inlineLevels ? 'auto' : 'middle'}>${l.name}</text>`,
      )}</g>
      <g class="ticks" aria-hidden="true">${view.moments.map(
        (m, i) =>
          svg`<line class=${i === view.moments.length - 1 ? 'tick now' : 'tick'} x1=${m.x} x2=${m.x} y1=${plot.top} y2=${plot.bottom + 4}></line>${
            m.tick
              ? svg`<text part="axis-label" class="moment" x=${m.tickX} y=${view.tickY} text-anchor="middle">${m.tick}</text>`
              : nothing
          }`,
      )}</g>
      <g class="areas" aria-hidden="true">${area ? svg`<path class="area" data-line=${area.id} d=${area.area} style=${styleProps({ '--c': area.color })}></path>` : nothing}</g>
      <g class="lines" aria-hidden="true">${view.lines.map((l) =>
        l.d
          ? svg`<path part="line" class="line" data-line=${l.id} d=${l.d} stroke-dasharray=${l.dash || nothing} style=${styleProps({ '--c': l.color })}></path>`
          : nothing,
      )}</g>
      <g class="points">${view.lines.map((l) => l.points.map((p) => this.#renderPoint(l, p, a)))}</g>
    </svg>`;
  }

  /** The line whose group's spread is shaded: the one holding the tab stop (all of them at once hide each other). */
  #spreadLine(view: TrendView): LineView | undefined {
    const l = view.lines[this.active?.line ?? 0];
    return l?.area ? l : undefined;
  }

  #renderPoint(l: LineView, p: PointView, a: typeof this.active) {
    const on = a?.line === p.line && a.moment === p.moment;
    const before = l.points.filter((q) => q.moment < p.moment).at(-1);
    const name = before
      ? this.#view!.t.pointFrom(l.name, before.level, before.when, p.level, p.when)
      : p.name;
    return svg`<g part="point" class="point" role="img" tabindex=${on ? 0 : -1} aria-label=${name} data-line=${l.id} data-line-index=${p.line} data-moment=${p.moment} data-rank=${p.rank} data-dodge=${p.dodge} style=${styleProps({ '--c': l.color, transform: `translate(${p.x}px,${p.y}px)` })}><circle class="ring" r="11"></circle><path class="marker" d=${l.marker}></path></g>`;
  }

  #renderLegend(view: TrendView) {
    return html`<ul part="legend" class="legend" aria-label=${view.t.legend}>
      ${view.lines.map(
        (l) =>
          html`<li title=${l.fullName !== l.name ? l.fullName : nothing}>
            <svg
              class="key"
              width="36"
              height="14"
              viewBox="0 0 36 14"
              aria-hidden="true"
              style=${styleProps({ '--c': l.color })}
            >
              <line class="line" x1="1" x2="35" y1="7" y2="7" stroke-dasharray=${l.dash || nothing}></line>
              <path class="marker" d=${l.marker} transform="translate(18 7)"></path>
            </svg>
            <span>${l.name}</span>
          </li>`,
      )}
    </ul>`;
  }

  #renderTable(view: TrendView) {
    const { t } = view;
    return html`<div class="scroll" role="region" tabindex="0" aria-label=${t.tableRegion}>
      <table part="table">
        <caption>
          ${t.tableCaption(view.title)}
        </caption>
        <thead>
          <tr>
            <th scope="col">${view.trend.kind === 'groups' ? t.groupColumn : t.capacityColumn}</th>
            ${view.moments.map(
              (m) =>
                html`<th scope="col">
                  ${m.name} ${m.date ? html`<span class="date">${m.date}</span>` : nothing}
                </th>`,
            )}
          </tr>
        </thead>
        <tbody>
          ${view.lines.map(
            (l) =>
              html`<tr data-line=${l.id}>
                <th scope="row">${l.fullName}</th>
                ${l.cells.map((c) => html`<td>${c}</td>`)}
              </tr>`,
          )}
        </tbody>
      </table>
    </div>`;
  }
}
