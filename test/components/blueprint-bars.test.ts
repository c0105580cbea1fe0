import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { emulateMedia, executeServerCommand, sendKeys, sendMouse } from '@web/test-runner-commands';
import '../../src/components/blueprint-bars/define.js';
import '../../src/components/blueprint-provider/define.js';
import type { BlueprintBars } from '../../src/components/blueprint-bars/blueprint-bars.js';
import type { BpCapacitySelectEvent } from '../../src/events/index.js';
import type { BlueprintProvider } from '../../src/components/blueprint-provider/blueprint-provider.js';
import { clearFrameworkCache } from '../../src/context/loader.js';
import type { BpErrorEvent, BpProfileChangeEvent, BpRatingChangeEvent } from '../../src/events/index.js';
import type { Profile } from '../../src/framework/schema.js';

const FRAMEWORK = new URL('../../src/data/improvement-teams.json', import.meta.url).href;
const PROFILE = new URL('../../src/data/improvement-teams.profile.json', import.meta.url).href;
const MISSING = new URL('../fixtures/does-not-exist.json', import.meta.url).href;

let framework: Record<string, unknown> & { groups: { id: string; capacities: { id: string }[] }[] };
let profile: Profile;
let capacityIds: string[];

/** A framework document with `levels` levels and groups of the given sizes (labels optional). */
function makeFramework(
  levels: number,
  groupSizes: number[],
  label: (g: number, c: number) => string = (g, c) => `Capacity ${g + 1}.${c + 1}`,
  groupLabel: (g: number) => string = (g) => `Group ${g + 1}`,
) {
  return {
    schema: 'blueprint-framework/1',
    id: 'made',
    version: '1',
    title: 'Made-up framework',
    levels: Array.from({ length: levels }, (_, r) => ({ id: `l${r}`, rank: r, label: `Level ${r + 1}` })),
    groups: groupSizes.map((n, g) => ({
      id: `g${g}`,
      label: groupLabel(g),
      capacities: Array.from({ length: n }, (_, c) => ({ id: `c${g}-${c}`, label: label(g, c) })),
    })),
  };
}

const madeProfile = (ratings: Profile['ratings']): Profile => ({
  schema: 'blueprint-profile/1',
  frameworkId: 'made',
  ratings,
});

const root = (el: BlueprintBars) => el.shadowRoot!;
const marks = (el: BlueprintBars) => [...root(el).querySelectorAll<SVGGElement>('g.mark')];
const mark = (el: BlueprintBars, id: string) =>
  root(el).querySelector<SVGGElement>(`g.mark[data-capacity="${id}"]`)!;
const barOf = (el: BlueprintBars, id: string) => mark(el, id).querySelector<SVGRectElement>('rect.bar');
const buttons = (el: BlueprintBars) => [...root(el).querySelectorAll<HTMLButtonElement>('button.hit')];
const button = (el: BlueprintBars, id: string) =>
  root(el).querySelector<HTMLButtonElement>(`button.hit[data-capacity="${id}"]`)!;
const live = (el: BlueprintBars) => root(el).querySelector('[role="status"]')!.textContent.trim();
const rowText = (el: BlueprintBars, id: string) =>
  root(el).querySelector(`tr[data-capacity="${id}"]`)!.textContent.replace(/\s+/g, ' ').trim();
const height = (r: Element) => r.getBoundingClientRect().height;
const width = (r: Element) => r.getBoundingClientRect().width;

async function ready(el: BlueprintBars) {
  await waitUntil(() => root(el).querySelector('svg'), 'bars never rendered', { timeout: 4000 });
  await el.updateComplete;
}

async function bars(template: ReturnType<typeof html>) {
  const el = await fixture<BlueprintBars>(template);
  await ready(el);
  return el;
}

/** Waits for the ResizeObserver (it measures in the next animation frame) and the re-render. */
async function reflowed(el: BlueprintBars, check: () => boolean) {
  await waitUntil(check, 'the chart did not reflow', { timeout: 2000 });
  await el.updateComplete;
}

