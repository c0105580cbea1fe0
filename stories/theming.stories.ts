import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import '../src/all.js';
import { GROUP_PALETTE } from '../src/framework/model.js';
import { cssDefault, defaultIn, THEME_TOKENS, type ThemeToken } from '../src/internal/tokens.js';
import { improvementTeams, sampleProfile } from './support.js';

/**
 * The theming tokens: every `--bp-*` custom property a page can set, with its light and dark default, and
 * a partner's brand built from them. The defaults meet WCAG AA in both schemes (text 4.5:1, borders,
 * focus and marks 3:1); test/components/theme.test.ts checks them, and axe checks every story.
 *
 * The color scheme follows the page's own `color-scheme` (light when the page declares none, the reader's
 * system when it declares `light dark`) unless `--bp-color-scheme` or a `theme="light|dark"` attribute (on a
 * widget or on its provider) fixes it; the Theme switch in the toolbar sets `--bp-color-scheme` on the story
 * root.
 */
const meta: Meta = {
  title: 'Guides/Theming',
  parameters: { controls: { disable: true } },
};
export default meta;

type Story = StoryObj;

const byName = new Map(THEME_TOKENS.map((t) => [t.name, t]));

/** A default as a plain value in one scheme, following `var(--bp-…)` to the token it names. */
function resolve(value: string, scheme: 'light' | 'dark'): string {
  const ref = /^var\((--bp-[a-z-]+)\)$/.exec(value);
  const target = ref ? byName.get(ref[1]) : undefined;
  return target ? resolve(defaultIn(target, scheme), scheme) : value;
}

