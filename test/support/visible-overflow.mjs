/**
 * What a person would see sticking out of a widget: the elements inside `host`'s shadow root whose visible
 * part ends right of `host` (an ancestor that clips, with overflow, clip or clip-path, as the visually
 * hidden data table does, cuts them at its own edge). Shared by test/components/narrow.test.ts and
 * scripts/demo-smoke.mjs, which runs it in the page (Playwright serializes it: it must use nothing from
 * outside itself).
 * @param {Element} host
 * @returns {string[]} each one as `tag.class (N px)`
 */
export function overflowingParts(host) {
  const edge = host.getBoundingClientRect().right + 1;
  return [...(host.shadowRoot?.querySelectorAll('*') ?? [])]
    .map((inner) => {
      let right = inner.getBoundingClientRect().right;
      for (let a = inner.parentElement; a; a = a.parentElement) {
        const s = getComputedStyle(a);
        if (s.overflowX !== 'visible' || s.clipPath !== 'none' || s.clip !== 'auto')
          right = Math.min(right, a.getBoundingClientRect().right);
      }
      return { inner, by: right - edge };
    })
    .filter(({ by }) => by > 0)
    .map(({ inner, by }) => `${inner.localName}.${inner.getAttribute('class') ?? ''} (${Math.round(by)} px)`);
}
