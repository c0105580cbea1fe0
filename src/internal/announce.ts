/**
 * One announcement per action, from the widget in use (issue 15). A rating in the rubric changes what
 * the bars, the report and the library show; if each said so in its live region, a screen reader would
 * read three or four messages for one click. The rule: only the widget the person is using speaks, the
 * others update silently.
 *
 * "In use" is the widget the person is in now: the one that holds the focus (through shadow roots). When
 * the focus is on no element (the page's `<body>`: after a click on an empty part of the page, or when a
 * render took away the control that had it), the widget of the person's last input (`keydown`,
 * `pointerdown`, `click`, `input`) is in use, for a few seconds: long enough for what that input changed
 * to be said, not so long that a widget the person left speaks for a change that came later from elsewhere
 * (another widget, the page's code, another window). A change that reaches a widget the person is not in
 * is not announced by it. Errors (`role="alert"`) and messages about the page as a whole (the provider's
 * notices) are not gated.
 */

/** How long the last input speaks for its widget once the focus is on no element. */
const INPUT_WINDOW_MS = 5000;

/**
 * The elements the last input event (or focus move) went through. Held weakly: a widget removed from the
 * page since then (and everything it holds) can still be collected.
 */
let lastPath = new WeakSet<EventTarget>();
let lastAt = -Infinity;

if (typeof document !== 'undefined')
  // Capture phase on the document: seen before any widget handles (or stops) the event. A focus move is
  // recorded too: after a Tab out of a widget, or a script's move, the last key pressed no longer decides.
  for (const type of ['keydown', 'pointerdown', 'click', 'input', 'focusin'])
    document.addEventListener(
      type,
      (e) => {
        lastPath = new WeakSet(e.composedPath());
        lastAt = performance.now();
      },
      { capture: true, passive: true },
    );

/** Whether `node` is `widget` or inside it, through shadow roots. */
function isIn(widget: Element, node: Node | null): boolean {
  for (let n = node; n; n = (n.getRootNode() as ShadowRoot).host ?? null)
    if (n === widget || widget.contains(n)) return true;
  return false;
}

/**
 * Whether the person is using `widget`: the focus is in it (or in an element inside it, through shadow
 * roots), or, with the focus on no element, their last input was in it a moment ago. A widget's polite
 * live region changes only then, else it keeps what it said (so nothing is read).
 */
export function inUse(widget: Element): boolean {
  const doc = widget.ownerDocument;
  let active = doc.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  if (active && active !== doc.body) return isIn(widget, active);
  return lastPath.has(widget) && performance.now() - lastAt < INPUT_WINDOW_MS;
}

/**
 * Whether the person's last input, or the last move of the focus, was in `widget` (through shadow roots):
 * it is the one they last interacted with, and nothing else took the focus since. A click on an empty part
 * of the page, or on another widget, ends it.
 */
export const lastInteractionIn = (widget: Element): boolean => lastPath.has(widget);
