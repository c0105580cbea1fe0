/**
 * The theming tokens, once: every public `--bp-*` custom property with its default in each color scheme and
 * what it styles. Everything else is generated from this table:
 * - the host styles' private `--_*` tokens and their defaults (`light-dark()` where the schemes differ), and
 *   the light-only fallback for browsers without `light-dark()` (hostStyles, src/internal/styles.ts);
 * - the `cssProperties` of every element in custom-elements.json, with structured defaults (the analyzer
 *   plugin scripts/cem-tokens.mjs), hence Storybook's docs pages and IDE hints;
 * - the Theming section of the README (scripts/tokens-readme.mjs, checked by `npm run lint`);
 * - Storybook's Guides / Theming / Tokens page.
 *
 * No imports: the analyzer plugin and the README script load this file on its own.
 */

/** What kind of value a token takes (the docs show swatches for colors). */
export type TokenKind = 'color' | 'length' | 'time' | 'font' | 'number' | 'scheme';

/** A documented theming token. */
export interface ThemeToken {
  /** The custom property a page sets. */
  readonly name: string;
  readonly kind: TokenKind;
  /** What it styles. Markdown-ish: `code` spans only. */
  readonly description: string;
  /** Its default (in the light scheme, and in both when there is no `dark`). `var(--bp-…)` follows another token. */
  readonly light: string;
  /** Its default in the dark scheme, when it differs from `light`. */
  readonly dark?: string;
  /**
   * The private custom property the element styles read (`--_text`): every element's host sets it to the
   * token, else to the default. None for tokens read outside the shadow styles (group colors are computed
   * by script, the pending tokens are read by the page stylesheet before upgrade).
   */
  readonly alias?: string;
  /**
   * The elements that read it, when not all of them. The first is the one whose styles read it: only its
   * host sets the alias (the others reach the token through the elements they embed, e.g. the report's bars).
   */
  readonly elements?: readonly string[];
  /** The default in words, when no single CSS value is the default (computed by script, or per element). */
  readonly defaultText?: string;
}

