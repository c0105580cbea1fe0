import { css } from 'lit';
import { contentStyles, hostStyles, statusStyles } from '../../internal/styles.js';
import { filterStyles } from '../../internal/filter-styles.js';
import { resourceLibraryTokens } from '../../internal/token-styles.js';

/**
 * Controls stack on narrow screens and sit side by side when there is room (container queries on the
 * element's own width); the filter panel and chips are the shared filterStyles; cards fill a responsive grid
 * whose narrowest column is `--bp-library-card-min`.
 */
export const styles = [
  hostStyles,
  resourceLibraryTokens,
  statusStyles,
  contentStyles,
  // The filter panel and chips, shared with <provider-list>.
  filterStyles,
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
      font-size: var(--_text-s);
    }
    .field {
      display: block;
      width: 100%;
    }
    .search {
      appearance: auto;
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
    .note {
      padding: 0.5rem var(--_space);
      border-inline-start: 4px solid var(--_primary);
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
