import { css } from 'lit';
import { filterStyles } from '../../internal/filter-styles.js';
import { longTextStyles } from '../../internal/long-text.styles.js';
import { contentStyles, hostStyles, statusStyles } from '../../internal/styles.js';

/**
 * Providers are bordered articles in one column (two side by side when the element is wide: container
 * queries on its own width); the filter panel and chips are the resource library's (filterStyles). Facts are
 * a definition list that wraps; the website link and "Ask for support" sit on one row when they fit. In
 * print, the filters and buttons go, and links show where they lead.
 */
export const styles = [
  hostStyles,
  longTextStyles,
  statusStyles,
  contentStyles,
  filterStyles,
  css`
    :host {
      container-type: inline-size;
    }
    .base,
    .team {
      display: grid;
      gap: var(--_space);
    }
    .label {
      font-weight: 600;
    }
    .hint,
    .count {
      color: var(--_muted);
      font-size: var(--_text-s);
    }
    .note {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0.5rem var(--_space);
      padding: 0.5rem var(--_space);
      border-inline-start: 4px solid var(--_primary);
      background: var(--_surface);
    }
    .note p {
      flex: 1 1 18rem;
    }
    .include {
      display: grid;
      gap: 0.15rem;
    }
    .list {
      display: grid;
      gap: var(--_space);
      margin: 0;
      padding: 0;
      list-style: none;
    }
    @container (min-width: 48rem) {
      .list {
        grid-template-columns: repeat(2, minmax(0, 1fr));
      }
    }
    .list > li {
      display: block;
      min-width: 0;
    }
    .provider {
      display: flex;
      flex-direction: column;
      gap: 0.5rem;
      height: 100%;
      box-sizing: border-box;
      padding: var(--_space);
      border: 1px solid var(--_border);
      border-inline-start: 4px solid var(--_primary);
      border-radius: var(--_radius);
      background: var(--_surface);
    }
    .name {
      font-size: var(--_text-l);
    }
    .facts {
      display: grid;
      gap: 0.2rem;
      color: var(--_muted);
      font-size: var(--_text-s);
    }
    .fact dt,
    .fact dd {
      display: inline;
    }
    .fact dt {
      font-weight: 600;
    }
    .fact dt::after {
      content: ': ';
    }
    .actions {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0.5rem var(--_space);
      margin-top: auto;
    }
    .ask {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0.4rem;
      min-width: 0;
      max-width: 100%;
    }
    .ask .field {
      flex: 0 1 auto;
      width: auto;
      min-width: 0;
      max-width: 100%;
    }
    a {
      color: var(--_link);
    }
    .link {
      text-decoration: underline;
      text-underline-offset: 0.15em;
    }
    .link:hover {
      text-decoration-thickness: 2px;
    }
    .team > :is(h2, h3, h4, h5, h6):first-child {
      font-size: var(--_text-xl);
    }
    .capacity-title {
      font-size: var(--_text-l);
    }
    .capacity {
      display: grid;
      gap: 0.5rem;
    }
    .tag {
      display: inline-block;
      margin-inline-start: 0.25em;
      padding: 0 0.5em;
      /* A tint, not a grey box inside the card (the edge stays for forced colors). */
      border: 1px solid transparent;
      border-radius: 999px;
      background: var(--_surface-alt);
      font-size: var(--_text-s);
      font-weight: 600;
      vertical-align: middle;
    }
    .empty {
      display: grid;
      justify-items: start;
      gap: 0.5rem;
      padding: var(--_space);
      border: 1px dashed var(--_border);
      border-radius: var(--_radius);
    }
    @media (forced-colors: active) {
      .provider,
      .tag {
        border-color: CanvasText;
      }
    }
    @media print {
      .ask,
      .include,
      .note .button,
      .empty .button {
        display: none;
      }
      .provider {
        break-inside: avoid;
      }
      .link[href]::after {
        content: ' (' attr(href) ')';
      }
    }
  `,
];
