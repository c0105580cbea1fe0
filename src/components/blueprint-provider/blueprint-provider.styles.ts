import { css } from 'lit';
import { hostStyles, statusStyles } from '../../internal/styles.js';

export const styles = [
  hostStyles,
  statusStyles,
  css`
    /*
     * The provider wraps the partner's own content: it must not restyle it. Inherited properties (and the
     * color scheme, and the background) go back to the page's values on the host, and only the provider's
     * own messages use the --bp-* tokens. Its theme attribute still reaches the widgets inside: it sets
     * --bp-color-scheme, which they read.
     */
    :host,
    :host([theme]) {
      color-scheme: inherit;
    }
    :host {
      background: none;
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
    /* Nor does a dark theme pad the partner's content (hostStyles pads a widget's dark slab). */
    .base,
    :host([theme]) [part~='base'] {
      display: block;
      padding: 0;
    }
    [part~='status'],
    [part~='error'],
    [part~='notice'] {
      color-scheme: var(--bp-color-scheme);
      font-family: var(--_font);
      font-size: var(--_size);
      font-weight: normal;
      font-style: normal;
      line-height: var(--_leading);
      letter-spacing: normal;
      word-spacing: normal;
      text-align: start;
      text-transform: none;
      white-space: normal;
      overflow-wrap: anywhere;
    }
    [part~='status'] {
      background: var(--_bg);
    }
    [part~='notice'] {
      margin: 0 0 var(--_space);
      padding: var(--_space);
      border: 2px solid var(--_border);
      border-radius: var(--_radius);
      background: var(--_surface);
      color: var(--_text);
    }
    [part~='notice']:focus-visible,
    [part~='notice-action']:focus-visible {
      outline: var(--_ring);
      outline-offset: 0;
      box-shadow: var(--_halo);
    }
    [part~='notice-action'] {
      font: inherit;
      min-height: var(--_control);
      margin-inline-start: 0.5em;
      padding: 0.35rem 0.9rem;
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      background: var(--_surface);
      color: inherit;
      cursor: pointer;
    }
    /* Print is always light, as in every widget (hostStyles), also for the provider's own messages. */
    @media print {
      [part~='status'],
      [part~='error'],
      [part~='notice'] {
        color-scheme: light;
      }
    }
  `,
];
