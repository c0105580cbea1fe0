import { css } from 'lit';
import { longTextStyles } from '../../internal/long-text.styles.js';
import { contentStyles, hostStyles, statusStyles } from '../../internal/styles.js';
import { capacityRubricTokens } from '../../internal/token-styles.js';

/**
 * The rubric row follows the element's own width (container queries on `.base`, the one container), not the
 * window's: the N levels (`.n<N>`) sit side by side in one row when each can have about 11rem (`--_row`;
 * the breakpoint is N × 11rem, the gaps and the card's padding), else they stack in one column, never a
 * row of N and a shorter one (four levels as 3 + 1 read as if the last one were set apart). In a wide rubric
 * the row layout below gives the levels their own column and keeps them in one row. In rem, so 200% zoom
 * narrows them too.
 * Nothing has a fixed width. In a level's cell, words are never split to make room (the host's
 * `overflow-wrap: anywhere` would split "Practicing" beside the radio): the name moves under the radio
 * when it does not fit beside it, and only a word wider than the whole cell breaks (`break-word`), so
 * nothing scrolls sideways. The "✓ Chosen" mark sits on the cell's bottom border (absolutely placed,
 * with room kept for it in every cell): it never takes width from the name. Choosing changes only how
 * cells are painted, never their layout: the chosen ring is an inset shadow inside the 1px border (a
 * 3px border where forced colors drop shadows), and every cell has its mark, hidden unless chosen, so an
 * answer for 200 capacities lays nothing out again.
 *
 * No box in a box: a capacity is set apart by a rule above it and its spacing (an answered one also by a
 * bar on its leading edge); the level cells are the only boxes, as they are what a person picks.
 *
 * A host page's rules beat `:host` (e.g. `* { font: inherit; box-sizing: content-box }`), so the text
 * settings and box-sizing are repeated on `.base`, and buttons, radios and the text area get their own look.
 * The chosen answer has a thicker border, a tint and the "✓ Chosen" mark: never color alone.
 * A capacity heading gets focus only when the rubric moves it there (previous / next, a capacity selected
 * elsewhere on the page): its ring shows whatever the last input was, so a mouse user sees where it landed.
 * A capacity of 2 to 4 levels in a wide rubric (`@container rubric`, 56rem: one container for all; `.row`
 * on the fieldset; more levels need the whole width and stay stacked) reads as a table row: its name (and what it means) beside the
 * levels, the other answers in a column of their own after them, and the note under the name; the legend
 * floats so that it is a grid item like the rest. The note is one line that grows with its text
 * (`field-sizing`), its hint shows while it has focus. Capacities in a long list (`.lazy`) are laid out only near the
 * viewport (`content-visibility: auto`, with the height they had once seen): find-in-page, the
 * accessibility tree and print still have all of them. Chrome's autofill reads every text field soon after
 * it appears, and each note in a skipped capacity makes it lay that capacity out on its own (at 200
 * capacities about 340 ms of main-thread work after the first frame, in tasks under 50 ms). Skipping only
 * the levels, never a note, avoids that but was worse for a person: the first frame 170 -> 300 ms (one long
 * task) and every click on a level about 5 ms more (12 -> 17 ms: the capacities out of view were walked on
 * every frame), so the whole capacity is skipped, and in a long list an empty note is a stand-in with the
 * text area's classes (`.field.note`, so it looks the same) until it is used (the templates' `#renderNote`).
 * (Comments live here, not in the CSS: Lit ships the CSS text as written.)
 */

