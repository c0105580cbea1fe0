import { css } from 'lit';

/**
 * Shared host styles. Every inherited property is set from a `--bp-*` token so a partner page's global
 * CSS (large base fonts, letter-spacing, text-align, colors) cannot leak in. Layout-critical rules also sit
 * on the inner `.base` wrapper, because a page rule such as `* { all: revert }` beats `:host`.
 *
 * Theming: every default lives here, once, as the fallback of a private `--_*` token, and element styles
 * use only the private tokens. Colors default to `light-dark(<light>, <dark>)`, resolved by the element's
 * `color-scheme`: `--bp-color-scheme` (default `light dark`, i.e. the reader's prefers-color-scheme), or
 * `theme="light|dark"` on the element or on any ancestor widget or provider (it sets `--bp-color-scheme`,
 * which inherits, also into the shadow roots of the report and the library). A partner token wins in both
 * schemes (give it a `light-dark()` value to vary it). In the dark scheme an element paints its own
 * background, so its light text never lands on a light page. Print is always light. THEME_TOKENS below
 * lists the same tokens and defaults for the docs (test/components/theme.test.ts keeps the two in step).
 */
export const hostStyles = css`
  :host {
    display: block;
    box-sizing: border-box;
    color-scheme: var(--bp-color-scheme, light dark);
    --_font: var(--bp-font-family, system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif);
    --_text: var(--bp-color-text, light-dark(#1d232b, #e6e9ee));
    --_muted: var(--bp-color-text-muted, light-dark(#4d5866, #a9b3c1));
    --_surface: var(--bp-color-surface, light-dark(#ffffff, #1a1f27));
    --_bg: var(--bp-color-background, light-dark(transparent, var(--_surface)));
    --_surface-alt: var(--bp-color-surface-alt, light-dark(#f1f4f8, #262d37));
    --_selected: var(--bp-color-surface-selected, light-dark(#e9f1fb, #1d3350));
    --_border: var(--bp-color-border, light-dark(#8a94a3, #7c8797));
    --_focus: var(--bp-color-focus, light-dark(#1a5fb4, #6cb2ff));
    --_link: var(--bp-color-link, light-dark(#0b5a9a, #7ebcf5));
    --_error: var(--bp-color-error, light-dark(#a4262c, #ff8a8f));
    --_error-surface: var(--bp-color-error-surface, light-dark(#fdf3f3, #3a1c20));
    --_guide: var(--bp-bars-guide-color, light-dark(#c9ced6, #3d4652));
    --_accent: var(--bp-card-accent, light-dark(#0b6bb0, #5ea8e8));
    --_radius: var(--bp-radius, 6px);
    --_space: var(--bp-space, 0.75rem);
    --_motion: var(--bp-motion-duration, 300ms);
    font-family: var(--_font);
    font-size: var(--bp-font-size, 1rem);
    font-weight: normal;
    font-style: normal;
    line-height: var(--bp-line-height, 1.5);
    color: var(--_text);
    background: var(--_bg);
    letter-spacing: normal;
    word-spacing: normal;
    text-align: start;
    text-indent: 0;
    text-transform: none;
    white-space: normal;
    overflow-wrap: anywhere;
  }
  /* Browsers before light-dark() (Safari < 17.5, Chrome < 123, Firefox < 120) would drop every color: the
     light defaults instead. */
  @supports not (color: light-dark(red, red)) {
    :host {
      color-scheme: light;
      --_text: var(--bp-color-text, #1d232b);
      --_muted: var(--bp-color-text-muted, #4d5866);
      --_surface: var(--bp-color-surface, #fff);
      --_bg: var(--bp-color-background, transparent);
      --_surface-alt: var(--bp-color-surface-alt, #f1f4f8);
      --_selected: var(--bp-color-surface-selected, #e9f1fb);
      --_border: var(--bp-color-border, #8a94a3);
      --_focus: var(--bp-color-focus, #1a5fb4);
      --_link: var(--bp-color-link, #0b5a9a);
      --_error: var(--bp-color-error, #a4262c);
      --_error-surface: var(--bp-color-error-surface, #fdf3f3);
      --_guide: var(--bp-bars-guide-color, #c9ced6);
      --_accent: var(--bp-card-accent, #0b6bb0);
    }
  }
  :host([theme='dark']) {
    --bp-color-scheme: dark;
    color-scheme: dark;
  }
  :host([theme='light']) {
    --bp-color-scheme: light;
    color-scheme: light;
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

/** A documented theming token: its default in each color scheme, and which elements read it. */
export interface ThemeToken {
  /** The custom property a page sets. */
  readonly name: string;
  /** What it styles. */
  readonly description: string;
  /** Its default in the light scheme (a CSS value; `var(--…)` when it follows another token). */
  readonly light: string;
  /** Its default in the dark scheme (the same as `light` when it does not depend on the scheme). */
  readonly dark: string;
  /** Whether the value is a color (the docs show swatches). */
  readonly color?: boolean;
  /** The elements that read it, when not all of them. */
  readonly elements?: readonly string[];
}

/**
 * Every public `--bp-*` token with its light and dark default, in the order the docs list them. Not used by
 * the elements (it costs them no bytes: bundlers drop it); the Storybook "Theming" page renders it, and a
 * test checks it against hostStyles and the elements' `@cssprop` docs.
 */
export const THEME_TOKENS: readonly ThemeToken[] = [
  {
    name: '--bp-color-scheme',
    description:
      "The color scheme: `light dark` follows the reader's system (prefers-color-scheme); `light` or `dark` fixes it. The `theme` attribute sets it for an element and everything inside it.",
    light: 'light dark',
    dark: 'light dark',
  },
  {
    name: '--bp-font-family',
    description: 'Font of every widget.',
    light: "system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif",
    dark: "system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif",
  },
  {
    name: '--bp-font-family-mono',
    description: 'Font of code in error messages (JSON Pointers).',
    light: "ui-monospace, 'SFMono-Regular', Consolas, monospace",
    dark: "ui-monospace, 'SFMono-Regular', Consolas, monospace",
  },
  { name: '--bp-font-size', description: 'Base font size.', light: '1rem', dark: '1rem' },
  { name: '--bp-line-height', description: 'Base line height.', light: '1.5', dark: '1.5' },
  { name: '--bp-color-text', description: 'Text.', light: '#1d232b', dark: '#e6e9ee', color: true },
  {
    name: '--bp-color-text-muted',
    description: 'Secondary text: hints, counts, axis labels.',
    light: '#4d5866',
    dark: '#a9b3c1',
    color: true,
  },
  {
    name: '--bp-color-background',
    description:
      "The element's own background: none in the light scheme (the page shows through), the surface in the dark scheme.",
    light: 'transparent',
    dark: 'var(--bp-color-surface)',
    color: true,
  },
  {
    name: '--bp-color-surface',
    description: 'Cards, sections, buttons and fields.',
    light: '#ffffff',
    dark: '#1a1f27',
    color: true,
  },
  {
    name: '--bp-color-surface-alt',
    description: 'A raised surface: badges.',
    light: '#f1f4f8',
    dark: '#262d37',
    color: true,
  },
  {
    name: '--bp-color-surface-selected',
    description: "The chosen answer (rubric) and the team's level (considerations).",
    light: '#e9f1fb',
    dark: '#1d3350',
    color: true,
  },
  {
    name: '--bp-color-border',
    description: 'Borders of cards, cells, buttons and fields; outlines of unanswered bars.',
    light: '#8a94a3',
    dark: '#7c8797',
    color: true,
  },
  {
    name: '--bp-color-focus',
    description: 'Focus ring, chosen answers, filter chips, summary links.',
    light: '#1a5fb4',
    dark: '#6cb2ff',
    color: true,
  },
  { name: '--bp-color-link', description: 'Links.', light: '#0b5a9a', dark: '#7ebcf5', color: true },
  {
    name: '--bp-color-error',
    description: 'Border and heading of the error box.',
    light: '#a4262c',
    dark: '#ff8a8f',
    color: true,
  },
  {
    name: '--bp-color-error-surface',
    description: 'Background of the error box.',
    light: '#fdf3f3',
    dark: '#3a1c20',
    color: true,
  },
  {
    name: '--bp-group-color-N',
    description:
      "Color of the Nth capacity group (1-based); `--bp-group-color-<groupId>` wins over it. Default: the framework's color, else the library palette (8 hues, each ≥ 4.5:1 on white); in the dark scheme that default is lifted to at least oklch lightness 0.7, ≥ 5:1 on the dark surface.",
    light: '#0b6bb0',
    dark: 'oklch(from #0b6bb0 max(l, 0.7) c h)',
    color: true,
    elements: ['blueprint-bars', 'blueprint-report', 'equity-considerations'],
  },
  {
    name: '--bp-radius',
    description: 'Corner radius of cards, buttons and fields.',
    light: '6px',
    dark: '6px',
  },
  {
    name: '--bp-space',
    description:
      'The base spacing unit; the library derives its scale from it (×0.5 … ×2: gaps, padding, margins between sections).',
    light: '0.75rem',
    dark: '0.75rem',
  },
  {
    name: '--bp-motion-duration',
    description: 'How long a change animates; 0ms (or prefers-reduced-motion) makes changes instant.',
    light: '300ms',
    dark: '300ms',
  },
  {
    name: '--bp-status-min-height',
    description: 'Space reserved for the loading line.',
    light: '3rem',
    dark: '3rem',
  },
  {
    name: '--bp-status-delay',
    description: 'How long loading may take before the loading line appears.',
    light: '400ms',
    dark: '400ms',
  },
  {
    name: '--bp-bars-guide-color',
    description: 'Level guide lines and table rules of the bars (decorative: every level is labelled).',
    light: '#c9ced6',
    dark: '#3d4652',
    color: true,
    elements: ['blueprint-bars'],
  },
  {
    name: '--bp-bar-radius',
    description: 'Corner radius of the bars.',
    light: '3px',
    dark: '3px',
    elements: ['blueprint-bars'],
  },
  {
    name: '--bp-bars-label-size',
    description: "Size of the chart's text, relative to the element's font.",
    light: '0.875em',
    dark: '0.875em',
    elements: ['blueprint-bars'],
  },
  {
    name: '--bp-rubric-chosen-color',
    description: 'Border and mark of the chosen answer.',
    light: 'var(--bp-color-focus)',
    dark: 'var(--bp-color-focus)',
    color: true,
    elements: ['capacity-rubric'],
  },
  {
    name: '--bp-rubric-chosen-surface',
    description: 'Background of the chosen answer.',
    light: 'var(--bp-color-surface-selected)',
    dark: 'var(--bp-color-surface-selected)',
    color: true,
    elements: ['capacity-rubric'],
  },
  {
    name: '--bp-considerations-current-surface',
    description: "Background of the team's level in `all-levels`.",
    light: 'var(--bp-color-surface-selected)',
    dark: 'var(--bp-color-surface-selected)',
    color: true,
    elements: ['equity-considerations'],
  },
  {
    name: '--bp-card-accent',
    description: "The card's top edge and the reason mark.",
    light: '#0b6bb0',
    dark: '#5ea8e8',
    color: true,
    elements: ['resource-card'],
  },
  {
    name: '--bp-badge-surface',
    description: 'Badge background.',
    light: 'var(--bp-color-surface-alt)',
    dark: 'var(--bp-color-surface-alt)',
    color: true,
    elements: ['resource-card'],
  },
  {
    name: '--bp-library-card-min',
    description: 'The narrowest a card column gets before the grid drops a column.',
    light: '17rem',
    dark: '17rem',
    elements: ['resource-library'],
  },
];

/** The loading/waiting line and the error box every element shows in place of content it cannot render. */
export const statusStyles = css`
  .status {
    display: block;
    min-height: var(--bp-status-min-height, 3rem);
    padding: var(--_space);
    color: var(--_muted);
    /* Appear only if loading takes a moment, so fast loads do not flash. Never stays hidden. */
    animation: bp-fade-in var(--_motion) ease-out var(--bp-status-delay, 400ms) both;
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
    font-family: var(--bp-font-family-mono, ui-monospace, 'SFMono-Regular', Consolas, monospace);
    font-size: 0.9em;
    overflow-wrap: anywhere;
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
export const contentStyles = css`
  .base {
    display: block;
    box-sizing: border-box;
    min-width: 0;
    font-family: var(--_font);
    font-size: var(--bp-font-size, 1rem);
    font-weight: normal;
    font-style: normal;
    line-height: var(--bp-line-height, 1.5);
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
  [tabindex='-1']:focus {
    outline: none;
  }
  :focus-visible,
  [tabindex='-1']:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
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
  .button {
    display: inline-flex;
    align-items: center;
    gap: 0.4em;
    min-height: 2.5rem;
    margin: 0;
    padding: 0.35rem 0.9rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    cursor: pointer;
    line-height: 1.3;
    width: auto;
    max-width: 100%;
  }
  .button:hover:not(:disabled) {
    border-color: var(--_focus);
    box-shadow: inset 0 0 0 1px var(--_focus);
  }
  .button:disabled {
    cursor: default;
    color: var(--_muted);
    border-style: dashed;
  }
  .field {
    min-height: 2.5rem;
    margin: 0;
    padding: 0.4rem 0.5rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
`;
