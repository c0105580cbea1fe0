import { css } from 'lit';

/**
 * The filter panel and chips that `<resource-library>` and `<provider-list>` share: a native `<details>` of
 * fieldsets of checkboxes (each option with the count it would give, the counts in a column at the end of
 * each row; options with no result stay out, see filter-options.ts), and the active filters as chips, real
 * buttons with a visible ✕.
 */
export const filterStyles = css`
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
  /* The box sits on the option's first line (.check, styles.ts); the count shares the words' baseline. */
  .choice > span {
    align-self: baseline;
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
    margin-inline-start: auto;
    padding-inline-start: 0.5em;
    color: var(--_muted);
    font-size: var(--_text-s);
    font-variant-numeric: tabular-nums;
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
    border: 1px solid var(--_primary);
    border-radius: 999px;
    background: var(--_surface);
    color: inherit;
    font: inherit;
    font-size: var(--_text-s);
    letter-spacing: normal;
    text-transform: none;
    cursor: pointer;
  }
  .chip:hover {
    box-shadow: inset 0 0 0 1px var(--_primary);
  }
  @media (forced-colors: active) {
    .chip,
    .filters {
      border-color: CanvasText;
    }
  }
  @media print {
    .filters,
    .chips {
      display: none;
    }
  }
`;
