import { css } from 'lit';

/**
 * The "Show the full text" button of `longText` (long-text.ts; a module of its own, so that a widget's styles
 * do not bring the helper's code into the core): a small text button after the clipped text (the page's link color, at
 * least 24 px tall for a finger), with the library's focus ring. A full text can be one unbroken "word" of
 * hundreds of characters once shown: it wraps like any text of the widget.
 */
export const longTextStyles = css`
  .show-full {
    display: inline-block;
    min-height: 24px;
    margin: 0;
    padding: 0.1em 0.2em;
    border: 0;
    background: none;
    color: var(--_link);
    font: inherit;
    letter-spacing: inherit;
    text-decoration: underline;
    text-underline-offset: 0.15em;
    cursor: pointer;
  }
  .show-full:focus-visible {
    outline: var(--_ring);
    outline-offset: 0;
    box-shadow: var(--_halo);
  }
  @media print {
    .show-full {
      display: none;
    }
  }
`;
