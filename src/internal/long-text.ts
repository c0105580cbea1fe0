/**
 * Framework text far longer than any real one (issue "nothing is lost", finding 7: a 30,000-character name
 * froze a rubric for seconds, a 1 MB title the whole page) is shown clipped, so the page stays fast, and
 * the full text stays one button away. Names are clipped to TEXT_LIMITS.name.shown wherever they appear;
 * longer texts (descriptions, descriptors, considerations) to TEXT_LIMITS.text.shown, with a "Show the full
 * text" button that puts the rest on the page only when asked.
 */
import { html, type TemplateResult } from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import { clip, TEXT_LIMITS } from '../framework/limits.js';

export { fullNameTitle, shortName } from './short-name.js';

/** The button's two labels, from the widget's string table. */
export interface LongTextWords {
  readonly showFullText: string;
  readonly showLessText: string;
}

/**
 * `text` as it is when it fits `limit` (the usual case: a plain string, nothing added), else its first
 * `limit` characters and a "Show the full text" button that swaps in the whole text, and back. The button
 * stays where it is (focus stays on it), says its state with `aria-expanded`, and its label changes.
 *
 * The swap is done on the two nodes directly, not through the host's state: the widgets keep their
 * framework-text templates from one render to the next (the rubric makes them once per framework), so a
 * host render would not reach them. `keyed` starts over with fresh, collapsed nodes whenever the text or the
 * language changes, so what is shown never disagrees with the button.
 */
export function longText(
  text: string,
  words: LongTextWords,
  limit: number = TEXT_LIMITS.text.shown,
): unknown {
  const shown = clip(text, limit);
  if (shown === text) return text;
  const toggle = (e: Event) => {
    const button = e.currentTarget as HTMLButtonElement;
    const target = button.previousElementSibling as HTMLElement;
    const open = button.getAttribute('aria-expanded') !== 'true';
    target.textContent = open ? text : shown;
    button.setAttribute('aria-expanded', String(open));
    button.textContent = open ? words.showLessText : words.showFullText;
  };
  const body: TemplateResult = html`<span class="long-text" .textContent=${shown}></span>
    <button
      type="button"
      class="show-full"
      part="show-full"
      aria-expanded="false"
      @click=${toggle}
      .textContent=${words.showFullText}
    ></button>`;
  // Keyed on the words (the language) and on the text.
  return keyed(words, keyed(text, body));
}
