/**
 * One announcement per action, from the widget in use (issue 15). A rating in the rubric changes what
 * the bars, the report and the library show; if each said so in its live region, a screen reader would
 * read three or four messages for one click. The rule: only the widget the person is using speaks, the
 * others update silently.
 *
 * "In use" is known from the person's last input on the page: the path (through shadow roots) of the last
 * `keydown`, `pointerdown`, `click` or `input` event. A widget on that path is in use; a change that reaches
 * a widget from elsewhere (another widget, the page's code, another window) is not announced by it. Errors
 * (`role="alert"`) and messages about the page as a whole (the provider's notices) are not gated.
 */

/**
 * The elements the last input event went through. Held weakly: a widget removed from the page since then
 * (and everything it holds) can still be collected.
 */
let lastPath = new WeakSet<EventTarget>();

if (typeof document !== 'undefined')
  // Capture phase on the document: seen before any widget handles (or stops) the event.
  for (const type of ['keydown', 'pointerdown', 'click', 'input'])
    document.addEventListener(type, (e) => (lastPath = new WeakSet(e.composedPath())), {
      capture: true,
      passive: true,
    });

/**
 * Whether the person's last input was in `widget` (or in an element inside it, through shadow roots): a
 * widget's polite live region changes only then, else it keeps what it said (so nothing is read).
 */
export const inUse = (widget: Element): boolean => lastPath.has(widget);
