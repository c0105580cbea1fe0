import { css } from 'lit';
import { contentStyles, hostStyles, statusStyles } from '../../internal/styles.js';

/**
 * Levels are shades of one blue, light to dark with the rank, mixed into the surface: the darkest shade
 * keeps the text at 4.5:1 or more in both schemes (#1a5fb4 at 60 % on white under #1d232b text is 5.7:1;
 * #3d7fd0 at 60 % on #1a1f27 under #e6e9ee is 5.9:1). Every cell also says its level as a number, so color is
 * never the only cue; "hidden" cells are hatched. The heatmap and the tables scroll sideways inside their own
 * box at 320 px; the team column stays in view. In print: no controls, no pager, no file picker.
 */
export const styles = [
  hostStyles,
  statusStyles,
  contentStyles,
  css`
    :host {
      --_heat: light-dark(#1a5fb4, #3d7fd0);
      container-type: inline-size;
    }
    .base {
      display: grid;
      grid-template-columns: minmax(0, 1fr);
      gap: var(--_space);
    }
    .base.dragging {
      outline: 3px dashed var(--_primary);
      outline-offset: 4px;
    }
    #title {
      font-size: var(--_text-xl);
    }
    .hint,
    .count,
    .privacy,
    .comparing {
      color: var(--_muted);
    }
    .privacy {
      padding-inline-start: 0.6rem;
      border-inline-start: 4px solid var(--_primary);
      color: var(--_text);
    }
    .too-few,
    .empty {
      padding: var(--_space);
      border: 1px dashed var(--_border);
      border-radius: var(--_radius);
    }
    .section {
      display: grid;
      gap: calc(var(--_space) * 0.75);
      padding-block-start: var(--_space);
      border-block-start: 1px solid var(--_border);
    }
    /* Below the heatmap, a big network's level counts, summaries and same-stage lists are thousands of
       boxes: they are laid out when they come near the screen, not in the task that draws the view (a
       long task at 1,000 teams). Their text stays in the page: find-in-page and screen readers reach it. */
    [part~='distribution'],
    [part~='groups'],
    [part~='same-stage'] {
      content-visibility: auto;
      contain-intrinsic-size: auto 60rem;
    }
    .label {
      font-weight: 600;
    }
    .controls {
      display: flex;
      flex-wrap: wrap;
      align-items: flex-end;
      gap: var(--_space);
    }
    .control {
      display: grid;
      gap: 0.25rem;
      flex: 1 1 10rem;
      min-width: 0;
    }
    .control .field {
      width: 100%;
    }
    .choice {
      flex: 1 1 100%;
    }
    .issues {
      padding: 0.5rem var(--_space);
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
    }
    .issues summary {
      cursor: pointer;
      font-weight: 600;
    }
    .issues ul {
      display: grid;
      gap: 0.25rem;
      margin-block-start: 0.5rem;
      padding-inline-start: 1.25rem;
    }
    .issues .left-out strong {
      color: var(--_error);
    }
    code {
      font-family: var(--_mono);
      font-size: var(--_text-s);
    }
    .legend {
      display: flex;
      flex-wrap: wrap;
      gap: 0.25rem 1rem;
      padding: 0;
      list-style: none;
      font-size: var(--_text-s);
    }
    .legend li {
      display: inline-flex;
      align-items: center;
      gap: 0.35rem;
    }
    .swatch {
      display: inline-grid;
      place-items: center;
      inline-size: 1.6rem;
      block-size: 1.4rem;
      border: 1px solid var(--_border);
      font-size: var(--_text-s);
    }
    .scroll {
      overflow-x: auto;
      max-inline-size: 100%;
    }
    table {
      border-collapse: collapse;
      font-size: var(--_text-s);
    }
    th,
    td {
      padding: 0.2rem 0.35rem;
      border: 1px solid var(--_border);
      text-align: center;
      font-weight: normal;
    }
    thead th {
      font-weight: 600;
    }
    .heat td,
    .heat .team {
      min-inline-size: 2rem;
      block-size: 2rem;
    }
    /* Speed (issue 19): each cell's words for screen readers sit in a visually hidden, absolutely placed
       span. With the cell as their containing block the browser places them cell by cell; otherwise it
       places 1,500 of them against the whole table, which made drawing a page of 25 teams a long task
       (forced layout of the heatmap measured about 3× slower). */
    .heat td {
      position: relative;
    }
    .heat .team,
    .heat .team-h {
      position: sticky;
      inset-inline-start: 0;
      z-index: 1;
      background: var(--_surface);
      text-align: start;
      white-space: nowrap;
      max-inline-size: 12rem;
      overflow: hidden;
      text-overflow: ellipsis;
    }
    .heat .group {
      text-align: start;
    }
    .heat .cap {
      vertical-align: bottom;
    }
    .heat .cap span {
      display: inline-block;
      writing-mode: vertical-rl;
      transform: rotate(180deg);
      max-block-size: 11rem;
      overflow: hidden;
      text-overflow: ellipsis;
      white-space: nowrap;
      text-align: start;
    }
    .heat [data-cell]:focus-visible {
      outline: var(--_ring);
      outline-offset: -3px;
      box-shadow: inset 0 0 0 6px var(--_focus-halo);
    }
    .c {
      background: var(--_surface);
      color: var(--_text);
    }
    .c.l0 {
      --r: 0;
    }
    .c.l1 {
      --r: 1;
    }
    .c.l2 {
      --r: 2;
    }
    .c.l3 {
      --r: 3;
    }
    .c.l4 {
      --r: 4;
    }
    .c.l5 {
      --r: 5;
    }
    .c.l6 {
      --r: 6;
    }
    .c.l7 {
      --r: 7;
    }
    .c.l8 {
      --r: 8;
    }
    .c.l9 {
      --r: 9;
    }
    .c[class*=' l'] {
      background: color-mix(
        in srgb,
        var(--_heat) calc(6% + 54% * min(var(--r), var(--top)) / var(--top)),
        var(--_surface)
      );
    }
    .c.u,
    .c.s {
      background: var(--_surface-alt);
    }
    .hid {
      background: repeating-linear-gradient(135deg, var(--_surface-alt) 0 6px, var(--_surface) 6px 12px);
    }
    .pager {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0.5rem var(--_space);
    }
    /* Speed (issue 19): flex, not grids. The level counts (60 capacities, a bar of up to 8 segments each)
       nested four grids deep took about twice as long to lay out (trace CPU, 33 ms against 76). */
    .dist-group {
      display: flex;
      flex-direction: column;
      gap: 0.5rem;
    }
    .dist {
      display: flex;
      flex-direction: column;
      gap: 0.6rem;
      padding: 0;
      list-style: none;
    }
    .dist-row {
      display: flex;
      flex-direction: column;
      gap: 0.25rem;
    }
    .dist-name {
      font-weight: 600;
    }
    .dist-part {
      display: flex;
      flex-direction: column;
      gap: 0.15rem;
    }
    .part-label {
      font-size: var(--_text-s);
      color: var(--_muted);
    }
    .bar {
      display: flex;
      min-block-size: 1.75rem;
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      overflow: hidden;
    }
    .empty-bar {
      background: var(--_surface-alt);
    }
    .seg {
      display: flex;
      align-items: center;
      justify-content: center;
      flex-basis: 0;
      min-inline-size: 1.5rem;
      padding-inline: 0.15rem;
      font-size: var(--_text-s);
      overflow: hidden;
      white-space: nowrap;
    }
    .seg + .seg {
      border-inline-start: 1px solid var(--_border);
    }
    .table-wrap summary {
      cursor: pointer;
      color: var(--_link);
      min-block-size: 2rem;
    }
    .data th[scope='row'] {
      text-align: start;
    }
    .stages {
      display: grid;
      gap: var(--_space);
      margin: 0;
      padding-inline-start: 1.5rem;
    }
    .stage {
      display: grid;
      gap: 0.25rem;
    }
    .rule {
      font-weight: 600;
    }
    .stage-teams {
      display: flex;
      flex-wrap: wrap;
      gap: 0.25rem 0.5rem;
      padding: 0;
      list-style: none;
    }
    .stage-teams li {
      padding: 0.1rem 0.5rem;
      border: 1px solid var(--_border);
      border-radius: 999px;
    }
    .export,
    .files {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0.5rem;
    }
    .files {
      padding: var(--_space);
      border: 1px dashed var(--_border);
      border-radius: var(--_radius);
    }
    .files .hint {
      flex: 1 1 100%;
    }
    .files .field {
      max-inline-size: 100%;
    }
    .drop-note {
      font-weight: 600;
      color: var(--_primary);
    }
    @media (forced-colors: active) {
      .c[class*=' l'] {
        forced-color-adjust: none;
        background: Canvas;
        color: CanvasText;
      }
      .hid {
        background: GrayText;
      }
    }
    @media print {
      .controls,
      .pager,
      .files,
      .export,
      .table-wrap summary {
        display: none;
      }
      .scroll {
        overflow: visible;
      }
      .section {
        break-inside: avoid-page;
        content-visibility: visible;
      }
    }
  `,
];
