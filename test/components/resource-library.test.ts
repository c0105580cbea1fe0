/* eslint-disable @typescript-eslint/no-unsafe-assignment, @typescript-eslint/no-unsafe-member-access, @typescript-eslint/no-unsafe-call -- fixture documents are untyped JSON (Doc) */
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/components/resource-library/define.js';
import '../../src/components/equity-considerations/define.js';
import '../../src/components/blueprint-provider/define.js';
import type { ResourceLibrary } from '../../src/components/resource-library/resource-library.js';
import type { BlueprintProvider } from '../../src/components/blueprint-provider/blueprint-provider.js';
import { clearFrameworkCache } from '../../src/context/loader.js';
import type { Profile } from '../../src/framework/index.js';
import type { BpErrorEvent, BpFilterChangeEvent } from '../../src/events/index.js';
import { type Doc, ratedProfile, validFramework } from '../framework/fixtures.js';

const SAMPLE = new URL('../../src/data/improvement-teams.json', import.meta.url).href;
const SAMPLE_PROFILE = new URL('../../src/data/improvement-teams.profile.json', import.meta.url).href;
const MISSING = new URL('../fixtures/does-not-exist.json', import.meta.url).href;

const root = (el: ResourceLibrary) => el.shadowRoot!;
const part = (el: ResourceLibrary, name: string) => root(el).querySelector<HTMLElement>(`[part~="${name}"]`);
const parts = (el: ResourceLibrary, name: string) => [
  ...root(el).querySelectorAll<HTMLElement>(`[part~="${name}"]`),
];
const text = (node: Element | undefined | null) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const cards = (el: ResourceLibrary) => [...root(el).querySelectorAll('resource-card')];
/** The titles of the cards shown, as a person reads them. */
const titles = (el: ResourceLibrary) =>
  cards(el).map((c) => text(c.shadowRoot?.querySelector('[part~="title"]')));
const reasons = (el: ResourceLibrary) =>
  cards(el).map((c) =>
    text(c.shadowRoot?.querySelector('[part~="reason"]')).replace(/^Why it was suggested: /, ''),
  );
const checkbox = (el: ResourceLibrary, dimension: string, id: string) =>
  root(el).querySelector<HTMLInputElement>(`[data-dimension="${dimension}"] input[value="${id}"]`)!;
const optionText = (el: ResourceLibrary, dimension: string, id: string) =>
  text(checkbox(el, dimension, id).closest('label'));
const search = (el: ResourceLibrary) => root(el).querySelector<HTMLInputElement>('#q')!;

async function settled(el: ResourceLibrary) {
  await el.updateComplete;
  await Promise.all(cards(el).map((c) => c.updateComplete));
}

async function library(template: TemplateResult): Promise<ResourceLibrary> {
  const host = await fixture<HTMLElement>(template);
  const el =
    host.localName === 'resource-library'
      ? (host as ResourceLibrary)
      : host.querySelector('resource-library')!;
  await waitUntil(() => root(el).querySelector('[part~="base"], [part~="error"]'), 'never rendered', {
    timeout: 4000,
  });
  await settled(el);
  return el;
}

const profileWith = (levels: Record<string, string>): Profile => ratedProfile(levels);

async function click(node: HTMLElement, el: ResourceLibrary) {
  node.click();
  await settled(el);
}

let doc: Doc;

