/**
 * Issue 15, the words and offers left: the provider's own refusals (a bad `profile`, an `importProfile()` of
 * something else, a broken, foreign or too-new share link) and the team session's member files said in plain
 * words with the detail behind a disclosure, in English and Spanish; the restore panel's `bp-error` with the
 * failure's real kind; "Copy a share link" only where a provider reads links; no heading over an empty
 * section; and the network's words for a level in the framework's own term.
 */
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import '../../src/all.js';
import { loadElements } from '../../src/bundle.js';
import type { BlueprintProvider, BpErrorEvent, BpWarningEvent } from '../../src/index.js';
import type { Profile } from '../../src/framework/index.js';
import { ratedProfile, validFramework } from '../framework/fixtures.js';
import { heavy, RENDER_TIMEOUT } from '../support/heavy.js';
import { everyElement, renderedWidget, settle } from '../support/rendered-widget.js';

const text = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** What a person meets below `node`: its text (through shadow roots), and controls, tables and pictures. */
function hasContent(node: Node): boolean {
  if (node.nodeType === Node.TEXT_NODE) return !!node.textContent?.trim() && isShown(node.parentElement);
  if (!(node instanceof Element) || !isShown(node)) return false;
  if (['STYLE', 'SCRIPT', 'TEMPLATE'].includes(node.tagName)) return false;
  if (node.matches('input, select, textarea, button, svg, img, canvas, table')) return true;
  if (node.shadowRoot && [...node.shadowRoot.childNodes].some(hasContent)) return true;
  return [...node.childNodes].some(hasContent);
}

const isShown = (el: Element | null): boolean => !!el && el.checkVisibility();

/** A heading element's rank (1-6), or undefined for anything else. */
const rankOf = (node: Node) =>
  node instanceof Element && /^H[1-6]$/.test(node.tagName) ? Number(node.tagName[1]) : undefined;

/**
 * The headings below `root` (through shadow roots) with nothing under them: nothing shown after the heading
 * before the next heading of the same or a higher rank, within its section (a heading alone in a wrapper is
 * followed by what comes after the wrapper).
 */
function headingsOverNothing(root: Element): string[] {
  const empty: string[] = [];
  for (const el of everyElement(root)) {
    const rank = rankOf(el);
    if (rank === undefined || !isShown(el)) continue;
    let content = false;
    let node: Element | null = el;
    search: while (node && !content) {
      for (let next = node.nextSibling; next && !content; next = next.nextSibling) {
        const r = rankOf(next);
        if (r !== undefined && r <= rank) break search;
        content = hasContent(next);
      }
      if (node.matches('section, article, fieldset, details, [role="region"], [role="group"]')) break;
      node = node.parentElement;
    }
    if (!content) {
      const host = (el.getRootNode() as ShadowRoot).host;
      empty.push(`<${host?.localName ?? 'page'}> ${el.tagName}: ${text(el)}`);
    }
  }
  return empty;
}

const shown = (template: TemplateResult) => renderedWidget(template);

const empty = (): Profile => ratedProfile({});

