import { css } from 'lit';
import { contentStyles, hostStyles, statusStyles } from '../../internal/styles.js';

/**
 * Steps as cards in one column; the fields of an open step in a grid that is one column on a phone and two
 * where there is room (a container query on the element's own width). An overdue step has a thick dashed
 * edge in the error color and a "!" mark with words; a stale one a dotted edge and "?" with words: never
 * color alone. In print: no tools, no editor, the plan as a table.
 */
export const styles = [
  hostStyles,
  statusStyles,
  contentStyles,
  css`
    :host {
      container-type: inline-size;
    }
    .base {
      display: grid;
      grid-template-columns: minmax(0, 1fr);
      gap: var(--_space);
    }
    .title {
      font-size: var(--_text-xl);
    }
    .intro,
    .muted,
    .count,
    .meta,
    .notice {
      color: var(--_muted);
    }
    .suggestions {
      display: grid;
      gap: 0.75rem;
      padding: var(--_space);
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      background: var(--_surface);
    }
    .suggestion {
      display: grid;
      gap: 0.35rem;
    }
    .actions,
    .items,
    .stale ul,
    .resources ul {
      margin: 0;
      padding: 0;
      list-style: none;
    }
    .actions {
      display: grid;
      gap: 0.5rem;
    }
    .actions li {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      justify-content: space-between;
      gap: 0.25rem 0.75rem;
    }
    .in-plan {
      font-weight: 600;
    }
    .tools,
    .item-tools {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0.5rem;
    }
    .tools > *,
    .item-tools > *,
    select,
    input {
      min-width: 0;
      max-width: 100%;
    }
    /* Moving and removing a step are small, compact controls beside its status and "Edit details" (2rem,
       over the 24 px WCAG asks), so a step's tools take two rows on a phone, not five. */
    .item-tools .button:not([aria-expanded]) {
      min-height: 2rem;
      padding: 0.1rem 0.6rem;
      font-size: var(--_text-s);
    }
    .tool-pair {
      display: inline-flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0.5rem;
    }
    .field-label {
      font-weight: 600;
    }
    .notice-row {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0.5rem;
    }
    .notice:empty {
      display: none;
    }
    .items {
      display: grid;
      gap: 0.75rem;
    }
    .item {
      display: grid;
      gap: 0.5rem;
      padding: var(--_space);
      border: 1px solid var(--_border);
      border-inline-start-width: 4px;
      border-radius: var(--_radius);
      background: var(--_bg);
    }
    .item.is-overdue {
      border-color: var(--_error);
      border-inline-start-style: dashed;
      border-inline-start-width: 6px;
    }
    .item.is-stale {
      border-style: dotted;
    }
    .item-head {
      display: grid;
      gap: 0.25rem;
    }
    .item-title {
      font-size: var(--_text-l);
    }
    .meta {
      display: flex;
      flex-wrap: wrap;
      gap: 0.25rem 0.75rem;
    }
    .capacity {
      font-weight: 600;
      color: var(--_text);
    }
    /* A tint, not a second grey box inside the step's card (the edge stays for forced colors). */
    .badge {
      padding: 0 0.5em;
      border: 1px solid transparent;
      border-radius: 999px;
      background: var(--_surface-alt);
      color: var(--_text);
    }
    .status-done {
      text-decoration: none;
      font-weight: 600;
    }
    .status-dropped {
      text-decoration: line-through;
    }
    .stale {
      display: grid;
      gap: 0.15rem;
    }
    .overdue {
      color: var(--_error);
      font-weight: 700;
    }
    /* Inline, so the words wrap beside the mark on a phone instead of dropping below it. */
    .mark {
      display: inline-grid;
      vertical-align: text-bottom;
      place-items: center;
      min-width: 1.4em;
      height: 1.4em;
      margin-inline-end: 0.4rem;
      border: 2px solid currentColor;
      border-radius: 50%;
      font-weight: 700;
      line-height: 1;
    }
    .moved-up {
      font-weight: 600;
    }
    .details[hidden] {
      display: none;
    }
    .fields {
      display: grid;
      grid-template-columns: minmax(0, 1fr);
      gap: 0.75rem;
      padding-block-start: 0.5rem;
      border-block-start: 1px solid var(--_border);
    }
    @container (min-width: 36rem) {
      .fields {
        grid-template-columns: repeat(2, minmax(0, 1fr));
      }
      .field-row.wide {
        grid-column: 1 / -1;
      }
    }
    .field-row {
      display: grid;
      gap: 0.25rem;
      min-width: 0;
      margin: 0;
      padding: 0;
      border: 0;
    }
    .field-row .field {
      width: 100%;
    }
    textarea.field {
      resize: vertical;
    }
    legend {
      padding: 0;
      margin-block-end: 0.25rem;
    }
    .resources ul {
      display: grid;
      gap: 0.25rem;
    }
    .print-table {
      display: none;
      width: 100%;
      border-collapse: collapse;
    }
    .print-table caption {
      text-align: start;
      font-weight: 700;
      padding-block-end: 0.25rem;
    }
    .print-table th,
    .print-table td {
      padding: 0.25rem 0.4rem;
      border: 1px solid #000;
      text-align: start;
      vertical-align: top;
    }
    @media (forced-colors: active) {
      .badge {
        border-color: CanvasText;
      }
    }
    @media print {
      .tools,
      .item-tools,
      .notice-row,
      .suggestions,
      .intro,
      .count,
      .items,
      .empty {
        display: none;
      }
      .print-table {
        display: table;
        color: #000;
        background: #fff;
      }
      .print-table tr {
        break-inside: avoid;
      }
    }
  `,
];
