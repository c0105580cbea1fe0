import { css } from 'lit';
import { hostStyles, statusStyles, visuallyHiddenStyles } from '../../internal/styles.js';

export const styles = [
  hostStyles,
  statusStyles,
  visuallyHiddenStyles,
  css`
    :host {
      /* The guides share the bars' token; the label size is the bars' too, so the two charts read alike. */
      --_guide: var(--bp-bars-guide-color, light-dark(#c9ced6, #3d4652));
      --_label-size: var(--bp-bars-label-size, 0.875em);
      /* Outlines mixed from the text color keep 3:1 on light and dark pages alike. */
      --_line: color-mix(in srgb, var(--_text) 68%, transparent);
    }
    @supports not (color: light-dark(red, red)) {
      :host {
        --_guide: var(--bp-bars-guide-color, #c9ced6);
      }
    }
    .probe {
      display: block;
      height: 1em;
      margin: 0 0 -1em;
      font-size: var(--_label-size);
      visibility: hidden;
      pointer-events: none;
    }
    .base {
      position: relative;
    }
    .figure {
      margin: 0;
      padding: 0;
      font-size: var(--_label-size);
    }
    .chart {
      display: block;
      width: 100%;
      height: auto;
      overflow: visible;
      /* Laid out left to right on every page: the view mirrors the time axis itself for right-to-left ones. */
      direction: ltr;
      font: inherit;
      animation: bp-trend-in var(--_motion) ease-out both;
    }
    @keyframes bp-trend-in {
      from {
        opacity: 0;
      }
    }
    /* Focusable by a click only (the points hold the tab stop): no ring of its own. */
    .chart:focus {
      outline: none;
    }
    .guide {
      stroke: var(--_guide);
      stroke-width: 1;
    }
    .tick {
      stroke: var(--_guide);
      stroke-width: 1;
      stroke-dasharray: 2 3;
    }
    .tick.now {
      stroke: var(--_line);
      stroke-dasharray: none;
    }
    .level,
    .moment {
      fill: var(--_muted);
    }
    .level.inline {
      /* Above its guide on a narrow chart: a halo keeps it readable where a line crosses it. */
      paint-order: stroke;
      stroke: var(--_surface);
      stroke-width: 4px;
      stroke-linejoin: round;
    }
    .moment {
      font-variant-numeric: tabular-nums;
    }
    .area {
      fill: var(--c);
      fill-opacity: 0.1;
      stroke: none;
      transition: d var(--_motion) ease;
    }
    .line {
      fill: none;
      stroke: var(--c);
      stroke-width: 2.5;
      stroke-linecap: round;
      stroke-linejoin: round;
      transition: d var(--_motion) ease;
    }
    .point {
      cursor: default;
      outline: none;
      transition: transform var(--_motion) ease;
    }
    .marker {
      fill: var(--c);
      stroke: var(--_surface);
      stroke-width: 1.5;
    }
    .ring {
      fill: none;
      stroke: none;
      stroke-width: 3;
    }
    .point:focus-visible .ring {
      stroke: var(--_focus);
    }
    .point:hover .ring {
      stroke: var(--_line);
      stroke-width: 1.5;
    }

    .note {
      margin: 0.5em 0 0;
      color: var(--_muted);
      font-size: var(--_label-size);
    }
    .legend {
      display: flex;
      flex-wrap: wrap;
      gap: 0.35em 1.25em;
      margin: 0.75em 0 0;
      padding: 0;
      list-style: none;
      font-size: var(--_label-size);
    }
    .legend li {
      display: inline-flex;
      align-items: center;
      gap: 0.45em;
      min-width: 0;
      overflow-wrap: anywhere;
    }
    .key {
      flex: none;
      overflow: visible;
    }
    .key .line {
      stroke-width: 2.5;
    }
    .below {
      margin: 0.75em 0 0;
      font-size: var(--_label-size);
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
      cursor: pointer;
    }
    .toggle:focus-visible,
    .scroll:focus-visible {
      outline: var(--_ring);
      outline-offset: 0;
      box-shadow: var(--_halo);
    }
    .scroll {
      max-width: 100%;
      overflow-x: auto;
    }
    table {
      min-width: 100%;
      margin: 0.75em 0 0;
      border-collapse: collapse;
      font-size: var(--_label-size);
    }
    caption {
      margin: 0 0 0.25em;
      font-weight: 600;
      text-align: start;
    }
    th,
    td {
      padding: 0.3em 0.5em;
      border: 0;
      border-bottom: 1px solid var(--_guide);
      text-align: start;
      vertical-align: top;
    }
    thead th {
      border-bottom: 2px solid var(--_border);
      white-space: nowrap;
    }
    tbody th {
      min-width: 8em;
    }
    .date {
      display: block;
      color: var(--_muted);
      font-weight: normal;
    }

    @media (prefers-reduced-motion: reduce) {
      .chart,
      .line,
      .area,
      .point {
        transition: none;
        animation: none;
      }
    }
    @media (forced-colors: active) {
      .line,
      .key .line {
        stroke: CanvasText;
      }
      .marker {
        forced-color-adjust: none;
        fill: CanvasText;
        stroke: Canvas;
      }
      .area {
        fill: none;
      }
      .point:focus-visible .ring,
      .toggle:focus-visible {
        stroke: Highlight;
        outline-color: Highlight;
      }
    }
    @media print {
      .chart {
        animation: none;
        print-color-adjust: exact;
      }
      .line,
      .area,
      .point {
        transition: none;
      }
      .legend {
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
      .scroll {
        overflow: visible;
      }
      .figure,
      tr {
        break-inside: avoid;
      }
    }
  `,
];
