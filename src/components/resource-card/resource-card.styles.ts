import { css } from 'lit';
import { longTextStyles } from '../../internal/long-text.styles.js';
import { contentStyles, hostStyles, statusStyles } from '../../internal/styles.js';
import { resourceCardTokens } from '../../internal/token-styles.js';

/**
 * A card is an `<article>` with a colored top edge; `compact` is a bordered row for lists and reports.
 * Badges are outlined (not color-coded), so meaning never rests on color. In print, links show their URL.
 */
export const styles = [
  hostStyles,
  longTextStyles,
  resourceCardTokens,
  statusStyles,
  contentStyles,
  css`
    .card {
      display: flex;
      flex-direction: column;
      gap: 0.4rem;
      height: 100%;
      margin: 0;
      padding: var(--_space);
      border: 1px solid var(--_border);
      border-top: 4px solid var(--_accent);
      border-radius: var(--_radius);
      background: var(--_surface);
    }
    .card.compact {
      flex-flow: row wrap;
      align-items: baseline;
      gap: 0.2rem 0.75rem;
      padding: calc(var(--_space) * 0.6) var(--_space);
      border-top-width: 1px;
      border-inline-start: 4px solid var(--_accent);
    }
    .title {
      font-size: var(--_text-l);
    }
    .compact .title {
      flex: 1 1 16rem;
      font-size: 1em;
    }
    .compact .reason,
    .compact .badges {
      flex: 1 1 100%;
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
    .publisher,
    .facts {
      color: var(--_muted);
      font-size: var(--_text-s);
    }
    .reason {
      font-size: var(--_text-s);
      font-weight: 600;
      padding-inline-start: 0.6rem;
      border-inline-start: 3px solid var(--_accent);
    }
    .badges {
      display: flex;
      flex-wrap: wrap;
      gap: 0.35rem;
      margin: 0;
      padding: 0;
      list-style: none;
    }
    /* A tint, not a second grey box inside the card (the edge is kept transparent for forced colors). */
    .badge {
      display: inline-block;
      margin: 0;
      padding: 0.05rem 0.5rem;
      border: 1px solid transparent;
      border-radius: 999px;
      background: var(--_badge);
      font-size: var(--_text-s);
      line-height: 1.6;
    }
    .facts {
      display: grid;
      gap: 0.15rem;
      margin: 0;
    }
    .fact {
      display: flex;
      flex-wrap: wrap;
      gap: 0 0.4em;
    }
    dt {
      font-weight: 600;
    }
    dt::after {
      content: ':';
    }
    dd {
      margin: 0;
    }
    .actions[hidden] {
      display: none;
    }
    @media (forced-colors: active) {
      .card,
      .badge {
        border-color: CanvasText;
      }
      .link {
        color: LinkText;
      }
    }
    @media print {
      .card {
        break-inside: avoid;
        border-top-width: 1px;
      }
      .link::after {
        content: ' (' attr(href) ')';
        font-weight: normal;
        color: var(--_text);
        overflow-wrap: anywhere;
      }
      .actions {
        display: none;
      }
    }
  `,
];
