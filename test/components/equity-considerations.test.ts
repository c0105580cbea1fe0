/* eslint-disable @typescript-eslint/no-unsafe-assignment, @typescript-eslint/no-unsafe-member-access, @typescript-eslint/no-unsafe-call -- fixture documents are untyped JSON (Doc) */
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import '../../src/components/equity-considerations/define.js';
import '../../src/components/blueprint-provider/define.js';
import type { EquityConsiderations } from '../../src/components/equity-considerations/equity-considerations.js';
import type { BlueprintProvider } from '../../src/components/blueprint-provider/blueprint-provider.js';
import { clearFrameworkCache } from '../../src/context/loader.js';
import { withRating, type Profile } from '../../src/framework/index.js';
import type { BpErrorEvent } from '../../src/events/index.js';
import { type Doc, ratedProfile, validFramework } from '../framework/fixtures.js';

const SAMPLE = new URL('../../src/data/improvement-teams.json', import.meta.url).href;
const MISSING = new URL('../fixtures/does-not-exist.json', import.meta.url).href;

const root = (el: EquityConsiderations) => el.shadowRoot!;
const parts = (el: EquityConsiderations, name: string) => [
  ...root(el).querySelectorAll<HTMLElement>(`[part~="${name}"]`),
];
const part = (el: EquityConsiderations, name: string) => parts(el, name)[0];
const text = (node: Element | undefined | null) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const sectionOf = (el: EquityConsiderations, groupId: string) =>
  root(el).querySelector<HTMLElement>(`[part~="group"][data-group="${groupId}"]`)!;
const itemsOf = (node: Element) => [...node.querySelectorAll(':scope > [part~="items"] li')].map(text);

async function ready(el: EquityConsiderations) {
  await waitUntil(() => root(el).querySelector('[part~="base"], [part~="error"]'), 'never rendered', {
    timeout: 4000,
  });
  await el.updateComplete;
}

async function considerations(template: TemplateResult): Promise<EquityConsiderations> {
  const host = await fixture<HTMLElement>(template);
  const el =
    host.localName === 'equity-considerations'
      ? (host as EquityConsiderations)
      : host.querySelector('equity-considerations')!;
  await ready(el);
  return el;
}

/** A profile of the test framework with these capacities rated at these levels. */
const profileWith = (levels: Record<string, string>): Profile => ratedProfile(levels);

let doc: Doc;

