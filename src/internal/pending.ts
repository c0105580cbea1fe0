/**
 * How a widget looks before its tag is defined (the script is still on its way, or a lazily loaded element's
 * code is): it keeps a block of reserved space, so the page does not jump when it upgrades, and whatever the
 * partner put inside it (a fallback sentence, a link) appears after a short delay, so fast loads do not
 * flash. Nothing is ever hidden for good: with no script at all, the fallback stays on the page.
 *
 * Shipped twice: as dist/blueprint-widgets.css, for a `<link rel="stylesheet">` in the page's <head> (it
 * applies from the first paint), and adopted into the document by the script-tag bundle as soon as it runs
 * (it covers the elements whose code loads on first use). Plain CSS text, no Lit: the bundle's entry stays a
 * few hundred bytes.
 */
export const PENDING_HEIGHTS: Readonly<Record<string, string>> = {
  'blueprint-bars': '18rem',
  'capacity-rubric': '24rem',
  'equity-considerations': '12rem',
  'resource-card': '8rem',
  'resource-library': '24rem',
  'blueprint-report': '30rem',
};

export const PENDING_CSS =
  `blueprint-provider:not(:defined){display:block}` +
  Object.entries(PENDING_HEIGHTS)
    .map(
      ([tag, height]) =>
        `${tag}:not(:defined){display:block;min-block-size:var(--bp-pending-height,${height});` +
        `animation:bp-pending var(--bp-motion-duration,300ms) ease-out var(--bp-pending-delay,600ms) both}`,
    )
    .join('') +
  `@keyframes bp-pending{from{opacity:0}to{opacity:1}}` +
  `@media (prefers-reduced-motion:reduce){${Object.keys(PENDING_HEIGHTS)
    .map((tag) => `${tag}:not(:defined)`)
    .join(',')}{animation-duration:1ms}}`;

/** Adds the pending rules to `doc` once (constructable stylesheet: allowed under `style-src 'self'`). */
export function adoptPendingStyles(doc: Document = document): void {
  try {
    if (doc.adoptedStyleSheets.some((s) => (s as CSSStyleSheet & { bpPending?: true }).bpPending)) return;
    const sheet = Object.assign(new CSSStyleSheet(), { bpPending: true as const });
    sheet.replaceSync(PENDING_CSS);
    doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
  } catch {
    // An old browser without constructable stylesheets: the elements still work, only without reserved space.
  }
}
