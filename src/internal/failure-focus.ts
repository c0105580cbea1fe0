/**
 * Focus to the error box when it replaces what a person was using (issue 15): a reload after a `src`
 * change, or a "Try again" that failed again, takes away the control that had the focus, which would drop
 * to the page's `<body>`. The box (`part="error"`, `tabindex="-1"`) takes it instead, and a screen reader
 * reads the plain words. Focus is never taken on the page's first load, nor from anything outside the
 * element: only when the focus was in the element just before (in it, on the element itself, or lost to
 * `<body>` by the element's own render since, with nothing else clicked or focused meanwhile: a person who
 * clicked an empty part of the page, or used another widget, is not pulled back by a later failure here).
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { lastInteractionIn } from './announce.js';
import { boxesDrawn } from './failure-drawn.js';

type Host = ReactiveControllerHost & HTMLElement;

/** The focused element, looking into open shadow roots; null when none (or `<body>`). */
function focused(doc: Document): Element | null {
  let active = doc.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active === doc.body ? null : active;
}

export class FailureFocus implements ReactiveController {
  readonly #host: Host;
  /** Whether the person was in the element before this update (or lost the focus to an earlier one). */
  #wasInside = false;
  /** The error box focus was last given to (the same box re-rendered keeps it, and is not focused again). */
  #box: HTMLElement | null = null;
  /** How many error boxes the page had drawn when this update began (failure-drawn.ts). */
  #drawnBefore = -1;

  constructor(host: Host) {
    this.#host = host;
    host.addController(this);
  }

  /** Whether focus is in the host: on it, in its shadow root, or in its light DOM (a provider's widgets). */
  #inside(): boolean {
    // From the focused element out through the shadow roots it is in (a widget's control in a provider).
    for (let node: Node | null = focused(this.#host.ownerDocument); node;) {
      if (node === this.#host || this.#host.contains(node)) return true;
      node = (node.getRootNode() as ShadowRoot).host ?? null;
    }
    return this.#host.shadowRoot?.activeElement != null;
  }

  hostUpdate(): void {
    // Before the render: focus in the element, or on nothing since the element's last render took it away.
    const active = focused(this.#host.ownerDocument);
    if (this.#inside()) this.#wasInside = true;
    else if (active || !lastInteractionIn(this.#host)) this.#wasInside = false;
    this.#drawnBefore = boxesDrawn();
  }

  /**
   * The error box in the shadow root after this render. Only a render that drew a box can have a new one, so
   * the whole root is searched only then (failure-drawn.ts); otherwise the last box, if it is still there.
   */
  #currentBox(): HTMLElement | null {
    const root = this.#host.shadowRoot;
    if (boxesDrawn() !== this.#drawnBefore)
      return root?.querySelector<HTMLElement>('[part~="error"][tabindex="-1"]') ?? null;
    const last = this.#box;
    return last?.isConnected && last.getRootNode() === root ? last : null;
  }

  hostUpdated(): void {
    const box = this.#currentBox();
    if (box && box !== this.#box && this.#wasInside) {
      const doc = this.#host.ownerDocument;
      const active = focused(doc);
      // Only when the focus is lost (or held by the element itself for "Try again"), never from a control.
      if (!active || active === this.#host) box.focus();
      // A provider's box comes before its widgets let go of their content (they update after it): look
      // again once they have.
      else if (this.#inside())
        setTimeout(() => {
          const now = focused(doc);
          if (box.isConnected && (!now || now === this.#host)) box.focus();
        });
    }
    this.#box = box;
    if (!this.#inside() && focused(this.#host.ownerDocument)) this.#wasInside = false;
  }
}
