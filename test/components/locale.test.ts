/**
 * Every partner's language and words (issue 20), through the script tag's entry (src/bundle.ts): a
 * language registered at runtime, one text overridden, a misspelled text reported with `bp-warning`,
 * plurals through Intl.PluralRules, the framework's `terms` in every widget's words, and a pseudo-locale
 * (accented, about 40 % longer) that fits at 320 px.
 */
import { expect, html, waitUntil } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import { loadElements, plural, registerLocale, registeredLocales } from '../../src/bundle.js';
import type { BpWarningEvent } from '../../src/events/index.js';
import type { LocaleInput, LocaleStrings } from '../../src/i18n/locale-strings.js';
import type { Words } from '../../src/i18n/registry.js';
import { strings } from '../../src/i18n/index.js';
import { barsStrings } from '../../src/i18n/bars.js';
import { rubricStrings } from '../../src/i18n/rubric.js';
import { considerationStrings } from '../../src/i18n/considerations.js';
import { resourceStrings } from '../../src/i18n/resources.js';
import { reportStrings } from '../../src/i18n/report.js';
import { reportTeamStrings } from '../../src/i18n/report-team.js';
import { shareOwnerStrings } from '../../src/i18n/share-owners.js';
import { planStrings } from '../../src/i18n/plan.js';
import { providerStrings } from '../../src/i18n/providers.js';
import { providerStrings as noticeStrings } from '../../src/i18n/provider.js';
import { memberStrings } from '../../src/i18n/member.js';
import { trendStrings } from '../../src/i18n/trend.js';
import { networkStrings } from '../../src/i18n/network.js';
import { teamSessionStrings } from '../../src/i18n/team-session.js';
import { errorStrings } from '../../src/i18n/errors.js';
import { restoreStrings } from '../../src/i18n/restore.js';
import { refusalStrings } from '../../src/i18n/refusals.js';
import { termTables } from '../../src/i18n/terms.js';
import { localized } from '../../src/i18n/registry.js';
import { clearFrameworkCache } from '../../src/context/loader.js';
import { ratedProfile, validFramework } from '../framework/fixtures.js';
import { heavy } from '../support/heavy.js';
import { renderedWidget } from '../support/rendered-widget.js';
import { overflowingParts } from '../support/visible-overflow.mjs';
import { words as wordsOf } from '../support/text-layout.js';

/** Every text a person can meet in `el`'s shadow trees: text nodes (live regions and tables too) and labels. */
function shadowTexts(el: Element): string[] {
  const out: string[] = [];
  const visit = (root: ShadowRoot | Element) => {
    for (const node of root.querySelectorAll('*')) {
      if (node.localName === 'style' || node.localName === 'script') continue;
      for (const child of node.childNodes)
        if (child.nodeType === Node.TEXT_NODE && child.textContent!.trim())
          out.push(child.textContent!.trim());
      for (const attr of ['aria-label', 'placeholder', 'title'])
        if (node.getAttribute(attr)) out.push(node.getAttribute(attr)!);
      if (node.shadowRoot) visit(node.shadowRoot);
    }
  };
  if (el.shadowRoot) visit(el.shadowRoot);
  for (const child of el.querySelectorAll('*')) if (child.shadowRoot) visit(child.shadowRoot);
  return out;
}

/** Every string in `value` (the framework's and the profile's own words), longest first. */
function stringsIn(value: unknown, out = new Set<string>()): string[] {
  if (typeof value === 'string') out.add(value);
  else if (Array.isArray(value)) value.forEach((v) => stringsIn(v, out));
  else if (value && typeof value === 'object') Object.values(value).forEach((v) => stringsIn(v, out));
  return [...out].filter((s) => s.length > 1).sort((a, b) => b.length - a.length);
}

/** `text` without the framework's own words (each occurrence replaced by a space). */
const withoutData = (text: string, data: readonly string[]) =>
  data.reduce((t, s) => t.split(s).join(' '), text);

const rendered = renderedWidget;

// ---- the framework with terms of its own, and every widget -----------------------------------------------

const TERMS = {
  capacity: 'commitment',
  capacities: 'commitments',
  group: 'area',
  groups: 'areas',
  level: 'stage',
  levels: 'stages',
};