describe('<equity-considerations>', () => {
  beforeEach(() => {
    localStorage.clear();
    clearFrameworkCache();
    doc = validFramework();
  });

  describe('a group at a level', () => {
    it('shows the entry for group × level, with the capacity overrides at that level', async () => {
      const el = await considerations(
        html`<equity-considerations
          .framework=${doc}
          group="culture"
          level="developing"
        ></equity-considerations>`,
      );
      const section = sectionOf(el, 'culture');
      expect(text(section.querySelector('[part~="heading"]'))).to.equal('Inclusive culture');
      expect(text(part(el, 'context'))).to.equal('at Developing');
      expect(itemsOf(section)).to.deep.equal(['culture at developing']);
      const override = section.querySelector('[part~="override"]')!;
      expect(override.getAttribute('data-capacity')).to.equal('agency');
      expect(text(override)).to.contain('For Student agency').and.contain('agency override at developing');
      await expect(el).to.be.accessible();
    });

    it('says so when the framework has no entry for that group × level', async () => {
      doc.equityConsiderations = doc.equityConsiderations.filter(
        (e: Doc) => !(e.groupId === 'data' && e.levelId === 'leading'),
      );
      const el = await considerations(
        html`<equity-considerations .framework=${doc} group="data" level="leading"></equity-considerations>`,
      );
      expect(text(part(el, 'empty'))).to.equal(
        'The framework has no equity considerations for Data use at Leading.',
      );
      expect(parts(el, 'items')).to.have.length(0);
      await expect(el).to.be.accessible();
    });

    it('uses the element language, with the framework text falling back', async () => {
      const el = await considerations(
        html`<equity-considerations
          .framework=${doc}
          group="culture"
          level="developing"
          lang="es"
        ></equity-considerations>`,
      );
      expect(text(sectionOf(el, 'culture').querySelector('[part~="heading"]'))).to.equal('Cultura inclusiva');
      expect(text(part(el, 'context'))).to.equal('nivel: En desarrollo');
    });
  });

  describe('from the team’s answers', () => {
    it('uses the group’s summary level and says how it was found', async () => {
      // culture: dei emerging, agency leading → median of [0, 2] is the lower one: emerging.
      const profile = profileWith({ dei: 'emerging', agency: 'leading' });
      const el = await considerations(
        html`<equity-considerations
          .framework=${doc}
          .profile=${profile}
          group="culture"
        ></equity-considerations>`,
      );
      expect(text(part(el, 'context'))).to.equal(
        'at Emerging, from your team’s answers for 2 of 2 capacities',
      );
      expect(itemsOf(sectionOf(el, 'culture'))).to.deep.equal(['culture at emerging']);
    });

    it('follows summary-rule (mean, min)', async () => {
      const profile = profileWith({ dei: 'leading', agency: 'developing' });
      const el = await considerations(
        html`<equity-considerations
          .framework=${doc}
          .profile=${profile}
          group="culture"
          summary-rule="min"
        ></equity-considerations>`,
      );
      expect(itemsOf(sectionOf(el, 'culture'))).to.deep.equal(['culture at developing']);
      el.summaryRule = 'mean'; // floor((2 + 1) / 2) = 1: developing
      await el.updateComplete;
      expect(itemsOf(sectionOf(el, 'culture'))).to.deep.equal(['culture at developing']);
    });

    it('says what to do while nothing in the group is rated', async () => {
      const profile = withRating(profileWith({ routines: 'leading' }), 'dei', { status: 'unsure' });
      const el = await considerations(
        html`<equity-considerations
          .framework=${doc}
          .profile=${profile}
          group="culture"
        ></equity-considerations>`,
      );
      expect(text(part(el, 'pending'))).to.equal(
        'Rate the capacities in this group to see the considerations for your team’s level.',
      );
      expect(parts(el, 'items')).to.have.length(0);
      await expect(el).to.be.accessible();
    });

    it('without group, shows every group at its own level', async () => {
      const profile = profileWith({ routines: 'leading' });
      const el = await considerations(
        html`<equity-considerations .framework=${doc} .profile=${profile}></equity-considerations>`,
      );
      expect(parts(el, 'group').map((s) => s.dataset.group)).to.deep.equal(['culture', 'data']);
      expect(text(sectionOf(el, 'culture').querySelector('[part~="pending"]'))).to.contain(
        'Rate the capacities',
      );
      expect(itemsOf(sectionOf(el, 'data'))).to.deep.equal(['data at leading']);
      await expect(el).to.be.accessible();
    });

    it('inside a provider, follows the shared profile when a rating changes', async () => {
      const host = await fixture<HTMLElement>(
        html`<div>
          <blueprint-provider persist="off" .framework=${doc}>
            <equity-considerations group="culture"></equity-considerations>
          </blueprint-provider>
        </div>`,
      );
      const provider = host.querySelector<BlueprintProvider>('blueprint-provider')!;
      const el = host.querySelector('equity-considerations')!;
      await ready(el);
      expect(part(el, 'pending')).to.exist;
      provider.profile = profileWith({ dei: 'leading', agency: 'leading' });
      await el.updateComplete;
      expect(itemsOf(sectionOf(el, 'culture'))).to.deep.equal(['culture at leading']);
      provider.profile = profileWith({ dei: 'developing', agency: 'developing' });
      await el.updateComplete;
      expect(itemsOf(sectionOf(el, 'culture'))).to.deep.equal(['culture at developing']);
      expect(text(part(el, 'override'))).to.contain('agency override at developing');
    });
  });

  describe('one capacity', () => {
    it('shows the capacity’s override where one exists, and says it is specific', async () => {
      const el = await considerations(
        html`<equity-considerations
          .framework=${doc}
          capacity="agency"
          level="developing"
        ></equity-considerations>`,
      );
      const section = root(el).querySelector('[part~="group"]')!;
      expect(section.getAttribute('data-capacity')).to.equal('agency');
      expect(text(section.querySelector('[part~="heading"]'))).to.equal('Student agency');
      expect(itemsOf(section)).to.deep.equal(['agency override at developing']);
      expect(text(section)).to.contain('Specific to this capacity.');
      await expect(el).to.be.accessible();
    });

    it('falls back to the group’s entry, and says so', async () => {
      const el = await considerations(
        html`<equity-considerations
          .framework=${doc}
          capacity="agency"
          level="leading"
        ></equity-considerations>`,
      );
      expect(itemsOf(root(el).querySelector('[part~="group"]')!)).to.deep.equal(['culture at leading']);
      expect(text(part(el, 'group'))).to.contain('The considerations for Inclusive culture as a whole.');
    });

    it('without level, uses the team’s level for that capacity, or asks for it', async () => {
      const el = await considerations(
        html`<equity-considerations
          .framework=${doc}
          .profile=${profileWith({ agency: 'developing' })}
          capacity="agency"
        ></equity-considerations>`,
      );
      expect(text(part(el, 'context'))).to.equal('at Developing, your team’s level for this capacity');
      expect(itemsOf(part(el, 'group'))).to.deep.equal(['agency override at developing']);
      el.profile = profileWith({ dei: 'leading' });
      await el.updateComplete;
      expect(text(part(el, 'pending'))).to.equal(
        'Rate this capacity to see the considerations for your team’s level.',
      );
    });
  });

  describe('all-levels', () => {
    it('lists every level in order and marks the team’s level with words', async () => {
      const el = await considerations(
        html`<equity-considerations
          .framework=${doc}
          .profile=${profileWith({ dei: 'developing', agency: 'developing' })}
          group="culture"
          all-levels
        ></equity-considerations>`,
      );
      const levels = parts(el, 'level');
      expect(levels.map((l) => l.dataset.level)).to.deep.equal(['emerging', 'developing', 'leading']);
      const current = parts(el, 'current-level');
      expect(current.map((l) => l.dataset.level)).to.deep.equal(['developing']);
      expect(current[0].getAttribute('aria-current')).to.equal('true');
      expect(text(current[0].querySelector('[part~="your-level"]'))).to.equal('Your team’s level');
      expect(levels.map((l) => itemsOf(l)[0])).to.deep.equal([
        'culture at emerging',
        'culture at developing',
        'culture at leading',
      ]);
      // The override shows under its own level only.
      expect(levels.map((l) => l.querySelectorAll('[part~="override"]').length)).to.deep.equal([0, 1, 0]);
      await expect(el).to.be.accessible();
    });

    it('works before anything is rated (no level marked)', async () => {
      const el = await considerations(
        html`<equity-considerations .framework=${doc} all-levels></equity-considerations>`,
      );
      expect(parts(el, 'group')).to.have.length(2);
      expect(parts(el, 'level')).to.have.length(6);
      expect(parts(el, 'current-level')).to.have.length(0);
      expect(parts(el, 'pending')).to.have.length(0);
      await expect(el).to.be.accessible();
    });
  });

  describe('headings', () => {
    it('start at heading-level, nested below it', async () => {
      const el = await considerations(
        html`<equity-considerations
          .framework=${doc}
          group="culture"
          all-levels
          heading-level="4"
        ></equity-considerations>`,
      );
      expect(part(el, 'heading').localName).to.equal('h4');
      expect(root(el).querySelector('.level-heading')!.localName).to.equal('h5');
      expect(root(el).querySelector('.override-heading')!.localName).to.equal('h6');
    });
  });

  describe('no-heading', () => {
    it('leaves out the section heading; the headings inside start at heading-level', async () => {
      const el = await considerations(
        html`<equity-considerations
          .framework=${doc}
          group="culture"
          level="developing"
          no-heading
          heading-level="4"
        ></equity-considerations>`,
      );
      expect(part(el, 'heading')).to.be.undefined;
      expect(text(part(el, 'context'))).to.equal('at Developing');
      expect(root(el).querySelector('.override-heading')!.localName).to.equal('h4');
      await expect(el).to.be.accessible();
    });
  });

  describe('bad input', () => {
    for (const [attrs, message] of [
      [{ group: 'nope' }, 'This framework has no group “nope”.'],
      [{ group: 'culture', level: 'top' }, 'This framework has no level “top”.'],
      [{ capacity: 'ghost' }, 'This framework has no capacity “ghost”.'],
      [{ capacity: 'routines', group: 'culture' }, 'The capacity “routines” is not in the group “culture”.'],
    ] as const) {
      it(`${JSON.stringify(attrs)}: a located error and bp-error, not a blank box`, async () => {
        const host = document.createElement('div');
        const el = document.createElement('equity-considerations');
        Object.assign(el, attrs, { framework: doc });
        host.append(el);
        const fired = oneEvent<BpErrorEvent>(el, 'bp-error');
        document.body.append(host);
        const event = await fired;
        expect(event.detail.errors[0].message).to.equal(message);
        const error = part(el, 'error');
        expect(error.getAttribute('role')).to.equal('alert');
        expect(text(error)).to.contain(message);
        await expect(el).to.be.accessible();
        host.remove();
      });
    }

    it('a 404 src shows the error part and fires bp-error', async () => {
      const el = document.createElement('equity-considerations');
      const fired = oneEvent<BpErrorEvent>(el, 'bp-error');
      el.src = MISSING;
      document.body.append(el);
      const event = await fired;
      expect(event.detail.source).to.equal(MISSING);
      expect(text(part(el, 'error'))).to.contain('404');
      await expect(el).to.be.accessible();
      el.remove();
    });

    it('renders framework text as text, never markup', async () => {
      doc.groups[0].label = '<img src=x onerror="window.__pwned = 1">Culture';
      doc.equityConsiderations[0].items = ['<b>bold</b> & <script>alert(1)</script>'];
      const el = await considerations(
        html`<equity-considerations
          .framework=${doc}
          group="culture"
          level="emerging"
        ></equity-considerations>`,
      );
      expect(root(el).querySelector('img, b, script')).to.be.null;
      expect(itemsOf(sectionOf(el, 'culture'))).to.deep.equal(['<b>bold</b> & <script>alert(1)</script>']);
      expect((window as { __pwned?: number }).__pwned).to.be.undefined;
    });
  });

  it('works with the sample framework from src (Inclusive Culture)', async () => {
    const el = await considerations(
      html`<equity-considerations
        src=${SAMPLE}
        group="inclusive-culture"
        level="beginning"
      ></equity-considerations>`,
    );
    expect(text(part(el, 'heading'))).to.equal('Inclusive Culture');
    expect(itemsOf(sectionOf(el, 'inclusive-culture')).length).to.be.greaterThan(0);
    expect(text(part(el, 'override'))).to.contain('For Student Agency');
    await expect(el).to.be.accessible();
  });
});
