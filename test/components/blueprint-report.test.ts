/* eslint-disable @typescript-eslint/no-unsafe-assignment, @typescript-eslint/no-unsafe-member-access -- fixture documents are untyped JSON (Doc) */
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import { emulateMedia } from '@web/test-runner-commands';
import '../../src/components/blueprint-report/define.js';
import '../../src/components/blueprint-provider/define.js';
import '../../src/components/capacity-rubric/define.js';
import type { BlueprintReport } from '../../src/components/blueprint-report/blueprint-report.js';
import type { BlueprintProvider } from '../../src/components/blueprint-provider/blueprint-provider.js';
import { clearFrameworkCache } from '../../src/context/loader.js';
import {
  parseProfile,
  profileTextFromFragment,
  withRating,
  type Profile,
} from '../../src/framework/index.js';
import type {
  BpCapacitySelectEvent,
  BpErrorEvent,
  BpProfileChangeEvent,
  BpProfileEditEvent,
  BpWarningEvent,
} from '../../src/events/index.js';
import { type Doc, loadModel, ratedProfile, validFramework } from '../framework/fixtures.js';

const SAMPLE = new URL('../../src/data/improvement-teams.json', import.meta.url).href;
const SAMPLE_PROFILE = new URL('../../src/data/improvement-teams.profile.json', import.meta.url).href;

const root = (el: BlueprintReport) => el.shadowRoot!;
const part = (el: BlueprintReport, name: string) => root(el).querySelector<HTMLElement>(`[part~="${name}"]`);
const parts = (el: BlueprintReport, name: string) => [
  ...root(el).querySelectorAll<HTMLElement>(`[part~="${name}"]`),
];
const text = (node: Element | undefined | null) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const capacitySection = (el: BlueprintReport, id: string) =>
  root(el).querySelector<HTMLElement>(`[part~="group"] [part~="capacity"][data-capacity="${id}"]`) ??
  root(el).querySelector<HTMLElement>(`[part~="capacity"][data-capacity="${id}"]`)!;
/** The capacity sections in reading order, by id. */
const order = (el: BlueprintReport) => parts(el, 'capacity').map((c) => c.dataset.capacity);
const fact = (section: Element, term: string) =>
  text(
    [...section.querySelectorAll('.fact')]
      .find((f) => text(f.querySelector('dt')) === term)
      ?.querySelector('dd'),
  );
const button = (el: BlueprintReport, label: string) =>
  [...root(el).querySelectorAll<HTMLButtonElement>('button')].find((b) => text(b) === label)!;