describe('<blueprint-bars>', () => {
  before(async () => {
    framework = (await (await fetch(FRAMEWORK)).json()) as typeof framework;
    profile = (await (await fetch(PROFILE)).json()) as Profile;
    capacityIds = framework.groups.flatMap((g) => g.capacities.map((c) => c.id));
  });

  beforeEach(() => {
    localStorage.clear();
    clearFrameworkCache();
  });

  describe('drawing the profile', () => {
    it('draws one bar per capacity in framework order, with group labels, an axis and a legend', async () => {
      const el = await bars(
        html`<blueprint-bars
          style="width: 720px"
          .framework=${framework}
          .profile=${profile}
        ></blueprint-bars>`,
      );
      expect(marks(el).map((m) => m.dataset['capacity'])).to.deep.equal(capacityIds);
      expect(buttons(el).map((b) => b.dataset['capacity'])).to.deep.equal(capacityIds);
      // Bars run left to right in that order.
      const xs = buttons(el).map((b) => b.getBoundingClientRect().left);
      expect([...xs].sort((a, b) => a - b)).to.deep.equal(xs);
      const groupLabels = [...root(el).querySelectorAll('.group-label')].map((g) => g.textContent.trim());
      expect(groupLabels).to.deep.equal([
        'Improvement Methods',
        'Measurement and Data',
        'Inclusive Culture',
        'Leadership and Strategy',
        'Network and Team Operations',
      ]);
      const axis = [...root(el).querySelectorAll('.axis-label')].map((a) => a.getAttribute('title'));
      expect(axis).to.deep.equal(['Beginning', 'Developing', 'Practicing', 'Leading']);
      expect(root(el).querySelector('[part~="legend"]')!.textContent).to.contain('Inclusive Culture');
      // The picture has a name and a description.
      const svgEl = root(el).querySelector('svg')!;
      expect(svgEl.getAttribute('role')).to.equal('img');
      expect(root(el).querySelector('#svg-title')!.textContent).to.contain('Framework for Improvement Teams');
      expect(root(el).querySelector('#svg-desc')!.textContent).to.contain('10 of 17 capacities rated');
      expect(width(svgEl)).to.be.closeTo(720, 1);
      await expect(el).to.be.accessible();
    });

    it('bar heights follow the levels, in the group colors', async () => {
      const el = await bars(
        html`<blueprint-bars
          style="width: 720px"
          .framework=${framework}
          .profile=${profile}
        ></blueprint-bars>`,
      );
      const begin = height(barOf(el, 'student-agency')!); // rank 0
      const develop = height(barOf(el, 'dei')!); // rank 1
      const practice = height(barOf(el, 'shared-vision')!); // rank 2
      const lead = height(barOf(el, 'team-roles')!); // rank 3
      expect(begin).to.be.greaterThan(0);
      expect(develop / begin).to.be.closeTo(2, 0.05);
      expect(practice / begin).to.be.closeTo(3, 0.05);
      expect(lead / begin).to.be.closeTo(4, 0.05);
      // Bars stand on one baseline.
      const bottoms = ['student-agency', 'dei', 'team-roles'].map(
        (id) => barOf(el, id)!.getBoundingClientRect().bottom,
      );
      expect(bottoms[0]).to.be.closeTo(bottoms[1], 0.5);
      expect(bottoms[0]).to.be.closeTo(bottoms[2], 0.5);
      expect(getComputedStyle(barOf(el, 'dei')!).fill).to.equal('rgb(109, 40, 217)'); // the group's own #6d28d9
      expect(getComputedStyle(barOf(el, 'problem-understanding')!).fill).to.equal('rgb(11, 107, 176)'); // palette
    });

    it('a --bp-group-color-N custom property overrides the group color', async () => {
      const el = await bars(
        html`<blueprint-bars
          style="width: 720px; --bp-group-color-1: rgb(1, 2, 3)"
          .framework=${framework}
          .profile=${profile}
        ></blueprint-bars>`,
      );
      expect(getComputedStyle(barOf(el, 'problem-understanding')!).fill).to.equal('rgb(1, 2, 3)');
    });

    it('unanswered, skipped and unsure are drawn apart from every level, and said so in the table', async () => {
      const el = await bars(
        html`<blueprint-bars
          style="width: 720px"
          .framework=${framework}
          .profile=${profile}
        ></blueprint-bars>`,
      );
      // data-infrastructure: unsure; resource-alignment: skipped; improvement-leadership: not answered.
      expect(mark(el, 'data-infrastructure').dataset['status']).to.equal('unsure');
      expect(mark(el, 'resource-alignment').dataset['status']).to.equal('skipped');
      expect(mark(el, 'improvement-leadership').dataset['status']).to.equal('none');
      for (const id of ['data-infrastructure', 'resource-alignment', 'improvement-leadership'])
        expect(barOf(el, id), id).to.equal(null);
      const unsure = mark(el, 'data-infrastructure').querySelector('rect.unsure')!;
      expect(getComputedStyle(unsure).fill).to.match(/url\(.*bp-hatch/);
      const empty = mark(el, 'improvement-leadership').querySelector('rect.empty')!;
      expect(getComputedStyle(empty).fill).to.equal('none');
      expect(getComputedStyle(empty).strokeDasharray).to.not.equal('none');
      expect(rowText(el, 'data-infrastructure')).to.contain('not sure yet');
      expect(rowText(el, 'resource-alignment')).to.contain('skipped');
      expect(rowText(el, 'improvement-leadership')).to.contain('not answered');
      expect(rowText(el, 'student-agency')).to.contain('Beginning (1 of 4)');
      const legend = root(el).querySelector('[part~="legend"]')!.textContent;
      expect(legend).to.contain('Not sure yet');
      expect(legend).to.contain('Not answered');
    });

    it('with no profile every capacity is an empty slot', async () => {
      const el = await bars(
        html`<blueprint-bars style="width: 720px" .framework=${framework}></blueprint-bars>`,
      );
      expect(marks(el).every((m) => m.dataset['status'] === 'none')).to.be.true;
      expect(root(el).querySelector('#svg-desc')!.textContent).to.contain('0 of 17');
      await expect(el).to.be.accessible();
    });

    it('a profile change moves the bars at once when motion is off', async () => {
      const el = await bars(
        html`<blueprint-bars
          style="width: 720px"
          .framework=${framework}
          .profile=${profile}
        ></blueprint-bars>`,
      );
      const before = height(barOf(el, 'student-agency')!);
      el.profile = {
        ...profile,
        ratings: { ...profile.ratings, 'student-agency': { status: 'rated', levelId: 'leading' } },
      };
      await el.updateComplete;
      expect(height(barOf(el, 'student-agency')!) / before).to.be.closeTo(4, 0.05);
      el.profile = { ...profile, ratings: { ...profile.ratings, 'student-agency': { status: 'unsure' } } };
      await el.updateComplete;
      expect(mark(el, 'student-agency').dataset['status']).to.equal('unsure');
    });

    it('rises from the baseline on first render and moves over time when motion is on', async () => {
      const el = await fixture<BlueprintBars>(
        html`<blueprint-bars
          style="width: 720px; --bp-motion-duration: 250ms"
          .framework=${framework}
          .profile=${profile}
        ></blueprint-bars>`,
      );
      await ready(el);
      const rect = barOf(el, 'team-roles')!;
      const final = Number(rect.getAttribute('height'));
      const early = parseFloat(getComputedStyle(rect).height);
      expect(early).to.be.lessThan(final - 1);
      // The bars are staggered by index: the last one starts later than the first.
      const delays = marks(el).map((m) =>
        parseFloat(getComputedStyle(m.querySelector('.m')!).transitionDelay),
      );
      expect(delays[0]).to.equal(0);
      expect(delays[delays.length - 1]).to.be.greaterThan(0);
      // The whole dance stays within 600 ms.
      const duration = parseFloat(getComputedStyle(rect).transitionDuration);
      expect(duration + delays[delays.length - 1]).to.be.at.most(0.6);
      await waitUntil(
        () => Math.abs(parseFloat(getComputedStyle(rect).height) - final) < 0.5,
        'never arrived',
        {
          timeout: 2000,
        },
      );
    });

    it('moves to the new height over time when the profile changes with motion on', async () => {
      const el = await fixture<BlueprintBars>(
        html`<blueprint-bars
          style="width: 720px; --bp-motion-duration: 250ms"
          .framework=${framework}
          .profile=${profile}
        ></blueprint-bars>`,
      );
      await ready(el);
      const rect = barOf(el, 'student-agency')!;
      const from = Number(rect.getAttribute('height'));
      await waitUntil(() => Math.abs(parseFloat(getComputedStyle(rect).height) - from) < 0.5, 'never rose', {
        timeout: 2000,
      });
      el.profile = {
        ...profile,
        ratings: { ...profile.ratings, 'student-agency': { status: 'rated', levelId: 'leading' } },
      };
      await el.updateComplete;
      const moved = barOf(el, 'student-agency')!;
      expect(moved).to.equal(rect); // the same mark moves (no new element appears at the new height)
      const to = Number(moved.getAttribute('height'));
      expect(to).to.be.greaterThan(from * 3);
      const midway = parseFloat(getComputedStyle(moved).height);
      expect(midway, 'just after the change it is on its way, not there').to.be.lessThan(to - 1);
      await waitUntil(
        () => Math.abs(parseFloat(getComputedStyle(moved).height) - to) < 0.5,
        'never arrived',
        {
          timeout: 2000,
        },
      );
    });

    it('with prefers-reduced-motion changes are instant even with a motion duration set', async () => {
      await emulateMedia({ reducedMotion: 'reduce' });
      try {
        const el = await bars(
          html`<blueprint-bars
            style="width: 720px; --bp-motion-duration: 2000ms"
            .framework=${framework}
            .profile=${profile}
          ></blueprint-bars>`,
        );
        const rect = barOf(el, 'team-roles')!;
        expect(parseFloat(getComputedStyle(rect).transitionDuration)).to.equal(0);
        expect(parseFloat(getComputedStyle(rect).height)).to.be.closeTo(
          Number(rect.getAttribute('height')),
          0.5,
        );
      } finally {
        await emulateMedia({ reducedMotion: 'no-preference' });
      }
    });
  });

  describe('forced colors (Windows High Contrast)', () => {
    it('draws bars, outlines and hatching in system colors, and stays accessible', async () => {
      const el = await bars(
        html`<blueprint-bars
          style="width: 720px"
          .framework=${framework}
          .profile=${profile}
        ></blueprint-bars>`,
      );
      const bar = barOf(el, 'team-roles')!;
      const normal = getComputedStyle(bar).fill;
      await executeServerCommand('bp-forced-colors', { active: true });
      try {
        expect(matchMedia('(forced-colors: active)').matches, 'forced colors emulated').to.be.true;
        await el.updateComplete;
        const forced = getComputedStyle(bar).fill;
        expect(forced, 'bars take the system text color, not the group color').to.not.equal(normal);
        const empty = root(el).querySelector('.m.empty')!;
        const canvasText = (() => {
          const probe = document.createElement('span');
          probe.style.color = 'CanvasText';
          document.body.append(probe);
          const c = getComputedStyle(probe).color;
          probe.remove();
          return c;
        })();
        expect(getComputedStyle(empty).stroke).to.equal(canvasText);
        expect(forced).to.equal(canvasText);
        await expect(el).to.be.accessible();
      } finally {
        await executeServerCommand('bp-forced-colors', { active: false });
      }
    });
  });

  describe('compare and spread', () => {
    it('compare="<label>" draws the snapshot as outlines and the table says what changed', async () => {
      const el = await bars(
        html`<blueprint-bars
          style="width: 720px"
          compare="Fall 2025"
          .framework=${framework}
          .profile=${profile}
        ></blueprint-bars>`,
      );
      const ghost = mark(el, 'problem-understanding').querySelector<SVGRectElement>('rect.ghost')!;
      expect(ghost).to.exist;
      // Fall 2025: developing (rank 1); now practicing (rank 2).
      expect(height(ghost) / height(barOf(el, 'problem-understanding')!)).to.be.closeTo(2 / 3, 0.05);
      expect(mark(el, 'data-infrastructure').querySelector('rect.ghost')).to.equal(null); // not in the snapshot
      expect(root(el).querySelector('thead')!.textContent).to.contain('Change since Fall 2025');
      expect(rowText(el, 'problem-understanding')).to.contain('from Developing to Practicing');
      expect(rowText(el, 'student-agency')).to.contain('no change (Beginning)');
      expect(rowText(el, 'data-infrastructure')).to.contain('from not answered to not sure yet');
      expect(root(el).querySelector('#svg-desc')!.textContent).to.contain('Fall 2025');
      await expect(el).to.be.accessible();
    });

    it('compare takes a takenAt date, and compareProfile wins over it', async () => {
      const el = await bars(
        html`<blueprint-bars
          style="width: 720px"
          compare="2026-04-20"
          .framework=${framework}
          .profile=${profile}
        ></blueprint-bars>`,
      );
      expect(rowText(el, 'problem-understanding')).to.contain('no change (Practicing)');
      el.compareProfile = {
        ...profile,
        team: 'Other team',
        ratings: { 'problem-understanding': { status: 'rated', levelId: 'leading' } },
      };
      await el.updateComplete;
      expect(rowText(el, 'problem-understanding')).to.contain('from Leading to Practicing');
      expect(root(el).querySelectorAll('rect.ghost')).to.have.length(1);
    });

    it('an unknown snapshot name says so and draws no outlines', async () => {
      const el = await bars(
        html`<blueprint-bars
          style="width: 720px"
          compare="Winter 1999"
          .framework=${framework}
          .profile=${profile}
        ></blueprint-bars>`,
      );
      expect(root(el).querySelectorAll('rect.ghost')).to.have.length(0);
      expect(root(el).querySelector('.note')!.textContent).to.contain('Winter 1999');
    });

    it('spread shows the range of the raters’ levels, with the counts in the table', async () => {
      const el = await bars(
        html`<blueprint-bars
          style="width: 720px"
          spread
          .framework=${framework}
          .profile=${profile}
        ></blueprint-bars>`,
      );
      // testing-changes: raters said practicing, leading, developing.
      const dots = [...mark(el, 'testing-changes').querySelectorAll('circle.dot')];
      expect(dots).to.have.length(3);
      expect(mark(el, 'testing-changes').querySelector('rect.range')).to.exist;
      expect(mark(el, 'problem-understanding').querySelector('rect.range')).to.equal(null); // no rater answered
      expect(rowText(el, 'testing-changes')).to.contain(
        'Developing to Leading: Developing 1, Practicing 1, Leading 1 (3 raters)',
      );
      // family-engagement: developing, beginning, beginning; student-agency: one "unsure".
      expect(rowText(el, 'family-engagement')).to.contain(
        'Beginning to Developing: Beginning 2, Developing 1',
      );
      expect(mark(el, 'family-engagement').querySelector('circle[data-count="2"]')).to.exist;
      expect(rowText(el, 'student-agency')).to.contain('no raters');
      expect(root(el).querySelector('thead')!.textContent).to.contain('Raters’ levels');
      await expect(el).to.be.accessible();
    });
  });

  describe('keyboard, selection and editing', () => {
    it('has one tab stop; arrows, Home and End move between bars and the live region announces', async () => {
      const el = await bars(
        html`<blueprint-bars
          style="width: 720px"
          .framework=${framework}
          .profile=${profile}
        ></blueprint-bars>`,
      );
      expect(buttons(el).filter((b) => b.tabIndex === 0)).to.have.length(1);
      buttons(el)[0].focus();
      await sendKeys({ press: 'ArrowRight' });
      await el.updateComplete;
      expect(root(el).activeElement).to.equal(button(el, 'theory-of-improvement'));
      expect(live(el)).to.equal('Aim and Theory of Improvement: Developing (2 of 4)');
      expect(buttons(el).filter((b) => b.tabIndex === 0)).to.deep.equal([
        button(el, 'theory-of-improvement'),
      ]);
      await sendKeys({ press: 'End' });
      await el.updateComplete;
      expect(root(el).activeElement).to.equal(button(el, 'knowledge-sharing'));
      expect(live(el)).to.equal('Capturing and Sharing Knowledge: not answered');
      await sendKeys({ press: 'ArrowLeft' });
      await el.updateComplete;
      expect(root(el).activeElement).to.equal(button(el, 'convening'));
      await sendKeys({ press: 'Home' });
      await el.updateComplete;
      expect(root(el).activeElement).to.equal(button(el, 'problem-understanding'));
      // Not editable: Up does nothing.
      await sendKeys({ press: 'ArrowUp' });
      expect(rowText(el, 'problem-understanding')).to.contain('Practicing');
    });

    it('the live region announces "Student Agency: Developing (2 of 4)"', async () => {
      const p = {
        ...profile,
        ratings: {
          ...profile.ratings,
          'student-agency': { status: 'rated' as const, levelId: 'developing' },
        },
      };
      const el = await bars(
        html`<blueprint-bars style="width: 720px" .framework=${framework} .profile=${p}></blueprint-bars>`,
      );
      button(el, 'dei').focus();
      await sendKeys({ press: 'ArrowRight' });
      await el.updateComplete;
      expect(live(el)).to.equal('Student Agency: Developing (2 of 4)');
      expect(button(el, 'student-agency').getAttribute('aria-label')).to.equal(
        'Student Agency: Developing (2 of 4)',
      );
    });

    it('Enter and a click select a bar (bp-capacity-select)', async () => {
      const el = await bars(
        html`<blueprint-bars
          style="width: 720px"
          .framework=${framework}
          .profile=${profile}
        ></blueprint-bars>`,
      );
      button(el, 'dei').focus();
      let event = oneEvent<BpCapacitySelectEvent>(el, 'bp-capacity-select');
      await sendKeys({ press: 'Enter' });
      let e = await event;
      expect(e.detail).to.deep.equal({ capacityId: 'dei' });
      expect(e.bubbles && e.composed).to.be.true;
      event = oneEvent<BpCapacitySelectEvent>(el, 'bp-capacity-select');
      button(el, 'convening').click();
      e = await event;
      expect(e.detail.capacityId).to.equal('convening');
    });

    it('editable: Up and Down change the level, fire bp-rating-change and keep the note', async () => {
      const el = await bars(
        html`<blueprint-bars
          style="width: 720px"
          editable
          .framework=${framework}
          .profile=${profile}
        ></blueprint-bars>`,
      );
      const before = height(barOf(el, 'family-engagement')!);
      button(el, 'family-engagement').focus();
      const event = oneEvent<BpRatingChangeEvent>(el, 'bp-rating-change');
      await sendKeys({ press: 'ArrowUp' });
      const { detail } = await event;
      expect(detail.capacityId).to.equal('family-engagement');
      expect(detail.rating).to.include({ status: 'rated', levelId: 'developing' });
      expect(detail.rating?.note).to.contain('one-way');
      expect(detail.profile.ratings['family-engagement'].levelId).to.equal('developing');
      await el.updateComplete;
      expect(el.profile?.ratings['family-engagement'].levelId).to.equal('developing');
      expect(height(barOf(el, 'family-engagement')!) / before).to.be.closeTo(2, 0.05);
      expect(live(el)).to.equal('Family Engagement: Developing (2 of 4)');
      await sendKeys({ press: 'ArrowDown' });
      await el.updateComplete;
      expect(el.profile?.ratings['family-engagement'].levelId).to.equal('beginning');
      await sendKeys({ press: '+' });
      await sendKeys({ press: '+' });
      await el.updateComplete;
      expect(el.profile?.ratings['family-engagement'].levelId).to.equal('practicing');
      // An unanswered capacity starts at the first level; Delete clears it again.
      button(el, 'improvement-leadership').focus();
      await sendKeys({ press: 'ArrowUp' });
      await el.updateComplete;
      expect(el.profile?.ratings['improvement-leadership'].levelId).to.equal('beginning');
      await sendKeys({ press: 'Delete' });
      await el.updateComplete;
      expect(el.profile?.ratings['improvement-leadership']).to.equal(undefined);
      expect(mark(el, 'improvement-leadership').dataset['status']).to.equal('none');
      await expect(el).to.be.accessible();
    });

    it('editable: clicking a level on a bar sets it', async () => {
      const el = await bars(
        html`<blueprint-bars
          style="width: 720px"
          editable
          .framework=${framework}
          .profile=${profile}
        ></blueprint-bars>`,
      );
      const target = button(el, 'student-agency').getBoundingClientRect();
      const leadBand = root(el).querySelectorAll('.axis-label')[3].getBoundingClientRect();
      const event = oneEvent<BpRatingChangeEvent>(el, 'bp-rating-change');
      button(el, 'student-agency').dispatchEvent(
        new MouseEvent('click', {
          bubbles: true,
          composed: true,
          detail: 1,
          clientX: target.left + target.width / 2,
          clientY: leadBand.top + leadBand.height / 2,
        }),
      );
      const { detail } = await event;
      expect(detail.rating?.levelId).to.equal('leading');
      await el.updateComplete;
      expect(mark(el, 'student-agency').querySelector('rect.bar')).to.exist;
    });

    it('inside a provider: a real mouse click on a level of a bar answers into the shared profile', async () => {
      const provider = await fixture<BlueprintProvider>(
        html`<blueprint-provider persist="off" .framework=${framework} .profile=${profile}
          ><blueprint-bars style="width: 720px" editable></blueprint-bars
        ></blueprint-provider>`,
      );
      const el = provider.querySelector('blueprint-bars')!;
      await ready(el);
      button(el, 'student-agency').scrollIntoView({ block: 'center' });
      const target = button(el, 'student-agency').getBoundingClientRect();
      const practicing = root(el).querySelectorAll('.axis-label')[2].getBoundingClientRect();
      const changed = oneEvent<BpProfileChangeEvent>(provider, 'bp-profile-change');
      await sendMouse({
        type: 'click',
        position: [
          Math.round(target.left + target.width / 2),
          Math.round(practicing.top + practicing.height / 2),
        ],
      });
      const { detail } = await changed;
      expect(detail.reason).to.equal('rating');
      expect(provider.profile?.ratings['student-agency'].levelId).to.equal('practicing');
      await el.updateComplete;
      expect(mark(el, 'student-agency').querySelector('rect.bar')).to.exist;
      await sendMouse({ type: 'move', position: [0, 0] });
    });

    it('inside a provider: follows the shared profile and edits it', async () => {
      const provider = await fixture<BlueprintProvider>(
        html`<blueprint-provider persist="off" .framework=${framework}
          ><blueprint-bars style="width: 720px" editable></blueprint-bars
        ></blueprint-provider>`,
      );
      const el = provider.querySelector('blueprint-bars')!;
      await ready(el);
      expect(marks(el).every((m) => m.dataset['status'] === 'none')).to.be.true;
      const result = provider.importProfile(profile);
      expect(result.ok).to.be.true;
      await el.updateComplete;
      expect(mark(el, 'team-roles').dataset['status']).to.equal('rated');
      const before = height(barOf(el, 'team-roles')!);
      button(el, 'student-agency').focus();
      await sendKeys({ press: 'ArrowUp' });
      await el.updateComplete;
      expect(provider.profile?.ratings['student-agency'].levelId).to.equal('developing');
      expect(el.profile).to.equal(undefined); // the widget keeps no copy of its own
      expect(height(barOf(el, 'student-agency')!)).to.be.closeTo(before / 2, 0.5);
      await expect(provider).to.be.accessible();
    });
  });

  describe('layout', () => {
    it('reflows when its container is resized, and turns horizontal when too narrow', async () => {
      const wrap = await fixture<HTMLDivElement>(
        html`<div style="width: 900px; padding: 0; margin: 0">
          <blueprint-bars .framework=${framework} .profile=${profile}></blueprint-bars>
        </div>`,
      );
      const el = wrap.querySelector('blueprint-bars')!;
      await ready(el);
      const svgEl = () => root(el).querySelector('svg')!;
      expect(Number(svgEl().getAttribute('width'))).to.equal(900);
      expect(root(el).querySelector('.chart')!.classList.contains('vertical')).to.be.true;
      wrap.style.width = '600px';
      await reflowed(el, () => Number(svgEl().getAttribute('width')) === 600);
      wrap.style.width = '280px';
      await reflowed(el, () => Number(svgEl().getAttribute('width')) === 280);
      expect(root(el).querySelector('.chart')!.classList.contains('horizontal')).to.be.true;
      // Nothing sticks out of the element.
      const host = el.getBoundingClientRect();
      for (const b of buttons(el)) {
        const r = b.getBoundingClientRect();
        expect(r.left).to.be.at.least(host.left - 0.5);
        expect(r.right).to.be.at.most(host.right + 0.5);
      }
      await expect(el).to.be.accessible();
    });

    it('orientation="horizontal" lays bars sideways; keys follow the layout', async () => {
      const el = await bars(
        html`<blueprint-bars
          style="width: 720px"
          orientation="horizontal"
          editable
          .framework=${framework}
          .profile=${profile}
        ></blueprint-bars>`,
      );
      expect(root(el).querySelector('.chart')!.classList.contains('horizontal')).to.be.true;
      const begin = width(barOf(el, 'student-agency')!);
      expect(width(barOf(el, 'team-roles')!) / begin).to.be.closeTo(4, 0.05);
      const ys = buttons(el).map((b) => b.getBoundingClientRect().top);
      expect([...ys].sort((a, b) => a - b)).to.deep.equal(ys);
      button(el, 'student-agency').focus();
      await sendKeys({ press: 'ArrowDown' });
      await el.updateComplete;
      expect(root(el).activeElement).to.equal(button(el, 'family-engagement'));
      await sendKeys({ press: 'ArrowRight' });
      await el.updateComplete;
      expect(el.profile?.ratings['family-engagement'].levelId).to.equal('developing');
      await expect(el).to.be.accessible();
    });

    it('group="<id>" shows one group only', async () => {
      const el = await bars(
        html`<blueprint-bars
          style="width: 720px"
          group="inclusive-culture"
          .framework=${framework}
          .profile=${profile}
        ></blueprint-bars>`,
      );
      expect(marks(el).map((m) => m.dataset['capacity'])).to.deep.equal([
        'dei',
        'student-agency',
        'family-engagement',
      ]);
      el.group = 'no-such-group';
      await el.updateComplete;
      expect(marks(el)).to.have.length(17);
    });

    it('the data table is a real table, hidden until its toggle shows it', async () => {
      const el = await bars(
        html`<blueprint-bars
          style="width: 720px"
          .framework=${framework}
          .profile=${profile}
        ></blueprint-bars>`,
      );
      const table = root(el).querySelector('table')!;
      const toggle = root(el).querySelector<HTMLButtonElement>('button.toggle')!;
      expect(table.querySelector('caption')!.textContent).to.contain('level of each capacity');
      expect(table.querySelectorAll('tbody th[scope="row"]')).to.have.length(17);
      expect(table.querySelectorAll('thead th[scope="col"]')).to.have.length(3);
      expect(toggle.getAttribute('aria-controls')).to.equal('data');
      expect(toggle.getAttribute('aria-expanded')).to.equal('false');
      expect(root(el).querySelector('#data')!.getBoundingClientRect().width).to.be.at.most(1);
      toggle.click();
      await el.updateComplete;
      expect(toggle.getAttribute('aria-expanded')).to.equal('true');
      expect(root(el).querySelector('#data')!.getBoundingClientRect().width).to.be.greaterThan(300);
      await expect(el).to.be.accessible();
    });

    it('speaks Spanish with lang="es"', async () => {
      const el = await bars(
        html`<blueprint-bars
          style="width: 720px"
          lang="es"
          .framework=${framework}
          .profile=${profile}
        ></blueprint-bars>`,
      );
      expect(button(el, 'student-agency').getAttribute('aria-label')).to.equal(
        'Agencia estudiantil: Inicial (1 de 4)',
      );
      expect(root(el).querySelector('button.toggle')!.textContent).to.contain('Mostrar');
    });
  });

  describe('bad input and edge cases', () => {
    it('ignores ratings of unknown capacities in the bars, and keeps them in the profile', async () => {
      const p = {
        ...profile,
        ratings: { ...profile.ratings, 'not-a-capacity': { status: 'rated' as const, levelId: 'leading' } },
      };
      const el = await bars(
        html`<blueprint-bars
          style="width: 720px"
          editable
          .framework=${framework}
          .profile=${p}
        ></blueprint-bars>`,
      );
      expect(marks(el)).to.have.length(17);
      button(el, 'dei').focus();
      const event = oneEvent<BpRatingChangeEvent>(el, 'bp-rating-change');
      await sendKeys({ press: 'ArrowUp' });
      const { detail } = await event;
      expect(detail.profile.ratings['not-a-capacity']).to.deep.equal({ status: 'rated', levelId: 'leading' });
    });

    it('one group of one capacity', async () => {
      const el = await bars(
        html`<blueprint-bars
          style="width: 720px"
          .framework=${makeFramework(3, [1])}
          .profile=${madeProfile({ 'c0-0': { status: 'rated', levelId: 'l2' } })}
        ></blueprint-bars>`,
      );
      expect(marks(el)).to.have.length(1);
      const bar = barOf(el, 'c0-0')!;
      const plot = root(el).querySelector('.chart')!.getBoundingClientRect();
      expect(width(bar)).to.be.lessThan(plot.width); // a single bar does not fill the chart
      expect(height(bar)).to.be.greaterThan(100);
      await expect(el).to.be.accessible();
    });

    it('seven levels', async () => {
      const el = await bars(
        html`<blueprint-bars
          style="width: 720px"
          .framework=${makeFramework(7, [3, 2])}
          .profile=${madeProfile({ 'c0-0': { status: 'rated', levelId: 'l0' }, 'c1-1': { status: 'rated', levelId: 'l6' } })}
        ></blueprint-bars>`,
      );
      expect(root(el).querySelectorAll('.axis-label')).to.have.length(7);
      expect(height(barOf(el, 'c1-1')!) / height(barOf(el, 'c0-0')!)).to.be.closeTo(7, 0.1);
      expect(button(el, 'c1-1').getAttribute('aria-label')).to.equal('Capacity 2.2: Level 7 (7 of 7)');
      await expect(el).to.be.accessible();
    });

    it('sixty capacities', async () => {
      const ratings: Profile['ratings'] = {};
      for (let g = 0; g < 4; g++)
        for (let c = 0; c < 15; c++) ratings[`c${g}-${c}`] = { status: 'rated', levelId: `l${(g + c) % 4}` };
      const el = await bars(
        html`<blueprint-bars
          style="width: 900px"
          .framework=${makeFramework(4, [15, 15, 15, 15])}
          .profile=${madeProfile(ratings)}
        ></blueprint-bars>`,
      );
      expect(marks(el)).to.have.length(60);
      expect(buttons(el).filter((b) => b.tabIndex === 0)).to.have.length(1);
      // Too narrow for 60 upright bars with labels: the chart lays them out sideways.
      expect(root(el).querySelector('.chart')!.classList.contains('horizontal')).to.be.true;
      await expect(el).to.be.accessible();
    });

    it('very long labels are truncated inside the chart, with the full text in a title', async () => {
      const long = (g: number, c: number) =>
        `An extraordinarily long capacity label number ${g + 1}.${c + 1} that goes on and on about collaborative inquiry, shared leadership and continuous improvement`;
      const el = await bars(
        html`<blueprint-bars
          style="width: 720px"
          .framework=${makeFramework(4, [3, 3], long, () => 'A group label that is also much too long to fit under its few bars')}
          .profile=${madeProfile({})}
        ></blueprint-bars>`,
      );
      const host = el.getBoundingClientRect();
      for (const label of root(el).querySelectorAll<HTMLElement>('.hit .label')) {
        expect(label.title).to.match(/^An extraordinarily long/);
        const r = label.getBoundingClientRect();
        expect(r.bottom).to.be.at.most(host.bottom + 0.5);
        expect(r.right).to.be.at.most(host.right + 0.5);
      }
      // The chart reserves room for its labels: the next content starts below them.
      const chart = root(el).querySelector('.chart')!.getBoundingClientRect();
      for (const g of root(el).querySelectorAll<HTMLElement>('.group-label'))
        expect(g.getBoundingClientRect().bottom).to.be.at.most(chart.bottom + 0.5);
      await expect(el).to.be.accessible();
    });

    it('right-to-left: bars run from the right, labels stay readable', async () => {
      const rtl = makeFramework(
        4,
        [2, 2],
        (g, c) => ['קיבולת ראשונה', 'קיבולת שנייה', 'القدرة الثالثة', 'القدرة الرابعة'][g * 2 + c],
        (g) => ['קבוצה', 'مجموعة'][g],
      );
      const wrap = await fixture<HTMLDivElement>(
        html`<div dir="rtl" style="width: 720px; padding: 0; margin: 0">
          <blueprint-bars
            lang="he"
            .framework=${rtl}
            .profile=${madeProfile({ 'c0-0': { status: 'rated', levelId: 'l1' }, 'c1-1': { status: 'rated', levelId: 'l3' } })}
          ></blueprint-bars>
        </div>`,
      );
      const el = wrap.querySelector('blueprint-bars')!;
      await ready(el);
      const first = barOf(el, 'c0-0')!.getBoundingClientRect();
      const last = barOf(el, 'c1-1')!.getBoundingClientRect();
      expect(first.left).to.be.greaterThan(last.left);
      // The first button sits over the first bar.
      const b = button(el, 'c0-0').getBoundingClientRect();
      expect(first.left).to.be.within(b.left - 0.5, b.right + 0.5);
      // Arrow keys follow the reading direction: Left moves forward.
      button(el, 'c0-0').focus();
      await sendKeys({ press: 'ArrowLeft' });
      await el.updateComplete;
      expect(root(el).activeElement).to.equal(button(el, 'c0-1'));
      await expect(el).to.be.accessible();
    });
  });

  describe('inputs and states', () => {
    it('loads src and profile-src by itself (standalone)', async () => {
      const el = await bars(
        html`<blueprint-bars style="width: 720px" src=${FRAMEWORK} profile-src=${PROFILE}></blueprint-bars>`,
      );
      await waitUntil(
        () => mark(el, 'team-roles')?.dataset['status'] === 'rated',
        'profile-src never applied',
        {
          timeout: 4000,
        },
      );
      expect(marks(el)).to.have.length(17);
    });

    it('shows the loading line, then the error part for a missing src, without throwing', async () => {
      const el = await fixture<BlueprintBars>(html`<blueprint-bars src=${MISSING}></blueprint-bars>`);
      expect(root(el).querySelector('[part~="status"]')!.getAttribute('role')).to.equal('status');
      const event = oneEvent<BpErrorEvent>(el, 'bp-error');
      const { detail } = await event;
      expect(detail.source).to.contain('does-not-exist.json');
      await el.updateComplete;
      expect(root(el).querySelector('[part~="error"]')!.getAttribute('role')).to.equal('alert');
      expect(root(el).querySelector('svg')).to.equal(null);
      await expect(el).to.be.accessible();
    });
  });
});
