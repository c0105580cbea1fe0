import { css, type CSSResult, type CSSResultOrNative, type LitElement } from 'lit';
import { tokenDefaults, tokenFallbacks } from './token-styles.js';
import { failureStyles } from './failure-styles.js';

/**
 * Shared host styles. Every inherited property is set from a `--bp-*` token so a partner page's global
 * CSS (large base fonts, letter-spacing, text-align, colors) cannot leak in. Layout-critical rules also sit
 * on the inner `.base` wrapper, because a page rule such as `* { all: revert }` beats `:host`.
 *
 * Theming: the host sets a private `--_*` token for every public one, to the page's value else the default,
 * and element styles use only the private tokens. Those rules are generated from the token table (THEME_TOKENS,
 * src/internal/tokens.ts, the one place defaults are written) into src/internal/token-styles.ts: colors default to
 * `light-dark(<light>, <dark>)`, resolved by the element's `color-scheme`: the page's own (inherited: a page
 * that declares none gets light widgets even for a reader in dark mode, one that declares `light dark` follows
 * the reader), unless `--bp-color-scheme` or `theme="light|dark"` on the element or on any ancestor widget or
 * provider says otherwise (the attribute sets `--bp-color-scheme`, which inherits, also into the shadow roots
 * of the report and the library). A partner token wins in both schemes (give it a `light-dark()` value to vary
 * it). In the dark scheme an element paints its own background, so its light text never lands on a light page,
 * and when the dark scheme is forced (theme, or the token from above) it keeps a padding inside that slab.
 * Print is always light. Plain Lit styles (adopted stylesheets): nothing inline, so `style-src 'self'` is enough.
 * The design language these tokens make (type and spacing scales, controls, focus) is docs/design-language.md.
 */
const host = css`
  :host {
    /* No default: unset, the declaration is invalid at computed-value time, so the scheme inherits from the
       page (its CSS or its <meta name="color-scheme">), as the brief of the dark rule asks. */
    color-scheme: var(--bp-color-scheme);
    /* The two-tone focus ring (docs/design-language.md). */
    --_ring: 3px solid var(--_focus);
    --_halo: 0 0 0 6px var(--_focus-halo);
    display: block;
    box-sizing: border-box;
    font-family: var(--_font);
    font-size: var(--_size);
    font-weight: normal;
    font-style: normal;
    line-height: var(--_leading);
    color: var(--_text);
    background: var(--_bg);
    border-radius: var(--_radius);
    letter-spacing: normal;
    word-spacing: normal;
    text-align: start;
    text-indent: 0;
    text-transform: none;
    white-space: normal;
    overflow-wrap: anywhere;
  }
`;

const hostSchemes = css`
  :host([theme='dark']) {
    --bp-color-scheme: dark;
    color-scheme: dark;
  }
  :host([theme='light']) {
    --bp-color-scheme: light;
    color-scheme: light;
  }
  /* A dark slab on a page that is not dark: the widget's own background, with room inside it so text never
     touches its edge. Forced by the attribute, or by the token set on or above the widget (a provider's
     theme): a style query on the host, which the padded .base sits in. A widget inside another one (the
     report's bars, the library's cards) sits on its parent's slab already (--_inner, set by contentStyles'
     .base). On .base, not the host: a page rule such as \`* { padding: 0 }\` beats :host. */
  :host([theme='dark']) [part~='base'] {
    padding: var(--_space);
  }
  @container style(--bp-color-scheme: dark) and (not style(--_inner: 1)) {
    [part~='base'] {
      padding: var(--_space);
    }
  }
  :host([hidden]) {
    display: none;
  }
  /* Not \`inherit\`: a page rule such as \`* { box-sizing: content-box }\` reaches the host itself, and every
     padded box inside would then grow past its width. */
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  @media (prefers-reduced-motion: reduce) {
    :host {
      --_motion: 0ms;
    }
  }
  @media print {
    :host,
    :host([theme]) {
      color-scheme: light;
    }
  }
`;

// Whole stylesheets as the only interpolations: the build's template minifier then minifies each of them.
export const hostStyles = css`
  ${tokenDefaults}${host}${tokenFallbacks}${hostSchemes}
`;

/** Sheets made for another document (an iframe's), per style, so each is made once per document. */
const madeFor = new WeakMap<Document, WeakMap<CSSResultOrNative, CSSStyleSheet>>();

