import { css } from 'lit';
import { contentStyles, hostStyles, statusStyles } from '../../internal/styles.js';

/**
 * Sections as cards in one column (320 px to 1440 px); tables scroll sideways inside their box when a
 * framework has many roles. The bars are a picture of the table beside them (hidden from screen readers,
 * which read the table): levels from light to the focus color, "not sure" striped, skipped dotted, no answer
 * the empty track, and each segment's count in it, so color is never the only sign. In print: no controls.
 */
export const styles = [
  hostStyles,
  statusStyles,
  contentStyles,
  css`
    .base {
      display: grid;
      grid-template-columns: minmax(0, 1fr);
      gap: var(--_space);
    }
    .title {
      font-size: var(--_text-xl);
    }
    .muted,
    .bar-label {
      color: var(--_muted);
    }
    .section,
    .capacity {
      display: grid;
      gap: 0.6rem;
      min-width: 0;
      padding: var(--_space);
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      background: var(--_surface);
    }
    /* No box in a box: a capacity inside "How the team answered" is set apart by a rule above it and space. */
    .capacity {
      gap: 0.5rem;
      padding: var(--_space) 0 0;
      border: 0;
      border-block-start: 1px solid var(--_border);
      border-radius: 0;
      background: none;
    }
    .paste {
      display: grid;
      gap: 0.4rem;
    }
    .paste textarea,
    .agree textarea {
      width: 100%;
      box-sizing: border-box;
      resize: vertical;
      font-family: var(--_mono);
      font-size: var(--_text-s);
    }
    .agree textarea {
      font-family: inherit;
      font-size: 1em;
    }
    .paste .button,
    .section > .button,
    .pick {
      justify-self: start;
    }
    .drop {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0.5rem 0.75rem;
      padding: var(--_space);
      border: 2px dashed var(--_border);
      border-radius: var(--_radius);
    }
    .drop.over {
      border-color: var(--_primary);
      background: var(--_selected);
    }
    #files:focus-visible + .pick {
      outline: var(--_ring);
      outline-offset: 0;
      box-shadow: var(--_halo);
    }
    .batch {
      display: grid;
      gap: 0.3rem;
    }
    .problems,
    .duplicates,
    .role-diffs,
    .agenda {
      margin: 0;
      padding-inline-start: 1.25em;
    }
    .problems li {
      color: var(--_error);
    }
    .problems li,
    .duplicates li,
    .agenda li + li {
      margin-block-start: 0.2rem;
    }
    .agenda a {
      color: var(--_link);
    }
    .subhead {
      font-weight: 700;
    }
    .notice {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0.5rem;
    }
    .scroll {
      max-width: 100%;
      overflow-x: auto;
    }
    table {
      border-collapse: collapse;
      min-width: 100%;
    }
    th,
    td {
      /* Words stay whole at 320 px; the table scrolls sideways in its box instead. */
      overflow-wrap: normal;
      padding: 0.35rem 0.5rem;
      border-bottom: 1px solid var(--_border);
      text-align: start;
      vertical-align: middle;
    }
    thead th {
      font-size: var(--_text-s);
      color: var(--_muted);
    }
    /* A level's swatch stays beside its name at 320 px (the table scrolls sideways instead). */
    .counts th[scope='row'] {
      white-space: nowrap;
    }
    .counts td {
      text-align: end;
      font-variant-numeric: tabular-nums;
    }
    .actions .button {
      white-space: nowrap;
      /* Side by side with a gap, wrapping on a phone; the cell itself stays a table cell (a flex cell
         loses the row's borders and height). */
      margin-block: 0.2rem;
      margin-inline-end: 0.4rem;
    }
    .tag {
      display: inline-block;
      font-size: var(--_text-s);
      font-weight: normal;
      color: var(--_muted);
    }
    tr.duplicate th,
    tr.duplicate td:not(.actions) {
      text-decoration: line-through;
    }
    .bars {
      display: grid;
      grid-template-columns: minmax(4rem, max-content) minmax(0, 1fr);
      gap: 0.3rem 0.6rem;
      align-items: center;
    }
    .bar-row {
      display: contents;
    }
    .bar-label {
      font-size: var(--_text-s);
      overflow-wrap: anywhere;
    }
    .bar {
      display: flex;
      min-height: 1.5rem;
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      overflow: hidden;
      background: var(--_surface-alt);
    }
    .seg,
    .swatch {
      background: color-mix(in srgb, var(--_primary) var(--r, 50%), var(--_surface));
    }
    .seg {
      display: flex;
      align-items: center;
      justify-content: center;
      min-width: 1.5em;
      font-size: var(--_text-s);
      font-weight: 700;
      color: var(--_text);
      border-inline-end: 2px solid var(--_surface);
    }
    .seg .n {
      padding: 0 0.2em;
      border-radius: 3px;
      background: var(--_surface);
    }
    .seg.unsure,
    .swatch.unsure {
      background: repeating-linear-gradient(
        45deg,
        var(--_surface-alt),
        var(--_surface-alt) 4px,
        var(--_border) 4px,
        var(--_border) 6px
      );
    }
    .seg.skipped,
    .swatch.skipped {
      background: radial-gradient(var(--_border) 1.2px, var(--_surface-alt) 1.5px) 0 0 / 6px 6px;
    }
    .seg.unanswered,
    .swatch.unanswered {
      background: var(--_surface-alt);
    }
    .swatch {
      display: inline-block;
      width: 0.9em;
      height: 0.9em;
      margin-inline-end: 0.4em;
      vertical-align: -0.1em;
      border: 1px solid var(--_border);
      border-radius: 2px;
    }
    .agree {
      display: grid;
      gap: 0.4rem;
      min-width: 0;
      margin: 0;
      padding: 0.25rem 0 0;
      border: 0;
    }
    .agree legend {
      padding: 0;
      font-weight: 700;
    }
    .levels {
      display: flex;
      flex-wrap: wrap;
      gap: 0.4rem;
    }
    .level[aria-pressed='true'] {
      border-width: 2px;
      border-color: var(--_primary);
      background: var(--_selected);
      font-weight: 700;
    }
    .agreed {
      font-weight: 600;
    }
    .capacity > h3,
    .capacity > h4,
    .capacity > h5,
    .capacity > h6 {
      scroll-margin-top: 1rem;
    }
    @media (forced-colors: active) {
      .seg,
      .swatch {
        border: 1px solid CanvasText;
        forced-color-adjust: none;
      }
      .level[aria-pressed='true'] {
        border: 3px double ButtonText;
      }
    }
    @media print {
      .drop,
      .paste,
      .actions,
      .hide,
      .reveal,
      .levels,
      .undo,
      .agree label,
      .agree textarea {
        display: none;
      }
      .section,
      .capacity {
        break-inside: avoid;
      }
      .capacity {
        content-visibility: visible;
      }
    }
    /* Speed (issue 17): the counts' cards are mostly below the fold while the facilitator drops files at the
       top; their layout waits until they come near the screen (find-in-page and screen readers still reach
       them). The placeholder is close to a card's drawn height so the scrollbar does not jump. */
    .capacity {
      content-visibility: auto;
      contain-intrinsic-size: auto 30rem;
    }
  `,
];