export const styles = [
  hostStyles,
  longTextStyles,
  capacityRubricTokens,
  statusStyles,
  contentStyles,
  css`
    input[type='radio'] {
      margin: 0.1em 0 0;
      accent-color: var(--_chosen);
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
      margin-block: var(--_space) 0.5rem;
    }
    .group-head {
      display: flex;
      flex-wrap: wrap;
      align-items: baseline;
      gap: 0.1rem 1rem;
    }
    .group-heading {
      font-size: var(--_text-xl);
    }
    .group-summary,
    .group-progress,
    .eyebrow,
    .step-position {
      color: var(--_muted);
    }
    .group-summary {
      margin-block-start: 0.25rem;
      max-width: 70ch;
    }
    .group-progress {
      font-size: var(--_text-s);
    }
    .eyebrow {
      font-size: var(--_text-s);
    }
    .step-position {
      font-weight: 600;
      margin-block-end: 0.5rem;
    }

    .base {
      container: rubric / inline-size;
    }
    .capacity {
      margin: 0;
      padding: 0.6rem 0 0.6rem;
      border-block-start: 1px solid var(--_border);
      min-width: 0;
      scroll-margin-block: var(--_space);
    }
    .lazy .group > .capacity {
      content-visibility: auto;
      contain-intrinsic-size: auto 7.5rem;
    }
    .capacity.answered {
      padding-inline-start: 0.6rem;
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
      margin-block-end: 0.35rem;
    }
    .capacity-heading {
      font-size: var(--_text-l);
    }
    .capacity-heading:focus {
      outline: var(--_ring);
      outline-offset: 0;
      box-shadow: var(--_halo);
    }
    .about {
      display: flex;
      flex-direction: column;
      gap: 0.15rem;
      margin-block-end: 0.4rem;
    }
    .details > summary {
      cursor: pointer;
      color: var(--_primary);
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
    /* Inside "About <capacity>": small headings for its definition, look-fors and prompts (issue 15). */
    .about-heading {
      margin-block: 0.5rem 0;
      font-size: 0.95em;
      font-weight: 600;
      line-height: inherit;
    }
    /* After an answer just given: "Next unanswered: <name>" and "Clear answer". */
    .answer-actions {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0.4rem 0.6rem;
      margin-block-start: 0.5rem;
    }

    .levels {
      display: grid;
      grid-template-columns: var(--_row, minmax(0, 1fr));
      gap: 0.35rem;
      min-width: 0;
    }
    @container rubric (min-width: 23.6rem) {
      .n2 {
        --_row: repeat(2, minmax(0, 1fr));
      }
    }
    @container rubric (min-width: 35rem) {
      .n3 {
        --_row: repeat(3, minmax(0, 1fr));
      }
    }
    @container rubric (min-width: 46.3rem) {
      .n4 {
        --_row: repeat(4, minmax(0, 1fr));
      }
    }
    @container rubric (min-width: 57.6rem) {
      .n5 {
        --_row: repeat(5, minmax(0, 1fr));
      }
    }
    @container rubric (min-width: 69rem) {
      .n6 {
        --_row: repeat(6, minmax(0, 1fr));
      }
    }
    @container rubric (min-width: 80.3rem) {
      .n7 {
        --_row: repeat(7, minmax(0, 1fr));
      }
    }
    .level {
      position: relative;
      display: flex;
      flex-wrap: wrap;
      align-content: start;
      gap: 0.15rem 0.4rem;
      min-width: 0;
      padding: 0.3rem 0.5rem 0.6rem;
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      background: var(--_surface);
      line-height: 1.25;
      overflow-wrap: break-word;
      cursor: pointer;
    }
    .level:hover {
      border-color: var(--_chosen);
    }
    .level.chosen,
    .other.chosen {
      border-color: var(--_chosen);
      box-shadow: inset 0 0 0 2px var(--_chosen);
      background: var(--_chosen-surface);
    }
    .level:has(input:focus-visible),
    .other:has(input:focus-visible) {
      outline: var(--_ring);
      outline-offset: 0;
      box-shadow: var(--_halo);
    }
    .level-label {
      min-width: 0;
      font-weight: 700;
    }
    .chosen-mark {
      display: inline-flex;
      align-items: center;
      padding: 0 0.4em;
      border-radius: 999px;
      background: var(--_chosen);
      color: var(--_surface);
      font-size: var(--_text-s);
      font-weight: 700;
      white-space: nowrap;
    }
    .chosen-mark:empty {
      display: none;
    }
    .level > .chosen-mark {
      position: absolute;
      inset-block-end: -0.55em;
      inset-inline-end: 0.35rem;
    }
    .level:not(.chosen) > .chosen-mark {
      visibility: hidden;
    }
    .descriptor {
      flex-basis: 100%;
      min-width: 0;
      display: flex;
      flex-direction: column;
      gap: 0.25rem;
      font-size: var(--_text-s);
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
      font-size: var(--_text-s);
      font-style: italic;
    }

    .others {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0.35rem;
      margin-block-start: 0.4rem;
    }
    .others::before {
      content: attr(data-or) / '';
      color: var(--_muted);
    }
    .other {
      display: inline-flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0.4rem;
      min-height: 1.75rem;
      padding: 0.15rem 0.7rem;
      border: 1px solid var(--_border);
      border-radius: 999px;
      background: var(--_surface);
      cursor: pointer;
      max-width: 100%;
      font-size: var(--_text-s);
    }
    .other input[type='radio'] {
      margin: 0;
    }
    .other:hover {
      border-color: var(--_chosen);
    }
    .clear {
      min-height: 2rem;
      padding-block: 0.1rem;
      font-size: var(--_text-s);
    }

    .note-field {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0.2rem 0.5rem;
      margin-block-start: 0.4rem;
    }
    .note-label {
      font-weight: 600;
    }
    .note {
      display: block;
      flex: 1 1 10rem;
      min-width: 0;
      max-width: 100%;
      min-height: 1.9rem;
      padding-block: 0.15rem;
      font-size: 1em;
      line-height: 1.4;
      resize: vertical;
      overflow: auto;
      field-sizing: content;
      cursor: text;
    }
    .hint {
      flex-basis: 100%;
      color: var(--_muted);
      font-size: var(--_text-s);
    }
    .note-field:not(:focus-within) .hint {
      display: none;
    }

    @container rubric (min-width: 56rem) {
      .row {
        display: grid;
        grid-template-columns: minmax(0, 9rem) minmax(0, 1fr) max-content;
        grid-template-rows: auto auto 1fr;
        grid-template-areas:
          'legend levels others'
          'about levels others'
          'note levels others';
        column-gap: 0.6rem;
      }
      .row > .legend {
        float: inline-start;
        grid-area: legend;
      }
      .row > .about {
        grid-area: about;
      }
      .row > .levels {
        grid-area: levels;
      }
      .row > .others {
        grid-area: others;
        flex-direction: column;
        align-items: stretch;
        align-content: start;
        margin: 0;
      }
      .row > .others::before {
        display: none;
      }
      .row > .note-field {
        grid-area: note;
        align-self: start;
        margin: 0;
      }
    }
    .step-nav {
      display: flex;
      flex-wrap: wrap;
      justify-content: space-between;
      gap: 0.5rem;
    }
    /* Right to left, "previous" sits on the right: its arrow must point right (and "next"'s left). */
    .step-nav .arrow {
      display: inline-block;
    }
    :host(:dir(rtl)) .step-nav .arrow {
      transform: scaleX(-1);
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
      .level.chosen,
      .other.chosen {
        border-width: 3px;
      }
      .chosen-mark {
        forced-color-adjust: none;
        background: Highlight;
        color: HighlightText;
      }
    }
    @media print {
      .answer-actions,
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
      .lazy .group > .capacity {
        content-visibility: visible;
      }
    }
  `,
];