function framework() {
  const doc = validFramework() as Record<string, unknown> & { resources: Record<string, unknown>[] };
  doc.terms = TERMS;
  // Language names and dates are written by Intl in the page's language, not by the tables.
  for (const r of doc.resources) (delete r.languages, delete r.updated);
  return doc;
}

const profile = () => {
  const p = ratedProfile({ dei: 'emerging', agency: 'developing' });
  return { ...p, extensions: { 'blueprint-widgets': { priorities: ['dei'] } } };
};

/** Each widget, as a partner page places it (the ones that share answers inside a provider). */
const WIDGETS: Record<string, (doc: object, lang: string) => TemplateResult> = {
  'blueprint-bars': (doc, lang) =>
    html`<blueprint-bars lang=${lang} .framework=${doc} .profile=${profile()}></blueprint-bars>`,
  'capacity-rubric': (doc, lang) =>
    html`<capacity-rubric lang=${lang} .framework=${doc} .profile=${profile()}></capacity-rubric>`,
  'equity-considerations': (doc, lang) =>
    html`<equity-considerations
      lang=${lang}
      .framework=${doc}
      .profile=${profile()}
    ></equity-considerations>`,
  'resource-library': (doc, lang) =>
    html`<resource-library lang=${lang} .framework=${doc} .profile=${profile()}></resource-library>`,
  'resource-card': (doc, lang) =>
    html`<resource-card lang=${lang} .framework=${doc} resource-id="equity-guide"></resource-card>`,
  'blueprint-report': (doc, lang) =>
    html`<blueprint-report lang=${lang} .framework=${doc} .profile=${profile()}></blueprint-report>`,
  'blueprint-trend': (doc, lang) =>
    html`<blueprint-trend lang=${lang} .framework=${doc} .profile=${profile()}></blueprint-trend>`,
  'action-plan': (doc, lang) =>
    html`<blueprint-provider lang=${lang} persist="off" .framework=${doc} .profile=${profile()}
      ><action-plan today="2026-03-01"></action-plan
    ></blueprint-provider>`,
  'provider-list': (doc, lang) =>
    html`<blueprint-provider lang=${lang} persist="off" .framework=${doc} .profile=${profile()}
      ><provider-list></provider-list
    ></blueprint-provider>`,
  'team-session': (doc, lang) =>
    html`<blueprint-provider lang=${lang} persist="off" .framework=${doc} .profile=${profile()}
      ><team-session></team-session
    ></blueprint-provider>`,
  'blueprint-network': (doc, lang) =>
    html`<blueprint-network
      lang=${lang}
      min-teams="1"
      .framework=${doc}
      .cohort=${[1, 2, 3].map(() => ratedProfile({ dei: 'developing', routines: 'leading' }))}
    ></blueprint-network>`,
};

// ---- a locale made from English at runtime ---------------------------------------------------------------

/** Every table's English, by name, as its builder of the framework's words. */
const ENGLISH: { [T in keyof LocaleStrings]: (w: Words) => LocaleStrings[T] } = {
  terms: () => localized('terms', termTables, 'en', {} as Words),
  common: () => strings('en'),
  bars: (w) => localized('bars', barsStrings, 'en', w),
  rubric: (w) => rubricStrings('en', w),
  member: () => memberStrings('en'),
  considerations: (w) => considerationStrings('en', w),
  resources: (w) => resourceStrings('en', w),
  report: (w) => reportStrings('en', w),
  reportTeam: (w) => reportTeamStrings('en', w),
  shareOwners: () => shareOwnerStrings('en'),
  plan: (w) => planStrings('en', w),
  providers: (w) => providerStrings('en', w),
  provider: () => noticeStrings('en'),
  trend: (w) => localized('trend', trendStrings, 'en', w),
  network: (w) => networkStrings('en', w),
  teamSession: (w) => teamSessionStrings('en', w),
  errors: () => errorStrings('en'),
  restore: () => restoreStrings('en'),
  refusals: (w) => refusalStrings('en', w),
};

