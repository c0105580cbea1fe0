import { css } from 'lit';
import { hostStyles, statusStyles, visuallyHiddenStyles } from '../../internal/styles.js';
import { blueprintBarsTokens } from '../../internal/token-styles.js';
import { stillMarks } from './still-marks.js';

export const styles = [
  hostStyles,
  blueprintBarsTokens,
  statusStyles,
  visuallyHiddenStyles,
  css`
    :host {
      /* One bar's motion, capped so the staggered dance never exceeds 600 ms (see .fill). */
      --_dur: min(var(--_motion), 300ms);
      /* Outlines and marks are mixed from the text color: 3:1 or more on light and dark pages alike. */
      --_line: color-mix(in srgb, var(--_text) 68%, transparent);
    }
    /* The box the element measures its space with: as wide as the element, one label-em tall, no room taken. */
    .probe {
      display: block;
      height: 1em;
      margin: 0 0 -1em;
      padding: 0;
      border: 0;
      font-size: var(--_label-size);
      visibility: hidden;
      pointer-events: none;
    }
    /* Inside the shadow root only the UA's defaults apply (a page's rules stop at :host): no resets needed. */
    .base {
      position: relative;
    }
    .chart {
      position: relative;
      font-size: var(--_label-size);
    }
    .chart.keyed .plot {
      overflow-x: auto;
    }
    /* Names are read whole: never split inside a word, never cut short. */
    .name,
    .group-name,
    .level,
    .level-key li,
    .capacity-key li,
    .key-group {
      overflow-wrap: normal;
      word-break: normal;
      hyphens: manual;
    }

    /* The grid. Vertical: a column of level names, then one column per bar (a gap between groups); rows are
       the levels (equal, growing together with the names), then the capacity names, then the group names. */
    .plot {
      display: grid;
      position: relative;
      --_col: minmax(0, 1fr);
    }
    .keyed .plot {
      --_col: minmax(1.75em, 1fr);
      padding-bottom: 0.25em;
    }
    .number {
      font-weight: 650;
    }
    .capacity-key {
      display: block;
      margin: 0.75em 0 0;
    }
    .key-group {
      margin: 0.5em 0 0.2em;
      padding-inline-start: 0.5em;
      border-inline-start: 0.3em solid var(--c);
      font-weight: 650;
    }
    .capacity-key ol {
      display: grid;
      grid-template-columns: repeat(auto-fill, minmax(min(100%, 16em), 1fr));
      gap: 0 1.5em;
      margin: 0;
      padding: 0;
      list-style: none;
    }
    .capacity-key li {
      display: block;
      padding: 0.1em 0;
    }
    .vertical .plot {
      grid-template-columns: var(--cols);
      grid-template-rows: repeat(var(--n), minmax(2.75em, 1fr)) auto auto;
      column-gap: 0.2em;
      /* Room for the top level's name and the bars' overshoot. */
      padding-top: 0.75em;
    }
    /* Horizontal: rows one under the other, each a grid of its own with the same columns (rows that shared one
       grid as subgrids cost 250 ms of layout at 2,000 rows, most of it sizing the names' column from every
       name). The names' column is fit-content(38%) worked out from the names' measured widths (fit.ts and
       name-column.ts: --nw the widest word's box, --nl the longest name's, padding and rule included). */
    .horizontal .plot {
      display: block;
      --_nc: min(var(--nl, 100%), max(var(--nw, 0px), 38%));
    }

    /* Level names: beside the levels (vertical), over their columns (horizontal). */
    .axis {
      display: contents;
    }
    .level {
      display: flex;
      padding: 0 0.5em 0 0;
      color: var(--_muted);
      font-size: 0.92em;
    }
    .vertical .level {
      grid-column: 1;
      grid-row: var(--r);
      align-items: center;
      justify-content: flex-end;
      text-align: end;
    }
    .horizontal .axis {
      display: grid;
      grid-template-columns: var(--_nc) repeat(var(--n), minmax(0, 1fr));
      align-items: end;
      padding-block-end: 0.35em;
    }
    .horizontal .level {
      grid-column: var(--lc);
      grid-row: 1;
      justify-content: center;
      text-align: center;
      padding: 0 0.15em;
    }
    .level-key {
      display: flex;
      flex-wrap: wrap;
      gap: 0.15em 1em;
      margin: 0 0 0.5em;
      padding: 0;
      list-style: none;
      font-size: var(--_label-size);
      color: var(--_muted);
    }
    .num {
      font-weight: 700;
      color: var(--_text);
    }

    /* Group names: a colored band under their bars (vertical), a heading over them (horizontal). */
    .group-name {
      font-weight: 650;
      color: var(--_text);
    }
    .vertical .group-name {
      grid-column: var(--col) / span var(--span);
      grid-row: var(--n2);
      margin-top: 0.4em;
      padding: 0.35em 0.2em 0;
      border-top: 0.3em solid var(--c);
      border-radius: 2px;
      text-align: center;
    }
    .horizontal .group-name {
      grid-column: 1 / -1;
      display: flex;
      align-items: center;
      gap: 0.5em;
      padding: 0.9em 0 0.3em;
    }
    .horizontal .group-name::before {
      content: '';
      flex: none;
      width: 0.8em;
      height: 0.8em;
      border-radius: 3px;
      background: var(--c);
    }

    /* One button per capacity: its name and its track. The keyboard and pointer act on it. */
    .bar {
      display: grid;
      position: relative;
      margin: 0;
      padding: 0;
      border: 0;
      border-radius: var(--_radius);
      background: transparent;
      color: var(--_text);
      font: inherit;
      letter-spacing: inherit;
      word-spacing: inherit;
      line-height: inherit;
      text-align: start;
      cursor: pointer;
    }
    .vertical .bar {
      grid-column: var(--col);
      grid-row: 1 / span var(--n1);
      grid-template-rows: subgrid;
      padding: 0 0.1em;
    }
    .horizontal .bar {
      width: 100%;
      grid-template-columns: var(--_nc) minmax(0, 1fr);
      align-items: center;
    }
    .bar:hover {
      background: color-mix(in srgb, var(--_text) 6%, transparent);
    }
    .bar:focus {
      outline: none;
    }
    .bar:focus-visible {
      outline: var(--_ring);
      outline-offset: 0;
      box-shadow: var(--_halo);
      z-index: 1;
    }
    .name {
      display: block;
    }
    /* The last resort for a single word wider than the room (see fit.ts): smaller, never split or cut. */
    .horizontal .name,
    .horizontal .group-name {
      font-size: calc(var(--fs, 1) * 1em);
    }
    .vertical .name {
      grid-row: -2 / -1;
      padding: 0.45em 0.1em 0;
      text-align: center;
    }
    .horizontal .name {
      grid-column: 1;
      padding: 0.3em 0.75em 0.3em 0.1em;
      border-inline-end: 0.25em solid var(--c);
      align-self: stretch;
      display: flex;
      align-items: center;
    }

    /* The track a bar grows in: level ticks behind, the baseline at its start. */
    .track {
      position: relative;
      display: block;
      overflow: clip;
      --_to: to top;
      background: repeating-linear-gradient(
        var(--_to),
        transparent 0 calc(100% / var(--n) - 1px),
        var(--_guide) calc(100% / var(--n) - 1px) calc(100% / var(--n))
      );
    }
    .vertical .track {
      grid-row: 1 / -2;
      /* Slender bars, centred over their names, however wide the column. */
      justify-self: center;
      width: min(72%, 4.5em);
      margin: 0;
      border-bottom: 2px solid var(--_muted);
    }
    .horizontal .track {
      grid-column: 2 / -1;
      height: 1.6em;
      margin: 0.35em 0;
      border-inline-start: 2px solid var(--_muted);
      --_to: to right;
    }
    .horizontal.rtl .track {
      --_to: to left;
    }

    /* Marks. A rated bar fills its track and slides in from the baseline to its level. Its level is a class (r0,
       r1, ...) whose rule, a plain translate, the element writes into a stylesheet of its own for the levels,
       orientation and direction drawn; the snapshot and the preview take theirs the same way. So the rules a mark
       matches hold as few var() as can be: a new level restyles every mark, and a var() is substituted and
       parsed again on each element that uses it. The motion (transform and translate only: it runs on the
       compositor) takes its timing from the track, which is not restyled when a level changes; the dance is
       staggered by group (--d), with a gentle overshoot. */
    .track > .mark,
    .track > .ghost,
    .track > .preview {
      /* Absolutely placed, so blockified: no display here, or it would beat the short marks' flex. */
      position: absolute;
      inset: 0;
    }
    .track {
      /* The group color, resolved once here (color inherits as a computed color). */
      color: var(--c);
      transition: none var(--_dur) calc(var(--d, 0) * var(--_dur));
    }
    /* A long chart's tracks out of view are not styled or laid out again when a level changes (a track's size
       comes from the grid, not from its marks). A short one is all in view: skipping costs it a layout pass. */
    .long .track {
      content-visibility: auto;
    }
    /* A long horizontal chart's rows out of view are not laid out at all (at 2,000 rows, most of the first
       render's layout). Only where every name is on one line (fit.ts's estimate), so that a row out of view is
       as tall as it will be. A row that skips is painted at a whole-pixel offset (Chromium does not carry the
       fraction into it), so each row is a whole number of pixels tall: its track and margins (2.3em; the track
       centred, without margins) rounded to the nearest pixel, or its name's line and padding rounded up. Then the rows of a group all move by the
       same fraction of a pixel, and the group's rule down the names stays whole. Find-in-page, focus and screen
       readers reach them. */
    /* Only where CSS round() is known (not Chrome and Edge 123-124, which draw every row, as before). */
    @supports (top: round(1px, 1px)) {
      /* On screen only: paper shows every row (see print below), laid out as the browser lays it out. */
      @media screen {
        .one-line .bar {
          --_rh: max(round(2.3em, 1px), round(up, 0.6em + 1lh, 1px));
          /* Also its height out of view, where it is laid out as empty. */
          min-height: var(--_rh);
          content-visibility: auto;
        }
        .one-line .plot {
          contain: layout style;
        }
        .one-line .axis {
          min-height: round(up, 0.35em + 1lh, 1px);
        }
        .one-line .group-name {
          min-height: round(up, 1.2em + 1lh, 1px);
        }
        /* Its rows skip their tracks already: one level of skipping, so a row coming into view is drawn whole in one
           frame (a track skipped on its own as well shows empty for a frame). */
        .one-line .track {
          content-visibility: visible;
          margin-block: 0;
        }
      }
    }
    .rated {
      background: currentColor;
      /* Longhands: the template minifier folds "transition: inherit" and the two below into one shorthand
         that drops the inherited timing. */
      transition-property: translate, transform;
      transition-duration: inherit;
      transition-delay: inherit;
      transition-timing-function: cubic-bezier(0.34, 1.4, 0.64, 1);
    }
    .vertical :is(.rated, .ghost, .preview) {
      border-radius: var(--_bar-radius) var(--_bar-radius) 0 0;
    }
    .horizontal :is(.rated, .ghost, .preview) {
      border-start-end-radius: var(--_bar-radius);
      border-end-end-radius: var(--_bar-radius);
    }
    /* The current level: a darker cap at the bar's end (black at 45 % over the group color). */
    .vertical .rated {
      box-shadow: inset 0 0.25em rgb(0 0 0 / 45%);
    }
    .horizontal .rated {
      box-shadow: inset -0.25em 0 rgb(0 0 0 / 45%);
    }
    .horizontal.rtl .rated {
      box-shadow: inset 0.25em 0 rgb(0 0 0 / 45%);
    }
    @starting-style {
      .vertical .rated {
        transform: translateY(100%);
      }
      .horizontal .rated {
        transform: translateX(-100%);
      }
      .horizontal.rtl .rated {
        transform: translateX(100%);
      }
    }
    /* Not sure yet and skipped: short marks at the baseline, never as tall as a level. */
    .unsure,
    .skipped {
      display: flex;
      align-items: center;
      justify-content: center;
      border: 1.5px solid var(--_line);
      border-radius: 999px;
      color: var(--_text);
      font-size: 0.8em;
      font-weight: 700;
      line-height: 1;
    }
    .vertical .unsure,
    .vertical .skipped {
      inset: auto 0 0.2em;
      height: min(1.4em, calc(60% / var(--n)));
    }
    .horizontal .unsure,
    .horizontal .skipped {
      inset: 0.15em auto;
      inset-inline-start: 0.25em;
      width: min(3em, calc(60% / var(--n)));
    }
    .unsure {
      background: repeating-linear-gradient(
        -45deg,
        color-mix(in srgb, var(--c) 45%, transparent) 0 2px,
        transparent 2px 6px
      );
    }
    .unsure::after {
      content: '?';
    }
    .skipped {
      border-style: dashed;
    }
    .skipped::after {
      content: '–';
    }
    .unanswered {
      border: 1.5px dashed var(--_line);
    }
    .vertical .unanswered {
      border-bottom: 0;
      border-radius: var(--_bar-radius) var(--_bar-radius) 0 0;
    }
    .horizontal .unanswered {
      border-inline-start: 0;
    }
    /* Sideways there is room to say it in words beside the mark. */
    .state {
      position: absolute;
      inset-block: 0;
      inset-inline-start: 3.75em;
      display: flex;
      align-items: center;
      color: var(--_muted);
      font-size: 0.9em;
      white-space: nowrap;
    }
    .unanswered + .state {
      inset-inline-start: 0.6em;
    }
    .horizontal .track {
      container-type: inline-size;
    }
    /* Only where the words fit whole: a narrow track keeps the mark alone (the key says what it means). */
    @container (width < 12em) {
      .state {
        display: none;
      }
    }
    .track > .ghost {
      z-index: 1;
      border: 2px dashed var(--_text);
    }
    /* The level a click or Enter would set: dashed, over whatever is there now. */
    .preview {
      z-index: 2;
      border: 2px dashed var(--_text);
      background: repeating-linear-gradient(
        -45deg,
        color-mix(in srgb, var(--c) 45%, transparent) 0 4px,
        color-mix(in srgb, var(--c) 20%, transparent) 4px 8px
      );
    }
    .range {
      position: absolute;
      z-index: 2;
      background: var(--_text);
    }
    .vertical .range {
      inset-inline: calc(50% - 1.5px);
      bottom: calc(var(--lo) * 100%);
      top: calc((1 - var(--hi)) * 100%);
    }
    .horizontal .range {
      inset-block: calc(50% - 1.5px);
      inset-inline-start: calc(var(--lo) * 100%);
      inset-inline-end: calc((1 - var(--hi)) * 100%);
    }
    .dot {
      --_s: calc(0.45em + var(--k) * 0.12em);
      position: absolute;
      z-index: 2;
      width: var(--_s);
      height: var(--_s);
      border: 2px solid var(--_text);
      border-radius: 50%;
      background: var(--_surface);
    }
    .vertical .dot {
      left: calc(50% - var(--_s) / 2);
      bottom: calc(var(--at) * 100% - var(--_s) / 2);
    }
    .horizontal .dot {
      top: calc(50% - var(--_s) / 2);
      inset-inline-start: calc(var(--at) * 100% - var(--_s) / 2);
    }
    :host([editable]) .track {
      cursor: pointer;
    }

    /* The line that says what a click or Enter will set, and the cheer for the last answer. */
    .preview-line,
    .cheer {
      margin: 0 0 0.5em;
      min-height: 1.3em;
      font-size: var(--_label-size);
      color: var(--_muted);
    }
    .preview-line.on {
      color: var(--_text);
      font-weight: 600;
    }
    .cheer {
      color: var(--_text);
      font-weight: 650;
    }
    .celebrate .bar {
      animation: bp-hop calc(var(--_motion) * 2.5) ease-in-out calc(var(--d, 0) * var(--_motion) * 2) 1;
    }
    @keyframes bp-hop {
      35% {
        translate: 0 -0.5em;
      }
      65% {
        translate: 0 0.1em;
      }
    }

    /* Below the chart: the key and the table toggle. */
    .below {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      justify-content: space-between;
      gap: 0.5em 1em;
      margin: 0.75em 0 0;
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
    }
    .swatch {
      display: inline-flex;
      align-items: center;
      justify-content: center;
      flex: none;
      width: 1em;
      height: 1em;
      border: 1.5px solid transparent;
      border-radius: 3px;
      background: var(--c);
      font-size: 0.8em;
      font-weight: 700;
      line-height: 1;
    }
    .swatch.unsure,
    .swatch.skipped {
      width: 1.6em;
      border-color: var(--_line);
      border-radius: 999px;
      background: none;
    }
    .swatch.unsure {
      background: repeating-linear-gradient(-45deg, var(--_line) 0 1.5px, transparent 1.5px 4px);
    }
    .swatch.unsure::after {
      content: '?';
    }
    .swatch.skipped {
      border-style: dashed;
    }
    .swatch.skipped::after {
      content: '–';
    }
    .swatch.unanswered {
      background: none;
      border: 1.5px dashed var(--_line);
    }
    .swatch.ghost {
      background: none;
      border: 2px dashed var(--_text);
    }
    .swatch.range {
      width: 3px;
      background: var(--_text);
    }
    .actions {
      display: inline-flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0.4em;
      margin: 0 0 0 auto;
    }
    .actions-label {
      color: var(--_muted);
    }
    .action-buttons {
      display: inline-flex;
      gap: 0.4em;
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
      cursor: pointer;
    }
    .toggle:focus-visible {
      outline: var(--_ring);
      outline-offset: 0;
      box-shadow: var(--_halo);
    }

    table {
      width: 100%;
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
    }

    /* Windows High Contrast: bars in the text color, marks and outlines as system colors. */
    @media (forced-colors: active) {
      .rated,
      .swatch:not(.unsure, .skipped, .unanswered, .ghost) {
        forced-color-adjust: none;
        background: CanvasText;
        box-shadow: none;
      }
      .unsure,
      .skipped,
      .unanswered,
      .swatch.unsure,
      .swatch.skipped,
      .swatch.unanswered {
        border-color: CanvasText;
      }
      .unsure,
      .swatch.unsure {
        forced-color-adjust: none;
        color: CanvasText;
        background: repeating-linear-gradient(-45deg, CanvasText 0 1.5px, Canvas 1.5px 4px);
      }
      .ghost,
      .preview {
        border-color: Highlight;
      }
      .range {
        forced-color-adjust: none;
        background: Highlight;
      }
      .dot {
        border-color: Highlight;
      }
      .vertical .track,
      .horizontal .track {
        border-color: CanvasText;
      }
      .bar:focus-visible,
      .toggle:focus-visible {
        outline-color: Highlight;
      }
    }

    @media print {
      .rated,
      .bar {
        transition: none;
        animation: none;
      }
      .chart,
      .swatch,
      .track {
        print-color-adjust: exact;
        /* Every bar on paper, not only those in view. */
        content-visibility: visible;
      }
      .toggle,
      .actions,
      .preview-line {
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
  stillMarks(),
];
