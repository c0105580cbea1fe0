/* eslint-disable @typescript-eslint/no-unsafe-assignment -- fixture documents are untyped JSON (Doc) */
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import { emulateMedia } from '@web/test-runner-commands';
import '../../src/components/resource-card/define.js';
import '../../src/components/blueprint-provider/define.js';
import type { ResourceCard } from '../../src/components/resource-card/resource-card.js';
import { clearFrameworkCache } from '../../src/context/loader.js';
import { loadValidator } from '../../src/context/validator.js';
import type { BpErrorEvent, BpWarningEvent } from '../../src/events/index.js';
import { type Doc, validFramework } from '../framework/fixtures.js';

const root = (el: ResourceCard) => el.shadowRoot!;
const part = (el: ResourceCard, name: string) => root(el).querySelector<HTMLElement>(`[part~="${name}"]`);
const parts = (el: ResourceCard, name: string) => [
  ...root(el).querySelectorAll<HTMLElement>(`[part~="${name}"]`),
];
const text = (node: Element | undefined | null) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
/** The facts list as { term: value }. */
const facts = (el: ResourceCard) =>
  Object.fromEntries(
    [...root(el).querySelectorAll('.fact')].map((f) => [
      text(f.querySelector('dt')),
      text(f.querySelector('dd')),
    ]),
  );
const badges = (el: ResourceCard) => parts(el, 'badge').map((b) => [b.dataset.facet, text(b)]);

async function card(template: TemplateResult): Promise<ResourceCard> {
  const host = await fixture<HTMLElement>(template);
  const el =
    host.localName === 'resource-card' ? (host as ResourceCard) : host.querySelector('resource-card')!;
  await waitUntil(
    () => root(el).querySelector('[part~="base"], [part~="error"], [part~="status"]'),
    'never rendered',
    { timeout: 4000 },
  );
  await el.updateComplete;
  return el;
}

let doc: Doc;

