import { css } from 'lit';
import { hostStyles, statusStyles } from '../../internal/styles.js';

export const styles = [
  hostStyles,
  statusStyles,
  css`
    /*
     * The provider wraps the partner's own content: it must not restyle it. Inherited properties go back
     * to the page's values on the host, and only the provider's own messages use the --bp-* text tokens.
     */
    :host {
      font: inherit;
      color: inherit;
      letter-spacing: inherit;
      word-spacing: inherit;
      line-height: inherit;
      text-align: inherit;
      text-indent: inherit;
      text-transform: inherit;
      white-space: inherit;
      overflow-wrap: inherit;
    }
    .base {
      display: block;
    }
    [part~='status'],
    [part~='error'] {
      font-family: var(--bp-font-family, system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif);
      font-size: var(--bp-font-size, 1rem);
      font-weight: normal;
      font-style: normal;
      line-height: var(--bp-line-height, 1.5);
      letter-spacing: normal;
      word-spacing: normal;
      text-align: start;
      text-transform: none;
      white-space: normal;
      overflow-wrap: anywhere;
    }
  `,
];