/**
 * Gives `root` its element's styles as sheets of the element's document. A constructed sheet can be adopted
 * only in the document whose window made it: Lit's sheets belong to the page, so an element moved into an
 * iframe's document (or first shown there) gets copies made by that window, from the CSS text Lit keeps.
 */
export function adoptStyles(el: LitElement, root: ShadowRoot): void {
  const doc = el.ownerDocument;
  // A document without a window (DOMParser's) shows nothing: no sheet to make.
  if (!doc.defaultView) return;
  root.adoptedStyleSheets = (el.constructor as typeof LitElement).elementStyles.map((style) =>
    sheetFor(doc, style)!,
  );
}

/** `style` as a sheet `doc`'s window made: Lit's own in the page, a copy made once per iframe's document. */
function sheetFor(doc: Document, style: CSSResultOrNative): CSSStyleSheet | undefined {
  const Sheet = doc.defaultView?.CSSStyleSheet;
  if (!Sheet) return undefined;
  const own = (style as CSSResult).styleSheet ?? (style as CSSStyleSheet);
  if (own.constructor === Sheet) return own;
  let made = madeFor.get(doc);
  if (!made) madeFor.set(doc, (made = new WeakMap()));
  let sheet = made.get(style);
  if (!sheet) {
    made.set(style, (sheet = new Sheet()));
    sheet.replaceSync([...own.cssRules].map((rule) => rule.cssText).join('\n'));
  }
  return sheet;
}

/**
 * Adds `style` to `root` (once) as a sheet of `root`'s document: for parts that load later than their
 * element (the rubric's member sheet, the report's restore panel) and bring their own rules.
 */
export function adoptMoreStyles(root: ShadowRoot, style: CSSResult): void {
  const sheet = sheetFor(root.ownerDocument, style);
  if (sheet && !root.adoptedStyleSheets.includes(sheet))
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
}

/**
 * The shadow root of `el` when it is first shown in another document than the page's (an iframe's): Lit's
 * createRenderRoot would adopt the page's sheets there, which that document refuses (NotAllowedError), so
 * the root gets that document's copies (`adoptStyles`).
 */
export function shadowRootIn(el: LitElement): ShadowRoot {
  const root = el.attachShadow((el.constructor as typeof LitElement).shadowRootOptions);
  adoptStyles(el, root);
  return root;
}

// Code that read the token list from here before it had its own file.
export { THEME_TOKENS, type ThemeToken } from './tokens.js';

/** The loading/waiting line and the error box every element shows in place of content it cannot render. */
export const statusStyles = css`
  .status {
    display: block;
    min-height: var(--_status-height);
    padding: var(--_space);
    color: var(--_muted);
    /* Appear only if loading takes a moment, so fast loads do not flash. Never stays hidden. */
    animation: bp-fade-in var(--_motion) ease-out var(--_status-delay) both;
  }
  @keyframes bp-fade-in {
    from {
      opacity: 0;
    }
    to {
      opacity: 1;
    }
  }
  [part~='error'] {
    display: block;
    margin: 0 0 var(--_space);
    padding: var(--_space);
    border: 2px solid var(--_error);
    border-radius: var(--_radius);
    background: var(--_error-surface);
    color: var(--_text);
  }
  [part~='error'] strong {
    color: var(--_error);
  }
  [part~='error'] ul {
    margin: 0.5em 0 0;
    padding-inline-start: 1.25em;
  }
  [part~='error'] code {
    font-family: var(--_mono);
    font-size: 0.9em;
    overflow-wrap: anywhere;
  }
  /* The browser's own button (it follows the color scheme and shows focus), at a size a finger can hit. */
  [part~='retry'] {
    margin-top: 0.5em;
    min-height: 2.75em;
    padding: 0 1em;
    font: inherit;
  }
  @media (forced-colors: active) {
    [part~='error'] {
      border-color: CanvasText;
    }
  }
  @media print {
    .status {
      display: none;
    }
  }
  ${failureStyles}
`;

/** `.visually-hidden`: text for screen readers only (live regions, longer names, the bars' data table). */
export const visuallyHiddenStyles = css`
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
    border: 0;
  }
`;