function luminance(hex: string): number | undefined {
  const m = /^#([0-9a-f]{6})$/i.exec(hex);
  if (!m) return undefined;
  const [r, g, b] = [0, 2, 4].map((i) => {
    const c = parseInt(m[1].slice(i, i + 2), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG contrast of two hex colors, as "4.5:1", or undefined when either is not a plain hex color. */
function contrast(a: string, b: string): string | undefined {
  const [la, lb] = [luminance(a), luminance(b)];
  if (la === undefined || lb === undefined) return undefined;
  const ratio = (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
  return `${ratio.toFixed(1)}:1`;
}

const SURFACES = new Set([
  '--bp-color-surface',
  '--bp-color-surface-alt',
  '--bp-color-surface-selected',
  '--bp-color-error-surface',
  '--bp-color-background',
  '--bp-rubric-chosen-surface',
  '--bp-considerations-current-surface',
  '--bp-badge-surface',
]);

/** What a color is measured against: text against a surface, everything else against the surface. */
function contrastNote(t: ThemeToken, scheme: 'light' | 'dark'): string | undefined {
  const value = resolve(defaultIn(t, scheme), scheme);
  const surface = resolve(defaultIn(byName.get('--bp-color-surface')!, scheme), scheme);
  const text = resolve(defaultIn(byName.get('--bp-color-text')!, scheme), scheme);
  if (t.name === '--bp-color-surface' || t.name === '--bp-color-background') return undefined;
  const ratio = SURFACES.has(t.name) ? contrast(text, value) : contrast(value, surface);
  return ratio && (SURFACES.has(t.name) ? `text on it ${ratio}` : `${ratio} on the surface`);
}

/** A description's `code` spans as <code>. */
const prose = (text: string) => text.split('`').map((part, i) => (i % 2 ? html`<code>${part}</code>` : part));

const swatch = (value: string, scheme: 'light' | 'dark') =>
  html`<span class="swatch" data-scheme=${scheme} style="--v: ${resolve(value, scheme)}"></span>`;

function cell(t: ThemeToken, scheme: 'light' | 'dark') {
  const value = defaultIn(t, scheme);
  const note = t.kind === 'color' ? contrastNote(t, scheme) : undefined;
  return html`<td class=${scheme}>
    ${t.kind === 'color' ? swatch(value, scheme) : nothing}<code>${value}</code>
    ${note ? html`<span class="note">${note}</span>` : nothing}
  </td>`;
}

/** The table's own colors, the tokens' defaults: each column in its scheme, rules and swatch edges in the page's. */
const tableColors = [
  ['--rule', cssDefault(byName.get('--bp-bars-guide-color')!)],
  ['--swatch-border', cssDefault(byName.get('--bp-color-border')!)],
  ...(['light', 'dark'] as const).flatMap((scheme) => [
    [`--${scheme}-surface`, resolve(defaultIn(byName.get('--bp-color-surface')!, scheme), scheme)],
    [`--${scheme}-text`, resolve(defaultIn(byName.get('--bp-color-text')!, scheme), scheme)],
  ]),
]
  .map(([name, value]) => `${name}: ${value}`)
  .join('; ');

const tableStyles = html`<style>
  .scroll {
    overflow-x: auto;
  }
  .tokens {
    border-collapse: collapse;
    width: 100%;
    font:
      0.9rem/1.4 system-ui,
      sans-serif;
  }
  .tokens caption {
    text-align: start;
    font-weight: 700;
    padding-block-end: 0.5rem;
  }
  .tokens th,
  .tokens td {
    padding: 0.4rem 0.5rem;
    border-bottom: 1px solid var(--rule);
    text-align: start;
    vertical-align: top;
  }
  .tokens td.light {
    color-scheme: light;
    background: var(--light-surface);
    color: var(--light-text);
  }
  .tokens td.dark {
    color-scheme: dark;
    background: var(--dark-surface);
    color: var(--dark-text);
  }
  .tokens code {
    font-size: 0.85rem;
    overflow-wrap: anywhere;
  }
  .tokens th code {
    overflow-wrap: normal;
  }
  .tokens .note {
    display: block;
    font-size: 0.8rem;
  }
  .tokens .swatch {
    display: inline-block;
    width: 1.1rem;
    height: 1.1rem;
    margin-inline-end: 0.4rem;
    vertical-align: -0.2rem;
    border: 1px solid var(--swatch-border);
    border-radius: 3px;
    background: var(--v);
  }
  .tokens .palette {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem;
    margin-block-start: 0.35rem;
  }
  .tokens .palette .swatch {
    margin: 0;
  }
</style>`;

/** The library palette as swatches: as given in light, lifted (as the widgets do) in dark. */
const palette = (scheme: 'light' | 'dark') =>
  html`<span class="palette" role="img" aria-label=${`The ${GROUP_PALETTE.length} palette colors, ${scheme}`}
    >${GROUP_PALETTE.map((c) =>
      swatch(scheme === 'light' ? c : `oklch(from ${c} max(l, 0.7) c h)`, scheme),
    )}</span
  >`;

/**
 * Every token with its default in each scheme (a swatch for colors), the contrast it has, and the elements
 * that read it when not all of them. From `THEME_TOKENS` (src/internal/tokens.ts), the table the elements'
 * styles, custom-elements.json and the README are generated from.
 */
export const Tokens: Story = {
  render: () =>
    html`${tableStyles}
      <div class="scroll" role="region" aria-label="Theming tokens" tabindex="0">
        <table class="tokens" style=${tableColors}>
          <caption>
            Theming tokens: set any of them on the page, on a provider or on one element. A value given by the
            page is used in both schemes; give it a
            <code>light-dark(…, …)</code>
            value to vary it.
          </caption>
          <thead>
            <tr>
              <th scope="col">Token</th>
              <th scope="col">What it styles</th>
              <th scope="col">Light default</th>
              <th scope="col">Dark default</th>
            </tr>
          </thead>
          <tbody>
            ${THEME_TOKENS.map(
              (t) =>
                html`<tr>
                  <th scope="row"><code>${t.name}</code></th>
                  <td>
                    ${prose(t.description)}
                    ${t.elements ? html`<span class="note">Read by ${t.elements.join(', ')}.</span>` : nothing}
                  </td>
                  ${
                    t.name === '--bp-group-color-N'
                      ? html`<td class="light"><code>${defaultIn(t, 'light')}</code>${palette('light')}</td>
                          <td class="dark"><code>${defaultIn(t, 'dark')}</code>${palette('dark')}</td>`
                      : html`${cell(t, 'light')}${cell(t, 'dark')}`
                  }
                </tr>`,
            )}
          </tbody>
        </table>
      </div>`,
};

/** A partner's tokens: its fonts, colors (each a light-dark() pair, so the brand holds in dark mode too), radius. */
const partnerBrand = {
  '--bp-font-family': "Georgia, 'Times New Roman', serif",
  '--bp-font-size': '1.0625rem',
  '--bp-radius': '14px',
  '--bp-space': '1rem',
  '--bp-color-text': 'light-dark(#2b1d0e, #f3ead8)',
  '--bp-color-text-muted': 'light-dark(#5c4a36, #cbbba0)',
  '--bp-color-surface': 'light-dark(#fffaf0, #2a2118)',
  '--bp-color-surface-alt': 'light-dark(#f5ead6, #3a2e22)',
  '--bp-color-surface-selected': 'light-dark(#e3f1ec, #163a33)',
  '--bp-color-border': 'light-dark(#8c7658, #9c8768)',
  '--bp-color-focus': 'light-dark(#0d6b5e, #5fd1bd)',
  '--bp-color-link': 'light-dark(#0d6b5e, #7fdcc9)',
  '--bp-group-color-1': 'light-dark(#0d6b5e, #5fd1bd)',
  '--bp-group-color-2': 'light-dark(#b0451c, #f08a5d)',
  '--bp-group-color-3': 'light-dark(#6b4c9a, #b79be6)',
  '--bp-group-color-4': 'light-dark(#8a6d00, #e0c060)',
  '--bp-group-color-5': 'light-dark(#9a2e55, #f07fa6)',
  '--bp-bar-radius': '6px',
};
const brandStyle = Object.entries(partnerBrand)
  .map(([k, v]) => `${k}: ${v}`)
  .join('; ');

/**
 * A partner-branded page: the provider, the bars, a rubric and the considerations with the partner's
 * tokens set once on the provider (fonts, colors as light-dark() pairs, radius, spacing, group colors).
 * Switch the Theme in the toolbar to see the dark half of the brand.
 */
export const PartnerBrand: Story = {
  render: () =>
    html`<blueprint-provider
      .framework=${improvementTeams}
      .profile=${sampleProfile}
      persist="off"
      style=${brandStyle}
    >
      <div style="display: grid; grid-template-columns: minmax(0, 1fr); gap: 1.5rem">
        <blueprint-bars></blueprint-bars>
        <capacity-rubric capacity="problem-understanding"></capacity-rubric>
        <equity-considerations group="inclusive-culture"></equity-considerations>
      </div>
    </blueprint-provider>`,
};

/**
 * `theme="dark"` on the provider: every widget inside it, and those the report embeds, take the dark
 * scheme whatever the reader's setting, while the partner's own content keeps the page's look.
 */
export const DarkProvider: Story = {
  render: () =>
    html`<blueprint-provider
      theme="dark"
      .framework=${improvementTeams}
      .profile=${sampleProfile}
      persist="off"
    >
      <div style="display: grid; grid-template-columns: minmax(0, 1fr); gap: 1.5rem">
        <blueprint-bars compare="Fall 2025"></blueprint-bars>
        <capacity-rubric capacity="problem-understanding"></capacity-rubric>
        <equity-considerations all-levels group="inclusive-culture"></equity-considerations>
        <resource-card resource-id="improvement-basics-guide"></resource-card>
      </div>
    </blueprint-provider>`,
};

/** The same widgets with the Theme toolbar fixed to dark (`--bp-color-scheme: dark` on the story root). */
export const DarkScheme: Story = {
  globals: { theme: 'dark' },
  render: () =>
    html`<blueprint-provider .framework=${improvementTeams} .profile=${sampleProfile} persist="off">
      <div style="display: grid; grid-template-columns: minmax(0, 1fr); gap: 1.5rem">
        <p>The partner's own text, in the story root's dark colors.</p>
        <resource-library page-size="3"></resource-library>
        <blueprint-report></blueprint-report>
      </div>
    </blueprint-provider>`,
};
