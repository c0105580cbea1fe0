import { css } from 'lit';
import { contentStyles, hostStyles, statusStyles } from '../../internal/styles.js';

/**
 * On screen: sections as cards, each group with its color on the leading edge; nothing in a card draws a
 * box of its own (the considerations inside a group card lose their border: the card's edge says the group).
 * The open capacities read as a to-do list of links ("→ name"), not as buttons. In print: no tools or
 * priority checkboxes, a new page for each group, sections kept whole where they fit, black text on white
 * so colors that turn grey lose nothing (the words say everything the colors do).
 */
export const styles = [
  hostStyles,
  statusStyles,
  contentStyles,
  css`
    .base {
      display: grid;
      /* minmax(0, …): a long word or a wide row never makes the column wider than the element (320 px). */
      grid-template-columns: minmax(0, 1fr);
      gap: calc(var(--_space) * 1.5);
    }
    .title {
      font-size: var(--_text-xl);
    }
    .meta,
    .hint,
    .muted,
    .notice {
      color: var(--_muted);
    }
    .open {
      display: grid;
      gap: 0.25rem;
      margin-block-start: 0.5rem;
    }
    .start {
      padding-inline-start: 0.75rem;
      border-inline-start: 4px solid var(--_primary);
      font-weight: 600;
    }
    .open-row {
      display: grid;
      gap: 0.25rem;
    }
    .open-list {
      display: grid;
      grid-template-columns: repeat(auto-fill, minmax(min(100%, 16rem), 1fr));
      gap: 0 1.5rem;
      margin: 0;
      padding: 0;
      list-style: none;
    }
    .open-list > li {
      min-width: 0;
    }
    .link-button.link-button {
      display: inline-flex;
      align-items: baseline;
      gap: 0.4em;
      max-width: 100%;
      min-height: 2rem;
      padding: 0.2rem 0;
      border: 0;
      background: none;
      /* Links' color: the focus colors are for focus only (docs/design-language.md). */
      color: var(--_link);
      font-weight: 400;
      text-align: start;
      text-decoration: underline;
      text-decoration-thickness: 1px;
      text-underline-offset: 0.2em;
    }
    .link-button::before {
      content: '→' / '';
      text-decoration: none;
    }
    .link-button:hover {
      text-decoration-thickness: 2px;
    }
    .tools {
      display: grid;
      grid-template-columns: minmax(0, 1fr);
      gap: 0.5rem;
      padding: var(--_space);
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      background: var(--_surface);
    }
    .tool-row {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0.5rem;
    }
    /* A text field is 20 characters wide by default, a select as wide as its longest option (a snapshot's
       label): at a large base font either is wider than a phone. */
    .tool-row > *,
    .tool-row input,
    .tool-row select {
      min-width: 0;
      max-width: 100%;
    }
    /* Buttons line up by their tops; an option hangs under the button it changes. */
    .tool-row.buttons {
      align-items: flex-start;
    }
    /* A button with the option that changes what it does, the option under it. */
    .tool-group {
      display: inline-flex;
      flex-direction: column;
      align-items: flex-start;
      gap: 0.375rem;
    }
    .tool-pair {
      display: inline-flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0.5rem;
    }
    .moment {
      flex: 1 1 10rem;
      min-width: 0;
    }
    .notice:empty {
      display: none;
    }
    .section {
      display: block;
      margin: 0;
    }
    .section > :is(h2, h3, h4, h5, h6) {
      margin-block-end: 0.5rem;
      font-size: var(--_text-xl);
    }
    .highlight > :is(h3, h4, h5, h6) {
      font-size: 1em;
    }
    .capacity-title {
      font-size: var(--_text-l);
    }
    .highlight + .highlight {
      margin-block-start: 0.5rem;
    }
    .tie {
      color: var(--_muted);
    }
    .group {
      padding: var(--_space);
      border: 1px solid var(--_border);
      border-inline-start: 6px solid var(--c, var(--_border));
      border-radius: var(--_radius);
      background: var(--_surface);
    }
    .considerations {
      margin-block-end: var(--_space);
    }
    .considerations > equity-considerations::part(group) {
      padding: 0;
      border: 0;
      border-radius: 0;
      background: none;
    }
    .considerations-title {
      margin-block: 0.5rem;
      font-size: var(--_text-l);
    }
    .capacity {
      margin-block-start: var(--_space);
      padding-block-start: var(--_space);
      border-top: 1px solid var(--_border);
      /* A big framework has hundreds of capacity sections: the browser lays out and paints only those near
         the screen, so a change in one does not cost a layout of all (issue "nothing is lost", finding 8).
         The margin keeps focus rings that reach past the section's edge from being cut (paint containment). */
      content-visibility: auto;
      contain-intrinsic-size: auto 20rem;
      overflow-clip-margin: 0.5rem;
    }
    .capacity.is-priority {
      padding-inline-start: 0.75rem;
      border-inline-start: 4px solid var(--_primary);
    }
    .priorities > .capacity:first-of-type {
      border-top: 0;
    }
    .priority-mark {
      display: inline-block;
      margin-inline-start: 0.5em;
      padding: 0 0.5em;
      border: 1px solid currentColor;
      border-radius: 999px;
      font-size: var(--_text-s);
      vertical-align: middle;
    }
    .facts {
      display: grid;
      gap: 0.5rem;
      margin: 0.5rem 0;
    }
    dt {
      font-weight: 700;
    }
    dd {
      margin: 0;
    }
    .actions,
    .resources {
      margin: 0.25rem 0 0;
      padding-inline-start: 1.25em;
    }
    .resources {
      display: grid;
      gap: 0.4rem;
      padding: 0;
      list-style: none;
    }
    .note {
      white-space: pre-wrap;
    }
    .resource-count {
      margin: 0.4rem 0 0;
    }
    .show-all {
      margin-block-start: 0.4rem;
    }
    .priority-toggle {
      min-height: 2rem;
    }
    /* A checkbox option among the tools: its box on the first line of its words (.check), not centered. */
    .tool-pair.check {
      display: flex;
      flex-wrap: nowrap;
      align-items: flex-start;
    }
    /* "How the team sees it" (issue 17): a table that scrolls in its own box on a phone, words kept whole. */
    .team-table {
      max-width: 100%;
      overflow-x: auto;
    }
    .team-table table {
      border-collapse: collapse;
      min-width: 100%;
    }
    .team-table th,
    .team-table td {
      padding: 0.35rem 0.5rem;
      border-bottom: 1px solid var(--_border);
      text-align: start;
      vertical-align: top;
    }
    @media (forced-colors: active) {
      .group,
      .tools {
        border-color: CanvasText;
      }
    }
    @media print {
      :host {
        --bp-color-text: #000;
        --bp-color-text-muted: #333;
      }
      .tools,
      .priority-toggle,
      .show-all,
      .hint,
      .priority-toggle + .muted {
        display: none;
      }
      .link-button {
        min-height: 0;
        padding: 0;
        border: 0;
        text-decoration: none;
      }
      .group {
        break-before: page;
        border: 0;
        border-inline-start: 0;
        padding: 0;
        background: none;
      }
      .capacity {
        break-inside: avoid;
        content-visibility: visible;
      }
      .team-table {
        overflow: visible;
      }
      .team-table tr {
        break-inside: avoid;
      }
    }
  `,
];
