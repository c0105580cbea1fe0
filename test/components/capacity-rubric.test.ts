import { expect, fixture, html, nextFrame, oneEvent, waitUntil } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import { emulateMedia, sendKeys, sendMouse } from '@web/test-runner-commands';
import '../../src/components/capacity-rubric/define.js';
import '../../src/components/blueprint-provider/define.js';
import '../../src/components/blueprint-bars/define.js';
import type { CapacityRubric } from '../../src/components/capacity-rubric/capacity-rubric.js';
import type { BlueprintProvider } from '../../src/components/blueprint-provider/blueprint-provider.js';
import { storageKeyFor } from '../../src/components/blueprint-provider/blueprint-provider.js';
import { clearFrameworkCache } from '../../src/context/loader.js';
import { heavy } from '../support/heavy.js';
import type { BpErrorEvent, BpRatingChangeEvent } from '../../src/events/index.js';
import type { Profile } from '../../src/framework/schema.js';
import '../support/test-widget.js';

const SAMPLE = new URL('../../src/data/improvement-teams.json', import.meta.url).href;
const SAMPLE_PROFILE = new URL('../../src/data/improvement-teams.profile.json', import.meta.url).href;
const BELE = new URL('../../src/data/bele.json', import.meta.url).href;
const SEVEN = new URL('../fixtures/rubric-seven-levels.json', import.meta.url).href;
const LONG = new URL('../fixtures/rubric-long-text.json', import.meta.url).href;
const MISSING = new URL('../fixtures/does-not-exist.json', import.meta.url).href;

interface SampleDoc {
  levels: { id: string; label: { en: string; es: string }; summary: { en: string } }[];
  groups: {
    id: string;
    label: { en: string; es: string };
    capacities: { id: string; label: { en: string } }[];
  }[];
}
let sample: SampleDoc;
let sampleProfile: Profile;
let bele: { levels: { id: string; summary: { en: string } }[] };
let seven: object;
let long: object;
let allCapacities: { id: string; label: { en: string } }[];

// ---- helpers: the public surface only (shadow DOM, parts, events) ----------------------------------------

const root = (el: CapacityRubric) => el.shadowRoot!;
const part = (el: CapacityRubric, name: string) => root(el).querySelector<HTMLElement>(`[part~="${name}"]`);
const capacityOf = (el: CapacityRubric, id: string) =>
  root(el).querySelector<HTMLElement>(`[data-capacity="${id}"]`)!;
const radio = (el: CapacityRubric, capacityId: string, value: string) =>
  capacityOf(el, capacityId).querySelector<HTMLInputElement>(`input[type="radio"][value="${value}"]`)!;
const cellOf = (el: CapacityRubric, capacityId: string, levelId: string) =>
  radio(el, capacityId, `level:${levelId}`).closest('label')!;
const noteOf = (el: CapacityRubric, capacityId: string) =>
  capacityOf(el, capacityId).querySelector<HTMLTextAreaElement>('textarea')!;
const checkedValue = (el: CapacityRubric, capacityId: string) =>
  capacityOf(el, capacityId).querySelector<HTMLInputElement>('input[type="radio"]:checked')?.value;
const progressText = (el: CapacityRubric) => part(el, 'progress-text')!.textContent.trim();