/**
 * The content of text widgets (rubric, considerations, resources): the `.base` wrapper repeats the text
 * settings (a page rule such as `* { font: inherit }` beats `:host`), headings and lists lose the page's
 * margins, focus is always visible, and `.button` / `.field` (inputs, selects, text areas) get the library's
 * own look (box, border, type) whatever the page does to `button` and `input`. `.visually-hidden` is text for screen readers only.
 */
// A pure call around the template (bundlers cannot tell that a tagged template has no side effects): an
// element that does not use these rules (the bars, the provider) does not ship them.
export const contentStyles = /* @__PURE__ */ (() => css`
  .base {
    --_inner: 1;
    display: block;
    box-sizing: border-box;
    min-width: 0;
    font-family: var(--_font);
    font-size: var(--_size);
    font-weight: normal;
    font-style: normal;
    line-height: var(--_leading);
    color: var(--_text);
    letter-spacing: normal;
    word-spacing: normal;
    text-align: start;
    text-indent: 0;
    text-transform: none;
    white-space: normal;
    overflow-wrap: anywhere;
  }
  p,
  ul,
  dl,
  dd {
    margin: 0;
  }
  h2,
  h3,
  h4,
  h5,
  h6 {
    margin: 0;
    font-weight: 700;
    line-height: 1.25;
    letter-spacing: normal;
    text-transform: none;
  }
  /* The type scale: a widget's title, a section's title, then labels at body size (docs/design-language.md). */
  h2 {
    font-size: var(--_text-xl);
  }
  h3 {
    font-size: var(--_text-l);
  }
  [tabindex='-1']:focus {
    outline: none;
  }
  /* Focus, two-tone: the inner ring (--bp-color-focus) right around the control, the halo
     (--bp-color-focus-halo) outside it, so one of them keeps 3:1 on whatever is behind. Never the
     chosen color: chosen is a fill and a mark (--bp-color-primary). */
  :focus-visible,
  [tabindex='-1']:focus-visible {
    outline: var(--_ring);
    outline-offset: 0;
    box-shadow: var(--_halo);
  }
  ${visuallyHiddenStyles}

  .button,
  .field {
    font: inherit;
    letter-spacing: inherit;
    word-spacing: inherit;
    text-transform: none;
    text-align: start;
    color: inherit;
  }
  /* Secondary (the default): outlined. Primary (.primary, one per widget): filled, its text in the surface
     color. Both at the comfortable control height. */
  .button {
    display: inline-flex;
    align-items: center;
    gap: 0.4em;
    min-height: var(--_control);
    margin: 0;
    padding: 0.35rem 1rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    cursor: pointer;
    line-height: 1.3;
    width: auto;
    max-width: 100%;
  }
  .button:hover:not(:disabled) {
    border-color: var(--_primary);
    box-shadow: inset 0 0 0 1px var(--_primary);
  }
  .button.primary {
    border-color: var(--_primary);
    background: var(--_primary);
    color: var(--_surface);
    font-weight: 600;
  }
  .button.primary:hover:not(:disabled) {
    box-shadow: inset 0 0 0 2px var(--_surface);
  }
  .button:disabled {
    cursor: default;
    color: var(--_muted);
    border-style: dashed;
  }
  .button.primary:disabled {
    border-color: var(--_border);
    background: var(--_surface);
  }
  /* Native checkboxes and radios (their keyboard, states and forced colors are the browser's), at a size a
     finger can hit, in the primary color. Inline, they sit on the text's baseline; as the first item of a
     flex label (.check, align-items: flex-start) they are centered on the label's FIRST line, however many
     lines it wraps to: the label's font and line height are inherited, so 1lh is that line's height. */
  input[type='checkbox'],
  input[type='radio'] {
    appearance: auto;
    flex: none;
    padding: 0;
    width: 1.25rem;
    height: 1.25rem;
    margin: 0 0.15em 0 0;
    vertical-align: -0.25em;
    font: inherit;
    line-height: inherit;
    accent-color: var(--_primary);
    cursor: pointer;
  }
  .check {
    display: flex;
    align-items: flex-start;
    gap: 0.5em;
    min-height: 1.75rem;
    cursor: pointer;
  }
  .check > input[type='checkbox'],
  .check > input[type='radio'] {
    margin: 0.125rem 0 0;
    margin-block-start: max(0px, calc((1lh - 1.25rem) / 2));
  }
  .field {
    min-height: var(--_control);
    margin: 0;
    padding: 0.4rem 0.5rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
`)();