/** Reads CSV as RFC 4180 says (quoted fields, doubled quotes, line breaks inside quotes, CRLF records). */
function parseCsv(csv: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < csv.length; i++) {
    const ch = csv[i];
    if (quoted) {
      if (ch === '"' && csv[i + 1] === '"') ((field += '"'), i++);
      else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') (row.push(field), (field = ''));
    else if (ch === '\r' && csv[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      ((row = []), (field = ''), i++);
    } else field += ch;
  }
  if (field || row.length) (row.push(field), rows.push(row));
  return rows;
}

async function settle(el: BlueprintReport) {
  await el.updateComplete;
  const inner = [...root(el).querySelectorAll('blueprint-bars, equity-considerations, resource-card')];
  await Promise.all(
    inner.map((c) => (c as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete),
  );
}

async function report(template: TemplateResult): Promise<BlueprintReport> {
  const host = await fixture<HTMLElement>(template);
  const el =
    host.localName === 'blueprint-report'
      ? (host as BlueprintReport)
      : host.querySelector('blueprint-report')!;
  await waitUntil(() => root(el).querySelector('[part~="base"], [part~="error"]'), 'never rendered', {
    timeout: 4000,
  });
  await settle(el);
  return el;
}

let doc: Doc;
let sampleProfile: Profile;

describe('<blueprint-report>', () => {
  before(async () => {
    sampleProfile = (await (await fetch(SAMPLE_PROFILE)).json()) as Profile;
  });
  beforeEach(() => {
    localStorage.clear();
    clearFrameworkCache();
    doc = validFramework();
  });

  describe('a full profile', () => {
    it('heads the report: framework, version, team, progress; nothing left open', async () => {
      const profile = {
        ...ratedProfile({ dei: 'emerging', agency: 'developing', routines: 'leading' }),
        team: 'Team A',
      };
      const el = await report(
        html`<blueprint-report .framework=${doc} .profile=${profile}></blueprint-report>`,
      );
      const header = part(el, 'header')!;
      expect(header.querySelector('h2')!.textContent.trim()).to.equal('Test framework');
      expect(text(header)).to.contain('Report for Team A').and.contain('version 2.1.0');
      expect(text(header))
        .to.contain('3 of 3 capacities answered.')
        .and.contain('Every capacity has an answer.');
      expect(part(el, 'open')).to.be.null;
      await expect(el).to.be.accessible();
    });

    it('for each capacity: where the team is, what growth looks like, actions, resources and the note', async () => {
      const profile = withRating(
        ratedProfile({ dei: 'emerging', agency: 'developing', routines: 'leading' }),
        'dei',
        {
          status: 'rated',
          levelId: 'emerging',
          note: 'We start here.',
        },
      );
      const el = await report(
        html`<blueprint-report .framework=${doc} .profile=${profile}></blueprint-report>`,
      );
      const dei = capacitySection(el, 'dei');
      expect(fact(dei, 'Where you are')).to.match(/^Emerging\./);
      expect(fact(dei, 'What growth looks like')).to.match(/^Developing\./);
      expect(fact(dei, 'Suggested actions')).to.contain('Do dei at emerging').and.contain('Details.');
      const cards = [...dei.querySelectorAll('resource-card')];
      expect(cards.map((c) => c.compact)).to.deep.equal([true, true]);
      expect(cards.map((c) => c.resource && (c.resource as { id: string }).id)).to.deep.equal([
        'equity-guide',
        'agency-tool',
      ]);
      expect(fact(dei, 'Your note')).to.equal('We start here.');
      // At the top level there is no next level: the report says so.
      expect(fact(capacitySection(el, 'routines'), 'What growth looks like')).to.contain(
        'This is the top level',
      );
      // Each group carries its equity considerations at the group's level.
      const groups = parts(el, 'group');
      expect(groups.map((g) => g.dataset.group)).to.deep.equal(['culture', 'data']);
      expect(
        groups.map((g) => g.querySelector('equity-considerations')!.getAttribute('group')),
      ).to.deep.equal(['culture', 'data']);
      const considerations = groups[0].querySelector('equity-considerations')!;
      expect(text(considerations.shadowRoot!.querySelector('[part~="items"]'))).to.equal(
        'culture at emerging',
      );
      await expect(el).to.be.accessible();
    });

    it('has one heading outline: title, sections, groups, then each group’s considerations and capacities', async () => {
      const el = await report(
        html`<blueprint-report
          .framework=${doc}
          .profile=${ratedProfile({ agency: 'developing' })}
        ></blueprint-report>`,
      );
      const group = parts(el, 'group')[0];
      const headings = [...group.querySelectorAll('h2, h3, h4, h5, h6')].map(
        (h) => `${h.localName} ${text(h)}`,
      );
      expect(headings).to.deep.equal([
        'h3 Inclusive culture',
        'h4 Equity considerations',
        'h4 Diversity, equity and inclusion',
        'h4 Student agency',
      ]);
      // The considerations inside do not repeat the group's name as a heading; their own start one below.
      const inner = group.querySelector('equity-considerations')!;
      expect(inner.shadowRoot!.querySelector('[part~="heading"]')).to.be.null;
      expect(inner.shadowRoot!.querySelector('.override-heading')!.localName).to.equal('h5');
    });

    it('names strengths and growth areas overall and per group, ties in words', async () => {
      const el = await report(
        html`<blueprint-report
          .framework=${doc}
          .profile=${ratedProfile({ dei: 'emerging', agency: 'emerging', routines: 'leading' })}
        ></blueprint-report>`,
      );
      const h = text(part(el, 'highlights'));
      expect(h).to.contain('Strengths (at Leading): Data routines.');
      expect(h).to.contain(
        'Growth areas (at Emerging): Diversity, equity and inclusion and Student agency. 2 capacities share the lowest level, Emerging.',
      );
      // Inside one group, every rated capacity at one level: nothing stands out.
      expect(h).to.contain(
        'Every rated capacity is at Emerging: none stands out as a strength or a growth area.',
      );
    });

    it('shows the profile as bars compared with the latest snapshot, and any earlier one on request', async () => {
      const profile: Profile = {
        ...ratedProfile({ dei: 'developing' }),
        snapshots: [
          {
            takenAt: '2025-09-01',
            label: 'Fall',
            ratings: { dei: { status: 'rated', levelId: 'emerging' } },
          },
          { takenAt: '2026-01-15', ratings: { dei: { status: 'rated', levelId: 'developing' } } },
        ],
      };
      const el = await report(
        html`<blueprint-report .framework=${doc} .profile=${profile}></blueprint-report>`,
      );
      const bars = root(el).querySelector('blueprint-bars')!;
      expect(bars.getAttribute('compare')).to.equal('2026-01-15');
      const select = root(el).querySelector<HTMLSelectElement>('#compare')!;
      expect([...select.options].map((o) => o.value)).to.deep.equal(['none', '2025-09-01', '2026-01-15']);
      select.value = '2025-09-01';
      select.dispatchEvent(new Event('change'));
      await settle(el);
      expect(el.compare).to.equal('2025-09-01');
      expect(bars.getAttribute('compare')).to.equal('2025-09-01');
      select.value = 'none';
      select.dispatchEvent(new Event('change'));
      await settle(el);
      expect(bars.hasAttribute('compare')).to.be.false;
    });
  });

  describe('partial and empty profiles', () => {
    it('on its own, the open capacities are names: nothing on the page could show them, so nothing promises to', async () => {
      const el = await report(
        html`<blueprint-report
          .framework=${doc}
          .profile=${ratedProfile({ dei: 'developing' })}
        ></blueprint-report>`,
      );
      expect(text(part(el, 'header'))).to.contain('1 of 3 capacities answered.');
      expect(text(part(el, 'open'))).to.equal('Still open: Student agency and Data routines.');
      expect(part(el, 'open')!.querySelectorAll('button')).to.have.length(0);
      expect(fact(capacitySection(el, 'routines'), 'Where you are')).to.equal('Not answered yet.');
      await expect(el).to.be.accessible();
    });

    describe('beside a rubric in the same provider', () => {
      async function withRubric(rubricTemplate: TemplateResult, lang = 'en') {
        const provider = await fixture<BlueprintProvider>(
          html`<blueprint-provider
            persist="off"
            .framework=${doc}
            .profile=${ratedProfile({ dei: 'developing' })}
            >${rubricTemplate}<blueprint-report lang=${lang}></blueprint-report
          ></blueprint-provider>`,
        );
        const rubric = provider.querySelector('capacity-rubric')!;
        const el = provider.querySelector('blueprint-report')!;
        await waitUntil(
          () => rubric.shadowRoot?.querySelector('[part~="base"]'),
          'the rubric never rendered',
        );
        await waitUntil(
          () => root(el).querySelector('[part~="open"] button'),
          'no button to go to a capacity',
        );
        await settle(el);
        return { provider, rubric, el };
      }
      const openButtons = (el: BlueprintReport) => [...part(el, 'open')!.querySelectorAll('button')];
      /** The focused element, through shadow roots. */
      const deepActive = () => {
        let active = document.activeElement;
        while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
        return active;
      };

      it('"Still open" buttons go to the capacity in the rubric: into view, focus on its heading', async () => {
        const { provider, rubric, el } = await withRubric(html`<capacity-rubric></capacity-rubric>`);
        expect(text(part(el, 'open')!.querySelector('.open-row > span'))).to.equal(
          'Still open (choose one to go to it):',
        );
        expect(openButtons(el).map(text)).to.deep.equal(['Student agency', 'Data routines']);
        await expect(provider).to.be.accessible();

        const event = oneEvent<BpCapacitySelectEvent>(el, 'bp-capacity-select');
        openButtons(el)[1].click();
        const { detail, cancelable, composed } = await event;
        expect(detail).to.deep.equal({ capacityId: 'routines' });
        expect(cancelable && composed).to.be.true;
        await rubric.updateComplete;
        const heading = rubric.shadowRoot!.querySelector<HTMLElement>(
          '[data-capacity="routines"] [part~="capacity-heading"]',
        )!;
        expect(rubric.shadowRoot!.activeElement).to.equal(heading);
        expect(deepActive()).to.equal(heading);
        expect(text(heading)).to.equal('Data routines');
        expect(provider.store.selected).to.equal('routines');
        await expect(provider).to.be.accessible();
      });

      it('preventDefault() on bp-capacity-select keeps everything where it is', async () => {
        const { provider, rubric, el } = await withRubric(
          html`<capacity-rubric mode="step"></capacity-rubric>`,
        );
        provider.addEventListener('bp-capacity-select', (e) => e.preventDefault());
        const agency = openButtons(el)[0];
        agency.focus();
        agency.click();
        await rubric.updateComplete;
        expect(deepActive()).to.equal(agency);
        expect(text(rubric.shadowRoot!.querySelector('[part~="step-position"]'))).to.equal('Capacity 1 of 3');
        expect(provider.store.selected).to.equal(undefined);
        await expect(el).to.be.accessible();
      });

      it('a rubric limited to a group: buttons for its capacities, the other open ones as names (Spanish too)', async () => {
        const { el } = await withRubric(html`<capacity-rubric group="data"></capacity-rubric>`);
        expect(openButtons(el).map(text)).to.deep.equal(['Data routines']);
        expect(text(part(el, 'open')!.querySelector('p'))).to.equal('Also still open: Student agency.');
        await expect(el).to.be.accessible();

        const es = await withRubric(html`<capacity-rubric group="data"></capacity-rubric>`, 'es');
        expect(text(part(es.el, 'open')!.querySelector('.open-row > span'))).to.equal(
          'Sin responder (elija cualquiera para ir allí):',
        );
        expect(text(part(es.el, 'open')!.querySelector('p'))).to.equal(
          'También sin responder: Agencia estudiantil.',
        );
      });

      it('when the rubric goes, the buttons go with it', async () => {
        const { rubric, el } = await withRubric(html`<capacity-rubric></capacity-rubric>`);
        rubric.remove();
        await settle(el);
        expect(openButtons(el)).to.have.length(0);
        expect(text(part(el, 'open'))).to.equal('Still open: Student agency and Data routines.');
      });
    });

    it('an empty profile still reports every capacity, and asks for ratings', async () => {
      const el = await report(html`<blueprint-report .framework=${doc}></blueprint-report>`);
      expect(order(el)).to.deep.equal(['dei', 'agency', 'routines']);
      // What to do is said once, at the top; the strengths section stays out until there is one (issue 15).
      expect(text(part(el, 'start'))).to.equal(
        'Nothing is rated yet. Rate the capacities still open below, and your strengths and growth areas will show here.',
      );
      expect(part(el, 'highlights')).to.equal(null);
      const all = text(root(el).querySelector('[part~="base"]'));
      expect(all.match(/strengths and growth areas/gi), all).to.have.length(1);
      expect(parts(el, 'open')).to.have.length(1);
      await expect(el).to.be.accessible();
    });

    it('"not sure yet" and "skipped" are said in words, never as levels', async () => {
      let profile = withRating(ratedProfile({}), 'dei', { status: 'unsure', note: 'Ask the team.' });
      profile = withRating(profile, 'agency', { status: 'skipped' });
      const el = await report(
        html`<blueprint-report .framework=${doc} .profile=${profile}></blueprint-report>`,
      );
      expect(fact(capacitySection(el, 'dei'), 'Where you are')).to.equal('Not sure yet.');
      expect(fact(capacitySection(el, 'dei'), 'Your note')).to.equal('Ask the team.');
      expect(fact(capacitySection(el, 'agency'), 'Where you are')).to.equal('Skipped.');
    });
  });

  describe('priorities', () => {
    it('up to three priorities lead the report; they are kept in the profile and fire bp-profile-edit', async () => {
      const el = await report(
        html`<blueprint-report
          .framework=${doc}
          .profile=${ratedProfile({ dei: 'developing' })}
        ></blueprint-report>`,
      );
      expect(part(el, 'priorities')).to.be.null;
      const toggle = (id: string) =>
        capacitySection(el, id).querySelector<HTMLInputElement>('[part~="priority-toggle"] input')!;
      setTimeout(() => toggle('routines').click());
      const event = await oneEvent<BpProfileEditEvent>(el, 'bp-profile-edit');
      expect(event.detail.edit).to.deep.equal({ kind: 'priorities', capacityIds: ['routines'] });
      await settle(el);
      expect(el.profile!.extensions!['blueprint-widgets']).to.deep.equal({ priorities: ['routines'] });
      // The report now leads with it.
      expect(
        part(el, 'priorities')!.querySelector<HTMLElement>('[part~="capacity"]')!.dataset.capacity,
      ).to.equal('routines');
      expect(order(el)).to.deep.equal(['routines', 'dei', 'agency']);
      expect(text(part(el, 'priorities'))).to.contain('Priority');
      await expect(el).to.be.accessible();
    });

    it('the fourth cannot be chosen, and says why', async () => {
      const four = validFramework();
      (four.groups[1].capacities as object[]).push({ id: 'extra', label: 'Extra' });
      const model = loadModel(four);
      const profile: Profile = {
        ...ratedProfile({}, model),
        extensions: { 'blueprint-widgets': { priorities: ['dei', 'agency', 'routines'] } },
      };
      const el = await report(
        html`<blueprint-report .framework=${four} .profile=${profile}></blueprint-report>`,
      );
      const extra = capacitySection(el, 'extra');
      const box = extra.querySelector<HTMLInputElement>('[part~="priority-toggle"] input')!;
      expect(box.disabled).to.be.true;
      expect(text(root(el).getElementById(box.getAttribute('aria-describedby')!))).to.contain(
        'You already have 3 priorities',
      );
      expect(order(el).slice(0, 3)).to.deep.equal(['dei', 'agency', 'routines']);
    });

    it('repeated or unknown priority ids take no place and are never shown twice', async () => {
      const profile: Profile = {
        ...ratedProfile({}),
        extensions: { 'blueprint-widgets': { priorities: ['agency', 'agency', 'ghost', 'dei'] } },
      };
      const el = await report(
        html`<blueprint-report .framework=${doc} .profile=${profile}></blueprint-report>`,
      );
      expect(order(el)).to.deep.equal(['agency', 'dei', 'routines']);
      const box = capacitySection(el, 'routines').querySelector<HTMLInputElement>(
        '[part~="priority-toggle"] input',
      )!;
      expect(box.disabled).to.be.false; // two real priorities: a third is still possible
      expect(text(box.closest('label'))).to.equal('Make this a priority: Data routines');
      const ids = [...root(el).querySelectorAll('[id]')].map((n) => n.id);
      expect(ids.length).to.equal(new Set(ids).size);
      await expect(el).to.be.accessible();
    });

    // Issue 18: a new user saves a moment to compare with later; the bars compare with it from then on.
    it('after "Save this moment" the bars compare with the newest snapshot, and its notice says the label', async () => {
      const profile: Profile = {
        ...ratedProfile({ dei: 'developing' }),
        snapshots: [{ takenAt: '2025-09-01', ratings: { dei: { status: 'rated', levelId: 'emerging' } } }],
      };
      const el = await report(
        html`<blueprint-report .framework=${doc} .profile=${profile}></blueprint-report>`,
      );
      root(el).querySelector<HTMLInputElement>('#moment-label')!.value = 'Fall baseline';
      button(el, 'Save this moment').click();
      await settle(el);
      expect(el.profile!.snapshots).to.have.length(2);
      const newest = el.profile!.snapshots![1];
      expect(newest.label).to.equal('Fall baseline');
      expect(text(part(el, 'share'))).to.equal('Saved ‘Fall baseline’.');
      expect(root(el).querySelector('blueprint-bars')!.getAttribute('compare')).to.equal(newest.takenAt);
      expect(root(el).querySelector<HTMLSelectElement>('#compare')!.value).to.equal(newest.takenAt);
      await expect(el).to.be.accessible();
    });

    it('"Save this moment" keeps the snapshot the team picked to compare with', async () => {
      const profile: Profile = {
        ...ratedProfile({ dei: 'developing' }),
        snapshots: [
          { takenAt: '2025-09-01', ratings: { dei: { status: 'rated', levelId: 'emerging' } } },
          { takenAt: '2026-01-15', ratings: { dei: { status: 'rated', levelId: 'developing' } } },
        ],
      };
      const el = await report(
        html`<blueprint-report .framework=${doc} .profile=${profile}></blueprint-report>`,
      );
      const select = root(el).querySelector<HTMLSelectElement>('#compare')!;
      select.value = '2025-09-01';
      select.dispatchEvent(new Event('change'));
      await settle(el);
      button(el, 'Save this moment').click();
      await settle(el);
      expect(el.profile!.snapshots).to.have.length(3);
      expect(root(el).querySelector('blueprint-bars')!.getAttribute('compare')).to.equal('2025-09-01');
      // Without a label, the notice names the date.
      expect(text(part(el, 'share'))).to.match(/^Saved a snapshot of /);
    });

    it('inside a provider, priorities and snapshots go to the shared profile', async () => {
      const host = await fixture<HTMLElement>(
        html`<blueprint-provider
          persist="off"
          .framework=${doc}
          .profile=${ratedProfile({ dei: 'developing' })}
        >
          <blueprint-report></blueprint-report>
        </blueprint-provider>`,
      );
      const provider = host as BlueprintProvider;
      const el = host.querySelector('blueprint-report')!;
      await waitUntil(() => root(el).querySelector('[part~="base"]'));
      await settle(el);
      capacitySection(el, 'agency')
        .querySelector<HTMLInputElement>('[part~="priority-toggle"] input')!
        .click();
      await waitUntil(() => provider.profile?.extensions?.['blueprint-widgets']);
      expect(provider.profile!.extensions!['blueprint-widgets']).to.deep.equal({ priorities: ['agency'] });
      root(el).querySelector<HTMLInputElement>('#moment-label')!.value = 'Kick-off';
      const changed = oneEvent<BpProfileChangeEvent>(provider, 'bp-profile-change');
      button(el, 'Save this moment').click();
      const { detail } = await changed;
      expect(detail.reason).to.equal('snapshot');
      expect(detail.profile.snapshots!.map((s) => s.label)).to.deep.equal(['Kick-off']);
      expect(detail.profile.snapshots![0].ratings).to.deep.equal(provider.profile!.ratings);
      await settle(el);
      expect(text(part(el, 'share'))).to.equal('Saved ‘Kick-off’.');
      expect(el.profile).to.be.undefined; // the report kept nothing of its own
    });
  });

  describe('portable', () => {
    it('the answers export as JSON and import back exactly', async () => {
      const host = await fixture<HTMLElement>(
        html`<blueprint-provider persist="off" src=${SAMPLE} .profile=${sampleProfile}>
          <blueprint-report></blueprint-report>
        </blueprint-provider>`,
      );
      const provider = host as BlueprintProvider;
      const el = host.querySelector('blueprint-report')!;
      await waitUntil(() => root(el).querySelector('[part~="base"]'), 'never rendered', { timeout: 4000 });
      const json = el.profileJson()!;
      const before = provider.profile;
      expect(JSON.parse(json)).to.deep.equal(before);
      provider.resetProfile();
      expect(provider.importProfile(json).ok).to.be.true;
      expect(provider.profile).to.deep.equal(before);
    });

    it('the table exports as CSV that parses back to the same rows, with formulas neutralized', async () => {
      let profile = ratedProfile({ dei: 'emerging', agency: 'leading' });
      profile = withRating(profile, 'dei', {
        status: 'rated',
        levelId: 'emerging',
        note: '=HYPERLINK("http://evil.example","click") and "quotes", commas,\nnew lines',
      });
      profile = withRating(profile, 'agency', { status: 'rated', levelId: 'leading', note: '+1 -2 @3' });
      doc.groups[0].label = '@Culture';
      const el = await report(
        html`<blueprint-report .framework=${doc} .profile=${profile}></blueprint-report>`,
      );
      const csv = el.csv()!;
      expect(csv.charCodeAt(0)).to.equal(0xfeff); // UTF-8 byte-order mark
      const rows = parseCsv(csv.slice(1));
      expect(rows[0]).to.deep.equal(['Capacity', 'Group', 'Level', 'Note', 'Actions']);
      expect(rows.slice(1)).to.deep.equal([
        [
          'Diversity, equity and inclusion',
          "'@Culture",
          'Emerging',
          '\'=HYPERLINK("http://evil.example","click") and "quotes", commas,\nnew lines',
          'Do dei at emerging',
        ],
        ['Student agency', "'@Culture", 'Leading', "'+1 -2 @3", 'Do agency at leading'],
        ['Data routines', 'Data use', '', '', ''],
      ]);
    });

    it('the download buttons save exactly what profileJson() and csv() return', async () => {
      const el = await report(
        html`<blueprint-report
          .framework=${doc}
          .profile=${ratedProfile({ dei: 'developing' })}
        ></blueprint-report>`,
      );
      const saved: { name: string; text: string }[] = [];
      const original = URL.createObjectURL.bind(URL);
      const click = HTMLAnchorElement.prototype.click; // eslint-disable-line @typescript-eslint/unbound-method -- restored below
      const blobs = new Map<string, Blob>();
      URL.createObjectURL = (blob: Blob) => {
        const url = `blob:test/${blobs.size}`;
        blobs.set(url, blob);
        return url;
      };
      HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
        const blob = blobs.get(this.href);
        // Decoded keeping a byte-order mark (Blob.text() would drop it).
        if (blob)
          void blob.arrayBuffer().then((b) =>
            saved.push({
              name: this.download,
              text: new TextDecoder('utf-8', { ignoreBOM: true }).decode(b),
            }),
          );
      };
      try {
        button(el, 'Download the answers (JSON)').click();
        button(el, 'Download the table (CSV)').click();
        await waitUntil(() => saved.length === 2);
      } finally {
        URL.createObjectURL = original;
        HTMLAnchorElement.prototype.click = click;
      }
      expect(saved[0].name).to.match(/^test-fw-report-\d{4}-\d{2}-\d{2}\.json$/);
      expect(saved[0].text).to.equal(el.profileJson());
      expect(saved[1].name).to.match(/\.csv$/);
      // Blob text drops nothing: the byte-order mark is there for spreadsheets.
      expect(saved[1].text).to.equal(el.csv());
    });

    it('the share link carries the profile in its fragment, and a provider with profile-from-hash reads it back', async () => {
      const profile = { ...ratedProfile({ dei: 'leading', agency: 'emerging' }), team: 'Équipe ✓' };
      const el = await report(
        html`<blueprint-report .framework=${doc} .profile=${profile}></blueprint-report>`,
      );
      const link = new URL(el.shareLink()!);
      expect(link.origin + link.pathname).to.equal(location.origin + location.pathname);
      expect(link.hash).to.match(/^#bp-profile=[A-Za-z0-9_-]+$/); // fragment only: never sent to a server
      const before = location.href;
      history.replaceState(null, '', link.hash);
      try {
        const provider = await fixture<BlueprintProvider>(
          html`<blueprint-provider persist="off" profile-from-hash .framework=${doc}></blueprint-provider>`,
        );
        await waitUntil(() => provider.profile);
        expect(provider.profile).to.deep.equal(parseProfile(profile).value);
      } finally {
        history.replaceState(null, '', before);
      }
    });

    it('opening a share link keeps the answers this browser had, aside, and says where', async () => {
      const key = 'blueprint-widgets:profile:test-fw';
      const mine = JSON.stringify(ratedProfile({ routines: 'emerging' }), null, 2);
      localStorage.setItem(key, mine);
      const theirs = { ...ratedProfile({ dei: 'leading' }), team: 'Other team' };
      const el = await report(
        html`<blueprint-report .framework=${doc} .profile=${theirs}></blueprint-report>`,
      );
      const before = location.href;
      history.replaceState(null, '', new URL(el.shareLink()!).hash);
      try {
        const provider = document.createElement('blueprint-provider');
        provider.profileFromHash = true;
        provider.framework = doc;
        const warned = oneEvent<BpWarningEvent>(provider, 'bp-warning');
        document.body.append(provider);
        const { detail } = await warned;
        expect(detail.source).to.equal('link');
        expect(detail.warnings[0].message).to.contain(`"${key}:before-link"`);
        expect(provider.profile!.team).to.equal('Other team');
        // A list of kept versions (issue 16): the newest is this one.
        const kept = JSON.parse(localStorage.getItem(`${key}:before-link`)!) as { text: string }[];
        expect(kept.at(-1)!.text).to.equal(mine);
        provider.remove();
      } finally {
        history.replaceState(null, '', before);
      }
    });

    it('the share link leaves out the raters’ individual answers and the host page’s extension data', async () => {
      const profile: Profile = {
        ...ratedProfile({ dei: 'leading' }),
        raters: [{ id: 'ana', name: 'Ana', ratings: { dei: { status: 'rated', levelId: 'emerging' } } }],
        extensions: { 'blueprint-widgets': { priorities: ['dei'] }, crm: { contact: 'ana@example.org' } },
      };
      const el = await report(
        html`<blueprint-report .framework=${doc} .profile=${profile}></blueprint-report>`,
      );
      const carried = JSON.parse(profileTextFromFragment(new URL(el.shareLink()!).hash)!) as Profile;
      expect(carried.raters).to.be.undefined;
      expect(carried.extensions).to.deep.equal({ 'blueprint-widgets': { priorities: ['dei'] } });
      expect(carried.ratings).to.deep.equal(profile.ratings);
    });

    it('a damaged share link is refused with bp-error, and the saved answers stay', async () => {
      const before = location.href;
      history.replaceState(null, '', '#bp-profile=%%%not-base64');
      try {
        const provider = document.createElement('blueprint-provider');
        provider.persist = 'off';
        provider.profileFromHash = true;
        provider.framework = doc;
        const failed = oneEvent<BpErrorEvent>(provider, 'bp-error');
        document.body.append(provider);
        const { detail } = await failed;
        expect(detail.source).to.equal('link');
        await waitUntil(() => provider.profile);
        expect(provider.profile!.ratings).to.deep.equal({});
        provider.remove();
      } finally {
        history.replaceState(null, '', before);
      }
    });

    it('print() prints the report alone: the rest of the page is left out while the dialog is open', async () => {
      const host = await fixture<HTMLElement>(
        html`<div>
          <p id="before">Site text</p>
          <div id="wrapper">
            <nav>Menu</nav>
            <blueprint-report .framework=${doc}></blueprint-report>
          </div>
        </div>`,
      );
      const el = host.querySelector('blueprint-report')!;
      await waitUntil(() => root(el).querySelector('[part~="base"]'));
      const original = window.print.bind(window);
      let during: { hidden: string[]; sheet: boolean } | undefined;
      window.print = () => {
        during = {
          hidden: [...document.querySelectorAll('[data-bp-print-hidden]')].map((e) => e.id || e.localName),
          sheet: document.adoptedStyleSheets.some((s) =>
            [...s.cssRules].some((r) => r.cssText.includes('data-bp-print-hidden')),
          ),
        };
      };
      try {
        el.print();
      } finally {
        window.print = original;
      }
      expect(during!.hidden).to.include.members(['before', 'nav']);
      expect(during!.hidden).to.not.include('wrapper');
      expect(during!.sheet).to.be.true;
      // Printing ends with afterprint (late on phones, whose dialog does not block): the page comes back.
      expect(document.querySelectorAll('[data-bp-print-hidden]').length).to.be.greaterThan(0);
      window.dispatchEvent(new Event('beforeprint'));
      window.dispatchEvent(new Event('afterprint'));
      expect(document.querySelectorAll('[data-bp-print-hidden]')).to.have.length(0);
      expect(
        document.adoptedStyleSheets.some((s) =>
          [...s.cssRules].some((r) => r.cssText.includes('data-bp-print-hidden')),
        ),
      ).to.be.false;
    });

    it('in print, the tools and checkboxes are hidden and each group starts a new page', async () => {
      const el = await report(
        html`<blueprint-report
          .framework=${doc}
          .profile=${ratedProfile({ dei: 'developing' })}
        ></blueprint-report>`,
      );
      expect(getComputedStyle(part(el, 'tools')!).display).to.not.equal('none');
      await emulateMedia({ media: 'print' });
      try {
        expect(getComputedStyle(part(el, 'tools')!).display).to.equal('none');
        for (const toggle of parts(el, 'priority-toggle'))
          expect(getComputedStyle(toggle).display).to.equal('none');
        for (const group of parts(el, 'group')) expect(getComputedStyle(group).breakBefore).to.equal('page');
      } finally {
        await emulateMedia({ media: 'screen' });
      }
    });
  });

  it('a malformed lang (lang="en_US") never breaks it', async () => {
    const el = await report(
      html`<blueprint-report
        .framework=${doc}
        .profile=${ratedProfile({ dei: 'developing' })}
        lang="en_US"
      ></blueprint-report>`,
    );
    expect(text(part(el, 'header'))).to.contain('1 of 3 capacities answered.');
  });

  it('speaks Spanish', async () => {
    const el = await report(
      html`<blueprint-report
        .framework=${doc}
        .profile=${ratedProfile({ dei: 'developing' })}
        lang="es"
      ></blueprint-report>`,
    );
    expect(text(part(el, 'header'))).to.contain('1 de 3 capacidades con respuesta.');
    expect(fact(capacitySection(el, 'dei'), 'Dónde están')).to.match(/^En desarrollo\./);
    await expect(el).to.be.accessible();
  });
});
