import { html, nothing, svg, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { styleProps } from '../../internal/style-props.js';
import { ratingOf } from '../../framework/profile.js';
import type { Profile } from '../../framework/schema.js';
import { BpCapacitySelectEvent } from '../../events/bp-capacity-select.js';
import { ProfileElement } from '../../internal/profile-element.js';
import {
  levelCenter,
  rankAt,
  staggerFactor,
  type Box,
  type Layout,
  type Orientation,
  type Spread,
} from './geometry.js';
import { styles } from './blueprint-bars.styles.js';
import {
  barsView,
  sameInputs,
  type BarsViewInputs,
  type BarView,
  type Status,
  type View,
} from './blueprint-bars-view.js';

/**
 * Inline geometry and colors are set through the CSS object model (styleProps), never as a `style` attribute
 * string, so a strict Content-Security-Policy (`style-src 'self'`, no 'unsafe-inline') lets them through.
 */
const place = (b: Box) => ({
  'inset-inline-start': `${b.x}px`,
  top: `${b.y}px`,
  width: `${b.w}px`,
  height: `${b.h}px`,
});

/**
 * The team's profile as "dancing bars": one bar per capacity, in framework order, grouped and colored by
 * capacity group, its length the level the team rated. Bars rise on first render and move, staggered, when
 * the profile changes. Unanswered capacities are empty outlined slots; "not sure" is hatched, never a level.
 * Optional layers: a snapshot to compare with (dashed outlines), the spread of several raters' answers,
 * and editing by pointer or keyboard. A real data table carries the same values for everyone.
 *
 * @tagname blueprint-bars
 * @summary The team's profile as accessible, animated bars, one per capacity, grouped by capacity group.
 *
 * @csspart base - The wrapper around everything.
 * @csspart chart - The chart area (the SVG picture, labels and the keyboard layer).
 * @csspart bar - Each bar's SVG rect (rated capacities).
 * @csspart label - Capacity and group labels.
 * @csspart axis - The level axis labels and guide lines.
 * @csspart legend - The key below the chart.
 * @csspart table - The data table (visually hidden until shown with its toggle).
 * @csspart error - The error box (a framework or profile that could not be used).
 * @csspart status - The loading or waiting line.
 *
 * @cssprop --bp-group-color-N - Color of the Nth group (1-based); `--bp-group-color-<groupId>` wins over it. A page's value is used as given in both schemes.
 * @cssprop --bp-bar-radius - Corner radius of the bars.
 * @cssprop --bp-bars-label-size - Size of the chart's text, relative to the element's font.
 * @cssprop --bp-bars-guide-color - Color of the level guide lines and the table's row rules.
 * @cssprop --bp-motion-duration - How long one bar takes to move (capped at 300ms); bars start staggered within as much again, so a change never takes more than 600ms. 0ms, or prefers-reduced-motion, makes changes instant.
 * @cssprop --bp-color-focus - Focus ring color.
 * @cssprop --bp-color-text - Text, comparison outlines and range marks.
 * @cssprop --bp-color-text-muted - Axis labels, the baseline and the hatching of "not sure".
 * @cssprop --bp-color-surface - The table toggle's background and the fill of the spread's dots.
 * @cssprop --bp-color-border - Outline of unanswered slots, the table toggle's border.
 *
 * @fires {BpRatingChangeEvent} bp-rating-change - `editable` only: a person set a capacity's level. `detail: { capacityId, rating, profile, operation }`, after the answer is stored.
 * @fires {BpCapacitySelectEvent} bp-capacity-select - A person selected a bar (click, Enter or Space). `detail: { capacityId }`.
 * @fires {BpLoadEvent} bp-load - The element's own framework (`src` / `framework`) loaded.
 * @fires {BpErrorEvent} bp-error - The framework or the `profile-src` document could not be used.
 */
export class BlueprintBars extends ProfileElement {
  static override styles = styles;

  /** Let people set levels by clicking a bar or with the keyboard (Up / Down, + / -, Delete). */
  @property({ type: Boolean, reflect: true }) editable = false;

  /** A snapshot of the profile to compare with, by its `takenAt` or its `label` (drawn as dashed outlines). */
  @property({ reflect: true }) compare?: string;

  /** A profile to compare with (wins over `compare`); drawn as dashed outlines. */
  @property({ attribute: false }) compareProfile?: Profile;

  /** Show the range of the raters' levels on each bar (when the profile has `raters`). */
  @property({ type: Boolean, reflect: true }) spread = false;

  /** Show one capacity group only, by its id. An unknown id shows every group. */
  @property({ reflect: true }) group?: string;

  /** `vertical` (default) or `horizontal` bars. A vertical chart too narrow for its bars lays out horizontally. */
  @property({ reflect: true }) orientation: Orientation = 'vertical';

  /** Width and font size of the chart, measured by the ResizeObserver. */
  @state() private size?: { width: number; em: number };
  /** The bar holding the tab stop (roving tabindex). */
  @state() private active = 0;
  @state() private tableShown = false;
  /** What the live region says. */
  @state() private announcement = '';

  #view?: View;
  #inputs?: BarsViewInputs;
  #observer?: ResizeObserver;
  #frame = 0;

  override connectedCallback(): void {
    super.connectedCallback();
    if (typeof ResizeObserver !== 'undefined') {
      this.#observer = new ResizeObserver(() => {
        // Measure in the next frame: re-rendering inside the callback would change the size it observes.
        cancelAnimationFrame(this.#frame);
        this.#frame = requestAnimationFrame(() => this.#measure());
      });
      this.#observer.observe(this);
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#observer?.disconnect();
    this.#observer = undefined;
    cancelAnimationFrame(this.#frame);
  }

  #measure() {
    const chart = this.renderRoot.querySelector<HTMLElement>('.chart');
    const width = Math.round(this.getBoundingClientRect().width);
    const em = parseFloat(getComputedStyle(chart ?? this).fontSize) * (chart ? 1 : 0.875);
    if (!width) return;
    if (!this.size || this.size.width !== width || Math.abs(this.size.em - em) > 0.1)
      this.size = { width, em };
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (!this.size && this.isConnected) {
      const width = Math.round(this.getBoundingClientRect().width);
      if (width) this.size = { width, em: parseFloat(getComputedStyle(this).fontSize) * 0.875 };
    }
    const inputs: BarsViewInputs = {
      model: this.model,
      profile: this.currentProfile,
      locale: this.locale,
      size: this.size,
      group: this.group,
      orientation: this.orientation,
      compare: this.compare,
      compareProfile: this.compareProfile,
      spread: this.spread,
      rtl: this.isConnected && getComputedStyle(this).direction === 'rtl',
    };
    // Derived again only when something it reads changed (not for focus, the live region or the table toggle).
    if (!this.#inputs || !sameInputs(this.#inputs, inputs)) this.#view = barsView(inputs);
    this.#inputs = inputs;
    const count = this.#view?.bars.length ?? 0;
    if (this.active >= count) this.active = Math.max(0, count - 1);
  }

  // ---- events -------------------------------------------------------------------------------------------

  #buttons(): HTMLButtonElement[] {
    return [...this.renderRoot.querySelectorAll<HTMLButtonElement>('.hit')];
  }

  async #focusBar(index: number, announce: boolean) {
    const view = this.#view;
    if (!view?.bars.length) return;
    this.active = Math.max(0, Math.min(view.bars.length - 1, index));
    if (announce) this.announcement = view.bars[this.active].name;
    await this.updateComplete;
    this.#buttons()[this.active]?.focus();
  }

  #select(bar: BarView) {
    this.dispatchEvent(new BpCapacitySelectEvent({ capacityId: bar.id }));
  }

  /**
   * Sets a capacity's level by rank; undefined clears the level. Either way the note stays (a cleared
   * capacity with a note becomes "not sure yet"), and the announcement says so.
   */
  #setRank(bar: BarView, rank: number | undefined) {
    const view = this.#view;
    const store = this.store;
    if (!view || !store) return;
    const { model, t } = view;
    const n = model.levels.length;
    if (rank === undefined) {
      const hadNote = ratingOf(this.currentProfile, bar.id)?.note !== undefined;
      if (store.clear(bar.id, { keepNote: true }, this))
        this.announcement = hadNote ? t.clearedKeptNote(bar.label) : t.withStatus(bar.label, t.unanswered);
      return;
    }
    const level = model.levelAt(Math.max(0, Math.min(n - 1, rank)));
    if (!level) return;
    if (store.rate(bar.id, level.id, this))
      this.announcement = t.atLevel(bar.label, model.text(level.label, this.locale), level.rank + 1, n);
  }

  #onKeydown = (e: KeyboardEvent) => {
    const view = this.#view;
    const target = (e.target as Element).closest<HTMLButtonElement>('.hit');
    if (!view || !target) return;
    const index = Number(target.dataset['index']);
    const bar = view.bars[index];
    if (!bar) return;
    const vertical = view.layout.orientation === 'vertical';
    const forward = view.rtl ? 'ArrowLeft' : 'ArrowRight';
    const back = view.rtl ? 'ArrowRight' : 'ArrowLeft';
    const next = vertical ? forward : 'ArrowDown';
    const prev = vertical ? back : 'ArrowUp';
    const raise = vertical ? 'ArrowUp' : forward;
    const lower = vertical ? 'ArrowDown' : back;
    let move: number | undefined;
    let change: 'up' | 'down' | 'clear' | undefined;
    switch (e.key) {
      case next:
        move = index + 1;
        break;
      case prev:
        move = index - 1;
        break;
      case 'Home':
        move = 0;
        break;
      case 'End':
        move = view.bars.length - 1;
        break;
      case raise:
      case '+':
      case '=':
        change = 'up';
        break;
      case lower:
      case '-':
        change = 'down';
        break;
      case 'Delete':
      case 'Backspace':
        change = 'clear';
        break;
      default:
        return;
    }
    if (move !== undefined) {
      e.preventDefault();
      void this.#focusBar(move, true);
      return;
    }
    if (!this.editable || !change) return;
    e.preventDefault();
    if (change === 'clear') this.#setRank(bar, undefined);
    else if (change === 'up') this.#setRank(bar, bar.rank === undefined ? 0 : bar.rank + 1);
    else if (bar.rank !== undefined && bar.rank > 0) this.#setRank(bar, bar.rank - 1);
  };

  #onClick = (e: MouseEvent) => {
    const view = this.#view;
    const target = (e.target as Element).closest<HTMLButtonElement>('.hit');
    if (!view || !target) return;
    const bar = view.bars[Number(target.dataset['index'])];
    if (!bar) return;
    this.active = bar.index;
    // A keyboard "click" (Enter / Space) has no pointer position: it selects.
    if (this.editable && e.detail > 0) {
      const chart = this.renderRoot.querySelector('.chart')!.getBoundingClientRect();
      const xFromStart = view.rtl ? chart.right - e.clientX : e.clientX - chart.left;
      const rank = rankAt(view.layout, xFromStart, e.clientY - chart.top);
      const inBar =
        view.layout.orientation === 'vertical'
          ? e.clientY - chart.top <= bar.slot.band.y + bar.slot.band.h
          : xFromStart >= bar.slot.band.x;
      if (rank !== undefined && inBar) {
        this.#setRank(bar, rank);
        return;
      }
    }
    this.#select(bar);
  };

  #onFocusIn = (e: FocusEvent) => {
    const target = (e.target as Element).closest<HTMLButtonElement>('.hit');
    if (target) this.active = Number(target.dataset['index']);
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
    const { t, layout: l } = view;
    const count = view.bars.length;
    const style = {
      height: `${l.height}px`,
      '--base': `${l.plot.y + l.plot.h}px`,
      '--_stagger': `calc(var(--_dur) * ${staggerFactor(count).toFixed(4)})`,
    };
    const classes = `chart ${l.orientation}${l.rotatedLabels ? ' rotated' : ''}`;
    const vertical = l.orientation === 'vertical';
    const hint = this.editable
      ? `${t.hint} ${vertical ? t.editHint(t.up, t.down) : view.rtl ? t.editHint(t.left, t.right) : t.editHint(t.right, t.left)}`
      : t.hint;
    return html`<div part="base" class="base">
      ${this.renderProfileErrors() ?? nothing}
      <div part="chart" class=${classes} style=${styleProps(style)}>
        ${this.#renderSvg(view)}
        <div class="axis-labels" part="axis" aria-hidden="true">
          ${view.levelLabels.map((a) => this.#renderText('axis-label', a.box, a.label, a.full))}
        </div>
        <div class="group-labels" aria-hidden="true">
          ${view.groups.map((g) => this.#renderText('group-label', g.box, g.label, g.label))}
        </div>
        <div
          class="hits"
          role="toolbar"
          aria-label=${t.barsLabel}
          aria-orientation=${vertical ? 'horizontal' : 'vertical'}
          @keydown=${this.#onKeydown}
          @click=${this.#onClick}
          @focusin=${this.#onFocusIn}
        >
          ${view.bars.map((b) => this.#renderHit(b, l))}
        </div>
      </div>
      <p id="hint" hidden>${hint}</p>
      ${view.missingSnapshot ? html`<p class="note">${t.noSnapshot(view.missingSnapshot)}</p>` : nothing}
      <div class="below">
        ${this.#renderLegend(view)}
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
        ${this.#renderTable(view)}
      </div>
      <div class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">
        ${this.announcement}
      </div>
    </div>`;
  }

  #renderText(cls: string, b: Box, label: string, full: string) {
    return html`<div class=${cls} part="label" title=${full} style=${styleProps(place(b))}>
      <span class="clamp">${label}</span>
    </div>`;
  }

  #renderHit(b: BarView, l: Layout) {
    const { hit, label } = b.slot;
    return html`<button
      type="button"
      class="hit"
      data-index=${b.index}
      data-capacity=${b.id}
      tabindex=${b.index === this.active ? 0 : -1}
      aria-label=${b.name}
      aria-describedby="hint"
      style=${styleProps(place(hit))}
    >
      <span
        class="label"
        part="label"
        title=${b.label}
        style=${styleProps({
          top: `${label.y - hit.y}px`,
          height: `${label.h}px`,
          ...(l.orientation === 'horizontal' ? { width: `${label.w}px` } : {}),
        })}
        ><span class=${l.rotatedLabels ? 'text' : 'clamp text'}>${b.label}</span></span
      >
    </button>`;
  }

  #renderSvg(view: View) {
    const l = view.layout;
    const vertical = l.orientation === 'vertical';
    const guides = l.levels.map((b) =>
      vertical
        ? svg`<line class="guide" x1=${l.plot.x} x2=${l.plot.x + l.plot.w} y1=${b.y} y2=${b.y}></line>`
        : svg`<line class="guide" x1=${b.x + b.w} x2=${b.x + b.w} y1=${l.plot.y} y2=${l.plot.y + l.plot.h}></line>`,
    );
    const baseline = vertical
      ? svg`<line class="baseline" x1=${l.plot.x} x2=${l.plot.x + l.plot.w} y1=${l.plot.y + l.plot.h} y2=${l.plot.y + l.plot.h}></line>`
      : svg`<line class="baseline" x1=${l.plot.x} x2=${l.plot.x} y1=${l.plot.y} y2=${l.plot.y + l.plot.h}></line>`;
    return html`<svg
      class=${view.rtl ? 'flip' : ''}
      role="img"
      aria-labelledby="svg-title"
      aria-describedby="svg-desc"
      width=${l.width}
      height=${l.height}
      viewBox=${`0 0 ${l.width} ${l.height}`}
    >
      <title id="svg-title">${view.t.chartLabel(view.title)}</title>
      <desc id="svg-desc">${view.description}</desc>
      <defs>
        <pattern
          id="bp-hatch"
          width="6"
          height="6"
          patternUnits="userSpaceOnUse"
          patternTransform="rotate(45)"
        >
          <line class="hatch" x1="0" y1="0" x2="0" y2="6"></line>
        </pattern>
      </defs>
      <g part="axis">${guides}${baseline}</g>
      <g>
        ${view.groups.map((g) => svg`<rect class="rule" style=${styleProps({ '--c': g.color })} x=${g.rule.x} y=${g.rule.y} width=${g.rule.w} height=${g.rule.h}></rect>`)}
      </g>
      <g>${view.bars.map((b) => this.#renderMark(b, l))}</g>
    </svg>`;
  }

  #renderMark(b: BarView, l: Layout): TemplateResult {
    const geo = (x: Box) =>
      styleProps({ '--x': `${x.x}px`, '--y': `${x.y}px`, '--w': `${x.w}px`, '--h': `${x.h}px` });
    const band = b.slot.band;
    let body: TemplateResult;
    if (b.status === 'rated') {
      body = svg`<rect part="bar" class="m grow bar" style=${geo(b.bar)} x=${b.bar.x} y=${b.bar.y} width=${b.bar.w} height=${b.bar.h}></rect>`;
    } else if (b.status === 'unsure') {
      body = svg`<rect class="m unsure-tint" style=${geo(band)} x=${band.x} y=${band.y} width=${band.w} height=${band.h}></rect><rect class="m unsure" style=${geo(band)} x=${band.x} y=${band.y} width=${band.w} height=${band.h}></rect>`;
    } else {
      body = svg`<rect class="m empty" style=${geo(band)} x=${band.x} y=${band.y} width=${band.w} height=${band.h}></rect>`;
    }
    const ghost = b.ghost
      ? svg`<rect class="m grow ghost" style=${geo(b.ghost)} x=${b.ghost.x} y=${b.ghost.y} width=${b.ghost.w} height=${b.ghost.h}></rect>`
      : nothing;
    return svg`<g class="mark" data-capacity=${b.id} data-status=${b.status} style=${styleProps({ '--i': String(b.index), '--c': b.color })}>${ghost}${body}${b.spread ? this.#renderSpread(b, b.spread, l) : nothing}</g>`;
  }

  #renderSpread(b: BarView, s: Spread, l: Layout) {
    const lo = levelCenter(l, b.slot, s.min);
    const hi = levelCenter(l, b.slot, s.max);
    const vertical = l.orientation === 'vertical';
    const thick = 3;
    const range = vertical
      ? { x: lo.x - thick / 2, y: hi.y, w: thick, h: lo.y - hi.y }
      : { x: lo.x, y: lo.y - thick / 2, w: hi.x - lo.x, h: thick };
    const maxR = Math.max(3, Math.min(b.slot.band.w, b.slot.band.h, l.levels[0].h, l.levels[0].w) / 2 - 1);
    return svg`<rect class="range" x=${range.x} y=${range.y} width=${range.w} height=${range.h}></rect>${s.counts.map(
      (c, r) => {
        if (!c) return nothing;
        const p = levelCenter(l, b.slot, r);
        return svg`<circle class="dot" data-count=${c} cx=${p.x} cy=${p.y} r=${Math.min(maxR, 2.5 + 1.5 * c)}></circle>`;
      },
    )}`;
  }

  #renderLegend(view: View) {
    const { t } = view;
    const has = (s: Status) => view.bars.some((b) => b.status === s);
    return html`<ul class="legend" part="legend" aria-label=${t.legend}>
      ${view.groups.map(
        (g) =>
          html`<li>
            <span class="swatch" style=${styleProps({ '--c': g.color })}></span><span>${g.label}</span>
          </li>`,
      )}
      ${has('unsure') ? html`<li><span class="swatch unsure"></span><span>${t.legendUnsure}</span></li>` : nothing}
      ${
        has('none') || has('skipped')
          ? html`<li><span class="swatch empty"></span><span>${t.legendEmpty}</span></li>`
          : nothing
      }
      ${
        view.compareLabel
          ? html`<li>
              <span class="swatch ghost"></span><span>${t.legendCompare(view.compareLabel)}</span>
            </li>`
          : nothing
      }
      ${view.spread ? html`<li><span class="swatch range"></span><span>${t.legendSpread}</span></li>` : nothing}
    </ul>`;
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
        ${view.bars.map(
          (b) =>
            html`<tr data-capacity=${b.id}>
              <th scope="row">${b.label}</th>
              <td>${b.groupLabel}</td>
              <td>${b.value}</td>
              ${view.compareLabel ? html`<td>${b.change}</td>` : nothing}${this.spread ? html`<td>${b.spreadText}</td>` : nothing}
            </tr>`,
        )}
      </tbody>
    </table>`;
  }
}
