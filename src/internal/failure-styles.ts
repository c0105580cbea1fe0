import { css } from 'lit';

/**
 * The disclosure and the words inside the error box (added to the shared status styles). Apart from the
 * box's template (failure-view.ts), which loads on first failure (failure-box.ts): every element's styles
 * are made at once.
 */
export const failureStyles = css`
  .failure:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  .failure-words {
    margin: 0;
  }
  [part~='error-detail'] {
    margin-top: 0.5em;
  }
  [part~='error-detail'] > summary {
    cursor: pointer;
    width: fit-content;
  }
  [part~='error-detail'] > p {
    margin: 0.5em 0 0;
  }
  [part~='retry'] {
    display: block;
  }
`;
