/* eslint-disable @typescript-eslint/no-unsafe-assignment -- fixture documents are untyped JSON (Doc) */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { emulateMedia, executeServerCommand, sendKeys } from '@web/test-runner-commands';
import type { TemplateResult } from 'lit';
import '../../src/all.js';
import { clearFrameworkCache } from '../../src/context/loader.js';
import { GROUP_PALETTE, type FrameworkModel, type Profile } from '../../src/framework/index.js';
import { groupColor } from '../../src/internal/group-color.js';
import { hostStyles } from '../../src/internal/styles.js';
import * as elementTokens from '../../src/internal/token-styles.js';
import { defaultIn, THEME_TOKENS, type ThemeToken } from '../../src/internal/tokens.js';
import { type Doc, ratedProfile, validFramework } from '../framework/fixtures.js';
import { heavy, RENDER_TIMEOUT } from '../support/heavy.js';

/**
 * Theming: the color scheme (the `theme` attribute, inherited from a provider or an ancestor widget, or the
 * reader's prefers-color-scheme), the token defaults' contrast in both schemes, partner tokens, forced
 * colors and print.
 */

const SAMPLE = new URL('../../src/data/improvement-teams.json', import.meta.url).href;
const SAMPLE_PROFILE = new URL('../../src/data/improvement-teams.profile.json', import.meta.url).href;

type Widget = HTMLElement & { updateComplete: Promise<unknown> };

const TRANSPARENT = 'rgba(0, 0, 0, 0)';

const WIDGETS =
  'blueprint-bars, capacity-rubric, equity-considerations, resource-card, resource-library, blueprint-report';

/** Every widget in `root` and in the shadow roots below it (the report's bars, the library's cards). */
function widgetsIn(root: ParentNode): Widget[] {
  const found: Widget[] = [];
  for (const el of root.querySelectorAll<Widget>(WIDGETS)) {
    found.push(el);
    if (el.shadowRoot) found.push(...widgetsIn(el.shadowRoot));
  }
  return found;
}

/** Waits until every widget in `host` (and inside their shadow roots) has rendered and settled. */
async function settle(host: HTMLElement): Promise<Widget[]> {
  const all = () => [
    ...(host.matches(WIDGETS) ? [host as Widget] : []),
    ...widgetsIn(host.shadowRoot ?? host),
    ...widgetsIn(host),
  ];
  await waitUntil(
    () => all().every((el) => el.shadowRoot?.querySelector('[part~="base"], [part~="error"]')),
    'never rendered',
    // A whole provider page of the sample framework can take seconds on a busy machine (test/support/heavy.ts);
    // a light test's own 5 s timeout still ends it first.
    { timeout: RENDER_TIMEOUT },
  );
  // Twice: a widget's first render can add the widgets it embeds.
  for (let i = 0; i < 2; i++) await Promise.all(all().map((el) => el.updateComplete));
  return [...new Set(all())];
}

async function render(template: TemplateResult): Promise<HTMLElement> {
  const host = await fixture<HTMLElement>(template);
  await settle(host);
  return host;
}

const style = (el: Element) => getComputedStyle(el);

/** Any CSS color as sRGB bytes, through a canvas (which accepts oklch(), light-dark() results and the rest). */
function rgb(color: string): [number, number, number, number] {
  const canvas = document.createElement('canvas');
  canvas.width = canvas.height = 1;
  const ctx = canvas.getContext('2d', { willReadFrequently: true })!;
  ctx.fillStyle = color;
  ctx.fillRect(0, 0, 1, 1);
  const [r, g, b, a] = ctx.getImageData(0, 0, 1, 1).data;
  return [r, g, b, a];
}