const ACCENTS: Record<string, string> = Object.fromEntries(
  [...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ'].map((c, i) => [
    c,
    [...'àƀçđéƒĝĥîĵķĺɱñöþǫŕšţûṽŵẋýžÀƁÇĐÉƑĜĤÎĴĶĹṀÑÖÞǪŔŠŢÛṼŴẊÝŽ'][i],
  ]),
);

/** Pseudo-English: accented, vowels doubled (about 40 % longer), bracketed so a cut end shows. */
export const pseudo = (text: string): string =>
  `⟦${[...text].map((c) => (/[aeiouAEIOU]/.test(c) ? ACCENTS[c].repeat(2) : (ACCENTS[c] ?? c))).join('')}⟧`;

/** `text` made pseudo, except the parts that are `keep` (the framework's names passed to a string function). */
function pseudoExcept(text: string, keep: readonly string[]): string {
  const parts = keep.filter((k) => k.length > 1).sort((a, b) => b.length - a.length);
  if (!parts.length) return pseudo(text);
  const [first, ...rest] = parts;
  return text
    .split(first)
    .map((piece) => (piece ? pseudoExcept(piece, rest) : piece))
    .join(first);
}

function transform(value: unknown, make: (s: string) => string): unknown {
  if (typeof value === 'string') return make(value);
  if (typeof value === 'function')
    return (...args: unknown[]) => {
      const out = (value as (...a: unknown[]) => unknown)(...args);
      const keep = args.flatMap((a) => (typeof a === 'string' ? [a] : Array.isArray(a) ? a.map(String) : []));
      return typeof out === 'string' ? pseudoExcept(out, keep) : out;
    };
  if (Array.isArray(value)) return value.map((v) => transform(v, make));
  if (value && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, transform(v, make)]));
  return value;
}

/** A whole locale from English: every table, built from the framework's words, every text made pseudo. */
function pseudoLocale(): LocaleInput {
  return Object.fromEntries(
    Object.entries(ENGLISH).map(([name, english]) => [
      name,
      name === 'terms'
        ? transform(english({} as Words), pseudo)
        : (w: Words) => transform(english(w), pseudo),
    ]),
  );
}

// ---- tests -----------------------------------------------------------------------------------------------

