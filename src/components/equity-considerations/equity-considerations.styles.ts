import { css } from 'lit';
import { longTextStyles } from '../../internal/long-text.styles.js';
import { contentStyles, hostStyles, statusStyles } from '../../internal/styles.js';
import { equityConsiderationsTokens } from '../../internal/token-styles.js';

/**
 * Each section carries its group's color on its leading edge (`--c`, set from the framework) and the
 * group's name in words; the team's level in `all-levels` is tinted, bordered and labelled.
 */
export const styles = [
  hostStyles,
  longTextStyles,
  equityConsiderationsTokens,
  statusStyles,
  contentStyles,
  css`
    .base {
      display: grid;
      gap: var(--_space);
    }
    .group {
      display: block;
      margin: 0;
      padding: var(--_space);
      border: 1px solid var(--_border);
      border-inline-start: 6px solid var(--c, var(--_border));
      border-radius: var(--_radius);
      background: var(--_surface);
    }
    .heading {
      font-size: var(--_text-l);
    }
    .eyebrow,
    .context,
    .source {
      color: var(--_muted);
      font-size: var(--_text-s);
    }
    .context {
      margin-block-end: 0.4rem;
    }
    .items {
      margin: 0.25rem 0 0;
      padding-inline-start: 1.25em;
    }
    .items li + li {
      margin-block-start: 0.25rem;
    }
    .override {
      margin-block-start: var(--_space);
      padding-inline-start: var(--_space);
      border-inline-start: 2px dashed var(--_border);
    }
    .override-heading,
    .level-heading {
      font-size: 1em;
    }
    .pending,
    .empty {
      font-style: italic;
    }
    .levels {
      display: grid;
      gap: 0.5rem;
      margin: 0.5rem 0 0;
      padding: 0;
      list-style: none;
    }
    .level {
      margin: 0;
      padding: 0.5rem 0.75rem;
      border: 1px solid transparent;
      border-radius: var(--_radius);
    }
    .level.current {
      border: 2px solid var(--c, var(--_border));
      background: var(--_current);
    }
    .your-level {
      display: inline-block;
      margin-inline-start: 0.5em;
      padding: 0 0.5em;
      border: 1px solid currentColor;
      border-radius: 999px;
      font-size: var(--_text-s);
      font-weight: 600;
      vertical-align: middle;
    }
    @media (forced-colors: active) {
      .group,
      .level.current {
        border-color: CanvasText;
      }
    }
    @media print {
      .group {
        break-inside: avoid;
      }
    }
  `,
];