function luminance(color: string): number {
  const [r, g, b] = rgb(color).map((v) => {
    const c = v / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

const token = (name: string) => {
  const t = THEME_TOKENS.find((x) => x.name === name);
  if (!t) throw new Error(`no token ${name}`);
  return t;
};

type Scheme = 'light' | 'dark';

/** The table's default of a token in one scheme, `var(--bp-…)` followed to the token it names. */
function tableDefault(name: string, scheme: Scheme): string {
  const value = defaultIn(token(name), scheme);
  const ref = /^var\((--bp-[a-z-]+)\)$/.exec(value);
  return ref ? tableDefault(ref[1], scheme) : value;
}

/** A CSS color as this browser computes it in a color scheme. */
function colorIn(value: string, scheme: Scheme): string {
  const probe = document.body.appendChild(document.createElement('span'));
  probe.style.colorScheme = scheme;
  probe.style.color = value;
  const color = style(probe).color;
  probe.remove();
  return color;
}

const ELEMENTS = [
  'blueprint-provider',
  'blueprint-bars',
  'capacity-rubric',
  'equity-considerations',
  'resource-card',
  'resource-library',
  'blueprint-report',
];
// The defaults the tests below expect, as the browser computes them.
const DARK_TEXT = colorIn(tableDefault('--bp-color-text', 'dark'), 'dark');
const DARK_SURFACE = colorIn(tableDefault('--bp-color-surface', 'dark'), 'dark');
const LIGHT_TEXT = colorIn(tableDefault('--bp-color-text', 'light'), 'light');

const styledTokens = THEME_TOKENS.filter((t): t is ThemeToken & { alias: string } => Boolean(t.alias));

let doc: Doc;
let sampleProfile: Profile;
const profile = () => ratedProfile({ dei: 'emerging', agency: 'developing', routines: 'leading' });

describe('theming', () => {
  before(async () => {
    sampleProfile = (await (await fetch(SAMPLE_PROFILE)).json()) as Profile;
  });
  beforeEach(() => {
    localStorage.clear();
    clearFrameworkCache();
    doc = validFramework();
  });

  describe('the token table (src/internal/tokens.ts) and the styles generated from it', () => {
    for (const scheme of ['light', 'dark'] as const)
      it(`every element resolves every token to the table's ${scheme} default`, async () => {
        const host = await fixture<HTMLElement>(html`<div></div>`);
        for (const tag of ELEMENTS) {
          const el = host.appendChild(document.createElement(tag)) as Widget;
          el.setAttribute('theme', scheme);
          await el.updateComplete;
          const probe = el.shadowRoot!.appendChild(document.createElement('span'));
          // As the provider's own messages do (its host keeps the page's scheme); widgets inherit it anyway.
          probe.style.colorScheme = 'var(--bp-color-scheme)';
          // Shared tokens on every host; a token the table gives elements on the first of them (the others
          // reach it through the elements they embed).
          for (const t of styledTokens.filter((t) => !t.elements || t.elements[0] === tag)) {
            // The theme attribute sets --bp-color-scheme itself, and the test page turns motion off
            // (web-test-runner.config.mjs); every other token has the table's default.
            if (t.name === '--bp-motion-duration') continue;
            // A length or number default built on another token (the type scale on --bp-font-size) computes
            // with that token's default in its place.
            const expected = tableDefault(t.name, scheme).replace(/var\((--bp-[a-z-]+)\)/g, (_, n: string) =>
              tableDefault(n, scheme),
            );
            if (t.kind === 'color') {
              probe.style.color = `var(${t.alias})`;
              expect(style(probe).color, `${tag} ${t.name}`).to.equal(colorIn(expected, scheme));
            } else {
              expect(style(el).getPropertyValue(t.alias).trim(), `${tag} ${t.name}`).to.equal(expected);
            }
          }
        }
        expect(styledTokens.length).to.be.greaterThan(24);
      });

    it('the fallback for browsers without light-dark() gives each scheme-dependent token its light default', () => {
      const sheet = new CSSStyleSheet();
      sheet.replaceSync([hostStyles, ...Object.values(elementTokens)].map((s) => s.cssText).join('\n'));
      const fallbacks = [...sheet.cssRules]
        .filter((r): r is CSSSupportsRule => r instanceof CSSSupportsRule && r.conditionText.includes('not'))
        .map((r) => r.cssRules[0] as CSSStyleRule);
      expect(fallbacks[0].style.getPropertyValue('color-scheme')).to.equal('light');
      // The fallbacks' declarations on a dark box: a light-dark() left in them would pick the dark value.
      const box = document.body.appendChild(document.createElement('div'));
      box.style.cssText = fallbacks.map((r) => r.style.cssText).join(' ');
      box.style.colorScheme = 'dark';
      const probe = box.appendChild(document.createElement('span'));
      const schemed = styledTokens.filter((t) => t.dark !== undefined && t.dark !== t.light);
      expect(schemed.length).to.be.greaterThan(10);
      try {
        for (const t of schemed) {
          probe.style.color = `var(${t.alias})`;
          expect(style(probe).color, t.name).to.equal(colorIn(tableDefault(t.name, 'light'), 'light'));
        }
      } finally {
        box.remove();
      }
    });

    it('meets WCAG AA in both schemes: text 4.5:1 on every surface, borders, focus and accents 3:1', () => {
      for (const scheme of ['light', 'dark'] as const) {
        const v = (name: string) => defaultIn(token(name), scheme);
        const surfaces = ['--bp-color-surface', '--bp-color-surface-alt', '--bp-color-surface-selected'].map(
          v,
        );
        if (scheme === 'light') surfaces.push('#ffffff'); // the page, which shows through in the light scheme
        const texts = ['--bp-color-text', '--bp-color-text-muted', '--bp-color-link', '--bp-color-focus'];
        for (const name of texts)
          for (const s of surfaces)
            expect(contrast(v(name), s), `${scheme} ${name} on ${s}`).to.be.at.least(4.5);
        const errorSurface = v('--bp-color-error-surface');
        for (const name of ['--bp-color-text', '--bp-color-error'])
          expect(contrast(v(name), errorSurface), `${scheme} ${name} on the error box`).to.be.at.least(4.5);
        for (const name of ['--bp-color-border', '--bp-color-focus', '--bp-card-accent'])
          expect(contrast(v(name), v('--bp-color-surface')), `${scheme} ${name}`).to.be.at.least(3);
        // The chosen mark and the primary button: surface-colored text on the primary color.
        expect(contrast(v('--bp-color-surface'), v('--bp-color-primary'))).to.be.at.least(4.5);
        expect(
          contrast(v('--bp-color-primary'), v('--bp-color-surface')),
          `${scheme} primary`,
        ).to.be.at.least(3);
        // The focus ring, two-tone: the inner tone 3:1 on every surface of the widget, and on any page behind
        // it (white, black, either scheme's surface) at least one of the two tones 3:1.
        for (const s of surfaces)
          expect(contrast(v('--bp-color-focus'), s), `${scheme} focus on ${s}`).to.be.at.least(3);
        for (const page of ['#ffffff', '#000000', '#f1f4f8', '#1a1f27', '#777777']) {
          const best = Math.max(
            contrast(v('--bp-color-focus'), page),
            contrast(v('--bp-color-focus-halo'), page),
          );
          expect(best, `${scheme} focus ring on a page of ${page}`).to.be.at.least(3);
        }
        // Focus is never the chosen color.
        expect(rgb(v('--bp-color-focus'))).to.not.deep.equal(rgb(v('--bp-color-primary')));
      }
    });
  });

  describe('theme="dark"', () => {
    it('on a widget: dark text on its own dark background, native controls dark, accessible', async () => {
      const el = await render(
        html`<capacity-rubric theme="dark" .framework=${doc} .profile=${profile()}></capacity-rubric>`,
      );
      expect(style(el).colorScheme).to.equal('dark');
      expect(style(el).color).to.equal(DARK_TEXT);
      expect(style(el).backgroundColor).to.equal(DARK_SURFACE);
      const level = el.shadowRoot!.querySelector('.level.chosen')!;
      expect(contrast(style(level).backgroundColor, style(level).color)).to.be.at.least(4.5);
      await expect(el).to.be.accessible();
    });

    it('every widget in its states passes axe color contrast in the dark scheme', async function () {
      heavy(this, 'renders 8 widgets, the report with its bars and the library with its cards, for axe');
      const host = await render(
        html`<div>
          <blueprint-bars
            theme="dark"
            style="width: 720px"
            .framework=${doc}
            .profile=${profile()}
          ></blueprint-bars>
          <capacity-rubric theme="dark" mode="step" .framework=${doc} .profile=${profile()}></capacity-rubric>
          <capacity-rubric theme="dark" readonly .framework=${doc} .profile=${profile()}></capacity-rubric>
          <equity-considerations
            theme="dark"
            all-levels
            .framework=${doc}
            .profile=${profile()}
          ></equity-considerations>
          <resource-card theme="dark" .framework=${doc} resource-id="equity-guide"></resource-card>
          <resource-library theme="dark" .framework=${doc} .profile=${profile()}></resource-library>
          <blueprint-report theme="dark" .framework=${doc} .profile=${profile()}></blueprint-report>
          <blueprint-bars theme="dark" .framework=${'{ not json'}></blueprint-bars>
        </div>`,
      );
      for (const el of widgetsIn(host)) expect(style(el).colorScheme, el.localName).to.equal('dark');
      const error = host
        .querySelector('blueprint-bars:last-of-type')!
        .shadowRoot!.querySelector('[part~="error"]');
      expect(error, 'the error box is shown').to.exist;
      expect(contrast(style(error!).color, style(error!).backgroundColor)).to.be.at.least(4.5);
      await expect(host).to.be.accessible();
    });

    it("on a provider reaches every widget inside, through the report's and the library's shadow roots", async function () {
      heavy(this, 'the whole sample framework (17 capacities) in a rubric, a report and a library, then axe');
      const host = await render(
        html`<blueprint-provider theme="dark" src=${SAMPLE} persist="off">
          <p class="partner">The partner's own text.</p>
          <capacity-rubric></capacity-rubric>
          <blueprint-report></blueprint-report>
          <resource-library></resource-library>
        </blueprint-provider>`,
      );
      const provider = host as HTMLElement & { profile?: Profile };
      provider.profile = sampleProfile;
      const widgets = await settle(host);
      const inner = widgetsIn(host).filter((w) => w.getRootNode() !== document);
      expect(inner.map((w) => w.localName)).to.include.members(['blueprint-bars', 'resource-card']);
      expect(widgets.length).to.be.greaterThan(4);
      for (const w of widgets) {
        expect(style(w).colorScheme, w.localName).to.equal('dark');
        expect(style(w).color, w.localName).to.equal(DARK_TEXT);
      }
      // The provider keeps the page's look for the partner's own content.
      expect(style(host).colorScheme).to.equal('normal');
      expect(style(host).backgroundColor).to.equal(TRANSPARENT);
      expect(style(host.querySelector('.partner')!).color).to.equal(style(document.documentElement).color);
      await expect(host).to.be.accessible();
    });

    it('theme="light" inside a dark provider, or an ancestor, wins for that widget and what it embeds', async () => {
      const host = await render(
        html`<blueprint-provider theme="dark" .framework=${doc} persist="off">
          <blueprint-report theme="light" .profile=${profile()}></blueprint-report>
          <equity-considerations group="culture" level="emerging"></equity-considerations>
        </blueprint-provider>`,
      );
      const report = host.querySelector('blueprint-report')!;
      const bars = report.shadowRoot!.querySelector('blueprint-bars')!;
      expect(style(report).colorScheme).to.equal('light');
      expect(style(bars).colorScheme).to.equal('light');
      expect(style(bars).color).to.equal(LIGHT_TEXT);
      expect(style(bars).backgroundColor).to.equal(TRANSPARENT);
      expect(style(host.querySelector('equity-considerations')!).color).to.equal(DARK_TEXT);
    });

    it('the property reflects to the attribute', async () => {
      const el = await render(
        html`<resource-card .framework=${doc} resource-id="equity-guide"></resource-card>`,
      );
      (el as HTMLElement & { theme?: string }).theme = 'dark';
      await (el as Widget).updateComplete;
      expect(el.getAttribute('theme')).to.equal('dark');
      expect(style(el).color).to.equal(DARK_TEXT);
    });
  });

  describe("the page's color-scheme (the dark rule)", () => {
    const root = document.documentElement;
    afterEach(async () => {
      root.style.colorScheme = '';
      document.head.querySelector('meta[name="color-scheme"]')?.remove();
      await emulateMedia({ colorScheme: 'light' });
    });

    it('a light page keeps light widgets for a reader in dark mode; a page that declares `light dark` follows the reader; theme and --bp-color-scheme force', async () => {
      const host = await render(
        html`<div>
          <blueprint-bars
            class="auto"
            style="width: 600px"
            .framework=${doc}
            .profile=${profile()}
          ></blueprint-bars>
          <blueprint-bars class="dark" theme="dark" style="width: 600px" .framework=${doc}></blueprint-bars>
          <blueprint-bars class="light" theme="light" style="width: 600px" .framework=${doc}></blueprint-bars>
          <blueprint-bars class="token" style="--bp-color-scheme: light" .framework=${doc}></blueprint-bars>
        </div>`,
      );
      const [auto, dark, light, viaToken] = ['auto', 'dark', 'light', 'token'].map((c) =>
        host.querySelector(`.${c}`)!,
      );
      await emulateMedia({ colorScheme: 'dark' });
      expect(matchMedia('(prefers-color-scheme: dark)').matches).to.be.true;
      // The test page declares no color-scheme: light widgets, no slab, whatever the reader prefers.
      expect(style(auto).color, 'a page that declares nothing').to.equal(LIGHT_TEXT);
      expect(style(auto).backgroundColor).to.equal(TRANSPARENT);
      expect(style(dark).color, 'theme="dark" forces dark').to.equal(DARK_TEXT);
      expect(style(dark).backgroundColor).to.equal(DARK_SURFACE);
      await expect(host).to.be.accessible();

      root.style.colorScheme = 'light dark';
      expect(style(auto).color, 'a page that declares light dark, in CSS').to.equal(DARK_TEXT);
      expect(style(auto).backgroundColor).to.equal(DARK_SURFACE);
      expect(style(light).color, 'theme="light" forces light').to.equal(LIGHT_TEXT);
      expect(style(viaToken).color, '--bp-color-scheme: light forces light').to.equal(LIGHT_TEXT);
      await expect(host).to.be.accessible();

      root.style.colorScheme = '';
      const meta = document.head.appendChild(document.createElement('meta'));
      meta.name = 'color-scheme';
      meta.content = 'light dark';
      await waitUntil(() => style(auto).color === DARK_TEXT, 'a page that declares light dark, in a <meta>');
      await emulateMedia({ colorScheme: 'light' });
      expect(style(auto).color, 'and back to light with the reader').to.equal(LIGHT_TEXT);
      expect(style(dark).color, 'theme="dark" still forces dark').to.equal(DARK_TEXT);

      root.style.colorScheme = 'light';
      meta.remove();
      await emulateMedia({ colorScheme: 'dark' });
      expect(style(auto).color, 'a page that declares light only').to.equal(LIGHT_TEXT);
    });

    it('a dark slab forced on a light page keeps room inside it (theme on the widget or on a provider), a widget inside another does not add its own', async () => {
      const host = await render(
        html`<div>
          <capacity-rubric class="own" theme="dark" .framework=${doc} .profile=${profile()}></capacity-rubric>
          <blueprint-provider theme="dark" .framework=${doc} persist="off">
            <blueprint-report class="inside" .profile=${profile()}></blueprint-report>
          </blueprint-provider>
          <capacity-rubric class="plain" .framework=${doc} .profile=${profile()}></capacity-rubric>
        </div>`,
      );
      const own = host.querySelector('.own')!;
      const inside = host.querySelector('.inside')!;
      const bars = inside.shadowRoot!.querySelector('blueprint-bars')!;
      const plain = host.querySelector('.plain')!;
      const rem = parseFloat(style(document.documentElement).fontSize);
      const space = parseFloat(style(own).getPropertyValue('--_space')) * rem;
      const base = (el: Element) => el.shadowRoot!.querySelector<HTMLElement>('[part~="base"]')!;
      for (const el of [own, inside]) {
        expect(style(el).backgroundColor, el.localName).to.equal(DARK_SURFACE);
        expect(parseFloat(style(base(el)).paddingInlineStart), `${el.localName} padding`).to.equal(space);
        // What it shows starts inside the slab, not at its edge.
        const first = base(el).firstElementChild!.getBoundingClientRect();
        expect(first.left - el.getBoundingClientRect().left).to.be.at.least(space);
      }
      expect(style(bars).colorScheme).to.equal('dark');
      expect(style(base(bars)).paddingInlineStart, "the report's bars sit on its slab").to.equal('0px');
      expect(style(base(plain)).paddingInlineStart, "a light widget keeps the page's edge").to.equal('0px');
    });

    it("every widget of the sample framework passes axe in the reader's dark scheme on a page that declares `light dark`", async function () {
      heavy(
        this,
        'the whole sample framework in bars, a rubric, all-levels considerations and a library, then axe',
      );
      root.style.colorScheme = 'light dark';
      await emulateMedia({ colorScheme: 'dark' });
      const host = await render(
        html`<blueprint-provider src=${SAMPLE} persist="off">
          <blueprint-bars style="width: 720px"></blueprint-bars>
          <capacity-rubric></capacity-rubric>
          <equity-considerations all-levels></equity-considerations>
          <resource-library></resource-library>
        </blueprint-provider>`,
      );
      (host as HTMLElement & { profile?: Profile }).profile = sampleProfile;
      for (const w of await settle(host)) expect(style(w).color, w.localName).to.equal(DARK_TEXT);
      await expect(host).to.be.accessible();
    });
  });

  describe('group colors', () => {
    /** Each bar's fill against the element's background, per group. */
    async function barContrasts(theme: 'light' | 'dark', framework: unknown, p: Profile) {
      const el = await render(
        html`<blueprint-bars
          theme=${theme}
          style="width: 720px"
          .framework=${framework}
          .profile=${p}
        ></blueprint-bars>`,
      );
      const background = theme === 'dark' ? style(el).backgroundColor : '#ffffff';
      const fills = new Map<string, string>();
      for (const bar of el.shadowRoot!.querySelectorAll<HTMLElement>('.mark.rated'))
        fills.set(bar.dataset['capacity']!, style(bar).backgroundColor);
      return { el, fills, ratio: (fill: string) => contrast(fill, background) };
    }

    it("the palette and a framework's own colors keep 3:1 on the dark surface (and the light ones on white)", async () => {
      const framework = (await (await fetch(SAMPLE)).json()) as { groups: { color?: string }[] };
      // One group keeps its own color (#6d28d9 in the sample); the others take the palette.
      expect(framework.groups.some((g) => g.color)).to.be.true;
      for (const theme of ['light', 'dark'] as const) {
        const { fills, ratio } = await barContrasts(theme, framework, sampleProfile);
        expect(fills.size).to.be.greaterThan(5);
        for (const [id, fill] of fills) expect(ratio(fill), `${theme} ${id} ${fill}`).to.be.at.least(3);
      }
    });

    it('every palette color, lifted in the dark scheme, has 4.5:1 on the dark surface', async () => {
      const el = await render(html`<blueprint-bars theme="dark" .framework=${doc}></blueprint-bars>`);
      const probe = el.shadowRoot!.appendChild(document.createElement('span'));
      for (const c of GROUP_PALETTE) {
        const model = { groups: [{ id: 'g' }], groupColor: () => c } as unknown as FrameworkModel;
        probe.style.color = groupColor(model, 'g');
        const lifted = style(probe).color;
        expect(lifted, c).to.not.equal(style(el).color);
        expect(contrast(lifted, DARK_SURFACE), `${c} → ${lifted}`).to.be.at.least(4.5);
      }
      probe.remove();
    });

    it('a framework color the browser cannot read (misspelt, or not a color) falls back to the palette', () => {
      for (const bad of ['bleu', '#12345', 'url(//example.com/x)']) {
        const model = { groups: [{ id: 'g' }], groupColor: () => bad } as unknown as FrameworkModel;
        const value = groupColor(model, 'g');
        expect(value, bad).to.not.contain(bad);
        expect(value).to.contain(GROUP_PALETTE[0]);
      }
    });

    it("a partner's --bp-group-color-N wins in the dark scheme too", async () => {
      const el = await render(
        html`<blueprint-bars
          theme="dark"
          style="width: 720px; --bp-group-color-1: rgb(1, 2, 3)"
          .framework=${doc}
          .profile=${profile()}
        ></blueprint-bars>`,
      );
      const bar = el.shadowRoot!.querySelector<HTMLElement>('.mark.rated[data-capacity="dei"]')!;
      expect(style(bar).backgroundColor).to.equal('rgb(1, 2, 3)');
    });

    it('the report and the considerations color group sections from the same tokens', async () => {
      const host = await render(
        html`<div style="--bp-group-color-culture: rgb(4, 5, 6)">
          <equity-considerations
            theme="dark"
            .framework=${doc}
            group="culture"
            level="emerging"
          ></equity-considerations>
          <blueprint-report theme="dark" .framework=${doc} .profile=${profile()}></blueprint-report>
        </div>`,
      );
      for (const el of widgetsIn(host).filter((w) => w.getRootNode() === document)) {
        const section = el.shadowRoot!.querySelector<HTMLElement>('[part~="group"][data-group="culture"]')!;
        expect(style(section).borderInlineStartColor, el.localName).to.equal('rgb(4, 5, 6)');
        const data = el.shadowRoot!.querySelector<HTMLElement>('[part~="group"][data-group="data"]');
        if (data) expect(contrast(style(data).borderInlineStartColor, DARK_SURFACE)).to.be.at.least(3);
      }
    });
  });

  describe('partner tokens', () => {
    it('win in the dark scheme, and a light-dark() value varies with the scheme', async () => {
      const host = await render(
        html`<div
          style="--bp-color-text: rgb(10, 20, 30); --bp-color-surface: light-dark(rgb(250, 250, 240), rgb(0, 0, 60))"
        >
          <resource-card theme="dark" .framework=${doc} resource-id="equity-guide"></resource-card>
          <resource-card theme="light" .framework=${doc} resource-id="equity-guide"></resource-card>
        </div>`,
      );
      const [dark, light] = [...host.querySelectorAll('resource-card')];
      expect(style(dark).color).to.equal('rgb(10, 20, 30)');
      expect(style(light).color).to.equal('rgb(10, 20, 30)');
      const card = (el: Element) => el.shadowRoot!.querySelector('[part~="base"]')!;
      expect(style(card(dark)).backgroundColor).to.equal('rgb(0, 0, 60)');
      expect(style(card(light)).backgroundColor).to.equal('rgb(250, 250, 240)');
      // The dark scheme's own background follows the partner's surface.
      expect(style(dark).backgroundColor).to.equal('rgb(0, 0, 60)');
    });
  });

  describe('forced colors and print', () => {
    it('forced colors override the dark scheme with system colors', async () => {
      const el = await render(
        html`<blueprint-bars
          theme="dark"
          style="width: 720px"
          .framework=${doc}
          .profile=${profile()}
        ></blueprint-bars>`,
      );
      await executeServerCommand('bp-forced-colors', { active: true });
      try {
        const probe = document.body.appendChild(document.createElement('span'));
        probe.style.color = 'CanvasText';
        probe.style.colorScheme = 'dark';
        const canvasText = style(probe).color;
        probe.remove();
        const bar = el.shadowRoot!.querySelector<HTMLElement>('.mark.rated')!;
        expect(style(bar).backgroundColor).to.equal(canvasText);
        const label = el.shadowRoot!.querySelector('[part~="capacity-label"]')!;
        expect(style(label).color).to.equal(canvasText);
        // Not color-contrast: in forced colors Chromium still reports the author's (dark-scheme) color as
        // -webkit-text-fill-color, which axe reads first, though it paints the forced CanvasText (checked
        // in a screenshot); the system palette decides contrast here.
        await expect(el).to.be.accessible({ ignoredRules: ['color-contrast'] });
      } finally {
        await executeServerCommand('bp-forced-colors', { active: false });
      }
    });

    it('prints in the light scheme whatever the theme', async () => {
      const el = await render(
        html`<equity-considerations
          theme="dark"
          .framework=${doc}
          group="culture"
          level="emerging"
        ></equity-considerations>`,
      );
      await emulateMedia({ media: 'print' });
      try {
        expect(style(el).colorScheme).to.equal('light');
        expect(style(el).color).to.equal(LIGHT_TEXT);
        expect(style(el).backgroundColor).to.equal(TRANSPARENT);
      } finally {
        await emulateMedia({ media: 'screen' });
      }
    });

    it("prints a dark provider's own error box light too", async () => {
      const el = await render(
        html`<blueprint-provider theme="dark" .framework=${'{ not json'}></blueprint-provider>`,
      );
      await waitUntil(() => el.shadowRoot!.querySelector('[part~="error"]'), 'the error box');
      const box = el.shadowRoot!.querySelector('[part~="error"]')!;
      expect(style(box).colorScheme).to.equal('dark');
      await emulateMedia({ media: 'print' });
      try {
        expect(style(box).colorScheme).to.equal('light');
      } finally {
        await emulateMedia({ media: 'screen' });
      }
    });
  });

  describe('the design language (docs/design-language.md)', () => {
    /** Every control a person can press or type in, in `root` and the shadow roots below it. */
    function controlsIn(root: ParentNode): HTMLElement[] {
      const found: HTMLElement[] = [];
      for (const el of root.querySelectorAll<HTMLElement>('*')) {
        if (el.matches('button, select, textarea, input, summary') && el.getClientRects().length)
          found.push(el);
        if (el.shadowRoot) found.push(...controlsIn(el.shadowRoot));
      }
      return found;
    }

    for (const scheme of ['light', 'dark'] as const)
      it(`focus is a two-tone ring, never the chosen answer's look (${scheme})`, async () => {
        const el = await render(
          html`<capacity-rubric theme=${scheme} .framework=${doc} .profile=${profile()}></capacity-rubric>`,
        );
        const root = el.shadowRoot!;
        const chosen = root.querySelector<HTMLElement>('.level.chosen')!;
        const radio = chosen.querySelector('input')!;
        radio.focus();
        // Arrow away and back: a keyboard move, so the browser shows focus as it would for a person.
        await sendKeys({ press: 'Tab' });
        await sendKeys({ down: 'Shift' });
        await sendKeys({ press: 'Tab' });
        await sendKeys({ up: 'Shift' });
        await waitUntil(
          () => root.activeElement && root.activeElement.matches(':focus-visible'),
          'keyboard focus',
        );
        const focused = root.activeElement as HTMLElement;
        const ring = focused.closest('.level, .other') ?? focused;
        const r = style(ring);
        expect(r.outlineStyle).to.equal('solid');
        expect(parseFloat(r.outlineWidth)).to.be.at.least(2);
        const halo = r.boxShadow;
        expect(halo, 'an outer halo around the ring').to.match(/rgb\(/);
        const c = style(chosen);
        // The chosen answer is a fill and an edge in the primary color; focus is neither.
        expect(r.outlineColor).to.not.equal(c.borderTopColor);
        expect(r.outlineColor).to.not.equal(c.backgroundColor);
        expect(
          chosen.querySelector('.chosen-mark')?.textContent?.trim(),
          'a mark, not color alone',
        ).to.not.equal('');
        const haloColor = /rgba?\([^)]*\)/.exec(halo)![0];
        expect(contrast(r.outlineColor, DARK_SURFACE) >= 3 || contrast(haloColor, DARK_SURFACE) >= 3).to.be
          .true;
        expect(contrast(r.outlineColor, '#ffffff') >= 3 || contrast(haloColor, '#ffffff') >= 3).to.be.true;
      });

    it('every control of the rubric, the report and the library is a target of at least 24 by 24 px; primary buttons and fields 44 px high', async function () {
      heavy(this, 'renders a rubric, a report with its bars and a library, then measures every control');
      const host = await render(
        html`<div style="width: 900px">
          <capacity-rubric .framework=${doc} .profile=${profile()}></capacity-rubric>
          <blueprint-report .framework=${doc} .profile=${profile()}></blueprint-report>
          <resource-library .framework=${doc} .profile=${profile()}></resource-library>
        </div>`,
      );
      const controls = controlsIn(host);
      expect(controls.length).to.be.greaterThan(20);
      const small: string[] = [];
      for (const el of controls) {
        // A checkbox or radio is pressed through its label too: the label is its target.
        const target = el.matches('input[type="checkbox"], input[type="radio"]')
          ? (el.closest('label') ?? el)
          : el;
        const box = target.getBoundingClientRect();
        const name = `${el.localName}.${el.className} "${(target.textContent ?? '').trim().slice(0, 30)}"`;
        if (box.width < 24 || box.height < 24) small.push(`${name} ${box.width}×${box.height}`);
        if (el.matches('.button, .field') && box.height < 43.9)
          small.push(`${name} is ${box.height} px high`);
      }
      expect(small, small.join('\n')).to.deep.equal([]);
    });
  });
});