describe('every partner’s language and words', function () {
  heavy(this, 'renders every widget (the report with its bars and cards), then axe');
  before(() => loadElements());
  beforeEach(() => {
    localStorage.clear();
    clearFrameworkCache();
  });

  it('registerLocale adds a language: elements already on the page re-render in it', async () => {
    const el = await rendered(
      html`<capacity-rubric lang="fr" .framework=${validFramework()} mode="step"></capacity-rubric>`,
    );
    const before = el.shadowRoot!.textContent;
    expect(before).to.contain('Next capacity');
    registerLocale('fr', {
      rubric: (w) => ({ next: `${w.Capacity} suivante`, progress: (a, t) => `${a} sur ${t} : réponses` }),
      terms: { capacity: 'capacité', capacities: 'capacités' },
    });
    await waitUntil(() => el.shadowRoot!.textContent.includes('Capacité suivante'), 'never re-rendered');
    expect(el.shadowRoot!.textContent).to.contain('0 sur 3 : réponses');
    // The capacity's own card is drawn again too (it is kept between renders while nothing it shows changes).
    registerLocale('fr', { rubric: { skip: 'Passer' } });
    await waitUntil(() => el.shadowRoot!.textContent.includes('Passer'), 'the card kept its words');
    expect(registeredLocales()).to.include('fr');
    await expect(el).to.be.accessible();
  });

  it('overrides one text of a language the library has, and leaves the others', async () => {
    const el = await rendered(
      html`<blueprint-bars
        lang="en-GB"
        .framework=${validFramework()}
        .profile=${profile()}
      ></blueprint-bars>`,
    );
    const download = () => el.shadowRoot!.querySelector('[part~="download"], .download summary, button');
    expect(el.shadowRoot!.textContent).to.contain('Show the data table');
    registerLocale('en-GB', { bars: { showTable: 'Show the figures as a table' } });
    await waitUntil(() => el.shadowRoot!.textContent.includes('Show the figures as a table'), 'no override');
    expect(el.shadowRoot!.textContent).not.to.contain('Show the data table');
    expect(download(), 'the other texts stay').to.exist;
    expect(el.shadowRoot!.textContent).to.contain('Download the chart');
    await expect(el).to.be.accessible();
  });

  it('a misspelled text, an unknown table and a new language’s missing texts: bp-warning, English shown', async () => {
    const warnings: BpWarningEvent[] = [];
    const listen = (e: Event) => warnings.push(e as BpWarningEvent);
    document.addEventListener('bp-warning', listen);
    try {
      registerLocale('de', {
        bars: {
          // @ts-expect-error a misspelled text: TypeScript says so; the script tag reports it at runtime
          donwload: 'Diagramm herunterladen',
          showTable: 'Datentabelle zeigen',
        },
        // (TypeScript reports only the first excess property of a literal: this one is checked at runtime.)
        bras: { download: 'x' },
      });
      const el = await rendered(
        html`<blueprint-bars
          lang="de"
          .framework=${validFramework()}
          .profile=${profile()}
        ></blueprint-bars>`,
      );
      await waitUntil(() => warnings.length >= 3, 'the warnings never came');
      const all = warnings.flatMap((e) => e.detail.warnings);
      expect(warnings.every((e) => e.detail.source === 'locale')).to.be.true;
      expect(all.map((w) => w.path)).to.include.members(['/de/bars/donwload', '/de/bras', '/de/bars']);
      const missing = all.find((w) => w.path === '/de/bars')!;
      expect(missing.message).to.contain('bars.download').and.contain('English is shown');
      expect(all.find((w) => w.path === '/de/bars/donwload')!.message).to.contain('bars.donwload');
      expect(el.shadowRoot!.textContent).to.contain('Datentabelle zeigen').and.contain('Download the chart');
    } finally {
      document.removeEventListener('bp-warning', listen);
    }
  });

  it('plurals through Intl.PluralRules: Polish and Arabic forms, in a registered table', async () => {
    const pl = { one: '# kompetencja', few: '# kompetencje', many: '# kompetencji', other: '# kompetencji' };
    expect([1, 2, 5, 22, 25, 1.5].map((n) => plural('pl', n, pl))).to.deep.equal([
      '1 kompetencja',
      '2 kompetencje',
      '5 kompetencji',
      '22 kompetencje',
      '25 kompetencji',
      '1,5 kompetencji',
    ]);
    const ar = { zero: 'zero', one: 'one', two: 'two', few: 'few', many: 'many', other: 'other' };
    expect([0, 1, 2, 3, 11, 100].map((n) => plural('ar', n, ar))).to.deep.equal([
      'zero',
      'one',
      'two',
      'few',
      'many',
      'other',
    ]);
    registerLocale('pl', {
      rubric: { progress: (answered, total) => `Odpowiedzi: ${answered} z ${plural('pl', total, pl)}` },
    });
    const el = await rendered(
      html`<capacity-rubric
        lang="pl"
        .framework=${validFramework()}
        .profile=${profile()}
      ></capacity-rubric>`,
    );
    expect(el.shadowRoot!.querySelector('[part~="progress-text"]')!.textContent.trim()).to.equal(
      'Odpowiedzi: 2 z 3 kompetencje',
    );
  });

  describe('the framework’s terms in every widget', () => {
    const library = /\b(capacit(y|ies)|groups?|levels?)\b/i;
    for (const [tag, template] of Object.entries(WIDGETS))
      it(`<${tag}> says commitment, area and stage, never capacity, group or level`, async () => {
        const doc = framework();
        const el = await rendered(template(doc, 'en'));
        const data = stringsIn([{ ...doc, terms: undefined }, profile()]);
        const texts = shadowTexts(el).map((t) => withoutData(t, data));
        const said = texts.join('\n');
        // The plan and the session start with nothing that names the framework's parts (no words to check).
        if (tag !== 'action-plan' && tag !== 'team-session')
          expect(said, `<${tag}> shows no term`).to.match(/\b(commitments?|areas?|stages?)\b/i);
        expect(
          texts.filter((t) => library.test(t)),
          'library words left',
        ).to.deep.equal([]);
      });

    it('in the rubric’s announcement and the bars’ (Spanish too)', async () => {
      const doc: Record<string, unknown> = framework();
      doc.terms = {
        capacity: { en: 'commitment', es: 'compromiso' },
        capacities: { en: 'commitments', es: 'compromisos' },
        level: { en: 'stage', es: 'etapa' },
        levels: { en: 'stages', es: 'etapas' },
      };
      const rubric = (await rendered(
        html`<capacity-rubric lang="es" .framework=${doc}></capacity-rubric>`,
      )) as HTMLElement & { updateComplete: Promise<unknown> };
      const progress = rubric.shadowRoot!.querySelector('[part~="progress-text"]')!;
      expect(progress.textContent.trim()).to.equal('0 de 3 compromisos con respuesta');
      // The rubric in use announces its progress through its own live region (one announcement per action).
      const live = rubric.shadowRoot!.querySelector('[part~="progress"] [role="status"]')!;
      expect(live).to.exist;
      rubric
        .shadowRoot!.querySelector<HTMLInputElement>('input[type="radio"][value="level:developing"]')!
        .click();
      await waitUntil(() => progress.textContent.includes('1 de 3 compromisos'), 'not shown');
      await waitUntil(() => live.textContent.includes('1 de 3 compromisos'), 'not announced');

      const bars = await rendered(html`<blueprint-bars lang="en" .framework=${doc}></blueprint-bars>`);
      expect(bars.shadowRoot!.textContent).to.contain('0 of 3 commitments rated at a stage');
      await expect(rubric).to.be.accessible();
    });
  });

  describe('a partner locale made from English at runtime (pseudo-English)', () => {
    before(() => {
      registerLocale('eo', pseudoLocale());
      registerLocale('en-XA', pseudoLocale());
    });

    for (const [tag, template] of Object.entries(WIDGETS))
      it(`<${tag}>: no English left, and nothing overflows or is cut at 320 px`, async () => {
        const warnings: Event[] = [];
        const listen = (e: Event) => warnings.push(e);
        document.addEventListener('bp-warning', listen);
        try {
          const doc = framework();
          const el = await rendered(template(doc, 'eo'));
          // Lists joined by Intl.ListFormat in the page's language ("A and B"): Intl's words, not a table's.
          const joined = new Intl.ListFormat('eo', { type: 'conjunction' }).format(['\u0001', '\u0002']);
          // Dates and durations are Intl's too (a browser without Esperanto writes them in English).
          const today = new Intl.DateTimeFormat('eo', { dateStyle: 'long' }).format(new Date());
          const minutes = new Intl.NumberFormat('eo', { style: 'unit', unit: 'minute' }).format(30);
          const data = [...stringsIn([doc, profile()]), joined.slice(1, -1), today, minutes];
          const english = shadowTexts(el)
            .map((t) => withoutData(t, data))
            .filter((t) => /[A-Za-z]{2,}/.test(t));
          expect(english, 'texts in English').to.deep.equal([]);
          expect(warnings, 'a complete locale warns of nothing').to.have.length(0);

          const narrow = await rendered(template(framework(), 'en-XA'), 320);
          const widget = (
            narrow.localName === 'blueprint-provider' ? narrow.firstElementChild! : narrow
          ) as HTMLElement;
          expect(widget.shadowRoot!.textContent).to.contain('⟧');
          expect(overflowingParts(widget), 'parts wider than the widget').to.deep.equal([]);
          expect(widget.scrollWidth, 'the host scrolls sideways').to.be.at.most(widget.clientWidth + 1);
          const cut = [
            ...widget.shadowRoot!.querySelectorAll('button, label, h2, h3, p, summary, th, legend'),
          ]
            .flatMap((node) => wordsOf(node))
            .filter((w) => w.hidden?.includes('clip') && w.text.includes('⟦'));
          expect(
            cut.map((w) => `${w.text}: ${w.hidden}`),
            'words cut by overflow',
          ).to.deep.equal([]);
          await expect(widget).to.be.accessible();
        } finally {
          document.removeEventListener('bp-warning', listen);
        }
      });
  });
});
