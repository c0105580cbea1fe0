import { css } from 'lit';
import { contentStyles, hostStyles, statusStyles } from '../../internal/styles.js';
import { capacityRubricTokens } from '../../internal/token-styles.js';

/**
 * The rubric row follows the element's own width (container queries on `.levels-container`), not the
 * window's: levels sit side by side in one row when each can have about 9.5rem (`--_row`), else they wrap
 * into 12rem columns in reading order, down to a single column. In rem, so 200% zoom narrows them too.
 * Nothing has a fixed width; long words wrap (`overflow-wrap: anywhere`).
 *
 * A host page's rules beat `:host` (e.g. `* { font: inherit; box-sizing: content-box }`), so the text
 * settings and box-sizing are repeated on `.base`, and buttons, radios and the text area get their own look.
 * The chosen answer has a thicker border, a tint and the "✓ Chosen" mark: never color alone.
 * A capacity heading gets focus only when the rubric moves it there (previous / next, a capacity selected
 * elsewhere on the page): its ring shows whatever the last input was, so a mouse user sees where it landed.
 * (Comments live here, not in the CSS: Lit ships the CSS text as written.)
 */
export const styles = [
  hostStyles,
  capacityRubricTokens,
  statusStyles,
  contentStyles,
  css`
    input[type='radio'] {
      appearance: auto;
      flex: none;
      width: 1.15em;
      height: 1.15em;
      margin: 0.15em 0 0;
      padding: 0;
      accent-color: var(--_chosen);
      cursor: pointer;
    }

    .progress {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0.5rem 1rem;
      margin-block-end: var(--_space);
    }
    .progress-text {
      font-weight: 600;
    }
    .progress-bar {
      flex: 1 1 8rem;
      max-width: 16rem;
      height: 0.6rem;
      accent-color: var(--_chosen);
    }
    .all-answered {
      color: var(--_muted);
    }

    .group {
      margin-block: calc(var(--_space) * 2);
    }
    .group-heading {
      font-size: 1.3em;
    }
    .group-summary,
    .group-progress,
    .eyebrow,
    .step-position {
      color: var(--_muted);
    }
    .group-summary {
      margin-block-start: 0.25rem;
    }
    .group-progress {
      margin-block-start: 0.25rem;
      font-size: 0.95em;
    }
    .eyebrow {
      font-size: 0.9em;
    }
    .step-position {
      font-weight: 600;
      margin-block-end: 0.5rem;
    }

    .capacity {
      margin-block: var(--_space);
      padding: var(--_space);
      border: 1px solid var(--_border);
      border-radius: calc(var(--_radius) * 1.5);
      background: var(--_surface);
      min-width: 0;
      scroll-margin-block: var(--_space);
    }
    .capacity.answered {
      border-inline-start: 5px solid var(--_chosen);
    }
    .fieldset {
      min-width: 0;
      margin: 0;
      padding: 0;
      border: 0;
    }
    .legend {
      display: block;
      width: 100%;
      padding: 0;
      margin-block-end: 0.4rem;
    }
    .capacity-heading {
      font-size: 1.12em;
    }
    .capacity-heading:focus {
      outline: 3px solid var(--_focus);
      outline-offset: 2px;
    }
    .about {
      display: flex;
      flex-direction: column;
      gap: 0.25rem;
      margin-block-end: 0.6rem;
    }
    .details > summary {
      cursor: pointer;
      font-weight: 600;
      color: var(--_focus);
      width: fit-content;
      max-width: 100%;
    }
    .details > p,
    .details > ul {
      margin-block: 0.3rem 0.5rem;
      max-width: 70ch;
    }
    .details > ul {
      padding-inline-start: 1.25em;
    }

    .levels-container {
      container-type: inline-size;
      min-width: 0;
    }
    .levels {
      display: grid;
      grid-template-columns: var(--_row, repeat(auto-fit, minmax(min(100%, 12rem), 1fr)));
      gap: 0.5rem;
    }
    @container (min-width: 24rem) {
      .n2 {
        --_row: repeat(2, minmax(0, 1fr));
      }
    }
    @container (min-width: 30rem) {
      .n3 {
        --_row: repeat(3, minmax(0, 1fr));
      }
    }
    @container (min-width: 38rem) {
      .n4 {
        --_row: repeat(4, minmax(0, 1fr));
      }
    }
    @container (min-width: 47rem) {
      .n5 {
        --_row: repeat(5, minmax(0, 1fr));
      }
    }
    @container (min-width: 56rem) {
      .n6 {
        --_row: repeat(6, minmax(0, 1fr));
      }
    }
    @container (min-width: 64rem) {
      .n7 {
        --_row: repeat(7, minmax(0, 1fr));
      }
    }
    .level {
      display: flex;
      flex-direction: column;
      gap: 0.4rem;
      min-width: 0;
      padding: 0.6rem 0.7rem;
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      background: var(--_surface);
      cursor: pointer;
    }
    .level:hover {
      border-color: var(--_chosen);
    }
    .level.chosen {
      padding: calc(0.6rem - 2px) calc(0.7rem - 2px);
      border: 3px solid var(--_chosen);
      background: var(--_chosen-surface);
    }
    .level:has(input:focus-visible),
    .other:has(input:focus-visible) {
      outline: 3px solid var(--_focus);
      outline-offset: 2px;
    }
    .level-head {
      display: flex;
      align-items: flex-start;
      gap: 0.5rem;
    }
    .level-label {
      flex: 1 1 0;
      min-width: 0;
      font-weight: 700;
    }
    .chosen-mark {
      display: inline-flex;
      align-self: flex-start;
      align-items: center;
      gap: 0.2em;
      padding: 0 0.4em;
      border-radius: 999px;
      background: var(--_chosen);
      color: var(--_surface);
      font-size: 0.85em;
      font-weight: 700;
      white-space: nowrap;
    }
    .descriptor {
      display: flex;
      flex-direction: column;
      gap: 0.35rem;
      font-size: 0.95em;
    }
    .indicators {
      display: block;
      padding-inline-start: 1.1em;
    }
    .indicator {
      display: list-item;
      list-style: disc;
    }
    .general-note {
      color: var(--_muted);
      font-size: 0.9em;
      font-style: italic;
    }

    .others {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0.5rem;
      margin-block-start: 0.6rem;
    }
    .others-label {
      color: var(--_muted);
    }
    .other {
      display: inline-flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0.4rem;
      min-height: 2.5rem;
      padding: 0.3rem 0.8rem;
      border: 1px solid var(--_border);
      border-radius: 999px;
      background: var(--_surface);
      cursor: pointer;
      max-width: 100%;
    }
    .other input[type='radio'] {
      margin: 0;
    }
    .other:hover {
      border-color: var(--_chosen);
    }
    .other.chosen {
      padding: calc(0.3rem - 2px) calc(0.8rem - 2px);
      border: 3px solid var(--_chosen);
      background: var(--_chosen-surface);
    }

    .note-field {
      display: flex;
      flex-direction: column;
      gap: 0.25rem;
      margin-block-start: 0.75rem;
    }
    .note-label {
      font-weight: 600;
    }
    .note {
      display: block;
      width: 100%;
      max-width: 100%;
      min-height: 3.5em;
      font-size: 1em;
      line-height: 1.4;
      resize: vertical;
      overflow: auto;
    }
    .hint {
      color: var(--_muted);
      font-size: 0.9em;
    }

    .step-nav {
      display: flex;
      flex-wrap: wrap;
      justify-content: space-between;
      gap: 0.5rem;
    }

    .answer {
      display: flex;
      flex-direction: column;
      gap: 0.35rem;
    }
    .answer-row {
      display: flex;
      flex-wrap: wrap;
      gap: 0.25rem 0.75rem;
    }
    .answer dt {
      font-weight: 600;
      min-width: 6rem;
    }
    .answer dd {
      flex: 1 1 16rem;
      min-width: 0;
    }
    .answer-descriptor {
      display: block;
      margin-block-start: 0.2rem;
    }
    .unanswered {
      color: var(--_muted);
      font-style: italic;
    }
    .note-text {
      white-space: pre-wrap;
    }

    @media (forced-colors: active) {
      .level.chosen,
      .other.chosen,
      .capacity.answered {
        border-color: Highlight;
      }
      .chosen-mark {
        forced-color-adjust: none;
        background: Highlight;
        color: HighlightText;
      }
    }
    @media print {
      .next-unanswered,
      .step-nav,
      .clear,
      .progress-bar,
      .hint {
        display: none;
      }
      .capacity,
      .level {
        break-inside: avoid;
      }
    }
  `,
];
