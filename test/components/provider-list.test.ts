/* eslint-disable @typescript-eslint/no-unsafe-assignment, @typescript-eslint/no-unsafe-member-access -- fixture documents are untyped JSON (Doc) */
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/components/provider-list/define.js';
import '../../src/components/blueprint-provider/define.js';
import type { ProviderList } from '../../src/components/provider-list/provider-list.js';
import { clearFrameworkCache } from '../../src/context/loader.js';
import type { Profile } from '../../src/framework/index.js';
import type { BpErrorEvent, BpSupportRequestEvent } from '../../src/events/index.js';
import { type Doc, loadModel, ratedProfile } from '../framework/fixtures.js';
import { withProviders } from '../framework/provider-fixtures.js';

const root = (el: ProviderList) => el.shadowRoot!;
const part = (el: ProviderList, name: string) => root(el).querySelector<HTMLElement>(`[part~="${name}"]`);
const text = (node: Element | undefined | null) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
/** The providers shown, by id, in order. */
const shown = (el: ProviderList) =>
  [...root(el).querySelectorAll<HTMLElement>('[part~="provider"]')].map((p) => p.dataset.provider);
const card = (el: ProviderList, id: string) =>
  root(el).querySelector<HTMLElement>(`[part~="provider"][data-provider="${id}"]`)!;
const fact = (cardEl: Element, term: string) =>
  text(
    [...cardEl.querySelectorAll('.fact')]
      .find((f) => text(f.querySelector('dt')) === term)
      ?.querySelector('dd'),
  );
const checkbox = (el: ProviderList, dimension: string, id: string) =>
  root(el).querySelector<HTMLInputElement>(`[data-dimension="${dimension}"] input[value="${id}"]`)!;
const optionText = (el: ProviderList, dimension: string, id: string) =>
  text(checkbox(el, dimension, id).closest('label'));
const status = (el: ProviderList) => text(root(el).querySelector('[role="status"]'));
const askButton = (cardEl: Element) => cardEl.querySelector<HTMLButtonElement>('[part~="ask"] button');
const deepActive = () => {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
};

async function list(template: TemplateResult): Promise<ProviderList> {
  const host = await fixture<HTMLElement>(template);
  const el =
    host.localName === 'provider-list' ? (host as ProviderList) : host.querySelector('provider-list')!;
  await waitUntil(() => root(el).querySelector('[part~="base"], [part~="error"]'), 'never rendered', {
    timeout: 4000,
  });
  await el.updateComplete;
  return el;
}

/** The team's profile of the provider fixture, with priorities. */
function teamProfile(levels: Record<string, string>, priorities: string[] = []): Profile {
  const profile = ratedProfile(levels, loadModel(withProviders()));
  return priorities.length ? { ...profile, extensions: { 'blueprint-widgets': { priorities } } } : profile;
}

/** Replaces window.open for one test, recording its calls; `restore` puts it back. */
function stubOpen() {
  const calls: unknown[][] = [];
  const original = window.open.bind(window);
  window.open = (...args: unknown[]) => {
    calls.push(args);
    return null;
  };
  return { calls, restore: () => (window.open = original) };
}

let doc: Doc;
let opened: ReturnType<typeof stubOpen>;