describe('issue 15: words that help, offers that work', function () {
  before(() => loadElements());
  beforeEach(() => localStorage.clear());

  describe('no heading over an empty section', () => {
    const inProvider = (inner: TemplateResult, profile: Profile = empty()) =>
      html`<blueprint-provider persist="off" .framework=${validFramework()} .profile=${profile}
        >${inner}</blueprint-provider
      >`;
    const cases: Record<string, () => TemplateResult> = {
      'blueprint-report': () => inProvider(html`<blueprint-report></blueprint-report>`),
      'blueprint-report on its own': () =>
        html`<blueprint-report .framework=${validFramework()} .profile=${empty()}></blueprint-report>`,
      'action-plan': () => inProvider(html`<action-plan today="2026-03-01"></action-plan>`),
      'team-session': () => inProvider(html`<team-session></team-session>`),
      'team-session revealed': () => inProvider(html`<team-session revealed></team-session>`),
      'provider-list': () => inProvider(html`<provider-list></provider-list>`),
      'provider-list for the team': () => inProvider(html`<provider-list view="team"></provider-list>`),
      'blueprint-network': () => html`<blueprint-network .framework=${validFramework()}></blueprint-network>`,
      'capacity-rubric': () => inProvider(html`<capacity-rubric></capacity-rubric>`),
      'blueprint-trend': () => inProvider(html`<blueprint-trend></blueprint-trend>`),
      'resource-library': () => inProvider(html`<resource-library></resource-library>`),
    };
    for (const [name, make] of Object.entries(cases))
      it(`${name}, with no answers`, async function () {
        heavy(this, 'renders a whole widget, then axe');
        const el = await shown(make());
        expect(headingsOverNothing(el)).to.deep.equal([]);
        await expect(el).to.be.accessible();
      });

    it('the report says what to do once, with no strengths or support section over nothing', async function () {
      heavy(this, 'a whole report');
      const el = await shown(cases['blueprint-report']());
      const report = el.querySelector('blueprint-report')!;
      const base = report.shadowRoot!.querySelector('[part~="base"]')!;
      expect(text(report.shadowRoot!.querySelector('[part~="start"]'))).to.match(/^Nothing is rated yet\./);
      expect(report.shadowRoot!.querySelector('[part~="highlights"]')).to.equal(null);
      expect(report.shadowRoot!.querySelector('[part~="support"]')).to.equal(null);
      expect(text(base).match(/strengths and growth areas/gi)).to.have.length(1);
      // No group's considerations say "rate first" under their heading, in every group.
      expect(report.shadowRoot!.querySelectorAll('.considerations')).to.have.length(0);
      // One rating: the section comes, with only the group that has one.
      (el as BlueprintProvider).store.rate('dei', 'emerging');
      await settle(el);
      const highlights = report.shadowRoot!.querySelector('[part~="highlights"]')!;
      expect([...highlights.querySelectorAll('h4')].map(text)).to.deep.equal([
        'Overall',
        'Inclusive culture',
      ]);
      expect(report.shadowRoot!.querySelector('[part~="support"]')).to.exist;
      expect(
        [...report.shadowRoot!.querySelectorAll('.considerations')].map((c) =>
          c.closest('[data-group]')!.getAttribute('data-group'),
        ),
      ).to.deep.equal(['culture']);
      expect(headingsOverNothing(el)).to.deep.equal([]);
    });

    it('the plan with no priorities says what to do, with no "Suggested" heading and no "above"', async function () {
      heavy(this, 'the plan, then axe');
      const el = await shown(cases['action-plan']());
      const plan = el.querySelector('action-plan')!.shadowRoot!;
      expect(plan.querySelector('#suggest-title')).to.equal(null);
      expect(text(plan.querySelector('[part~="suggestions"]'))).to.match(
        /^Mark up to 3 capacities as priorities/,
      );
      expect(text(plan.querySelector('.empty'))).to.equal('Your plan is empty.');
    });

    it('a team session revealed with nobody in it shows no agenda or counts', async function () {
      heavy(this, 'a team session');
      const el = await shown(cases['team-session revealed']());
      const session = el.querySelector('team-session')!.shadowRoot!;
      expect(session.querySelector('[part~="agenda"]')).to.equal(null);
      expect(session.querySelector('[part~="capacity"]')).to.equal(null);
      expect(text(session.querySelector('[part~="reveal"]'))).to.contain('Showing the answers of 0 members.');
    });
  });

  describe('"Copy a share link" only where the page reads links', () => {
    const tools = (report: Element) =>
      [...report.shadowRoot!.querySelectorAll('[part~="tools"] button, [part~="tools"] label')].map(text);
    const planned = (): Profile => ({
      ...ratedProfile({ dei: 'emerging' }),
      plan: [{ id: 'a', capacityId: 'dei', title: 'Talk', status: 'planned', owner: 'Rosa' }],
    });
    const inProvider = (attrs: 'none' | 'ignore' | 'off') =>
      attrs === 'ignore'
        ? html`<blueprint-provider
            persist="off"
            ignore-shared-links
            .framework=${validFramework()}
            .profile=${planned()}
            ><blueprint-report></blueprint-report
          ></blueprint-provider>`
        : attrs === 'off'
          ? html`<blueprint-provider
              persist="off"
              profile-from-hash="off"
              .framework=${validFramework()}
              .profile=${planned()}
              ><blueprint-report></blueprint-report
            ></blueprint-provider>`
          : html`<blueprint-provider persist="off" .framework=${validFramework()} .profile=${planned()}
              ><blueprint-report></blueprint-report
            ></blueprint-provider>`;
    const reportIn = async (template: TemplateResult) => {
      const el = await shown(template);
      const report = el.localName === 'blueprint-report' ? el : el.querySelector('blueprint-report')!;
      await waitUntil(
        () => tools(report).some((t) => t.includes('Download the plan')),
        'the plan tools load',
        {
          timeout: RENDER_TIMEOUT,
        },
      );
      return { el, report };
    };

    it('a provider that reads links (the default): offered, with the owners box', async function () {
      heavy(this, 'a whole report');
      const { report } = await reportIn(inProvider('none'));
      expect(tools(report)).to.include('Copy a share link');
      expect(tools(report).some((t) => t.includes('owners'))).to.equal(true);
    });

    for (const [name, make] of [
      [
        'no provider',
        () =>
          html`<blueprint-report .framework=${validFramework()} .profile=${planned()}></blueprint-report>`,
      ],
      ['ignore-shared-links', () => inProvider('ignore')],
      ['profile-from-hash="off"', () => inProvider('off')],
    ] as const)
      it(`${name}: not offered, nor the owners box; "Download the answers" stays`, async function () {
        heavy(this, 'a whole report, then axe');
        const { report } = await reportIn(make());
        const shown = tools(report);
        expect(shown).to.not.include('Copy a share link');
        expect(
          shown.some((t) => /link|owners/i.test(t)),
          shown.join(' | '),
        ).to.equal(false);
        expect(shown).to.include('Download the answers (JSON)');
        await expect(report).to.be.accessible();
      });
  });

  // ---- the provider's own refusals ---------------------------------------------------------------------

  describe('the provider’s refusals, in plain words with the detail behind a disclosure', () => {
    /** JSON text as a share link's fragment carries it (base64url). */
    const fragmentOf = (value: unknown) =>
      `#bp-profile=${btoa(String.fromCharCode(...new TextEncoder().encode(JSON.stringify(value))))
        .replace(/\+/g, '-')
        .replace(/\//g, '_')
        .replace(/=+$/, '')}`;
    const own = () => ratedProfile({ dei: 'leading' });
    const box = (p: BlueprintProvider) => p.shadowRoot!.querySelector<HTMLElement>('[part~="error"]');
    const plainWords = (p: BlueprintProvider) => text(p.shadowRoot!.querySelector('.failure-words'));
    const detailsOf = (p: BlueprintProvider) =>
      text(p.shadowRoot!.querySelector('[part~="error"] details ul'));

    async function provider(lang = 'en'): Promise<BlueprintProvider> {
      const p = await fixture<BlueprintProvider>(
        html`<blueprint-provider persist="off" lang=${lang} .framework=${validFramework()} .profile=${own()}
          ><blueprint-bars></blueprint-bars
        ></blueprint-provider>`,
      );
      await waitUntil(() => p.store.model && p.profile?.ratings.dei, 'the provider is ready', {
        timeout: RENDER_TIMEOUT,
      });
      return p;
    }

    /** Does `act` on a ready provider; returns its bp-error and the box's words, once drawn. */
    async function refused(p: BlueprintProvider, act: () => void) {
      const error = oneEvent<BpErrorEvent>(p, 'bp-error');
      act();
      const event = await error;
      await waitUntil(() => p.shadowRoot!.querySelector('.failure-words'), 'the plain words are drawn');
      return { event, words: plainWords(p) };
    }

    const frameworkDoc = validFramework() as object;
    const cases: [string, unknown, string, string, RegExp][] = [
      [
        'a framework given as answers',
        frameworkDoc,
        'not-a-profile',
        'These are not a team’s answers. Your own answers have not changed. The people who run this website can fix it.',
        /^\/schema: unknown schema "blueprint-framework\/1"/,
      ],
      [
        'answers for another framework',
        { ...ratedProfile({ dei: 'leading' }), frameworkId: 'another-framework' },
        'other-framework',
        'These answers were made for another framework, so they could not be opened here. Your own answers have not changed. The people who run this website can fix it.',
        /^\/frameworkId: this profile answers framework "another-framework"/,
      ],
      [
        'answers from a newer version of the widgets',
        { ...ratedProfile({ dei: 'leading' }), schema: 'blueprint-profile/2' },
        'too-new',
        'These answers were saved by a newer version of these widgets, so they could not be opened. Your own answers have not changed. Ask the people who run this website to update the widgets.',
        /^\/schema: unknown schema "blueprint-profile\/2"/,
      ],
      [
        'answers with a mistake',
        { ...ratedProfile({ dei: 'leading' }), ratings: { dei: { status: 'rated' } } },
        'mistakes',
        'These answers have mistakes, so they could not be opened. Your own answers have not changed. The people who run this website can fix it. The details below say which capacity or part is wrong.',
        /^\/ratings\/dei\/levelId: /,
      ],
    ];
    for (const [name, value, kind, words, detail] of cases)
      it(`provider.profile = ${name}: says so, keeps the answers, bp-error kind ${kind}`, async function () {
        heavy(this, 'a provider with bars, then axe');
        const p = await provider();
        const before = p.exportProfile();
        const { event, words: shown } = await refused(p, () => (p.profile = value as Profile));
        expect(event.detail.kind).to.equal(kind);
        expect(event.detail.source).to.equal('profile');
        expect(shown).to.equal(words);
        expect(p.exportProfile(), 'the answers stay').to.equal(before);
        const details = p.shadowRoot!.querySelector<HTMLDetailsElement>('[part~="error"] details')!;
        expect(details.open, 'the detail is behind the disclosure').to.equal(false);
        expect(text(details.querySelector('summary'))).to.equal('Technical details');
        expect(detailsOf(p)).to.match(detail);
        expect(box(p)!.getAttribute('role')).to.equal('alert');
        await expect(p).to.be.accessible();
      });

    it('importProfile() of text that is not JSON, and of another framework’s answers', async function () {
      heavy(this, 'a provider with bars, then axe');
      const p = await provider();
      const first = await refused(p, () => p.importProfile('Name,Level\nAna,3'));
      expect(first.event.detail.kind).to.equal('not-json');
      expect(first.event.detail.source).to.equal('import');
      expect(first.words).to.equal(
        'These are not a team’s answers. Your own answers have not changed. Open answers saved with “Download the answers”.',
      );
      expect(detailsOf(p)).to.match(/not valid JSON/);
      const second = await refused(p, () =>
        p.importProfile(JSON.stringify({ ...ratedProfile({}), frameworkId: 'another-framework' })),
      );
      expect(second.event.detail.kind).to.equal('other-framework');
      await waitUntil(() => plainWords(p).includes('another framework'), 'the words follow');
      expect(plainWords(p)).to.equal(
        'These answers were made for another framework, so they could not be opened here. Your own answers have not changed. Open answers saved with “Download the answers”.',
      );
      await expect(p).to.be.accessible();
    });

    it('speaks Spanish with lang="es"', async function () {
      heavy(this, 'a provider with bars, then axe');
      const p = await provider('es');
      const { words } = await refused(p, () => (p.profile = frameworkDoc as unknown as Profile));
      expect(words).to.equal(
        'Estas no son las respuestas de un equipo. Sus propias respuestas no cambiaron. Quienes administran este sitio web pueden corregirlo.',
      );
      expect(text(p.shadowRoot!.querySelector('[part~="error"] summary'))).to.equal('Detalles técnicos');
      await expect(p).to.be.accessible();
    });

    describe('share links', () => {
      let start: string;
      beforeEach(() => (start = location.href));
      afterEach(() => history.replaceState(null, '', start));

      const links: [string, () => string, string, string][] = [
        [
          'cut short',
          () => '#bp-profile=%%%not-base64',
          'broken-link',
          'This share link is cut short or damaged, so its answers could not be opened. Your own answers have not changed. Ask for the link again, and copy all of it.',
        ],
        [
          'for another framework',
          () => fragmentOf({ ...ratedProfile({ dei: 'leading' }), frameworkId: 'another-framework' }),
          'other-framework',
          'The answers in this share link were made for another framework, so they could not be opened here. Your own answers have not changed. Open the link on the page it was made for.',
        ],
        [
          'too new',
          () => fragmentOf({ ...ratedProfile({ dei: 'leading' }), schema: 'blueprint-profile/2' }),
          'too-new',
          'The answers in this share link were saved by a newer version of these widgets, so they could not be opened. Your own answers have not changed. Ask the people who run this website to update the widgets.',
        ],
      ];
      for (const [name, fragment, kind, words] of links)
        it(`a link ${name}: plain words, bp-error kind ${kind}, the answers stay`, async function () {
          heavy(this, 'a provider with bars, then axe');
          const p = await provider();
          const before = p.exportProfile();
          const { event, words: shown } = await refused(p, () => {
            location.hash = fragment();
          });
          expect(event.detail.source).to.equal('link');
          expect(event.detail.kind).to.equal(kind);
          expect(shown).to.equal(words);
          expect(p.exportProfile()).to.equal(before);
          await expect(p).to.be.accessible();
        });
    });
  });

  // ---- the restore panel's bp-error ---------------------------------------------------------------------

  describe('the report’s “Open saved answers”: each failure with its own kind', () => {
    async function panel() {
      const p = await fixture<BlueprintProvider>(
        html`<blueprint-provider
          persist="off"
          .framework=${validFramework()}
          .profile=${ratedProfile({ dei: 'leading' })}
          ><blueprint-report></blueprint-report
        ></blueprint-provider>`,
      );
      const report = p.querySelector('blueprint-report')!;
      await waitUntil(() => report.shadowRoot?.querySelector('#restore-toggle'), 'the report renders', {
        timeout: RENDER_TIMEOUT,
      });
      report.shadowRoot!.querySelector<HTMLButtonElement>('#restore-toggle')!.click();
      await waitUntil(() => report.shadowRoot!.querySelector('#restore-file'), 'the panel opens', {
        timeout: RENDER_TIMEOUT,
      });
      return report;
    }
    const alertOf = (report: Element) => text(report.shadowRoot!.querySelector('.restore-error'));

    async function openFile(report: Element, file: File) {
      const error = oneEvent<BpErrorEvent>(report, 'bp-error');
      const input = report.shadowRoot!.querySelector<HTMLInputElement>('#restore-file')!;
      const transfer = new DataTransfer();
      transfer.items.add(file);
      input.files = transfer.files;
      input.dispatchEvent(new Event('change', { bubbles: true }));
      const event = await error;
      await waitUntil(() => alertOf(report), 'the panel says it');
      return event;
    }
    async function openLink(report: Element, link: string) {
      const error = oneEvent<BpErrorEvent>(report, 'bp-error');
      report.shadowRoot!.querySelector<HTMLInputElement>('#restore-link')!.value = link;
      report.shadowRoot!.querySelector<HTMLButtonElement>('form button[type="submit"]')!.click();
      const event = await error;
      await waitUntil(() => alertOf(report), 'the panel says it');
      return event;
    }
    const json = (name: string, value: unknown) =>
      new File([typeof value === 'string' ? value : JSON.stringify(value)], name, {
        type: 'application/json',
      });

    it('files: not JSON, not answers (a framework, a cohort), too new, another framework, mistakes, too big', async function () {
      heavy(this, 'a whole report with its panel; seven files; axe');
      const report = await panel();
      const files: [File, string, RegExp][] = [
        [
          json('notes.json', 'Ana, Ben'),
          'not-json',
          /^“notes\.json” could not be opened: it is not a file of saved answers/,
        ],
        [
          json('framework.json', validFramework()),
          'not-a-profile',
          /it is a framework, not a team's saved answers/,
        ],
        [
          json('network.json', { schema: 'blueprint-cohort/1', frameworkId: 'test-fw', teams: [] }),
          'not-a-profile',
          /holds many teams' answers/,
        ],
        [
          json('new.json', { ...ratedProfile({ dei: 'leading' }), schema: 'blueprint-profile/2' }),
          'too-new',
          /saved by a newer version of these widgets/,
        ],
        [
          json('other.json', { ...ratedProfile({ dei: 'leading' }), frameworkId: 'another-framework' }),
          'other-framework',
          /answers for another framework/,
        ],
        [
          json('broken.json', { ...ratedProfile({}), ratings: { dei: { status: 'rated' } } }),
          'mistakes',
          /^“broken\.json” could not be opened: /,
        ],
        [json('video.json', 'x'.repeat(5_000_001)), 'too-big', /is too big to be a team’s saved answers/],
      ];
      for (const [file, kind, words] of files) {
        const event = await openFile(report, file);
        expect(event.detail.kind, file.name).to.equal(kind);
        expect(event.detail.source).to.equal('import');
        await waitUntil(() => words.test(alertOf(report)), `${file.name}: ${alertOf(report)}`);
      }
      await expect(report).to.be.accessible();
    });

    it('links: with no answers in it, and cut short', async function () {
      heavy(this, 'a whole report with its panel; axe');
      const report = await panel();
      const none = await openLink(report, 'https://example.org/page#section');
      expect(none.detail.kind).to.equal('not-a-link');
      expect(none.detail.source).to.equal('link');
      const cut = await openLink(report, 'https://example.org/page#bp-profile=eyJzY2hlbWEiOiJibHVl');
      expect(cut.detail.kind).to.equal('broken-link');
      await waitUntil(() => /cut short or damaged/.test(alertOf(report)), 'the panel says it');
      await expect(report).to.be.accessible();
    });
  });

  // ---- the team session's member files ------------------------------------------------------------------

  describe('the team session’s member files', () => {
    it('says each problem plainly, naming the file, one event each; the good files are still read', async function () {
      heavy(this, 'a team session with five files, then axe');
      const p = await fixture<BlueprintProvider>(
        html`<blueprint-provider persist="off" .framework=${validFramework()}
          ><team-session></team-session
        ></blueprint-provider>`,
      );
      const session = p.querySelector('team-session')!;
      await waitUntil(() => session.shadowRoot?.querySelector('#files'), 'the session renders', {
        timeout: RENDER_TIMEOUT,
      });
      const member = (name: string) => ({
        ...ratedProfile({ dei: 'leading', agency: 'developing' }),
        respondent: { name },
      });
      const file = (name: string, value: unknown) =>
        new File([typeof value === 'string' ? value : JSON.stringify(value)], name, {
          type: 'application/json',
        });
      const errors: BpErrorEvent[] = [];
      const warnings: BpWarningEvent[] = [];
      session.addEventListener('bp-error', (e) => errors.push(e));
      session.addEventListener('bp-warning', (e) => warnings.push(e));
      const ana = member('Ana');
      const files = [
        file('ana.json', ana),
        file('sheet.csv', 'name,level\nAna,3'),
        file('framework.json', validFramework()),
        file('other.json', { ...member('Bo'), frameworkId: 'another-framework' }),
        file('huge.json', 'x'.repeat(5_000_001)),
        file('ana-again.json', ana),
        file('cy.json', member('Cy')),
      ];
      const input = session.shadowRoot!.querySelector<HTMLInputElement>('#files')!;
      const transfer = new DataTransfer();
      for (const f of files) transfer.items.add(f);
      input.files = transfer.files;
      input.dispatchEvent(new Event('change', { bubbles: true }));
      await waitUntil(() => session.shadowRoot!.querySelector('[part~="problems"]'), 'the batch is said');
      expect(p.profile!.raters!.map((r) => r.name)).to.deep.equal(['Ana', 'Cy']);
      const problems = [...session.shadowRoot!.querySelectorAll('[part~="problems"] li')].map(text);
      expect(problems).to.deep.equal([
        '“sheet.csv” is not a file of answers (perhaps a spreadsheet, a picture or a document). Ask the member for the file the widgets saved.',
        '“framework.json” is not a member’s answers. Ask the member to send their answers again.',
        '“other.json” holds answers for another framework. Ask the member to answer with this team’s link.',
        '“huge.json” is too big to be one member’s answers, so it was not read.',
      ]);
      expect(text(session.shadowRoot!.querySelector('.duplicates'))).to.equal(
        '“ana-again.json” is already here (Ana), so it was not added again.',
      );
      // One event per file, each with its kind; the technical reason names the file.
      expect(errors.map((e) => e.detail.kind)).to.deep.equal([
        'not-json',
        'not-a-profile',
        'other-framework',
        'too-big',
      ]);
      expect(errors.map((e) => e.detail.errors.length)).to.deep.equal([1, 1, 1, 1]);
      expect(errors.map((e) => e.detail.errors[0].message.split(':')[0])).to.deep.equal([
        'sheet.csv',
        'framework.json',
        'other.json',
        'huge.json',
      ]);
      expect(warnings.filter((w) => w.detail.warnings[0].code === 'duplicate-entry')).to.have.length(1);
      const details = session.shadowRoot!.querySelector<HTMLDetailsElement>('[part~="error-detail"]')!;
      expect(details.open).to.equal(false);
      expect(text(details.querySelector('summary'))).to.equal('Technical details');
      await expect(session).to.be.accessible();
    });
  });

  // ---- the network's words ---------------------------------------------------------------------------------

  it('the network says the framework’s own word for a level, never "stage" for one', async function () {
    heavy(this, 'a network view, then axe');
    const doc: object = { ...(validFramework() as object), terms: { level: 'phase', levels: 'phases' } };
    const el = await shown(
      html`<blueprint-network
        min-teams="1"
        .framework=${doc}
        .cohort=${[1, 2, 3].map(() => ratedProfile({ dei: 'developing', routines: 'leading' }))}
      ></blueprint-network>`,
    );
    const all = text(el.shadowRoot!.querySelector('[part~="base"], .base'));
    expect(all).to.contain('Overall phase');
    expect(all).to.not.match(/overall stage/i);
    expect(all).to.contain('Teams at the same stage');
  });
});
