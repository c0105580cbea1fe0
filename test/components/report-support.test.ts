/* eslint-disable @typescript-eslint/no-unsafe-assignment, @typescript-eslint/no-unsafe-member-access -- fixture documents are untyped JSON (Doc) */
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/components/blueprint-report/define.js';
import '../../src/components/blueprint-provider/define.js';
// From npm, a page that imports elements one by one imports <provider-list> for the report's "Find support".
import '../../src/components/provider-list/define.js';
import type { BlueprintReport } from '../../src/components/blueprint-report/blueprint-report.js';
import type { ProviderList } from '../../src/components/provider-list/provider-list.js';
import { clearFrameworkCache } from '../../src/context/loader.js';
import type { Profile } from '../../src/framework/index.js';
import type { BpSupportRequestEvent } from '../../src/events/index.js';
import { type Doc, loadModel, ratedProfile, validFramework } from '../framework/fixtures.js';
import { withProviders } from '../framework/provider-fixtures.js';
import { heavy, RENDER_TIMEOUT } from '../support/heavy.js';

const text = (node: Element | undefined | null) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** The report's "Find support" part, once its element is loaded and drawn. */
async function supportOf(report: BlueprintReport): Promise<ProviderList> {
  const support = await waitUntil(
    () => report.shadowRoot!.querySelector<ProviderList>('[part~="support"]'),
    'no support part',
    { timeout: RENDER_TIMEOUT },
  ).then(() => report.shadowRoot!.querySelector<ProviderList>('[part~="support"]')!);
  await waitUntil(() => support.shadowRoot?.querySelector('.team'), 'support never drawn', {
    timeout: RENDER_TIMEOUT,
  });
  await support.updateComplete;
  return support;
}

/** Each priority and growth area in the report: capacity id → [tag, the team's level line, provider ids]. */
type Section = [tag: string, level: string, providers: (string | undefined)[]];
function sections(support: ProviderList): Record<string, Section> {
  return Object.fromEntries<Section>(
    [...support.shadowRoot!.querySelectorAll<HTMLElement>('[part~="capacity"]')].map((s) => [
      s.dataset.capacity ?? '',
      [
        text(s.querySelector('.tag')),
        text(s.querySelector('.hint')),
        [...s.querySelectorAll<HTMLElement>('[part~="provider"]')].map((p) => p.dataset.provider),
      ],
    ]),
  );
}

async function report(doc: Doc, profile: Profile | undefined): Promise<BlueprintReport> {
  const host = await fixture<HTMLElement>(
    html`<div>
      <blueprint-provider persist="off" .framework=${doc} .profile=${profile}>
        <blueprint-report></blueprint-report>
      </blueprint-provider>
    </div>`,
  );
  const el = host.querySelector('blueprint-report')!;
  await waitUntil(() => el.shadowRoot?.querySelector('[part~="base"]'), 'report never drawn', {
    timeout: RENDER_TIMEOUT,
  });
  await el.updateComplete;
  return el;
}

const teamProfile = (levels: Record<string, string>, priorities: string[]): Profile => ({
  ...ratedProfile(levels, loadModel(withProviders())),
  extensions: { 'blueprint-widgets': { priorities } },
});

describe('<blueprint-report>: find support', () => {
  beforeEach(() => {
    localStorage.clear();
    clearFrameworkCache();
  });

  it('lists, for each priority and growth area, the providers that work on it at the team level', async function () {
    heavy(this, 'axe over a whole report with its bars, considerations and provider list');
    // Priority: agency (developing). Growth areas (lowest level, emerging): dei and routines.
    const profile = teamProfile({ dei: 'emerging', agency: 'developing', routines: 'emerging' }, ['agency']);
    const el = await report(withProviders(), profile);
    const support = await supportOf(el);
    expect(text(support.shadowRoot!.querySelector('h3'))).to.equal('Find support');
    expect(sections(support)).to.deep.equal({
      agency: ['Priority', 'Your level: Developing', ['early']],
      // late serves only Leading: left out at Emerging.
      dei: ['Growth area', 'Your level: Emerging', ['early', 'all']],
      routines: ['Growth area', 'Your level: Emerging', ['data']],
    });
    const early = support.shadowRoot!.querySelector(
      '[part~="capacity"][data-capacity="dei"] [part~="provider"]',
    )!;
    expect(text(early.querySelector('.summary'))).to.equal('Coaches for new teams.');
    expect(text(early.querySelector('.facts'))).to.contain('Regions North and Online');
    await expect(el).to.be.accessible();
  });

  it('when no provider serves the team level, shows those that work on it at other levels, saying so', async () => {
    const profile = teamProfile({ dei: 'leading', agency: 'leading', routines: 'leading' }, ['agency']);
    const support = await supportOf(await report(withProviders(), profile));
    const agency = support.shadowRoot!.querySelector('[part~="capacity"][data-capacity="agency"]')!;
    expect(text(agency)).to.contain('No provider lists your level for this one');
    expect(sections(support).agency[2]).to.deep.equal(['early']);
  });

  it('"Ask for support" in the report tells the page only the provider, capacity and level', async () => {
    const profile = teamProfile({ dei: 'emerging', agency: 'developing', routines: 'emerging' }, ['agency']);
    const el = await report(withProviders(), profile);
    const support = await supportOf(el);
    const opened: unknown[][] = [];
    const original = window.open.bind(window);
    window.open = (...args: unknown[]) => {
      opened.push(args);
      return null;
    };
    try {
      const button = support.shadowRoot!.querySelector<HTMLButtonElement>(
        '[part~="capacity"][data-capacity="dei"] [data-provider="all"] [part~="ask"] button',
      )!;
      // Heard on the page, outside the report's shadow root.
      const asked = oneEvent<BpSupportRequestEvent>(document.body, 'bp-support-request');
      button.focus();
      await sendKeys({ press: 'Enter' });
      const event = await asked;
      expect(event.detail).to.deep.equal({ providerId: 'all', capacityId: 'dei', levelId: 'emerging' });
      expect(opened).to.deep.equal([['https://example.org/all', '_blank', 'noopener,noreferrer']]);
    } finally {
      window.open = original;
    }
  });

  it('stays out while the team has no priorities or answers: the report says what to do, once (issue 15)', async () => {
    const el = await report(withProviders(), undefined);
    expect(el.shadowRoot!.querySelector('[part~="support"]')).to.equal(null);
    expect(text(el.shadowRoot!.querySelector('[part~="start"]'))).to.contain('Nothing is rated yet');
    // On its own, the list says what to do.
    const host = await fixture<HTMLElement>(
      html`<div>
        <blueprint-provider persist="off" .framework=${withProviders()}>
          <provider-list view="team"></provider-list>
        </blueprint-provider>
      </div>`,
    );
    const list = host.querySelector<ProviderList>('provider-list')!;
    await waitUntil(() => list.shadowRoot?.querySelector('.team'), 'the list is drawn', {
      timeout: RENDER_TIMEOUT,
    });
    expect(text(list.shadowRoot!.querySelector('.team'))).to.contain('Mark a priority or rate');
    await expect(list).to.be.accessible();
  });

  it('has no support part when the framework lists no providers', async () => {
    const doc = validFramework();
    delete doc.providers;
    delete doc.resources[0].providerId;
    const el = await report(doc, undefined);
    expect(el.shadowRoot!.querySelector('[part~="support"], provider-list')).to.equal(null);
  });
});