describe('<resource-card>', () => {
  // A card on its own loads the validator on first use (test/context/validator.test.ts covers that wait);
  // these tests are about what the card shows once it has it.
  before(() => loadValidator());

  beforeEach(() => {
    clearFrameworkCache();
    doc = validFramework();
  });

  describe('a resource of the framework (resource-id)', () => {
    it('shows title link, publisher, summary, badges with vocabulary labels and the facts', async () => {
      const el = await card(
        html`<resource-card .framework=${doc} resource-id="equity-guide"></resource-card>`,
      );
      const base = part(el, 'base')!;
      expect(base.localName).to.equal('article');
      expect(base.getAttribute('aria-labelledby')).to.equal('title');
      const link = part(el, 'link') as HTMLAnchorElement;
      expect(link.href).to.equal('https://example.org/guide.pdf');
      expect(link.rel).to.equal('noopener noreferrer');
      expect(link.hasAttribute('target')).to.be.false;
      expect(text(part(el, 'title'))).to.equal('Equity guide');
      expect(part(el, 'title')!.localName).to.equal('h3');
      expect(text(part(el, 'publisher'))).to.equal('Example');
      expect(text(part(el, 'summary'))).to.equal('A guide.');
      expect(badges(el)).to.deep.equal([
        ['type', 'Type: Guide'],
        ['format', 'Format: PDF'],
        ['cost', 'Cost: Free'],
        ['minutes', 'Time: 30 min'],
      ]);
      expect(facts(el)).to.deep.equal({
        Audience: 'Team, Leaders',
        Language: 'English, Spanish',
        'Helps with': 'Diversity, equity and inclusion',
        Levels: 'Emerging, Developing',
        'Offered by': 'Helpers Inc.',
        Updated: 'Feb 3, 2026',
      });
      const provider = root(el).querySelector<HTMLAnchorElement>('.fact a')!;
      expect(provider.href).to.equal('https://helpers.example.org/');
      expect(provider.rel).to.equal('noopener noreferrer');
      await expect(el).to.be.accessible();
    });

    it('says "Every level" for a resource without levelIds, and names groups it serves', async () => {
      const el = await card(html`<resource-card .framework=${doc} resource-id="data-video"></resource-card>`);
      expect(facts(el)['Helps with']).to.equal('Data use');
      expect(facts(el)['Levels']).to.equal('Every level');
      // A relative URL is a link too, resolved against the page.
      expect((part(el, 'link') as HTMLAnchorElement).getAttribute('href')).to.equal('./videos/data.mp4');
    });

    it('is localized: framework labels, facet labels, dates and durations', async () => {
      const el = await card(
        html`<resource-card .framework=${doc} resource-id="equity-guide" lang="es"></resource-card>`,
      );
      expect(text(part(el, 'title'))).to.equal('Guía de equidad');
      expect(badges(el)[0]).to.deep.equal(['type', 'Tipo: Guía']);
      expect(facts(el)['Idioma']).to.equal('inglés, español');
      expect(facts(el)['Ofrecido por']).to.equal('Ayudantes S.A.');
      expect(facts(el)['Actualizado']).to.match(/3 feb 2026/);
    });

    it('a malformed lang (lang="en_US") still formats dates, durations and language names', async () => {
      const el = await card(
        html`<resource-card .framework=${doc} resource-id="equity-guide" lang="en_US"></resource-card>`,
      );
      expect(facts(el)['Updated']).to.equal('Feb 3, 2026');
      expect(badges(el)[3]).to.deep.equal(['minutes', 'Time: 30 min']);
    });

    it('inside a provider, finds the resource in the shared framework', async () => {
      const host = await fixture<HTMLElement>(
        html`<blueprint-provider persist="off" .framework=${doc}>
          <resource-card resource-id="agency-tool"></resource-card>
        </blueprint-provider>`,
      );
      const el = host.querySelector('resource-card')!;
      await waitUntil(() => part(el, 'base'), 'card never rendered');
      expect(text(part(el, 'title'))).to.equal('Agency tool');
      expect(part(el, 'link')).to.be.null; // no url: the title is text
      expect(facts(el)['Helps with']).to.equal('Student agency, Diversity, equity and inclusion');
    });

    it('an unknown resource-id is a visible error and a bp-error', async () => {
      const el = document.createElement('resource-card');
      el.framework = doc;
      el.resourceId = 'ghost';
      const fired = oneEvent<BpErrorEvent>(el, 'bp-error');
      document.body.append(el);
      const event = await fired;
      expect(event.detail.source).to.equal('resource-id');
      expect(event.detail.errors[0].message).to.equal('This framework has no resource “ghost”.');
      expect(part(el, 'error')!.getAttribute('role')).to.equal('alert');
      expect(text(part(el, 'error'))).to.contain('ghost');
      await expect(el).to.be.accessible();
      el.remove();
    });

    it('without any framework or resource, says what it needs', async () => {
      const el = await card(html`<resource-card></resource-card>`);
      expect(text(part(el, 'status'))).to.contain('Give this card a resource property');
      await expect(el).to.be.accessible();
    });
  });

  describe('a resource object (resource property)', () => {
    it('shows an object without a framework: raw ids, language names, durations in hours', async () => {
      const el = await card(
        html`<resource-card
          .resource=${{
            id: 'x',
            title: 'Course',
            url: 'https://example.org/course',
            type: 'course',
            minutes: 150,
            languages: ['es', 'fr'],
          }}
        ></resource-card>`,
      );
      expect(badges(el)).to.deep.equal([
        ['type', 'Type: course'],
        ['minutes', 'Time: 2 hr 30 min'],
      ]);
      expect(facts(el)).to.deep.equal({ Language: 'Spanish, French' });
      await expect(el).to.be.accessible();
    });

    it('renders a resource with only an id and a title', async () => {
      const el = await card(
        html`<resource-card .resource=${{ id: 'bare', title: 'Just a title' }}></resource-card>`,
      );
      expect(text(part(el, 'title'))).to.equal('Just a title');
      for (const name of ['publisher', 'summary', 'badges', 'facts', 'reason', 'link'])
        expect(part(el, name), name).to.be.null;
      await expect(el).to.be.accessible();
    });

    for (const url of [
      'javascript:alert(1)',
      'JaVaScRiPt:alert(1)',
      'data:text/html,<b>x</b>',
      'vbscript:x',
      'java\nscript:x',
    ]) {
      it(`an unsafe url (${JSON.stringify(url)}) never becomes a link, and is reported`, async () => {
        const el = document.createElement('resource-card');
        el.resource = { id: 'bad', title: 'Unsafe', url };
        const warned = oneEvent<BpWarningEvent>(el, 'bp-warning');
        document.body.append(el);
        const event = await warned;
        expect(event.detail.source).to.equal('resource');
        expect(event.detail.warnings.map((w) => [w.code, w.path])).to.deep.equal([['unsafe-url', '/url']]);
        expect(root(el).querySelector('a')).to.be.null;
        expect(text(part(el, 'title'))).to.equal('Unsafe');
        el.remove();
      });
    }

    it('values the framework does not declare are shown as they are, and reported', async () => {
      const el = document.createElement('resource-card');
      el.framework = doc;
      el.resource = { id: 'n', title: 'New', type: 'podcast', capacityIds: ['ghost'] };
      const warned = oneEvent<BpWarningEvent>(el, 'bp-warning');
      document.body.append(el);
      const event = await warned;
      expect(event.detail.warnings.map((w) => w.path)).to.deep.equal(['/capacityIds/0', '/type']);
      await el.updateComplete;
      expect(badges(el)).to.deep.equal([['type', 'Type: podcast']]);
      expect(facts(el)['Helps with']).to.equal('ghost');
      el.remove();
    });

    it('a type and a format with the same word show one badge ("Video" once)', async () => {
      (doc as { vocabularies: { format: Doc[] } }).vocabularies.format.push({ id: 'video', label: 'Video' });
      const el = await card(
        html`<resource-card
          .framework=${doc}
          .resource=${{ id: 'v', title: 'A film', type: 'video', format: 'video', cost: 'free', capacityIds: [] }}
        ></resource-card>`,
      );
      expect(badges(el)).to.deep.equal([
        ['type', 'Type: Video'],
        ['cost', 'Cost: Free'],
      ]);
      expect(text(part(el, 'badges')).match(/Video/g)).to.have.length(1);
      await expect(el).to.be.accessible();
    });

    it('a resource of the framework, given as an object, is used as it is (no warning)', async () => {
      let warned = false;
      const el = document.createElement('resource-card');
      el.addEventListener('bp-warning', () => (warned = true));
      el.framework = doc;
      document.body.append(el);
      await waitUntil(() => el.shadowRoot?.querySelector('[part~="status"]'));
      const model = (el as unknown as { model: { resources: object[] } }).model;
      el.resource = model.resources[0];
      await el.updateComplete;
      expect(text(part(el, 'title'))).to.equal('Equity guide');
      expect(warned).to.be.false;
      el.remove();
    });

    it('an object that is not a resource is refused with located errors', async () => {
      const el = document.createElement('resource-card');
      el.resource = { id: 'x', minutes: 'soon' };
      const fired = oneEvent<BpErrorEvent>(el, 'bp-error');
      document.body.append(el);
      const event = await fired;
      expect(event.detail.source).to.equal('resource');
      expect(event.detail.errors.map((e) => e.path).sort()).to.deep.equal(['/minutes', '/title']);
      expect(text(part(el, 'error'))).to.contain('/title');
      await expect(el).to.be.accessible();
      el.remove();
    });

    it('renders hostile strings as text', async () => {
      const el = await card(
        html`<resource-card
          .resource=${{ id: 'h', title: '<img src=x onerror=alert(1)>', summary: '<script>x</script>', publisher: '<b>p</b>' }}
        ></resource-card>`,
      );
      expect(root(el).querySelector('img, script, b')).to.be.null;
      expect(text(part(el, 'title'))).to.equal('<img src=x onerror=alert(1)>');
    });
  });

  describe('options', () => {
    it('target="_blank" keeps rel and tells screen readers about the new tab', async () => {
      const el = await card(
        html`<resource-card .framework=${doc} resource-id="equity-guide" target="_blank"></resource-card>`,
      );
      const link = part(el, 'link') as HTMLAnchorElement;
      expect(link.target).to.equal('_blank');
      expect(link.rel).to.equal('noopener noreferrer');
      expect(text(link)).to.equal('Equity guide (opens in a new tab)');
    });

    it('compact: title, publisher, badges and reason; no summary or facts', async () => {
      const el = await card(
        html`<resource-card
          .framework=${doc}
          resource-id="equity-guide"
          compact
          reason="For Diversity, equity and inclusion at Emerging"
        ></resource-card>`,
      );
      expect(part(el, 'summary')).to.be.null;
      expect(part(el, 'facts')).to.be.null;
      expect(parts(el, 'badge')).to.have.length(4);
      expect(text(part(el, 'reason'))).to.equal(
        'Why it was suggested: For Diversity, equity and inclusion at Emerging',
      );
      await expect(el).to.be.accessible();
    });

    it('heading-level sets the title heading', async () => {
      const el = await card(
        html`<resource-card .framework=${doc} resource-id="equity-guide" heading-level="5"></resource-card>`,
      );
      expect(part(el, 'title')!.localName).to.equal('h5');
    });

    it('the actions slot shows a partner’s call to action, and takes no space when empty', async () => {
      const el = await card(
        html`<resource-card .framework=${doc} resource-id="equity-guide"></resource-card>`,
      );
      expect(part(el, 'actions')!.hidden).to.be.true;
      const button = document.createElement('button');
      button.slot = 'actions';
      button.textContent = 'Save to my plan';
      el.append(button);
      await waitUntil(() => !part(el, 'actions')!.hidden, 'actions never shown');
      expect(button.assignedSlot).to.exist;
      await expect(el).to.be.accessible();
    });

    it('a very long title wraps inside a 280 px card', async () => {
      const long = 'Supercalifragilisticexpialidocious'.repeat(6) + ' and a very long title that goes on';
      const el = await card(
        html`<div style="width: 280px">
          <resource-card .resource=${{ id: 'l', title: long, url: 'https://example.org' }}></resource-card>
        </div>`,
      );
      const box = el.getBoundingClientRect();
      expect(box.width).to.be.at.most(281);
      for (const node of root(el).querySelectorAll('*'))
        expect(node.getBoundingClientRect().right, node.localName).to.be.at.most(box.right + 1);
    });

    it('in print, links show their address and the actions are hidden', async () => {
      const el = await card(
        html`<resource-card .framework=${doc} resource-id="equity-guide"></resource-card>`,
      );
      await emulateMedia({ media: 'print' });
      try {
        const after = getComputedStyle(part(el, 'link')!, '::after').content;
        expect(after).to.contain('https://example.org/guide.pdf');
        expect(getComputedStyle(part(el, 'actions')!).display).to.equal('none');
      } finally {
        await emulateMedia({ media: 'screen' });
      }
    });
  });
});