/** The focused element, through shadow roots. */
function deepActive(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** Asserts that `target` has focus (compared by identity; a failure names what has focus instead). */
function expectFocusOn(target: Element | null) {
  const active = deepActive();
  const name = (e: Element | null) =>
    e
      ? `<${e.localName} part="${e.getAttribute('part') ?? ''}" value="${(e as HTMLInputElement).value ?? ''}">`
      : 'nothing';
  expect(active === target, `expected focus on ${name(target)}, found ${name(active)}`).to.be.true;
}

/** A real mouse click at the middle of `target` (scrolled into view first). */
async function clickOn(target: Element) {
  target.scrollIntoView({ block: 'center', inline: 'center' });
  const r = target.getBoundingClientRect();
  await sendMouse({
    type: 'click',
    position: [Math.round(r.left + r.width / 2), Math.round(r.top + r.height / 2)],
  });
  await sendMouse({ type: 'move', position: [0, 0] });
}

async function ready(el: CapacityRubric) {
  await waitUntil(
    () => root(el).querySelector('[part~="base"], [part~="error"]'),
    'the rubric never rendered its content',
    { timeout: 4000 },
  );
  await el.updateComplete;
}

async function rubric(template: TemplateResult): Promise<CapacityRubric> {
  const host = await fixture<HTMLElement>(template);
  const el =
    host.localName === 'capacity-rubric' ? (host as CapacityRubric) : host.querySelector('capacity-rubric')!;
  await ready(el);
  return el;
}

/** Nothing inside the element is wider than the element (no sideways scrolling). */
function expectNoSidewaysOverflow(el: CapacityRubric) {
  const box = el.getBoundingClientRect();
  const wide = [...root(el).querySelectorAll<HTMLElement>('*')]
    .filter((n) => n.getBoundingClientRect().right > box.right + 1)
    .map((n) => `${n.localName}.${n.className}`);
  expect(wide, 'elements wider than the element').to.deep.equal([]);
  expect(el.scrollWidth, 'host scrollWidth').to.be.at.most(el.clientWidth + 1);
  const base = part(el, 'base')!;
  expect(base.scrollWidth, 'base scrollWidth').to.be.at.most(base.clientWidth + 1);
  for (const node of root(el).querySelectorAll<HTMLElement>(
    '[part~="level"], [part~="capacity"], textarea, .indicator',
  )) {
    const r = node.getBoundingClientRect();
    expect(r.right, `${node.className} right edge`).to.be.at.most(box.right + 1);
    expect(r.left, `${node.className} left edge`).to.be.at.least(box.left - 1);
  }
}

const rowTops = (el: CapacityRubric, capacityId: string) =>
  [...capacityOf(el, capacityId).querySelectorAll('[part~="level"]')].map((c) =>
    Math.round(c.getBoundingClientRect().top),
  );

describe('<capacity-rubric>', () => {
  before(async () => {
    const load = async <T>(url: string) => (await (await fetch(url)).json()) as T;
    [sample, sampleProfile, bele, seven, long] = await Promise.all([
      load<SampleDoc>(SAMPLE),
      load<Profile>(SAMPLE_PROFILE),
      load<{ levels: { id: string; summary: { en: string } }[] }>(BELE),
      load<object>(SEVEN),
      load<object>(LONG),
    ]);
    allCapacities = sample.groups.flatMap((g) => g.capacities);
  });

  beforeEach(() => {
    localStorage.clear();
    clearFrameworkCache();
  });

  describe('structure and semantics', () => {
    it('shows every capacity as a fieldset named by its heading, with one radio per level', async () => {
      const el = await rubric(html`<capacity-rubric .framework=${sample}></capacity-rubric>`);
      expect(allCapacities).to.have.length(17);
      const capacities = root(el).querySelectorAll('[part~="capacity"]');
      expect(capacities).to.have.length(17);
      for (const c of allCapacities) {
        const fieldset = capacityOf(el, c.id).querySelector('fieldset')!;
        const heading = fieldset.querySelector('legend > h4')!;
        expect(heading.textContent.trim()).to.equal(c.label.en);
        const radios = fieldset.querySelectorAll<HTMLInputElement>('input[type="radio"]');
        // four levels, then "Not sure yet" and "Skip": one group (one name), never more levels.
        expect(radios).to.have.length(6);
        expect(new Set([...radios].map((r) => r.name)).size).to.equal(1);
        expect([...radios].map((r) => r.value)).to.deep.equal([
          ...sample.levels.map((l) => `level:${l.id}`),
          'status:unsure',
          'status:skipped',
        ]);
      }
      // group headings one level above the capacities (heading-level defaults to 3)
      expect([...root(el).querySelectorAll('h3')].map((h) => h.textContent.trim())).to.deep.equal(
        sample.groups.map((g) => g.label.en),
      );
      await expect(el).to.be.accessible();
    });

    it("each level's name is its label and its description is the descriptor summary and indicators", async () => {
      const el = await rubric(
        html`<capacity-rubric .framework=${sample} capacity="problem-understanding"></capacity-rubric>`,
      );
      const input = radio(el, 'problem-understanding', 'level:developing');
      const labelledby = root(el).getElementById(input.getAttribute('aria-labelledby')!)!;
      expect(labelledby.textContent.trim()).to.equal('Developing');
      const description = root(el).getElementById(input.getAttribute('aria-describedby')!)!;
      expect(description.textContent).to.contain('The team has started to study the problem with data');
      expect(description.textContent).to.contain(
        'A few empathy interviews or listening sessions have taken place.',
      );
      // The description lives inside the cell, so the whole cell is the label: clicking anywhere chooses it.
      expect(cellOf(el, 'problem-understanding', 'developing').contains(description)).to.be.true;
      const unsure = radio(el, 'problem-understanding', 'status:unsure');
      expect(unsure.closest('label')!.textContent.trim()).to.equal('Not sure yet');
    });

    it('definition, look-fors and prompts are in one disclosure named after the capacity (closed in a list, open for one capacity)', async () => {
      const el = await rubric(
        html`<capacity-rubric .framework=${sample} group="improvement-methods"></capacity-rubric>`,
      );
      // One disclosure per capacity (issue 15: three with the same names everywhere were 51 Tab stops).
      const details = [...capacityOf(el, 'problem-understanding').querySelectorAll('details')];
      expect(details).to.have.length(1);
      const name = allCapacities.find((c) => c.id === 'problem-understanding')!.label.en;
      expect(details[0].querySelector('summary')!.textContent.trim()).to.equal(`About ${name}`);
      expect(
        [...details[0].querySelectorAll('.about-heading')].map((h) => h.textContent.trim()),
      ).to.deep.equal(['What this capacity means', 'What to look for (4)', 'Questions to talk about (3)']);
      expect(details[0].open).to.be.false;
      details[0].querySelector('summary')!.focus();
      await sendKeys({ press: 'Enter' });
      expect(details[0].open).to.be.true;
      expect(details[0].querySelectorAll('li')).to.have.length(7);
      await expect(el).to.be.accessible();

      const one = await rubric(
        html`<capacity-rubric .framework=${sample} capacity="problem-understanding"></capacity-rubric>`,
      );
      expect(capacityOf(one, 'problem-understanding').querySelector('details')!.open).to.be.true;
    });

    it('heading-level sets the top heading level; one capacity starts there', async () => {
      const el = await rubric(
        html`<capacity-rubric
          .framework=${sample}
          heading-level="2"
          group="measurement-data"
        ></capacity-rubric>`,
      );
      expect(root(el).querySelector('[part~="group-heading"]')!.localName).to.equal('h2');
      expect(root(el).querySelector('[part~="capacity-heading"]')!.localName).to.equal('h3');
      el.capacity = 'data-routines';
      el.headingLevel = 5;
      await el.updateComplete;
      expect(root(el).querySelector('[part~="group-heading"]')).to.equal(null);
      expect(root(el).querySelector('[part~="capacity-heading"]')!.localName).to.equal('h5');
      expect(root(el).querySelectorAll('[part~="capacity"]')).to.have.length(1);
    });

    it('an unknown group or capacity id is an error part and bp-error, not a blank box', async () => {
      const el = document.createElement('capacity-rubric');
      el.framework = sample;
      el.group = 'no-such-group';
      const event = oneEvent<BpErrorEvent>(el, 'bp-error');
      document.body.append(el);
      try {
        const { detail } = await event;
        expect(detail.errors[0].message).to.contain('no group “no-such-group”');
        const error = part(el, 'error')!;
        expect(error.getAttribute('role')).to.equal('alert');
        expect(error.textContent).to.contain('no-such-group');
        await expect(el).to.be.accessible();
        el.group = undefined;
        await el.updateComplete;
        expect(part(el, 'error')).to.equal(null);
        expect(root(el).querySelectorAll('[part~="capacity"]')).to.have.length(17);
      } finally {
        el.remove();
      }
    });

    it('shows the loading line, and the error part when src fails', async () => {
      const el = await fixture<CapacityRubric>(html`<capacity-rubric src=${MISSING}></capacity-rubric>`);
      await waitUntil(() => part(el, 'error'), 'no error part', { timeout: 4000 });
      expect(part(el, 'error')!.textContent).to.contain('404');
      await expect(el).to.be.accessible();
    });
  });

  describe('answering', () => {
    it('a click anywhere on a level cell chooses it: event, own profile, and a mark that is not only color', async () => {
      const el = await rubric(
        html`<capacity-rubric .framework=${sample} group="measurement-data"></capacity-rubric>`,
      );
      const event = oneEvent<BpRatingChangeEvent>(el, 'bp-rating-change');
      await clickOn(cellOf(el, 'data-routines', 'practicing').querySelector('.indicator')!);
      const { detail } = await event;
      expect(detail.capacityId).to.equal('data-routines');
      expect(detail.rating).to.include({ status: 'rated', levelId: 'practicing' });
      expect(detail.rating?.ratedAt).to.be.a('string');
      expect(detail.profile.ratings['data-routines']).to.deep.equal(detail.rating);
      expect(el.profile).to.equal(detail.profile);
      await el.updateComplete;
      const cell = cellOf(el, 'data-routines', 'practicing');
      expect(checkedValue(el, 'data-routines')).to.equal('level:practicing');
      expect(cell.getAttribute('part')).to.contain('level-chosen');
      expect(cell.textContent).to.contain('Chosen');
      // A thicker ring: the border plus an inset shadow's spread (choosing repaints, it lays nothing out).
      const ring = (c: Element) => {
        const style = getComputedStyle(c);
        const shadow = /inset/.test(style.boxShadow) ? (style.boxShadow.match(/[\d.]+px/g) ?? []) : [];
        return parseFloat(style.borderTopWidth) + parseFloat(shadow[3] ?? '0');
      };
      expect(ring(cell)).to.be.greaterThan(ring(cellOf(el, 'data-routines', 'beginning')));
      expect(ring(cell)).to.be.at.least(3);
      expect(progressText(el)).to.equal('1 of 3 capacities answered');
      await expect(el).to.be.accessible();
    });

    it('choosing the chosen level again un-answers it', async () => {
      const el = await rubric(
        html`<capacity-rubric .framework=${sample} capacity="data-routines"></capacity-rubric>`,
      );
      await clickOn(cellOf(el, 'data-routines', 'leading'));
      await el.updateComplete;
      expect(el.profile?.ratings['data-routines']?.levelId).to.equal('leading');
      const event = oneEvent<BpRatingChangeEvent>(el, 'bp-rating-change');
      await clickOn(cellOf(el, 'data-routines', 'leading').querySelector('.level-label')!);
      const { detail } = await event;
      expect(detail.rating).to.equal(undefined);
      expect(detail.profile.ratings).to.not.have.property('data-routines');
      await el.updateComplete;
      expect(checkedValue(el, 'data-routines')).to.equal(undefined);
      expect(progressText(el)).to.equal('0 of 1 capacity answered');
    });

    it('"Not sure yet" and "Skip" are answers of their own; "Clear" un-answers and keeps focus in the capacity', async () => {
      const el = await rubric(
        html`<capacity-rubric .framework=${sample} capacity="convening"></capacity-rubric>`,
      );
      let event = oneEvent<BpRatingChangeEvent>(el, 'bp-rating-change');
      await clickOn(radio(el, 'convening', 'status:unsure').closest('label')!);
      let { detail } = await event;
      expect(detail.rating).to.include({ status: 'unsure' });
      expect(detail.rating).to.not.have.property('levelId');
      await el.updateComplete;
      expect(radio(el, 'convening', 'status:unsure').closest('label')!.textContent).to.contain('Chosen');
      await expect(el).to.be.accessible();

      event = oneEvent<BpRatingChangeEvent>(el, 'bp-rating-change');
      await clickOn(radio(el, 'convening', 'status:skipped').closest('label')!);
      ({ detail } = await event);
      expect(detail.rating).to.include({ status: 'skipped' });
      expect(el.profile?.ratings.convening.status).to.equal('skipped');
      await el.updateComplete;
      expect(checkedValue(el, 'convening')).to.equal('status:skipped');

      const clear = part(el, 'clear')!;
      expect(clear.textContent.trim()).to.equal('Clear answer');
      event = oneEvent<BpRatingChangeEvent>(el, 'bp-rating-change');
      clear.focus();
      await sendKeys({ press: 'Enter' });
      ({ detail } = await event);
      expect(detail.rating).to.equal(undefined);
      expect(el.profile?.ratings).to.not.have.property('convening');
      await el.updateComplete;
      expect(part(el, 'clear')).to.equal(null);
      expect(checkedValue(el, 'convening')).to.equal(undefined);
      expectFocusOn(radio(el, 'convening', 'level:beginning'));
    });

    it('a note is saved with the answer and never lost when the answer changes; "Clear" removes both', async () => {
      const el = await rubric(html`<capacity-rubric .framework=${sample} capacity="dei"></capacity-rubric>`);
      const note = noteOf(el, 'dei');
      expect(root(el).getElementById(note.getAttribute('aria-describedby')!)!.textContent).to.contain(
        'Not sure yet',
      );
      // A note on an unanswered capacity: saved as "Not sure yet" with the note.
      note.focus();
      let event = oneEvent<BpRatingChangeEvent>(el, 'bp-rating-change');
      await sendKeys({ type: 'Talked it through' });
      await sendKeys({ press: 'Tab' });
      let { detail } = await event;
      expect(detail.rating).to.deep.include({ status: 'unsure', note: 'Talked it through' });
      await el.updateComplete;
      expect(checkedValue(el, 'dei')).to.equal('status:unsure');
      // Without a provider the answer lands in the element's own profile, note included.
      expect(el.profile?.ratings['dei']).to.deep.include({ status: 'unsure', note: 'Talked it through' });

      // Choosing a level keeps the note.
      event = oneEvent<BpRatingChangeEvent>(el, 'bp-rating-change');
      await clickOn(cellOf(el, 'dei', 'developing'));
      ({ detail } = await event);
      expect(detail.rating).to.deep.include({
        status: 'rated',
        levelId: 'developing',
        note: 'Talked it through',
      });
      const ratedAt = detail.rating!.ratedAt;

      // Editing the note keeps the level and when it was chosen.
      await el.updateComplete;
      noteOf(el, 'dei').focus();
      await sendKeys({ press: 'End' });
      event = oneEvent<BpRatingChangeEvent>(el, 'bp-rating-change');
      await sendKeys({ type: ' twice' });
      await sendKeys({ press: 'Tab' });
      ({ detail } = await event);
      expect(detail.rating).to.deep.equal({
        status: 'rated',
        levelId: 'developing',
        note: 'Talked it through twice',
        ratedAt,
      });

      // Taking the level back keeps the note (as "Not sure yet").
      await el.updateComplete;
      event = oneEvent<BpRatingChangeEvent>(el, 'bp-rating-change');
      await clickOn(cellOf(el, 'dei', 'developing'));
      ({ detail } = await event);
      expect(detail.rating).to.deep.include({ status: 'unsure', note: 'Talked it through twice' });
      expect(detail.rating).to.not.have.property('levelId');
      await el.updateComplete;
      expect(noteOf(el, 'dei').value).to.equal('Talked it through twice');

      // "Clear" says it removes the note too, and does.
      const clear = part(el, 'clear')!;
      expect(clear.textContent.trim()).to.equal('Clear answer and note');
      event = oneEvent<BpRatingChangeEvent>(el, 'bp-rating-change');
      await clickOn(clear);
      ({ detail } = await event);
      expect(detail.rating).to.equal(undefined);
      await el.updateComplete;
      expect(noteOf(el, 'dei').value).to.equal('');
      await expect(el).to.be.accessible();
    });

    it('emptying a note removes it from the rating and keeps the answer', async () => {
      const profile: Profile = {
        schema: 'blueprint-profile/1',
        frameworkId: 'improvement-teams',
        ratings: { dei: { status: 'skipped', note: 'later', ratedAt: '2026-01-01T00:00:00.000Z' } },
      };
      const el = await rubric(
        html`<capacity-rubric .framework=${sample} .profile=${profile} capacity="dei"></capacity-rubric>`,
      );
      expect(noteOf(el, 'dei').value).to.equal('later');
      noteOf(el, 'dei').focus();
      const event = oneEvent<BpRatingChangeEvent>(el, 'bp-rating-change');
      await sendKeys({ down: 'Control' });
      await sendKeys({ press: 'a' });
      await sendKeys({ up: 'Control' });
      await sendKeys({ press: 'Backspace' });
      await sendKeys({ press: 'Tab' });
      const { detail } = await event;
      expect(detail.rating).to.deep.equal({ status: 'skipped', ratedAt: '2026-01-01T00:00:00.000Z' });
    });
  });

  describe('keyboard', () => {
    it('Tab into the row, Space chooses, arrows move the choice through levels, "Not sure yet" and "Skip"', async () => {
      const el = await rubric(
        html`<capacity-rubric .framework=${sample} capacity="data-routines"></capacity-rubric>`,
      );
      const summaries = capacityOf(el, 'data-routines').querySelectorAll('summary');
      summaries[summaries.length - 1].focus();
      await sendKeys({ press: 'Tab' });
      expectFocusOn(radio(el, 'data-routines', 'level:beginning'));
      const seen: (string | undefined)[] = [];
      el.addEventListener('bp-rating-change', (e) =>
        seen.push(e.detail.rating?.levelId ?? e.detail.rating?.status),
      );
      await sendKeys({ press: 'Space' });
      for (let i = 0; i < 5; i++) await sendKeys({ press: 'ArrowRight' });
      await sendKeys({ press: 'ArrowLeft' });
      await el.updateComplete;
      expect(seen).to.deep.equal([
        'beginning',
        'developing',
        'practicing',
        'leading',
        'unsure',
        'skipped',
        'unsure',
      ]);
      expect(el.profile?.ratings['data-routines'].status).to.equal('unsure');
      expectFocusOn(radio(el, 'data-routines', 'status:unsure'));
      // Focus is visible on the focused choice.
      const outline = getComputedStyle(radio(el, 'data-routines', 'status:unsure').closest('label')!);
      expect(outline.outlineStyle).to.equal('solid');
      expect(parseFloat(outline.outlineWidth)).to.be.at.least(2);
      // Tab leaves the group: to the note, then (just answered) "Clear answer", named with the capacity.
      await sendKeys({ press: 'Tab' });
      expectFocusOn(noteOf(el, 'data-routines'));
      await sendKeys({ press: 'Tab' });
      expectFocusOn(part(el, 'clear'));
      expect(part(el, 'clear')!.getAttribute('aria-label')).to.match(/^Clear answer for /);
      await expect(el).to.be.accessible();
    });

    it('a whole group can be completed with the keyboard alone', async () => {
      const host = await fixture<HTMLElement>(
        html`<div>
          <button id="before">before</button>
          <capacity-rubric .framework=${sample} group="inclusive-culture"></capacity-rubric>
        </div>`,
      );
      const el = host.querySelector('capacity-rubric')!;
      await ready(el);
      host.querySelector<HTMLButtonElement>('#before')!.focus();
      const ids = ['dei', 'student-agency', 'family-engagement'];
      for (let presses = 0; presses < 80 && progressText(el) !== '3 of 3 capacities answered'; presses++) {
        await sendKeys({ press: 'Tab' });
        const active = deepActive();
        if (active instanceof HTMLInputElement && active.type === 'radio' && !active.checked) {
          // answer with Space, then move one level up with an arrow key
          await sendKeys({ press: 'Space' });
          await sendKeys({ press: 'ArrowRight' });
          await el.updateComplete;
        }
      }
      expect(progressText(el)).to.equal('3 of 3 capacities answered');
      for (const id of ids)
        expect(el.profile?.ratings[id]).to.include({ status: 'rated', levelId: 'developing' });
      expect(part(el, 'next-unanswered')).to.equal(null);
      expect(part(el, 'progress')!.textContent).to.contain('Every capacity has an answer.');
    });
  });

  describe('progress', () => {
    it('counts answers overall and per group, and "next unanswered" moves focus to its first radio', async () => {
      const el = await rubric(
        html`<capacity-rubric .framework=${sample} .profile=${sampleProfile}></capacity-rubric>`,
      );
      const answered = allCapacities.filter((c) => sampleProfile.ratings[c.id]);
      expect(progressText(el)).to.equal(`${answered.length} of 17 capacities answered`);
      // The sentence is not itself a live region: the rubric's own says the progress when it is in use.
      expect(part(el, 'progress-text')!.getAttribute('role')).to.equal(null);
      expect(part(el, 'progress')!.querySelector('[role="status"]')).to.not.equal(null);
      const groupLines = [...root(el).querySelectorAll('[part~="group-progress"]')].map((p) =>
        p.textContent.trim(),
      );
      expect(groupLines).to.deep.equal(
        sample.groups.map(
          (g) =>
            `${g.capacities.filter((c) => sampleProfile.ratings[c.id]).length} of ${g.capacities.length} ${
              g.capacities.length === 1 ? 'capacity' : 'capacities'
            } answered`,
        ),
      );
      // The sample answers are shown: a level, a "Not sure yet", and notes.
      expect(checkedValue(el, 'problem-understanding')).to.equal('level:practicing');
      expect(checkedValue(el, 'data-infrastructure')).to.equal('status:unsure');
      expect(noteOf(el, 'data-infrastructure').value).to.contain('district data office');

      const unanswered = allCapacities.filter((c) => !sampleProfile.ratings[c.id]).map((c) => c.id);
      expect(unanswered.length).to.be.greaterThan(1);
      part(el, 'next-unanswered')!.focus();
      await sendKeys({ press: 'Enter' });
      expectFocusOn(radio(el, unanswered[0], 'level:beginning'));
      await sendKeys({ press: 'Space' });
      await el.updateComplete;
      expect(progressText(el)).to.equal(`${answered.length + 1} of 17 capacities answered`);
      part(el, 'next-unanswered')!.focus();
      await sendKeys({ press: 'Enter' });
      expectFocusOn(radio(el, unanswered[1], 'level:beginning'));
      await expect(el).to.be.accessible();
    });
  });

  describe('step mode', () => {
    it('walks every capacity with Next and Previous, moving focus to each heading', async () => {
      const el = await rubric(html`<capacity-rubric .framework=${sample} mode="step"></capacity-rubric>`);
      const heading = () => root(el).querySelector<HTMLElement>('[part~="capacity-heading"]')!;
      expect(root(el).querySelectorAll('[part~="capacity"]')).to.have.length(1);
      expect(part(el, 'step-position')!.textContent.trim()).to.equal('Capacity 1 of 17');
      expect(heading().textContent.trim()).to.equal(allCapacities[0].label.en);
      expect((part(el, 'previous') as HTMLButtonElement).disabled).to.be.true;
      await expect(el).to.be.accessible();
      for (let i = 1; i < allCapacities.length; i++) {
        part(el, 'next')!.focus();
        await sendKeys({ press: 'Enter' });
        await el.updateComplete;
        expect(part(el, 'step-position')!.textContent.trim()).to.equal(`Capacity ${i + 1} of 17`);
        expect(heading().textContent.trim()).to.equal(allCapacities[i].label.en);
        expectFocusOn(heading());
      }
      expect((part(el, 'next') as HTMLButtonElement).disabled).to.be.true;
      await clickOn(part(el, 'previous')!);
      await el.updateComplete;
      expect(heading().textContent.trim()).to.equal(allCapacities[15].label.en);
      expectFocusOn(heading());
      await expect(el).to.be.accessible();
    });

    it('answers in step mode, and "next unanswered" moves to that capacity', async () => {
      const el = await rubric(
        html`<capacity-rubric .framework=${sample} mode="step" group="measurement-data"></capacity-rubric>`,
      );
      expect(part(el, 'step-position')!.textContent.trim()).to.equal('Capacity 1 of 3');
      await clickOn(cellOf(el, 'practical-measurement', 'leading'));
      await el.updateComplete;
      expect(el.profile?.ratings['practical-measurement'].levelId).to.equal('leading');
      part(el, 'next-unanswered')!.focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(part(el, 'step-position')!.textContent.trim()).to.equal('Capacity 2 of 3');
      expectFocusOn(radio(el, 'data-routines', 'level:beginning'));
    });
  });

  describe('readonly', () => {
    it('shows answers and notes as text, with no inputs at all', async () => {
      const el = await rubric(
        html`<capacity-rubric .framework=${sample} .profile=${sampleProfile} readonly></capacity-rubric>`,
      );
      expect(
        root(el).querySelectorAll('input, textarea, select, button, [role="radio"], [contenteditable]'),
      ).to.have.length(0);
      const answer = (id: string) =>
        capacityOf(el, id).querySelector('[part~="answer"]')!.textContent.replace(/\s+/g, ' ');
      expect(answer('problem-understanding')).to.contain('Practicing');
      expect(answer('problem-understanding')).to.contain('The team shares a picture of the problem');
      expect(answer('problem-understanding')).to.contain('Empathy interviews with 12 students');
      expect(answer('data-infrastructure')).to.contain('Not sure yet');
      const unanswered = allCapacities.find((c) => !sampleProfile.ratings[c.id])!;
      expect(answer(unanswered.id)).to.contain('Not answered yet');
      await expect(el).to.be.accessible();
    });
  });

  describe('inside a provider', () => {
    it('answers update the shared profile, the other widgets and storage; a re-created provider restores them', async () => {
      const provider = await fixture<BlueprintProvider>(
        html`<blueprint-provider src=${SAMPLE}
          ><capacity-rubric capacity="convening"></capacity-rubric><bp-test-widget></bp-test-widget
        ></blueprint-provider>`,
      );
      const el = provider.querySelector('capacity-rubric')!;
      await ready(el);
      const other = provider.querySelector('bp-test-widget')!;
      await other.updateComplete;
      const event = oneEvent<BpRatingChangeEvent>(el, 'bp-rating-change');
      await clickOn(cellOf(el, 'convening', 'practicing'));
      await event;
      expect(provider.profile?.ratings.convening).to.include({ status: 'rated', levelId: 'practicing' });
      expect(el.profile).to.equal(undefined);
      await other.updateComplete;
      expect(other.shadowRoot!.querySelector('[data-capacity="convening"] .value')!.textContent).to.equal(
        'practicing',
      );
      // a note goes to the shared profile too
      noteOf(el, 'convening').focus();
      await sendKeys({ type: 'Monthly' });
      await sendKeys({ press: 'Tab' });
      await waitUntil(() => provider.profile?.ratings.convening.note === 'Monthly');
      const saved = JSON.parse(localStorage.getItem(storageKeyFor('improvement-teams'))!) as Profile;
      expect(saved.ratings.convening).to.include({ levelId: 'practicing', note: 'Monthly' });
      await expect(provider).to.be.accessible();
      provider.remove();
      clearFrameworkCache();

      const again = await fixture<BlueprintProvider>(
        html`<blueprint-provider src=${SAMPLE}
          ><capacity-rubric capacity="convening"></capacity-rubric
        ></blueprint-provider>`,
      );
      const restored = again.querySelector('capacity-rubric')!;
      await ready(restored);
      await waitUntil(
        () => checkedValue(restored, 'convening') === 'level:practicing',
        'answer not restored',
      );
      expect(noteOf(restored, 'convening').value).to.equal('Monthly');
    });

    it("a provider's bars move when the rubric is answered", async () => {
      const provider = await fixture<BlueprintProvider>(
        html`<blueprint-provider persist="off" src=${SAMPLE}
          ><capacity-rubric capacity="student-agency"></capacity-rubric><blueprint-bars></blueprint-bars
        ></blueprint-provider>`,
      );
      const el = provider.querySelector('capacity-rubric')!;
      const bars = provider.querySelector('blueprint-bars')!;
      await ready(el);
      await waitUntil(
        () => bars.shadowRoot!.querySelector('button.bar[data-capacity="student-agency"]'),
        'bars never drew',
      );
      // What the bar says (its accessible name: "Student Agency: Practicing (3 of 4)").
      const row = () =>
        bars
          .shadowRoot!.querySelector('button.bar[data-capacity="student-agency"]')!
          .getAttribute('aria-label')!;
      const mark = () => bars.shadowRoot!.querySelector('.mark[data-capacity="student-agency"]')!;
      /** The part of the bar a person sees: the mark slides inside its track, which clips it. */
      const bar = () => {
        const m = mark().getBoundingClientRect();
        const t = mark().parentElement!.getBoundingClientRect();
        return {
          height: Math.min(m.bottom, t.bottom) - Math.max(m.top, t.top),
          width: Math.min(m.right, t.right) - Math.max(m.left, t.left),
        };
      };
      expect(mark().classList.contains('unanswered')).to.be.true; // an empty slot, no bar
      await clickOn(cellOf(el, 'student-agency', 'practicing'));
      await bars.updateComplete;
      expect(row()).to.contain('Practicing');
      const practicing = bar();
      await clickOn(cellOf(el, 'student-agency', 'beginning'));
      await bars.updateComplete;
      expect(row()).to.contain('Beginning');
      const beginning = bar();
      expect(beginning.height * beginning.width).to.be.lessThan(practicing.height * practicing.width);
    });

    it('follows answers made elsewhere (another widget) at once', async () => {
      const provider = await fixture<BlueprintProvider>(
        html`<blueprint-provider src=${SAMPLE}
          ><capacity-rubric group="network-operations"></capacity-rubric><bp-test-widget></bp-test-widget
        ></blueprint-provider>`,
      );
      const el = provider.querySelector('capacity-rubric')!;
      await ready(el);
      const other = provider.querySelector('bp-test-widget')!;
      await other.updateComplete;
      other
        .shadowRoot!.querySelector<HTMLButtonElement>('[data-capacity="team-roles"] [data-level="leading"]')!
        .click();
      await el.updateComplete;
      expect(checkedValue(el, 'team-roles')).to.equal('level:leading');
      expect(progressText(el)).to.equal('1 of 3 capacities answered');
    });
  });

  describe("a capacity selected elsewhere (the store's selection targets)", () => {
    /** A provider around `inner` and a plain element inside it, standing for the widget a person used. */
    async function inProvider(inner: TemplateResult) {
      const provider = await fixture<BlueprintProvider>(
        html`<blueprint-provider persist="off" src=${SAMPLE}
          ><div id="origin"></div>
          ${inner}</blueprint-provider
        >`,
      );
      const els = [...provider.querySelectorAll('capacity-rubric')];
      for (const el of els) await ready(el);
      return { provider, store: provider.store, origin: provider.querySelector('#origin')!, els };
    }
    const headingOf = (el: CapacityRubric, id: string) =>
      capacityOf(el, id).querySelector<HTMLElement>('[part~="capacity-heading"]')!;

    it('list mode: brings the capacity into view and moves focus to its heading, which says its name', async () => {
      const { store, origin, els } = await inProvider(
        html`<capacity-rubric heading-level="2"></capacity-rubric>`,
      );
      const [el] = els;
      const last = allCapacities[allCapacities.length - 1];
      window.scrollTo(0, 0);
      expect(headingOf(el, last.id).getBoundingClientRect().top).to.be.greaterThan(window.innerHeight);
      const event = oneEvent(origin, 'bp-capacity-select');
      expect(store.canSelect()).to.be.true;
      expect(store.canSelect(last.id)).to.be.true;
      expect(store.select(last.id, origin)).to.be.true;
      expect((await event).detail).to.deep.equal({ capacityId: last.id });
      await el.updateComplete;
      const heading = headingOf(el, last.id);
      expect(root(el).activeElement).to.equal(heading);
      expectFocusOn(heading);
      // What a screen reader announces: a heading (level 3 inside a group at level 2) named by the capacity.
      expect(heading.localName).to.equal('h3');
      expect(heading.textContent.trim()).to.equal(last.label.en);
      expect(heading.getAttribute('tabindex')).to.equal('-1');
      // The ring shows even though no key was pressed (focus moved by script): a mouse user sees it too.
      const ring = getComputedStyle(heading);
      expect(ring.outlineStyle).to.equal('solid');
      expect(ring.outlineWidth).to.equal('3px');
      const box = heading.getBoundingClientRect();
      expect(box.top).to.be.at.least(0);
      expect(box.bottom).to.be.at.most(window.innerHeight);
      expect(store.selected).to.equal(last.id);
      await expect(el).to.be.accessible();
      window.scrollTo(0, 0);
    });

    it('scrolls smoothly only when motion is on', async () => {
      const { store, els } = await inProvider(
        html`<capacity-rubric style="--bp-motion-duration: 200ms"></capacity-rubric>`,
      );
      const [el] = els;
      const calls: (ScrollIntoViewOptions | boolean | undefined)[] = [];
      // Record, on the two capacities, how the rubric scrolls them (instead of scrolling).
      for (const c of [allCapacities[10], allCapacities[12]])
        capacityOf(el, c.id).scrollIntoView = (options) => void calls.push(options);
      try {
        store.select(allCapacities[10].id);
        await el.updateComplete;
        await emulateMedia({ reducedMotion: 'reduce' });
        store.select(allCapacities[12].id);
        await el.updateComplete;
      } finally {
        await emulateMedia({ reducedMotion: 'no-preference' });
      }
      expect(calls).to.deep.equal([
        { block: 'start', behavior: 'smooth' },
        { block: 'start', behavior: 'auto' },
      ]);
      expectFocusOn(headingOf(el, allCapacities[12].id));
    });

    it("step mode goes to the capacity's step and focuses its heading; preventDefault() keeps it where it is", async () => {
      const { provider, store, origin, els } = await inProvider(
        html`<capacity-rubric mode="step"></capacity-rubric>`,
      );
      const [el] = els;
      expect(part(el, 'step-position')!.textContent.trim()).to.equal('Capacity 1 of 17');
      store.select(allCapacities[4].id, origin);
      await el.updateComplete;
      expect(part(el, 'step-position')!.textContent.trim()).to.equal('Capacity 5 of 17');
      expectFocusOn(headingOf(el, allCapacities[4].id));
      expect(deepActive()!.textContent.trim()).to.equal(allCapacities[4].label.en);
      await expect(el).to.be.accessible();

      const prevent = (e: Event) => e.preventDefault();
      provider.addEventListener('bp-capacity-select', prevent);
      expect(store.select(allCapacities[9].id, origin)).to.be.false;
      await el.updateComplete;
      expect(part(el, 'step-position')!.textContent.trim()).to.equal('Capacity 5 of 17');
      expectFocusOn(headingOf(el, allCapacities[4].id));
      expect(store.selected).to.equal(allCapacities[4].id);
      provider.removeEventListener('bp-capacity-select', prevent);
    });

    it('a rubric limited to a group or a capacity claims only those; readonly rubrics show them too', async () => {
      const { store, origin, els } = await inProvider(
        html`<capacity-rubric group="measurement-data"></capacity-rubric
          ><capacity-rubric capacity="convening" readonly></capacity-rubric>`,
      );
      const [group, single] = els;
      const inGroup = sample.groups.find((g) => g.id === 'measurement-data')!.capacities.map((c) => c.id);
      const outside = allCapacities.find((c) => !inGroup.includes(c.id) && c.id !== 'convening')!.id;
      for (const id of inGroup) expect(store.canSelect(id), id).to.be.true;
      expect(store.canSelect('convening')).to.be.true;
      expect(store.canSelect(outside)).to.be.false;

      origin.setAttribute('tabindex', '-1');
      (origin as HTMLElement).focus();
      expect(store.select(outside, origin)).to.be.false;
      await group.updateComplete;
      expect(document.activeElement).to.equal(origin);

      expect(store.select(inGroup[1], origin)).to.be.true;
      await group.updateComplete;
      expectFocusOn(headingOf(group, inGroup[1]));

      expect(store.select('convening', origin)).to.be.true;
      await single.updateComplete;
      expectFocusOn(headingOf(single, 'convening'));
      await expect(single).to.be.accessible();

      // A new scope is what it offers from then on.
      group.group = 'network-operations';
      await group.updateComplete;
      expect(store.canSelect(inGroup[0])).to.be.false;
    });

    it('stops being a target when it leaves the page, and is one again when it comes back', async () => {
      const { provider, store, els } = await inProvider(html`<capacity-rubric></capacity-rubric>`);
      const [el] = els;
      expect(store.canSelect()).to.be.true;
      el.remove();
      expect(store.canSelect()).to.be.false;
      expect(store.select(allCapacities[0].id)).to.be.false;
      provider.append(el);
      await el.updateComplete;
      expect(store.canSelect()).to.be.true;
    });

    it('on its own it registers with its own store and never writes its profile for that', async () => {
      const el = await rubric(html`<capacity-rubric .framework=${sample}></capacity-rubric>`);
      expect(el.profile).to.equal(undefined);
      el.group = 'measurement-data';
      await el.updateComplete;
      expect(el.profile).to.equal(undefined);
    });
  });

  describe('frameworks and languages', () => {
    it('a level without a descriptor for a capacity shows the level summary and says it is general (BELE)', async () => {
      const el = await rubric(
        html`<capacity-rubric src=${BELE} capacity="tl-student-voice"></capacity-rubric>`,
      );
      const emerging = bele.levels.find((l) => l.id === 'emerging')!;
      const input = radio(el, 'tl-student-voice', 'level:emerging');
      const description = root(el).getElementById(input.getAttribute('aria-describedby')!)!.textContent;
      expect(description).to.contain(emerging.summary.en);
      expect(description).to.contain('General description of this level');
      // a level that has its own descriptor does not say so
      const exploring = radio(el, 'tl-student-voice', 'level:exploring');
      expect(
        root(el).getElementById(exploring.getAttribute('aria-describedby')!)!.textContent,
      ).to.not.contain('General description');
      await expect(el).to.be.accessible();
    });

    it('seven levels: side by side in a wide container, a vertical list in a narrow one, never scrolling sideways', async () => {
      // Seven cells of about 11rem each: some 81rem, 1,950 px at this page's 24 px root font.
      const wide = await rubric(
        html`<div style="width: 2000px"><capacity-rubric .framework=${seven}></capacity-rubric></div>`,
      );
      expect(capacityOf(wide, 'a-1').querySelectorAll('[part~="level"]')).to.have.length(7);
      expect(new Set(rowTops(wide, 'a-1')).size).to.equal(1);
      expect(capacityOf(wide, 'b-1').querySelectorAll('[part~="level"]')[1].textContent).to.contain(
        'General description',
      );
      expectNoSidewaysOverflow(wide);
      await expect(wide).to.be.accessible();

      const narrow = await rubric(
        html`<div style="width: 320px"><capacity-rubric .framework=${seven}></capacity-rubric></div>`,
      );
      const tops = rowTops(narrow, 'a-1');
      expect(tops).to.deep.equal([...tops].sort((a, b) => a - b));
      expect(new Set(tops).size).to.equal(7);
      expectNoSidewaysOverflow(narrow);
    });

    it('the layout follows the element’s width, not the window’s', async () => {
      const wide = await rubric(
        html`<div style="width: 1400px">
          <capacity-rubric .framework=${sample} capacity="dei"></capacity-rubric>
        </div>`,
      );
      expect(new Set(rowTops(wide, 'dei')).size).to.equal(1);
      const narrow = await rubric(
        html`<div style="width: 320px">
          <capacity-rubric .framework=${sample} capacity="dei"></capacity-rubric>
        </div>`,
      );
      expect(new Set(rowTops(narrow, 'dei')).size).to.equal(4);
      expectNoSidewaysOverflow(narrow);
      // Narrowing a wide element re-flows it.
      (wide.parentElement as HTMLElement).style.width = '320px';
      await new Promise((r) => requestAnimationFrame(r));
      expect(new Set(rowTops(wide, 'dei')).size).to.equal(4);
    });

    it('very long text (long labels, unbroken words) still lays out at 320 px', async () => {
      const el = await rubric(
        html`<div style="width: 320px">
          <capacity-rubric .framework=${long} mode="step"></capacity-rubric>
        </div>`,
      );
      expectNoSidewaysOverflow(el);
      for (const d of root(el).querySelectorAll('details')) d.open = true;
      expectNoSidewaysOverflow(el);
      const wide = await rubric(
        html`<div style="width: 1200px"><capacity-rubric .framework=${long}></capacity-rubric></div>`,
      );
      expectNoSidewaysOverflow(wide);
      await expect(wide).to.be.accessible();
    });

    it('200 % zoom: a 640 px window with text twice as large still lays out without sideways scrolling', async () => {
      // Zooming to 200 % halves the CSS width and doubles rem: a 640 px window becomes 320 CSS px of
      // twice-size text. Emulated with the root font size doubled in a 320 px column (the rubric sizes in rem).
      const rootStyle = document.documentElement.style;
      const before = rootStyle.fontSize;
      rootStyle.fontSize = '200%';
      try {
        const el = await rubric(
          html`<div style="width: 320px">
            <capacity-rubric .framework=${sample} group="inclusive-culture"></capacity-rubric>
          </div>`,
        );
        expectNoSidewaysOverflow(el);
        // Levels stack one per row at this size.
        expect(new Set(rowTops(el, 'dei')).size).to.equal(4);
      } finally {
        rootStyle.fontSize = before;
      }
    });

    it('speaks the widget’s language, with fallback text marked by its own lang', async () => {
      const el = await rubric(
        html`<capacity-rubric
          .framework=${sample}
          lang="es"
          capacity="problem-understanding"
        ></capacity-rubric>`,
      );
      expect(root(el).querySelector('[part~="capacity-heading"]')!.textContent.trim()).to.equal(
        'Comprender el problema y el sistema',
      );
      expect(
        radio(el, 'problem-understanding', 'status:unsure').closest('label')!.textContent.trim(),
      ).to.equal('Todavía no estamos seguros');
      expect(progressText(el)).to.equal('0 de 1 capacidad con respuesta');
      expect(
        root(el).getElementById(
          radio(el, 'problem-understanding', 'level:beginning').getAttribute('aria-labelledby')!,
        )!.textContent,
      ).to.equal('Inicial');
      // The sample's definition has Spanish: it is shown in the widget's language.
      const definition = capacityOf(el, 'problem-understanding').querySelector('details p')!;
      expect(definition.textContent).to.contain('El equipo estudia el problema');
      expect(definition.closest('[lang]')!.getAttribute('lang')).to.equal('es');
      expect(part(el, 'base')!.getAttribute('lang')).to.equal('es');
      await expect(el).to.be.accessible();

      // A text with no Spanish is still shown, marked lang="en" so that it is read as English.
      const englishOnly = structuredClone(sample) as SampleDoc & {
        groups: { capacities: { definition?: unknown }[] }[];
      };
      englishOnly.groups[0].capacities[0].definition = 'Only written in English.';
      const fallback = await rubric(
        html`<capacity-rubric
          .framework=${englishOnly}
          lang="es"
          capacity="problem-understanding"
        ></capacity-rubric>`,
      );
      const english = capacityOf(fallback, 'problem-understanding').querySelector('details p')!;
      expect(english.textContent).to.contain('Only written in English.');
      expect(english.getAttribute('lang')).to.equal('en');
      await expect(fallback).to.be.accessible();
    });
  });

  describe('a hostile host page', () => {
    it('keeps its own type and controls whatever the page does to fonts, case and buttons', async () => {
      const el = await rubric(html`<capacity-rubric .framework=${sample} capacity="dei"></capacity-rubric>`);
      // test/support/hostile.css sets uppercase, letter-spacing, italic 900 text and restyles buttons and inputs.
      const button = part(el, 'next-unanswered')!;
      const style = getComputedStyle(button);
      expect(style.textTransform).to.equal('none');
      expect(style.letterSpacing).to.equal('normal');
      expect(style.fontStyle).to.equal('normal');
      expect(getComputedStyle(noteOf(el, 'dei')).width).to.not.equal('12px');
      expect(getComputedStyle(cellOf(el, 'dei', 'beginning')).textAlign).to.equal('start');
      expect(radio(el, 'dei', 'level:beginning').getBoundingClientRect().width).to.be.greaterThan(8);
    });
  });

  describe('compact and fast (issue 14)', () => {
    /** A framework of `n` capacities in one group, four levels, a descriptor for each (like the benchmark's). */
    const many = (n: number) => ({
      schema: 'blueprint-framework/1',
      id: 'many',
      version: '1',
      title: 'Many capacities',
      defaultLocale: 'en',
      levels: [1, 2, 3, 4].map((v, rank) => ({ id: `l${v}`, rank, label: `Level ${v}` })),
      groups: [
        {
          id: 'g',
          label: 'Everything',
          capacities: Array.from({ length: n }, (_, i) => ({
            id: `c${i}`,
            label: `Capacity ${i}`,
            descriptors: Object.fromEntries(
              [1, 2, 3, 4].map((v) => [`l${v}`, { summary: `Capacity ${i} at level ${v}` }]),
            ),
          })),
        },
      ],
    });

    it("an answer re-draws only its capacity: the other capacities' DOM is left alone", async () => {
      const el = await rubric(
        html`<capacity-rubric .framework=${sample} group="measurement-data"></capacity-rubric>`,
      );
      const other = capacityOf(el, 'data-infrastructure');
      const records: MutationRecord[] = [];
      const observer = new MutationObserver((r) => records.push(...r));
      observer.observe(other, { subtree: true, childList: true, attributes: true, characterData: true });
      await clickOn(cellOf(el, 'data-routines', 'practicing'));
      await el.updateComplete;
      observer.disconnect();
      expect(checkedValue(el, 'data-routines')).to.equal('level:practicing');
      expect(records).to.have.length(0);
    });

    it('a capacity of 2 to 7 levels holds its cells and one marker each, and an answer keeps the same cells', async () => {
      for (const count of [2, 3, 4, 5, 6, 7]) {
        const ids = Array.from({ length: count }, (_, rank) => `l${rank + 1}`);
        const framework = {
          ...many(0),
          id: `levels-${count}`,
          levels: ids.map((id, rank) => ({ id, rank, label: `Level ${rank + 1}` })),
          groups: [
            {
              id: 'g',
              label: 'Everything',
              capacities: ['c0', 'c1'].map((id) => ({
                id,
                label: `Capacity ${id}`,
                descriptors: Object.fromEntries(ids.map((l) => [l, { summary: `${id} at ${l}` }])),
              })),
            },
          ],
        };
        const el = await rubric(html`<capacity-rubric .framework=${framework}></capacity-rubric>`);
        const levels = capacityOf(el, 'c1').querySelector('[part~="levels"]')!;
        const cells = [...levels.children];
        expect(cells.map((c) => c.getAttribute('part'))).to.deep.equal(Array(count).fill('level'));
        // A list around the cells would add two comments per cell (and one more): the first render clones them all.
        const comments = [...levels.childNodes].filter((n) => n.nodeType === Node.COMMENT_NODE);
        expect(comments, `${count} levels`).to.have.length(count);
        await clickOn(cellOf(el, 'c1', `l${count}`));
        await el.updateComplete;
        expect(checkedValue(el, 'c1')).to.equal(`level:l${count}`);
        // The same nodes (compared by identity): a new answer changes two cells' classes, never the DOM.
        expect([...levels.children].every((c, i) => c === cells[i])).to.be.true;
        expect(cells.at(-1)!.getAttribute('part')).to.equal('level level-chosen');
        el.remove();
      }
    });

    it('a wide capacity reads as a table row: its name, its levels and the other answers side by side, every descriptor shown', async () => {
      const el = await rubric(
        html`<div style="width: 1700px"><capacity-rubric .framework=${sample}></capacity-rubric></div>`,
      );
      const capacity = capacityOf(el, 'data-routines');
      const heading = capacity.querySelector('[part~="capacity-heading"]')!.getBoundingClientRect();
      const cells = [...capacity.querySelectorAll('[part~="level"]')].map((c) => c.getBoundingClientRect());
      const others = [...capacity.querySelectorAll('[part~="other-answer"]')].map((c) =>
        c.getBoundingClientRect(),
      );
      expect(new Set(cells.map((c) => Math.round(c.top))).size).to.equal(1);
      expect(cells[0].left).to.be.greaterThan(heading.right - 1);
      expect(cells[0].top).to.be.below(heading.bottom);
      for (const o of others) expect(o.left).to.be.at.least(cells.at(-1)!.right - 1);
      // nothing is cut off or behind a click: each descriptor is as tall as its text
      for (const d of capacity.querySelectorAll<HTMLElement>('.descriptor'))
        expect(d.scrollHeight).to.be.at.most(d.clientHeight + 1);
      expectNoSidewaysOverflow(el);
      await expect(el).to.be.accessible();
    });

    it('a long list lays out only what is near the viewport, yet all of it is in the document', async () => {
      const el = await rubric(html`<capacity-rubric .framework=${many(40)}></capacity-rubric>`);
      expect(root(el).querySelectorAll('[part~="capacity"]')).to.have.length(40);
      expect(getComputedStyle(capacityOf(el, 'c39')).contentVisibility).to.equal('auto');
      // find-in-page and screen readers read the text, in order
      expect(capacityOf(el, 'c39').textContent).to.contain('Capacity 39 at level 4');
      expect(radio(el, 'c39', 'level:l2').getAttribute('aria-describedby')).to.equal('d.c39.l2');
      // a short list is laid out in full
      const short = await rubric(html`<capacity-rubric .framework=${many(12)}></capacity-rubric>`);
      expect(getComputedStyle(capacityOf(short, 'c11')).contentVisibility).to.equal('visible');
    });

    it('a long list: an empty note is a stand-in that looks and reads the same, and becomes the text area as it gets focus', async function () {
      heavy(
        this,
        'a 60-capacity rubric: keyboard, clicks and typing in several notes, then axe over all of it',
      );
      const profile = {
        schema: 'blueprint-profile/1',
        frameworkId: 'many',
        ratings: { c50: { status: 'unsure', note: 'Ask the district' } },
      };
      const el = await rubric(
        html`<div style="width: 900px">
          <capacity-rubric .framework=${many(60)} .profile=${profile}></capacity-rubric>
        </div>`,
      );
      const standIn = (id: string) => capacityOf(el, id).querySelector<HTMLElement>('div[part~="note"]');
      // The first capacities: text areas from the first render.
      expect(noteOf(el, 'c0')).to.exist;
      expect(standIn('c0')).to.equal(null);
      // Further down: a text box with the same name, description and Tab stop, and no text area.
      const box = standIn('c45')!;
      expect(noteOf(el, 'c45')).to.equal(null);
      expect(box.getAttribute('role')).to.equal('textbox');
      expect(box.getAttribute('aria-label')).to.equal('Note for Capacity 45');
      expect(box.getAttribute('aria-describedby')).to.equal('nh.c45');
      expect(box.tabIndex).to.equal(0);
      // A written note is a text area wherever it is (find-in-page and print have its text).
      expect(noteOf(el, 'c50').value).to.equal('Ask the district');

      // The keyboard: Tab from the capacity's choices lands in a text area, in the same place and look.
      box.scrollIntoView({ block: 'center' });
      // Laid out once near the viewport (content-visibility: auto decides in the next frame).
      await nextFrame();
      await nextFrame();
      // Where it is within its capacity (the page may scroll sideways at 900 px), its size and look.
      const look = (e: Element) => {
        const c = capacityOf(el, 'c45').getBoundingClientRect();
        const b = e.getBoundingClientRect();
        const r = { x: b.x - c.x, y: b.y - c.y, width: b.width, height: b.height };
        const st = getComputedStyle(e);
        return (
          [r.x, r.y, r.width, r.height].map(Math.round).join(' ') +
          ` ${st.borderTopWidth} ${st.borderTopColor} ${st.borderRadius} ${st.backgroundColor}`
        );
      };
      const boxLook = look(box);
      radio(el, 'c45', 'level:l1').focus();
      await sendKeys({ press: 'Tab' });
      const note = noteOf(el, 'c45');
      expectFocusOn(note);
      expect(standIn('c45')).to.equal(null);
      expect(look(note)).to.equal(boxLook);
      expect(note.getAttribute('aria-label')).to.equal('Note for Capacity 45');
      expect(note.getAttribute('aria-describedby')).to.equal('nh.c45');
      // Typed and saved on leaving it, as any note.
      await sendKeys({ type: 'Visit in May' });
      const saved = oneEvent<BpRatingChangeEvent>(el, 'bp-rating-change');
      await sendKeys({ press: 'Tab' });
      expect((await saved).detail.rating).to.include({ status: 'unsure', note: 'Visit in May' });
      expect(noteOf(el, 'c45').value).to.equal('Visit in May');

      // A click on the stand-in, and one on its label: the text area, with focus, ready for typing.
      await clickOn(standIn('c47')!);
      expectFocusOn(noteOf(el, 'c47'));
      await sendKeys({ type: 'x' });
      expect(noteOf(el, 'c47').value).to.equal('x');
      await clickOn(capacityOf(el, 'c48').querySelector('.note-label')!);
      expectFocusOn(noteOf(el, 'c48'));
      await expect(el).to.be.accessible();
    });

    it('a long list is drawn in steps, the first screen first, and a capacity not drawn yet is drawn when selected', async function () {
      heavy(this, 'two 200-capacity rubrics drawn in steps, then axe over one of them');
      /** The capacities drawn, by id, each time the rubric's content changes (a step is a task of its own). */
      const watch = (el: CapacityRubric, each?: (ids: string[]) => void) => {
        const seen: string[][] = [];
        const observer = new MutationObserver(() => {
          const ids = [...root(el).querySelectorAll<HTMLElement>('[data-capacity]')].map(
            (c) => c.dataset.capacity!,
          );
          if (ids.length !== seen.at(-1)?.length) (seen.push(ids), each?.(ids));
        });
        observer.observe(root(el), { childList: true, subtree: true });
        return { seen, stop: () => observer.disconnect() };
      };
      const framework = many(200);
      const el = document.createElement('capacity-rubric');
      el.framework = framework;
      const host = await fixture<HTMLElement>(html`<div style="width: 900px"></div>`);
      host.append(el);
      const steps = watch(el);
      // `updateComplete` resolves once every capacity is drawn: code that waits for the element sees them all.
      await ready(el);
      steps.stop();
      const order = Array.from({ length: 200 }, (_, i) => `c${i}`);
      expect(steps.seen.at(-1)).to.deep.equal(order);
      // First the capacities of a first screen and a few more, then more in each step, always in the list's
      // order (what a screen reader reads, and find-in-page finds, is the full list once drawn). (Before the
      // first step, the element may show its loading line: no capacity.)
      const drawnSteps = steps.seen.filter((ids) => ids.length);
      expect(drawnSteps.length, 'steps').to.be.at.least(2);
      expect(drawnSteps[0].length).to.be.within(8, 30);
      for (const ids of drawnSteps) expect(ids).to.deep.equal(order.slice(0, ids.length));
      expect(progressText(el)).to.equal('0 of 200 capacities answered');
      await expect(el).to.be.accessible();

      // In a provider, a capacity selected elsewhere before its step comes is drawn at once and gets focus.
      const provider = await fixture<BlueprintProvider>(
        html`<blueprint-provider persist="off"></blueprint-provider>`,
      );
      const inside = document.createElement('capacity-rubric');
      // How many capacities were drawn when c150 was selected, and whether the store took the selection.
      let selected: { drawn: number; taken: boolean } | undefined;
      provider.append(inside);
      const early = watch(inside, (ids) => {
        if (!selected && ids.length) selected = { drawn: ids.length, taken: provider.store.select('c150') };
      });
      provider.framework = framework;
      await ready(inside);
      early.stop();
      expect(selected).to.deep.equal({ drawn: early.seen.find((ids) => ids.length)!.length, taken: true });
      expect(selected!.drawn, 'selected while partly drawn').to.be.below(200);
      expect(early.seen.at(-1)).to.deep.equal(order);
      const heading = capacityOf(inside, 'c150').querySelector<HTMLElement>('[part~="capacity-heading"]')!;
      await waitUntil(() => root(inside).activeElement === heading, 'focus on the selected capacity');
      expectFocusOn(heading);
      window.scrollTo(0, 0);
    });

    it("the note's hint shows while the note has focus", async () => {
      const el = await rubric(
        html`<capacity-rubric .framework=${sample} capacity="data-routines"></capacity-rubric>`,
      );
      const note = noteOf(el, 'data-routines');
      const hint = root(el).getElementById(note.getAttribute('aria-describedby')!)!;
      expect(hint.getClientRects()).to.have.length(0);
      note.focus();
      expect(hint.getClientRects().length).to.be.greaterThan(0);
      expect(hint.textContent).to.contain('Saved');
    });
  });
});