describe('<resource-library>', () => {
  beforeEach(() => {
    localStorage.clear();
    clearFrameworkCache();
    doc = validFramework();
  });

  describe('every resource (no answers)', () => {
    it('lists every resource by title, as cards in a labelled list, with the count', async () => {
      const el = await library(html`<resource-library .framework=${doc}></resource-library>`);
      expect(titles(el)).to.deep.equal(['Agency tool', 'Data video', 'Equity guide']);
      expect(part(el, 'list')!.localName).to.equal('ul');
      expect(part(el, 'list')!.getAttribute('aria-label')).to.equal('Resources');
      expect(text(part(el, 'count'))).to.equal('3 resources');
      expect(part(el, 'mode')).to.be.null; // nothing rated: no matched list to switch to
      expect(part(el, 'note')).to.be.null;
      await expect(el).to.be.accessible();
    });

    it('mode="matched" before anything is rated says what to do and shows every resource', async () => {
      const el = await library(html`<resource-library .framework=${doc} mode="matched"></resource-library>`);
      expect(text(part(el, 'note'))).to.contain('Rate your team’s capacities');
      expect(titles(el)).to.have.length(3);
      await expect(el).to.be.accessible();
    });

    it('a framework without resources says so', async () => {
      delete doc.resources;
      doc.actions.forEach((a: Doc) => delete a.resourceIds);
      const el = await library(html`<resource-library .framework=${doc}></resource-library>`);
      expect(text(part(el, 'empty'))).to.equal('This framework has no resources yet.');
      await expect(el).to.be.accessible();
    });
  });

  describe('matched to the team', () => {
    it('ranks resources for the lowest-rated capacities first, each saying why', async () => {
      const profile = profileWith({ routines: 'leading', agency: 'developing', dei: 'emerging' });
      const el = await library(
        html`<resource-library .framework=${doc} .profile=${profile}></resource-library>`,
      );
      expect(el.mode).to.be.undefined; // decided from the answers
      expect(titles(el)).to.deep.equal(['Equity guide', 'Agency tool', 'Data video']);
      expect(reasons(el)).to.deep.equal([
        'For Diversity, equity and inclusion at Emerging',
        'For Diversity, equity and inclusion at Emerging and Student agency at Developing',
        'For Data routines at Leading',
      ]);
      expect(text(part(el, 'count'))).to.equal('3 resources matched to your team');
      await expect(el).to.be.accessible();
    });

    it('the mode switch shows every resource, reflects mode and fires bp-filter-change', async () => {
      const profile = profileWith({ dei: 'leading' });
      const el = await library(
        html`<resource-library .framework=${doc} .profile=${profile}></resource-library>`,
      );
      expect(titles(el)).to.deep.equal(['Agency tool']);
      const all = part(el, 'mode')!.querySelector<HTMLInputElement>('input[value="all"]')!;
      setTimeout(() => all.click());
      const event = await oneEvent<BpFilterChangeEvent>(el, 'bp-filter-change');
      expect(event.detail).to.deep.equal({ filters: {}, query: '', mode: 'all', value: '' });
      expect(event.bubbles && event.composed).to.be.true;
      await settled(el);
      expect(el.getAttribute('mode')).to.equal('all');
      expect(titles(el)).to.deep.equal(['Agency tool', 'Data video', 'Equity guide']);
      expect(reasons(el)).to.deep.equal(['', '', '']);
    });

    it('rated levels that match nothing fall back to every resource, and say so', async () => {
      doc.resources.forEach((r: Doc) => (r.levelIds = ['emerging']));
      const el = await library(
        html`<resource-library
          .framework=${doc}
          .profile=${profileWith({ dei: 'leading' })}
        ></resource-library>`,
      );
      expect(text(part(el, 'note'))).to.contain('None of this framework’s resources');
      expect(titles(el)).to.have.length(3);
    });

    it('inside a provider, a rating changed in code changes the matched resources and the considerations', async () => {
      const host = await fixture<HTMLElement>(
        html`<div>
          <blueprint-provider persist="off" .framework=${doc}>
            <equity-considerations group="culture"></equity-considerations>
            <resource-library></resource-library>
          </blueprint-provider>
        </div>`,
      );
      const provider = host.querySelector<BlueprintProvider>('blueprint-provider')!;
      const el = host.querySelector('resource-library')!;
      const considerations = host.querySelector('equity-considerations')!;
      await waitUntil(() => part(el, 'list'), 'library never rendered');
      await settled(el);
      expect(titles(el)).to.deep.equal(['Agency tool', 'Data video', 'Equity guide']);

      provider.profile = profileWith({ dei: 'emerging' });
      await settled(el);
      await considerations.updateComplete;
      expect(titles(el)).to.deep.equal(['Equity guide', 'Agency tool']);
      const items = () => text(considerations.shadowRoot!.querySelector('[part~="items"]'));
      expect(items()).to.equal('culture at emerging');

      provider.profile = profileWith({ dei: 'leading' });
      await settled(el);
      await considerations.updateComplete;
      expect(titles(el)).to.deep.equal(['Agency tool']);
      expect(items()).to.equal('culture at leading');
    });
  });

  describe('filters and search', () => {
    it('offers every dimension with counts; a checkbox filters, reflects, fires and shows a chip', async () => {
      const el = await library(html`<resource-library .framework=${doc}></resource-library>`);
      const details = part(el, 'filters') as HTMLDetailsElement;
      expect(details.open).to.be.false;
      // The long capacity list comes last in the panel.
      expect(parts(el, 'filter').map((f) => f.dataset.dimension)).to.deep.equal([
        'group',
        'level',
        'type',
        'format',
        'cost',
        'audience',
        'languages',
        'capacity',
      ]);
      for (const f of parts(el, 'filter')) expect(f.localName).to.equal('fieldset');
      details.querySelector('summary')!.click();
      await settled(el);
      expect(details.open).to.be.true;
      expect(optionText(el, 'cost', 'free')).to.equal('Free (2)');
      expect(optionText(el, 'languages', 'es')).to.equal('Spanish (1)');
      await expect(el).to.be.accessible();

      setTimeout(() => checkbox(el, 'cost', 'free').click());
      const event = await oneEvent<BpFilterChangeEvent>(el, 'bp-filter-change');
      expect(event.detail).to.deep.equal({
        filters: { cost: ['free'] },
        query: '',
        mode: 'all',
        value: 'cost=free',
      });
      await settled(el);
      expect(el.getAttribute('filters')).to.equal('cost=free');
      expect(titles(el)).to.deep.equal(['Agency tool', 'Equity guide']);
      expect(text(part(el, 'count'))).to.equal('2 resources');
      expect(text(details.querySelector('summary'))).to.equal('Filters (1 active)');
      // Counts follow the other filters; a dimension's own options still count the alternatives. An option
      // that would give nothing is not listed ("Video (0)"); the chosen one always is.
      expect(checkbox(el, 'type', 'video') === null, 'video listed').to.be.true;
      expect(optionText(el, 'type', 'guide')).to.equal('Guide (1)');
      expect(optionText(el, 'cost', 'paid')).to.equal('Paid (1)');
      expect(optionText(el, 'cost', 'free')).to.equal('Free (2)');
      expect(text(details).match(/\(0\)/g)).to.be.null;
      const chip = part(el, 'chip')!;
      expect(text(chip)).to.equal('Cost: Free ✕');
      expect(chip.getAttribute('aria-label')).to.equal('Remove filter Cost: Free');
      await expect(el).to.be.accessible();

      await click(chip, el);
      expect(el.getAttribute('filters')).to.equal('');
      expect(titles(el)).to.have.length(3);
      expect(part(el, 'chip')).to.be.null;
    });

    it('OR within a dimension, AND across dimensions', async () => {
      const el = await library(html`<resource-library .framework=${doc}></resource-library>`);
      await click(checkbox(el, 'type', 'guide'), el);
      await click(checkbox(el, 'type', 'video'), el);
      expect(titles(el)).to.deep.equal(['Data video', 'Equity guide']);
      await click(checkbox(el, 'group', 'culture'), el);
      expect(titles(el)).to.deep.equal(['Equity guide']);
      expect(el.filters).to.equal('group=culture&type=guide&type=video');
      expect(parts(el, 'chip').map(text)).to.deep.equal([
        'Capacity group: Inclusive culture ✕',
        'Type: Guide ✕',
        'Type: Video ✕',
      ]);
    });

    it('lists options with results, the chosen ones and the focused one; counts line up in a column', async () => {
      const el = await library(html`<resource-library .framework=${doc}></resource-library>`);
      const details = part(el, 'filters') as HTMLDetailsElement;
      details.open = true;
      await settled(el);
      // With a video ticked, "Free" would give nothing: it is not offered.
      await click(checkbox(el, 'type', 'video'), el);
      expect(checkbox(el, 'cost', 'free') === null, 'free listed').to.be.true;
      expect(optionText(el, 'cost', 'paid')).to.equal('Paid (1)');
      // Both chosen (a link's filters) give nothing: the chosen options stay listed, to be unticked.
      el.setAttribute('filters', 'cost=free&type=video');
      await settled(el);
      expect(cards(el)).to.have.length(0);
      expect(optionText(el, 'type', 'video')).to.equal('Video (0)');
      expect(optionText(el, 'cost', 'free')).to.equal('Free (0)');
      // Unticked by keyboard, it would give nothing, but it keeps focus until the person moves on.
      checkbox(el, 'type', 'video').focus();
      await sendKeys({ press: 'Space' });
      await settled(el);
      expect(el.filters).to.equal('cost=free');
      const focused = el.shadowRoot!.activeElement as HTMLInputElement;
      expect(focused.value).to.equal('video');
      expect(focused.checked).to.be.false;
      // Once the person has moved on, the next change of filters leaves it out.
      await sendKeys({ press: 'Tab' });
      expect(el.shadowRoot!.activeElement?.localName).to.equal('input');
      el.setAttribute('filters', 'cost=free&type=guide');
      await settled(el);
      expect(checkbox(el, 'type', 'video') === null, 'video listed').to.be.true;
      // The counts of a fieldset end at one edge, whatever the length of the option's name.
      const edges = [...root(el).querySelectorAll('[data-dimension="type"] .option-count')].map((c) =>
        Math.round(c.getBoundingClientRect().right),
      );
      expect(edges.length).to.be.greaterThan(1);
      expect(new Set(edges).size).to.equal(1);
      await expect(el).to.be.accessible();
    });

    it('searches on every keystroke; the search is reflected and removable', async () => {
      const el = await library(html`<resource-library .framework=${doc}></resource-library>`);
      search(el).focus();
      const seen: string[] = [];
      el.addEventListener('bp-filter-change', (e) => seen.push(e.detail.value));
      await sendKeys({ type: 'vid' });
      await settled(el);
      expect(seen).to.deep.equal(['q=v', 'q=vi', 'q=vid']);
      expect(titles(el)).to.deep.equal(['Data video']);
      expect(el.getAttribute('filters')).to.equal('q=vid');
      await sendKeys({ type: ' ' }); // the space stays in the box as typed
      await settled(el);
      expect(search(el).value).to.equal('vid ');
      const chip = part(el, 'chip')!;
      expect(text(chip)).to.equal('Search: “vid” ✕');
      await click(chip, el);
      expect(search(el).value).to.equal('');
      expect(titles(el)).to.have.length(3);
    });

    it('search and filters combine; no results offers a reset that puts focus back in the search', async () => {
      const el = await library(html`<resource-library .framework=${doc}></resource-library>`);
      await click(checkbox(el, 'cost', 'paid'), el);
      search(el).focus();
      await sendKeys({ type: 'guide' });
      await settled(el);
      expect(cards(el)).to.have.length(0);
      const empty = part(el, 'empty')!;
      expect(text(empty)).to.contain('No resources match these filters and this search.');
      await expect(el).to.be.accessible();
      await click(empty.querySelector('button')!, el);
      expect(el.filters).to.equal('');
      expect(titles(el)).to.have.length(3);
      expect(el.shadowRoot!.activeElement).to.equal(search(el));
    });

    it('a filters attribute set by the host page (e.g. from its URL) applies at once', async () => {
      const el = await library(
        html`<resource-library .framework=${doc} filters=${'q=guide&audience=team'}></resource-library>`,
      );
      expect(titles(el)).to.deep.equal(['Equity guide']);
      expect(search(el).value).to.equal('guide');
      expect(checkbox(el, 'audience', 'team').checked).to.be.true;
      el.setAttribute('filters', 'format=online');
      await settled(el);
      expect(titles(el)).to.deep.equal(['Agency tool', 'Data video']);
      expect(search(el).value).to.equal('');
      // Unknown dimensions and values are ignored, never an error.
      el.setAttribute('filters', 'nonsense=1&type=podcast');
      await settled(el);
      expect(cards(el)).to.have.length(0);
      expect(parts(el, 'chip').map(text)).to.deep.equal(['Type: podcast ✕']);
    });

    it('announces the result count politely, after typing pauses (not when it first shows)', async () => {
      const el = await library(html`<resource-library .framework=${doc}></resource-library>`);
      const live = root(el).querySelector('[role="status"]')!;
      // The first count is what the page shows, not the answer to anything the person did (issue 15).
      expect(text(live)).to.equal('');
      search(el).focus();
      await sendKeys({ type: 'tool' });
      expect(text(live)).to.equal(''); // not yet: typing goes on
      await waitUntil(() => text(live) === '1 resource', 'count never announced', { timeout: 2000 });
    });
  });

  describe('long lists', () => {
    it('shows a page at a time; "Show more" adds a page and moves focus to the first new card', async () => {
      const el = await library(
        html`<resource-library src=${SAMPLE} page-size="10" mode="all"></resource-library>`,
      );
      expect(cards(el)).to.have.length(10);
      const more = part(el, 'more')!;
      expect(text(more)).to.contain('Showing 10 of 48');
      await click(more.querySelector('button')!, el);
      expect(cards(el)).to.have.length(20);
      const eleventh = cards(el)[10];
      await waitUntil(
        () => eleventh.shadowRoot!.activeElement === eleventh.shadowRoot!.querySelector('[part~="link"]'),
        'focus never reached the first new card’s link',
      );
      // A new filter starts at one page again.
      await click(checkbox(el, 'cost', 'free'), el);
      expect(cards(el).length).to.be.at.most(10);
      await expect(el).to.be.accessible();
    });

    it('matches the sample profile and lists the lowest-rated capacities first', async () => {
      const profile = (await (await fetch(SAMPLE_PROFILE)).json()) as Profile;
      const el = await library(html`<resource-library src=${SAMPLE} .profile=${profile}></resource-library>`);
      expect(text(part(el, 'count'))).to.match(/^\d+ resources matched to your team$/);
      const first = reasons(el)[0];
      // The sample's lowest level is Beginning: the first suggestions are for a capacity at Beginning.
      expect(first).to.match(/^For .+ at Beginning/);
    });

    it('compact: one row per resource, compact cards', async () => {
      const el = await library(html`<resource-library .framework=${doc} compact></resource-library>`);
      expect(part(el, 'list')!.classList.contains('rows')).to.be.true;
      expect(cards(el).every((c) => c.compact)).to.be.true;
      await expect(el).to.be.accessible();
    });

    it('heading-level and target reach the cards', async () => {
      const el = await library(
        html`<resource-library .framework=${doc} heading-level="4" target="_blank"></resource-library>`,
      );
      const guide = cards(el)[2];
      expect(guide.shadowRoot!.querySelector('[part~="title"]')!.localName).to.equal('h4');
      expect(guide.shadowRoot!.querySelector('a')!.target).to.equal('_blank');
    });
  });

  describe('bad input', () => {
    it('a 404 src shows the error part and fires bp-error', async () => {
      const el = document.createElement('resource-library');
      const fired = oneEvent<BpErrorEvent>(el, 'bp-error');
      el.src = MISSING;
      document.body.append(el);
      const event = await fired;
      expect(event.detail.source).to.equal(MISSING);
      // The alert comes with the plain words (their file loads on first failure, issue 14), not before: one announcement.
      await waitUntil(() => part(el, 'error')?.getAttribute('role') === 'alert', 'no alert');
      await expect(el).to.be.accessible();
      el.remove();
    });

    it('cards in the library do not announce loads of their own', async () => {
      const loads: EventTarget[] = [];
      const el = document.createElement('resource-library');
      el.addEventListener('bp-load', (e) => loads.push(e.composedPath()[0]));
      el.framework = doc;
      document.body.append(el);
      await waitUntil(() => cards(el).length === 3);
      await settled(el);
      expect(loads).to.deep.equal([el]);
      el.remove();
    });

    it('hostile text in resources and vocabularies is shown as text', async () => {
      doc.vocabularies.type[0].label = '<img src=x onerror=alert(1)>';
      doc.resources[0].title = '<script>alert(1)</script>';
      const el = await library(html`<resource-library .framework=${doc}></resource-library>`);
      expect(root(el).querySelector('img, script')).to.be.null;
      expect(optionText(el, 'type', 'guide')).to.equal('<img src=x onerror=alert(1)> (1)');
      expect(titles(el)).to.include('<script>alert(1)</script>');
    });
  });
});