export const THEME_TOKENS: readonly ThemeToken[] = [
  {
    name: '--bp-color-scheme',
    kind: 'scheme',
    description:
      'The color scheme. Unset, a widget uses the page\'s own `color-scheme` (a page that declares none, or `light`, gets light widgets even for a reader in dark mode; a page that declares `light dark`, in CSS or a `<meta name="color-scheme">`, follows the reader). `light` or `dark` fixes it; `light dark` follows the reader whatever the page says. The `theme` attribute sets it for an element and everything inside it.',
    // No alias: the host's `color-scheme` reads this token with no default, so an unset token inherits the page's.
    light: 'inherit',
    defaultText: "the page's `color-scheme` (light when the page declares none)",
  },
  {
    name: '--bp-font-family',
    kind: 'font',
    description: 'Font of every widget.',
    light: "system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif",
    alias: '--_font',
  },
  {
    name: '--bp-font-family-mono',
    kind: 'font',
    description: 'Font of code in error messages (JSON Pointers).',
    light: "ui-monospace, 'SFMono-Regular', Consolas, monospace",
    alias: '--_mono',
  },
  { name: '--bp-font-size', kind: 'length', description: 'Base font size.', light: '1rem', alias: '--_size' },
  {
    name: '--bp-line-height',
    kind: 'number',
    description: 'Base line height.',
    light: '1.5',
    alias: '--_leading',
  },
  {
    name: '--bp-font-size-small',
    kind: 'length',
    description: 'Type scale, small print: hints, counts, badges, captions and axis labels.',
    light: 'calc(var(--bp-font-size) * 0.875)',
    alias: '--_text-s',
  },
  {
    name: '--bp-font-size-section',
    kind: 'length',
    description: "Type scale, a section's title inside a widget (a group, a capacity, a part of the report).",
    light: 'calc(var(--bp-font-size) * 1.125)',
    alias: '--_text-l',
  },
  {
    name: '--bp-font-size-title',
    kind: 'length',
    description:
      "Type scale, a widget's own title (the report's framework name, a card's title, big figures).",
    light: 'calc(var(--bp-font-size) * 1.375)',
    alias: '--_text-xl',
  },
  {
    name: '--bp-color-text',
    kind: 'color',
    description: 'Text.',
    light: '#1d232b',
    dark: '#e6e9ee',
    alias: '--_text',
  },
  {
    name: '--bp-color-text-muted',
    kind: 'color',
    description: 'Secondary text: hints, counts, axis labels, the loading line.',
    light: '#4d5866',
    dark: '#a9b3c1',
    alias: '--_muted',
  },
  {
    name: '--bp-color-background',
    kind: 'color',
    description:
      "The element's own background: none in the light scheme (the page shows through), the surface in the dark scheme (so light text never lands on a light page).",
    light: 'transparent',
    dark: 'var(--bp-color-surface)',
    alias: '--_bg',
  },
  {
    name: '--bp-color-surface',
    kind: 'color',
    description: 'Cards, sections, buttons and fields.',
    light: '#ffffff',
    dark: '#1a1f27',
    alias: '--_surface',
  },
  {
    name: '--bp-color-surface-alt',
    kind: 'color',
    description: 'A raised surface: badges.',
    light: '#f1f4f8',
    dark: '#262d37',
    alias: '--_surface-alt',
  },
  {
    name: '--bp-color-surface-selected',
    kind: 'color',
    description: "The chosen answer (rubric) and the team's level (considerations).",
    light: '#e9f1fb',
    dark: '#1d3350',
    alias: '--_selected',
  },
  {
    name: '--bp-color-border',
    kind: 'color',
    description: 'Borders of cards, cells, buttons and fields.',
    light: '#8a94a3',
    dark: '#7c8797',
    alias: '--_border',
  },
  {
    name: '--bp-color-focus',
    kind: 'color',
    description:
      'The focus ring: its inner tone, drawn right around the focused control (3:1 on every surface). Only focus uses it; chosen answers use `--bp-color-primary`.',
    light: '#0b0c0c',
    dark: '#ffdd00',
    alias: '--_focus',
  },
  {
    name: '--bp-color-focus-halo',
    kind: 'color',
    description:
      "The focus ring's outer tone, around the inner one: with the two, the ring keeps 3:1 on any page behind the widget, light or dark.",
    light: '#ffdd00',
    dark: '#0b0c0c',
    alias: '--_focus-halo',
  },
  {
    name: '--bp-color-primary',
    kind: 'color',
    description:
      "The one primary action's fill, the chosen answer's edge and mark, checked boxes, filter chips and disclosure titles. (Before 0.2 `--bp-color-focus` colored these too: a page that branded them through it sets this token as well.)",
    light: '#1a5fb4',
    dark: '#6cb2ff',
    alias: '--_primary',
  },
  {
    name: '--bp-color-link',
    kind: 'color',
    description: 'Links.',
    light: '#0b5a9a',
    dark: '#7ebcf5',
    alias: '--_link',
  },
  {
    name: '--bp-color-error',
    kind: 'color',
    description: 'Border and heading of the error box.',
    light: '#a4262c',
    dark: '#ff8a8f',
    alias: '--_error',
  },
  {
    name: '--bp-color-error-surface',
    kind: 'color',
    description: 'Background of the error box.',
    light: '#fdf3f3',
    dark: '#3a1c20',
    alias: '--_error-surface',
  },
  {
    name: '--bp-group-color-N',
    kind: 'color',
    description:
      "Color of the Nth capacity group (1-based); `--bp-group-color-<groupId>` wins over it. A page's value is used as given in both schemes.",
    // The first palette color, as an example: the default is computed per group (src/internal/group-color.ts).
    light: '#0b6bb0',
    dark: 'oklch(from #0b6bb0 max(l, 0.7) c h)',
    defaultText:
      "the framework's color, else the library palette (8 hues, each ≥ 4.5:1 on white); in the dark scheme lifted to at least oklch lightness 0.7 (≥ 5:1 on the dark surface)",
    elements: ['blueprint-bars', 'blueprint-report', 'equity-considerations'],
  },
  {
    name: '--bp-radius',
    kind: 'length',
    description: 'Corner radius of cards, buttons, fields and the error box.',
    light: '6px',
    alias: '--_radius',
  },
  {
    name: '--bp-control-height',
    kind: 'length',
    description:
      'Height of buttons and fields: 2.75rem is 44 px, a comfortable target for a finger (WCAG 2.2 asks at least 24 px).',
    light: '2.75rem',
    alias: '--_control',
  },
  {
    name: '--bp-space',
    kind: 'length',
    description:
      'The base spacing unit; the library derives its scale from it: ×0.25, ×0.5 (gaps inside a control group), ×1 (padding), ×1.5 and ×2 (between sections). See docs/design-language.md.',
    light: '0.75rem',
    alias: '--_space',
  },
  {
    name: '--bp-motion-duration',
    kind: 'time',
    description: 'How long a change animates; 0ms (or prefers-reduced-motion) makes changes instant.',
    light: '300ms',
    alias: '--_motion',
  },
  {
    name: '--bp-status-min-height',
    kind: 'length',
    description: 'Space reserved for the loading line.',
    light: '3rem',
    alias: '--_status-height',
  },
  {
    name: '--bp-status-delay',
    kind: 'time',
    description: 'How long loading may take before the loading line appears.',
    light: '400ms',
    alias: '--_status-delay',
  },
  {
    name: '--bp-bars-guide-color',
    kind: 'color',
    description: 'Level ticks and table rules of the bars (decorative: every level is labelled).',
    light: '#c9ced6',
    dark: '#3d4652',
    alias: '--_guide',
    elements: ['blueprint-bars', 'blueprint-report'],
  },
  {
    name: '--bp-bar-radius',
    kind: 'length',
    description: "Corner radius of the bars' ends.",
    light: '5px',
    alias: '--_bar-radius',
    elements: ['blueprint-bars'],
  },
  {
    name: '--bp-bars-label-size',
    kind: 'length',
    description: "Size of the chart's text, relative to the element's font.",
    light: '0.875em',
    alias: '--_label-size',
    elements: ['blueprint-bars'],
  },
  {
    name: '--bp-rubric-chosen-color',
    kind: 'color',
    description: 'Border and mark of the chosen answer.',
    light: 'var(--bp-color-primary)',
    alias: '--_chosen',
    elements: ['capacity-rubric'],
  },
  {
    name: '--bp-rubric-chosen-surface',
    kind: 'color',
    description: 'Background of the chosen answer.',
    light: 'var(--bp-color-surface-selected)',
    alias: '--_chosen-surface',
    elements: ['capacity-rubric'],
  },
  {
    name: '--bp-considerations-current-surface',
    kind: 'color',
    description: "Background of the team's level in `all-levels`.",
    light: 'var(--bp-color-surface-selected)',
    alias: '--_current',
    elements: ['equity-considerations'],
  },
  {
    name: '--bp-card-accent',
    kind: 'color',
    description: "The card's top edge and the reason mark.",
    light: '#0b6bb0',
    dark: '#5ea8e8',
    alias: '--_accent',
    elements: ['resource-card', 'blueprint-report'],
  },
  {
    name: '--bp-badge-surface',
    kind: 'color',
    description: 'Badge background.',
    light: 'var(--bp-color-surface-alt)',
    alias: '--_badge',
    elements: ['resource-card'],
  },
  {
    name: '--bp-library-card-min',
    kind: 'length',
    description: 'The narrowest a card column gets before the grid drops a column.',
    light: '17rem',
    alias: '--_card-min',
    elements: ['resource-library'],
  },
];

/** A token's default in one scheme, as written in the table (`var(--bp-…)` when it follows another token). */
export const defaultIn = (t: ThemeToken, scheme: 'light' | 'dark'): string =>
  scheme === 'dark' ? (t.dark ?? t.light) : t.light;

/** A token's default as one CSS value: `light-dark(<light>, <dark>)` when the schemes differ. */
export const cssDefault = (t: ThemeToken): string =>
  t.dark === undefined || t.dark === t.light ? t.light : `light-dark(${t.light}, ${t.dark})`;
