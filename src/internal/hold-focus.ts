/**
 * Gives the focus to `host` itself, focusable only while the focus is in it, so that a control about to
 * go away with what it acts on (an error's "Try again") does not drop the focus on the page's `<body>`.
 * The `tabindex` it adds leaves no trace: it goes when the focus leaves `host` (a blur, which a move into
 * its own shadow root does not fire: Chromium drops the focus to `<body>` if a host loses its tabindex
 * while a control inside it is focused), or at once when `host` could not take the focus (hidden, not on
 * the page), where no blur would ever come. Otherwise any click on an empty part of it would focus it.
 */
export function holdFocus(host: HTMLElement): void {
  if (host.hasAttribute('tabindex')) {
    host.focus();
    return;
  }
  host.tabIndex = -1;
  host.focus();
  if (host.matches(':focus'))
    host.addEventListener('blur', () => host.removeAttribute('tabindex'), { once: true });
  else host.removeAttribute('tabindex');
}

/** Where focus may go after an update: a selector in the host's render root, or a function that finds the element. */
export type FocusCandidate = string | ((root: ParentNode) => HTMLElement | null | undefined);

/**
 * After `host`'s next update, focuses the first of `candidates` found in its render root: the same control
 * in its new place (found by a stable key, such as `[data-capacity="x"] input`, never by its position, which
 * Lit may have given to another item), else the next sensible one. With none found the host holds the focus
 * itself, so focus never falls to the page's `<body>`. Does nothing when the host did not have the focus
 * (a script acted), or when focus has moved elsewhere meanwhile (the person moved on). Resolves with the
 * element focused.
 */
export async function refocusAfterUpdate(
  host: HTMLElement & { readonly updateComplete: Promise<boolean>; readonly renderRoot: ParentNode },
  candidates: readonly FocusCandidate[],
): Promise<HTMLElement | undefined> {
  // Only a control that had the focus keeps it (a script's `click()` moves no focus).
  if (!host.matches(':focus-within')) return undefined;
  await host.updateComplete;
  const active = document.activeElement;
  // Focus elsewhere on the page (not on the body, not in this host): the person moved on; leave it there.
  if (active && active !== document.body && !host.matches(':focus-within')) return undefined;
  for (const candidate of candidates) {
    const el =
      typeof candidate === 'string'
        ? host.renderRoot.querySelector<HTMLElement>(candidate)
        : candidate(host.renderRoot);
    if (el?.isConnected) {
      el.focus();
      // A fallback that is not a control (a section's heading) takes the focus for as long as it holds it.
      if (!el.matches(':focus-within')) holdFocus(el);
      if (el.matches(':focus-within')) return el;
    }
  }
  holdFocus(host);
  return host;
}
