import { css } from 'lit';
import { contentStyles, hostStyles, statusStyles } from '../../internal/styles.js';
import { resourceLibraryTokens } from '../../internal/token-styles.js';

/**
 * Controls stack on narrow screens and sit side by side when there is room (container queries on the
 * element's own width); the filter panel is a native `<details>`; cards fill a responsive grid whose
 * narrowest column is `--bp-library-card-min`. Chips are real buttons with a visible ✕.
 */
export const styles = [
  hostStyles,
  resourceLibraryTokens,
  statusStyles,
  contentStyles,
  css`
    :host {
      container-type: inline-size;
    }
    .base {
      display: grid;
      gap: var(--_space);
    }
    .controls {
      display: flex;
      flex-wrap: wrap;
      align-items: flex-start;
      gap: var(--_space);
      margin: 0;
    }
    .search-field {
      display: grid;
      gap: 0.25rem;
      flex: 1 1 16rem;
      min-width: 0;
    }
    .label {
      font-weight: 600;
    }
    .hint,
    .count,
    .option-count,
    .more p {
      color: var(--_muted);
      font-size: 0.9em;
    }
    .field {
      display: block;
      width: 100%;
    }
    .search {
      appearance: auto;
    }
    fieldset {
      min-width: 0;
      margin: 0;
      padding: 0;
      border: 0;
    }
    legend {
      padding: 0;
      margin-block-end: 0.25rem;
    }
    .mode {
      display: flex;
      flex-wrap: wrap;
      gap: 0.25rem 1rem;
      flex: 0 1 auto;
    }
    .mode legend {
      width: 100%;
    }
    .choice {
      display: flex;
      align-items: flex-start;
      gap: 0.45em;
      min-height: 1.75rem;
      cursor: pointer;
    }
    .choice input {
      appearance: auto;
      flex: none;
      width: 1.1em;
      height: 1.1em;
      margin: 0.2em 0 0;
      accent-color: var(--_focus);
    }
    .filters {
      flex: 1 1 100%;
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      background: var(--_surface);
    }
    .filters > summary {
      padding: 0.5rem var(--_space);
      font-weight: 600;
      cursor: pointer;
    }
    .filter-grid {
      display: grid;
      grid-template-columns: repeat(auto-fill, minmax(min(100%, 13rem), 1fr));
      gap: var(--_space);
      padding: 0 var(--_space) var(--_space);
    }
    .option-count {
      white-space: nowrap;
    }
    .filter[data-dimension='capacity'] {
      grid-column: 1 / -1;
      columns: 14rem auto;
      column-gap: var(--_space);
    }
    .filter[data-dimension='capacity'] .choice {
      break-inside: avoid;
    }
    .chips {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0.5rem;
    }
    .chip-list {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem;
      margin: 0;
      padding: 0;
      list-style: none;
    }
    .chip {
      display: inline-flex;
      align-items: center;
      gap: 0.4em;
      min-height: 2rem;
      margin: 0;
      padding: 0.15rem 0.75rem;
      border: 1px solid var(--_focus);
      border-radius: 999px;
      background: var(--_surface);
      color: inherit;
      font: inherit;
      font-size: 0.9em;
      letter-spacing: normal;
      text-transform: none;
      cursor: pointer;
    }
    .chip:hover {
      box-shadow: inset 0 0 0 1px var(--_focus);
    }
    .note {
      padding: 0.5rem var(--_space);
      border-inline-start: 4px solid var(--_focus);
      background: var(--_surface);
    }
    .list {
      display: grid;
      gap: var(--_space);
      margin: 0;
      padding: 0;
      list-style: none;
    }
    .list.grid {
      grid-template-columns: repeat(auto-fill, minmax(min(100%, var(--_card-min)), 1fr));
    }
    .list.rows {
      gap: 0.5rem;
    }
    .item {
      display: block;
      min-width: 0;
      margin: 0;
      padding: 0;
    }
    .item:focus {
      outline: none;
    }
    .item resource-card {
      height: 100%;
    }
    .empty {
      display: grid;
      justify-items: start;
      gap: 0.5rem;
      padding: var(--_space);
      border: 1px dashed var(--_border);
      border-radius: var(--_radius);
    }
    .more {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0.5rem 1rem;
    }
    @media (forced-colors: active) {
      .chip,
      .filters {
        border-color: CanvasText;
      }
    }
    @media print {
      .controls,
      .chips,
      .more,
      .empty .button {
        display: none;
      }
    }
  `,
];