describe('<provider-list>', () => {
  beforeEach(() => {
    localStorage.clear();
    clearFrameworkCache();
    doc = withProviders();
    opened = stubOpen();
  });
  afterEach(() => opened.restore());

  describe('showing providers', () => {
    it('lists every provider with its name, summary, capacities, levels, languages, regions and website', async () => {
      const el = await list(html`<provider-list .framework=${doc}></provider-list>`);
      expect(shown(el)).to.deep.equal(['late', 'early', 'all', 'data']);
      expect(text(part(el, 'count'))).to.equal('4 providers');
      expect(part(el, 'list')!.getAttribute('aria-label')).to.equal('Support providers');
      const early = card(el, 'early');
      expect(text(early.querySelector('h3'))).to.equal('Early Coaching');
      expect(text(early.querySelector('.summary'))).to.equal('Coaches for new teams.');
      expect(fact(early, 'Works on')).to.equal('Diversity, equity and inclusion and Student agency');
      expect(fact(early, 'Levels')).to.equal('Emerging and Developing');
      // Language names in the reader's language, from the tags.
      expect(fact(early, 'Languages')).to.match(/^(Mexican Spanish|Spanish \(Mexico\)) and English$/);
      expect(fact(early, 'Regions')).to.equal('North and Online');
      expect(fact(card(el, 'all'), 'Levels')).to.equal('Every level');
      const site = early.querySelector<HTMLAnchorElement>('a.link')!;
      expect(site.getAttribute('href')).to.equal('https://example.org/early');
      expect(site.rel).to.equal('noopener noreferrer');
      expect(card(el, 'late').querySelector('a')).to.equal(null);
      await expect(el).to.be.accessible();
    });

    it('offers "Ask for support" only for a contact it may open; the others get a plain line', async () => {
      const el = await list(html`<provider-list .framework=${doc}></provider-list>`);
      expect(askButton(card(el, 'all'))).to.not.equal(null);
      expect(askButton(card(el, 'early'))).to.not.equal(null);
      for (const id of ['late', 'data']) {
        expect(askButton(card(el, id)), id).to.equal(null);
        expect(text(card(el, id).querySelector('[part~="no-contact"]'))).to.contain('has not shared a way');
      }
    });

    it('a hostile javascript: contact is refused by the validator with its path, and never offered', async () => {
      doc.providers[2].contact = 'javascript:alert(document.cookie)';
      const host = await fixture<HTMLElement>(html`<div></div>`);
      const el = document.createElement('provider-list');
      const failed = oneEvent<BpErrorEvent>(el, 'bp-error');
      el.framework = doc;
      host.append(el);
      const event = await failed;
      expect(event.detail.errors.map((e) => e.path)).to.deep.equal(['/providers/2/contact']);
      await waitUntil(() => part(el, 'error'), 'no error shown');
      expect(text(part(el, 'error'))).to.contain('https://');
      // Shown only as text in the message: no list, no button, no link.
      expect(root(el).querySelector('[part~="ask"], [part~="list"], a')).to.equal(null);
      await expect(el).to.be.accessible();
    });

    it('says when the framework lists no providers', async () => {
      delete doc.providers;
      const el = await list(html`<provider-list .framework=${doc}></provider-list>`);
      expect(text(part(el, 'empty'))).to.equal('This framework lists no support providers yet.');
      await expect(el).to.be.accessible();
    });

    it('speaks Spanish with lang="es"', async () => {
      const el = await list(html`<provider-list lang="es" .framework=${doc}></provider-list>`);
      expect(text(part(el, 'count'))).to.equal('4 proveedores');
      expect(text(card(el, 'early').querySelector('h3'))).to.equal('Asesoría Temprana');
      expect(fact(card(el, 'all'), 'Niveles')).to.equal('Cualquier nivel');
      expect(fact(card(el, 'early'), 'Idiomas')).to.match(/español/i);
    });
  });

  describe('filters', () => {
    it('filters by keyboard, with the count each option gives, chips, and one announcement', async () => {
      const el = await list(html`<provider-list .framework=${doc}></provider-list>`);
      expect(optionText(el, 'capacity', 'dei')).to.equal('Diversity, equity and inclusion (3)');
      expect(optionText(el, 'region', 'north')).to.equal('North (2)');
      expect(optionText(el, 'language', 'es')).to.match(/^Spanish \(1\)$/);
      const summary = root(el).querySelector<HTMLElement>('summary')!;
      summary.focus();
      await sendKeys({ press: 'Enter' });
      expect(part(el, 'filters')!.hasAttribute('open')).to.equal(true);
      // The first option is the first capacity: Tab to it, Space ticks it.
      await sendKeys({ press: 'Tab' });
      expect(deepActive()).to.equal(checkbox(el, 'capacity', 'dei'));
      await sendKeys({ press: 'Space' });
      await el.updateComplete;
      expect(shown(el)).to.deep.equal(['late', 'early', 'all']);
      expect(el.filters).to.equal('capacity=dei');
      expect(text(part(el, 'count'))).to.equal('3 providers');
      await waitUntil(() => status(el) === '3 providers', 'count not announced');
      // Counts for another dimension follow the capacity choice.
      expect(optionText(el, 'level', 'leading')).to.equal('Leading (2)');
      checkbox(el, 'level', 'leading').focus();
      await sendKeys({ press: 'Space' });
      await el.updateComplete;
      expect(shown(el)).to.deep.equal(['late', 'all']);
      expect(text(root(el).querySelector('summary'))).to.equal('Filters (2 active)');
      await expect(el).to.be.accessible();

      // A chip removes its filter; focus moves to the next chip.
      const chips = [...root(el).querySelectorAll<HTMLButtonElement>('[part~="chip"]')];
      expect(chips.map((c) => c.getAttribute('aria-label'))).to.deep.equal([
        'Remove filter Capacity: Diversity, equity and inclusion',
        'Remove filter Level: Leading',
      ]);
      chips[0].focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(el.filters).to.equal('level=leading');
      expect(text(deepActive())).to.contain('Level: Leading');
      await waitUntil(() => status(el) === '3 providers', 'count not announced'); // late, all, data (every level)
    });

    it('lists only the options that give a provider, and the chosen ones', async () => {
      const el = await list(
        html`<provider-list .framework=${doc} .filters=${'capacity=routines&language=en'}></provider-list>`,
      );
      // Every option listed gives at least one provider, except a chosen one (it can be unticked).
      const options = [...root(el).querySelectorAll<HTMLInputElement>('[data-dimension] input')];
      expect(options.length).to.be.greaterThan(2);
      for (const o of options) {
        const label = text(o.closest('label'));
        if (!o.checked) expect(label, label).to.not.match(/\(0\)$/);
      }
      expect(optionText(el, 'capacity', 'routines')).to.match(/\(\d+\)$/);
      expect(checkbox(el, 'language', 'en').checked).to.be.true;
      await expect(el).to.be.accessible();
    });

    it('shows an empty state with a reset that keeps focus in the element', async () => {
      const el = await list(
        html`<provider-list .framework=${doc} .filters=${'capacity=routines&language=en'}></provider-list>`,
      );
      expect(shown(el)).to.deep.equal([]);
      expect(text(part(el, 'count'))).to.equal('0 providers');
      expect(text(part(el, 'empty'))).to.contain('No provider matches these filters.');
      await expect(el).to.be.accessible();
      const reset = part(el, 'empty')!.querySelector('button')!;
      reset.focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(shown(el)).to.have.length(4);
      expect(deepActive()).to.equal(root(el).querySelector('summary'));
    });

    it('inside a provider with a team profile, starts at its priorities and growth areas, says so, and lets go', async () => {
      const profile = teamProfile({ dei: 'leading', agency: 'leading', routines: 'emerging' }, ['agency']);
      const host = await fixture<HTMLElement>(
        html`<div>
          <blueprint-provider persist="off" .framework=${doc} .profile=${profile}>
            <provider-list></provider-list>
          </blueprint-provider>
        </div>`,
      );
      const el = host.querySelector('provider-list')!;
      await waitUntil(() => part(el, 'team-note'), 'no team note');
      // agency (priority): early; routines (growth area): data.
      expect(shown(el)).to.deep.equal(['early', 'data']);
      expect(text(part(el, 'team-note'))).to.contain(
        'Showing providers for your team’s priorities and growth areas: Student agency and Data routines.',
      );
      expect(el.filters).to.equal(undefined);
      await expect(el).to.be.accessible();
      const everyone = part(el, 'team-note')!.querySelector('button')!;
      everyone.focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(part(el, 'team-note')).to.equal(null);
      expect(shown(el)).to.have.length(4);
      expect(el.filters).to.equal('');
      expect(deepActive()).to.equal(root(el).querySelector('summary'));
    });
  });

  describe('"Ask for support"', () => {
    it('fires bp-support-request with exactly the provider, the capacity and the team level, then opens the https contact', async () => {
      const profile = teamProfile({ dei: 'emerging' });
      const el = await list(html`<provider-list .framework=${doc} .profile=${profile}></provider-list>`);
      const before = performance.getEntriesByType('resource').length;
      const button = askButton(card(el, 'all'))!;
      expect(text(button)).to.equal(
        'Ask for support from All Levels Lab with Diversity, equity and inclusion',
      );
      const asked = oneEvent<BpSupportRequestEvent>(el, 'bp-support-request');
      button.focus();
      await sendKeys({ press: 'Enter' });
      const event = await asked;
      expect(event.cancelable).to.equal(true);
      expect(Object.keys(event.detail).sort()).to.deep.equal(['capacityId', 'levelId', 'providerId']);
      expect(event.detail).to.deep.equal({ providerId: 'all', capacityId: 'dei', levelId: 'emerging' });
      expect(opened.calls).to.deep.equal([['https://example.org/all', '_blank', 'noopener,noreferrer']]);
      await el.updateComplete;
      expect(status(el)).to.equal('Opened the contact page of All Levels Lab in a new tab.');
      expect(deepActive()).to.equal(button); // focus stays where the person is
      // The element itself fetched nothing.
      expect(performance.getEntriesByType('resource').length).to.equal(before);
    });

    it('adds the team answers only when "Include our answers" is ticked', async () => {
      const profile = teamProfile({ dei: 'emerging', agency: 'developing' });
      const el = await list(html`<provider-list .framework=${doc} .profile=${profile}></provider-list>`);
      const include = part(el, 'include')!.querySelector<HTMLInputElement>('input')!;
      expect(include.checked).to.equal(false);
      await expect(el).to.be.accessible();
      include.focus();
      await sendKeys({ press: 'Space' });
      await el.updateComplete;
      expect(include.checked).to.equal(true);
      const asked = oneEvent<BpSupportRequestEvent>(el, 'bp-support-request');
      askButton(card(el, 'all'))!.click();
      const event = await asked;
      expect(Object.keys(event.detail).sort()).to.deep.equal([
        'capacityId',
        'levelId',
        'profile',
        'providerId',
      ]);
      expect(event.detail.profile!.ratings).to.deep.equal(profile.ratings);
      await expect(el).to.be.accessible();
    });

    it('a provider with several capacities asks which one; a mailto contact gets a subject naming it', async () => {
      const profile = teamProfile({ agency: 'developing' });
      const el = await list(
        html`<provider-list .framework=${doc} .profile=${profile} filters="capacity=agency"></provider-list>`,
      );
      const form = card(el, 'early').querySelector('form')!;
      const select = form.querySelector('select')!;
      // The capacity the list is filtered to comes first.
      expect([...select.options].map((o) => o.value)).to.deep.equal(['agency', 'dei']);
      expect(text(form.querySelector('label'))).to.equal('Support with');
      const asked = oneEvent<BpSupportRequestEvent>(el, 'bp-support-request');
      form.querySelector<HTMLButtonElement>('button')!.click();
      const event = await asked;
      expect(event.detail).to.deep.equal({
        providerId: 'early',
        capacityId: 'agency',
        levelId: 'developing',
      });
      expect(opened.calls).to.deep.equal([
        ['mailto:early@example.org?subject=Support%20with%20Student%20agency', '_self'],
      ]);

      // Another capacity, not rated: no levelId key at all.
      select.value = 'dei';
      const again = oneEvent<BpSupportRequestEvent>(el, 'bp-support-request');
      form.querySelector<HTMLButtonElement>('button')!.click();
      expect(Object.keys((await again).detail).sort()).to.deep.equal(['capacityId', 'providerId']);
    });

    it('opens nothing when a listener handles the request (preventDefault)', async () => {
      const el = await list(html`<provider-list .framework=${doc}></provider-list>`);
      el.addEventListener('bp-support-request', (e) => e.preventDefault());
      askButton(card(el, 'all'))!.click();
      await el.updateComplete;
      expect(opened.calls).to.deep.equal([]);
      expect(status(el)).to.equal('');
    });

    it('without answers, offers no "Include our answers"', async () => {
      const el = await list(html`<provider-list .framework=${doc}></provider-list>`);
      expect(part(el, 'include')).to.equal(null);
    });
  });
});
