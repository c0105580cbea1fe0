/**
 * Gives the focus to `host` itself, focusable only until it loses the focus, so that a control about to
 * go away with what it acts on (an error's "Try again") does not drop the focus on the page's `<body>`.
 */
export function holdFocus(host: HTMLElement): void {
  if (!host.hasAttribute('tabindex')) {
    host.tabIndex = -1;
    host.addEventListener('blur', () => host.removeAttribute('tabindex'), { once: true });
  }
  host.focus();
}
