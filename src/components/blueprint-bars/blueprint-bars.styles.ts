import { css } from 'lit';
import { hostStyles, statusStyles, visuallyHiddenStyles } from '../../internal/styles.js';
import { blueprintBarsTokens } from '../../internal/token-styles.js';

export const styles = [
  hostStyles,
  blueprintBarsTokens,
  statusStyles,
  visuallyHiddenStyles,
  css`
    :host {
      /* One bar's motion, capped so the staggered dance never exceeds 600 ms (see --_stagger). */
      --_dur: min(var(--_motion), 300ms);
    }
    /* Layout-critical rules live on the inner wrapper too: a page's "* { all: revert }" beats :host. */
    .base {
      display: block;
      position: relative;
      width: 100%;
      margin: 0;
      padding: 0;
    }
    .chart {
      display: block;
      position: relative;
      width: 100%;
      margin: 0;
      padding: 0;
      font-size: var(--_label-size);
      line-height: 1.25;
    }
    svg {
      display: block;
      position: absolute;
      inset: 0;
      overflow: visible;
    }
    svg.flip {
      transform: scaleX(-1);
    }

    /* Marks. Geometry comes from --x/--y/--w/--h so it can move with CSS transitions (and rise on entry). */
    .m {
      x: var(--x);
      y: var(--y);
      width: var(--w);
      height: var(--h);
      rx: var(--_bar-radius);
      transition-property: x, y, width, height;
      transition-duration: var(--_dur);
      transition-timing-function: cubic-bezier(0.34, 1.3, 0.64, 1);
      transition-delay: calc(var(--i, 0) * var(--_stagger, 0ms));
    }
    /* The entrance: bars rise from the baseline the first time they are drawn. */
    @starting-style {
      .vertical .m.grow {
        y: var(--base);
        height: 0;
      }
      .horizontal .m.grow {
        width: 0;
      }
    }
    .bar {
      fill: var(--c);
    }
    .ghost {
      fill: none;
      stroke: var(--_text);
      stroke-width: 2px;
      stroke-dasharray: 5 3;
    }
    .empty {
      fill: none;
      stroke: var(--_border);
      stroke-width: 1.5px;
      stroke-dasharray: 4 3;
    }
    .unsure {
      fill: url(#bp-hatch);
      stroke: var(--c);
      stroke-width: 1.5px;
    }
    .unsure-tint {
      fill: var(--c);
      opacity: 0.18;
    }
    .hatch {
      stroke: var(--_muted);
      stroke-width: 2px;
    }
    .guide {
      stroke: var(--_guide);
      stroke-width: 1px;
    }
    .baseline {
      stroke: var(--_muted);
      stroke-width: 1.5px;
    }
    .rule {
      fill: var(--c);
    }
    .range {
      fill: var(--_text);
      stroke: var(--_surface);
      stroke-width: 1px;
    }
    .dot {
      fill: var(--_surface);
      stroke: var(--_text);
      stroke-width: 2px;
      transition-property: cx, cy;
      transition-duration: var(--_dur);
    }

    /* Text around the marks: HTML, so long labels wrap or truncate (full text in a title). */
    .axis-label,
    .group-label {
      position: absolute;
      display: flex;
      align-items: center;
      margin: 0;
      padding: 0 0.25em;
      color: var(--_muted);
      overflow: hidden;
    }
    .axis-label {
      justify-content: flex-end;
      text-align: end;
    }
    .horizontal .axis-label {
      justify-content: center;
      text-align: center;
      align-items: flex-end;
      padding-bottom: 0.25em;
      font-size: 0.85em;
    }
    /* Level names are short words: never split one mid-word (it would read as two words). */
    .axis-label .clamp {
      overflow-wrap: normal;
      hyphens: auto;
    }
    /* Sideways, each level has a narrow column: one line, truncated with an ellipsis (full text in the title). */
    .horizontal .axis-label .clamp {
      display: block;
      white-space: nowrap;
      text-overflow: ellipsis;
    }
    .group-label {
      align-items: flex-start;
      justify-content: center;
      text-align: center;
      font-weight: 600;
      color: var(--_text);
    }
    .horizontal .group-label {
      align-items: flex-end;
      justify-content: flex-start;
      text-align: start;
    }
    .clamp {
      display: -webkit-box;
      -webkit-box-orient: vertical;
      -webkit-line-clamp: var(--lines, 2);
      line-clamp: var(--lines, 2);
      overflow: hidden;
      overflow-wrap: anywhere;
      min-width: 0;
    }

    /* The keyboard and pointer layer: one button per bar, over its bar and label. */
    .hits {
      position: absolute;
      inset: 0;
      margin: 0;
      padding: 0;
    }
    .hit {
      position: absolute;
      display: block;
      margin: 0;
      padding: 0;
      border: 0;
      border-radius: var(--_radius);
      background: transparent;
      color: var(--_text);
      font: inherit;
      letter-spacing: inherit;
      text-transform: none;
      text-align: center;
      appearance: none;
      cursor: pointer;
      overflow: visible;
    }
    .hit:hover {
      background: color-mix(in srgb, var(--_text) 6%, transparent);
    }
    .hit:focus {
      outline: none;
    }
    .hit:focus-visible {
      outline: 3px solid var(--_focus);
      outline-offset: 1px;
    }
    :host([editable]) .hit {
      cursor: ns-resize;
    }
    :host([editable]) .horizontal .hit {
      cursor: ew-resize;
    }
    .hit .label {
      position: absolute;
      inset-inline: 0;
      margin: 0;
      padding: 0 0.15em;
      overflow: hidden;
    }
    .hit .label .clamp {
      --lines: 4;
    }
    .horizontal .hit .label {
      display: flex;
      align-items: center;
      justify-content: flex-end;
      text-align: end;
      padding-inline-end: 0.5em;
    }
    .horizontal .hit .label .clamp {
      --lines: 2;
    }
    .rotated .hit .label {
      display: flex;
      justify-content: center;
    }
    .rotated .hit .label .text {
      writing-mode: vertical-rl;
      transform: rotate(180deg);
      white-space: nowrap;
      overflow: hidden;
      text-overflow: ellipsis;
      text-align: end;
      max-height: 100%;
    }

    /* Below the chart: the key and the table toggle. */
    .below {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      justify-content: space-between;
      gap: 0.5em 1em;
      margin: 0.5em 0 0;
      padding: 0;
      font-size: var(--_label-size);
    }
    .legend {
      display: flex;
      flex-wrap: wrap;
      gap: 0.25em 1em;
      margin: 0;
      padding: 0;
      list-style: none;
    }
    .legend li {
      display: inline-flex;
      align-items: center;
      gap: 0.4em;
      margin: 0;
      padding: 0;
    }
    .swatch {
      display: inline-block;
      flex: none;
      width: 0.9em;
      height: 0.9em;
      border: 1.5px solid transparent;
      border-radius: 2px;
      background: var(--c);
    }
    .swatch.unsure {
      background: repeating-linear-gradient(
        -45deg,
        var(--_muted) 0 1.5px,
        color-mix(in srgb, var(--_muted) 15%, var(--_surface)) 1.5px 4px
      );
      border-color: var(--_muted);
    }
    .swatch.empty {
      background: none;
      border: 1.5px dashed var(--_border);
    }
    .swatch.ghost {
      background: none;
      border: 2px dashed var(--_text);
    }
    .swatch.range {
      width: 3px;
      background: var(--_text);
    }
    .note {
      margin: 0.5em 0 0;
      color: var(--_muted);
    }
    .toggle {
      margin: 0;
      padding: 0.3em 0.75em;
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      background: var(--_surface);
      color: var(--_text);
      font: inherit;
      letter-spacing: inherit;
      text-transform: none;
      width: auto;
      cursor: pointer;
    }
    .toggle:focus-visible {
      outline: 3px solid var(--_focus);
      outline-offset: 2px;
    }

    table {
      display: table;
      width: 100%;
      margin: 0.75em 0 0;
      border-collapse: collapse;
      font-size: var(--_label-size);
    }
    caption {
      display: table-caption;
      margin: 0 0 0.25em;
      font-weight: 600;
      text-align: start;
    }
    tr {
      display: table-row;
    }
    th,
    td {
      display: table-cell;
      padding: 0.3em 0.5em;
      border: 0;
      border-bottom: 1px solid var(--_guide);
      text-align: start;
      vertical-align: top;
      font-size: inherit;
    }
    thead th {
      border-bottom: 2px solid var(--_border);
    }

    @media (forced-colors: active) {
      .bar {
        fill: CanvasText;
        stroke: Canvas;
      }
      .ghost,
      .empty,
      .baseline {
        stroke: CanvasText;
      }
      .unsure {
        stroke: CanvasText;
      }
      .unsure-tint {
        fill: Canvas;
      }
      .hatch {
        stroke: CanvasText;
      }
      .guide {
        stroke: GrayText;
      }
      .rule {
        fill: CanvasText;
      }
      .range {
        fill: Highlight;
        stroke: Canvas;
      }
      .dot {
        fill: Canvas;
        stroke: Highlight;
      }
      .hit:focus-visible,
      .toggle:focus-visible {
        outline-color: Highlight;
      }
      .swatch {
        forced-color-adjust: none;
        background: CanvasText;
        border-color: CanvasText;
      }
      .swatch.empty,
      .swatch.ghost {
        background: Canvas;
      }
    }

    @media print {
      .m,
      .dot {
        transition: none;
      }
      svg {
        print-color-adjust: exact;
      }
      .toggle {
        display: none;
      }
      /* The printed page carries the numbers too. */
      .table-wrap.visually-hidden {
        position: static;
        width: auto;
        height: auto;
        margin: 0;
        overflow: visible;
        clip-path: none;
        white-space: normal;
      }
      .chart,
      tr {
        break-inside: avoid;
      }
    }
  `,
];
