/**
 * What the page says when an element's code cannot be fetched (src/internal/autoload.ts): each element of
 * those tags in the document gets a short message inside itself, in its language (`role="alert"`, once),
 * and fires `bp-error` (source `script`); the console names the file. The element never upgrades, so the
 * message is plain light DOM.
 */
import { strings } from '../i18n/index.js';
import { BpErrorEvent } from '../events/index.js';
import { inheritedLang } from './locale.js';

export function reportLoadFailure(tags: readonly string[], error: unknown, doc: Document = document): void {
  const reason = error instanceof Error ? error.message : String(error);
  console.error(
    `blueprint-widgets: ${tags.map((t) => `<${t}>`).join(', ')} could not be loaded (${reason}).`,
  );
  for (const el of doc.querySelectorAll(tags.join(','))) {
    if (customElements.get(el.localName) || el.querySelector(':scope > [data-bp-load-error]')) continue;
    const text = strings(inheritedLang(el)).elementFailed;
    const note = doc.createElement('p');
    note.setAttribute('role', 'alert');
    note.setAttribute('data-bp-load-error', '');
    note.textContent = text;
    el.append(note);
    el.dispatchEvent(
      new BpErrorEvent({
        errors: [{ path: '', message: `${text} (${reason})`, severity: 'error', code: 'load' }],
        source: 'script',
      }),
    );
  }
}
