/**
 * Focus that stays put (issue 15): after an action that re-renders or moves what was focused, focus lands
 * on the same control in its new place, or the next sensible one, never on the page's `<body>`. And the
 * rubric's Tab stops: at most three per answered capacity in list mode, with a "Next unanswered" after the
 * capacity in use.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/components/blueprint-report/define.js';
import '../../src/components/resource-library/define.js';
import '../../src/components/capacity-rubric/define.js';
import type { CapacityRubric } from '../../src/components/capacity-rubric/capacity-rubric.js';
import type { BlueprintReport } from '../../src/components/blueprint-report/blueprint-report.js';
import type { ResourceLibrary } from '../../src/components/resource-library/resource-library.js';
import { clearFrameworkCache } from '../../src/context/loader.js';
import { ratedProfile, validFramework } from '../framework/fixtures.js';

const SAMPLE = new URL('../../src/data/improvement-teams.json', import.meta.url).href;

const text = (node: Element | undefined | null) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** The element that has the focus, looking inside shadow roots. */
function deepActive(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

async function rendered<T extends HTMLElement & { updateComplete: Promise<boolean> }>(el: T): Promise<T> {
  await waitUntil(() => el.shadowRoot?.querySelector('[part~="base"], [part~="error"]'), 'never rendered', {
    timeout: 4000,
  });
  await el.updateComplete;
  return el;
}

describe('focus that stays put', () => {
  beforeEach(() => {
    localStorage.clear();
    clearFrameworkCache();
  });

  describe('<blueprint-report>: "Make this a priority"', () => {
    const toggle = (el: BlueprintReport, id: string) =>
      el.shadowRoot!.querySelector<HTMLInputElement>(
        `[part~="capacity"][data-capacity="${id}"] [part~="priority-toggle"] input`,
      )!;

    it('Space on the checkbox moves the section to the priorities, and focus with it; again, back to its group', async () => {
      const el = await rendered(
        await fixture<BlueprintReport>(
          html`<blueprint-report
            .framework=${validFramework()}
            .profile=${ratedProfile({ dei: 'developing', agency: 'emerging' })}
          ></blueprint-report>`,
        ),
      );
      toggle(el, 'routines').focus();
      await sendKeys({ press: 'Space' });
      await waitUntil(() => el.shadowRoot!.querySelector('[part~="priorities"]'), 'no priorities');
      await el.updateComplete;
      await waitUntil(() => deepActive() === toggle(el, 'routines'), 'focus did not follow the checkbox');
      const focused = deepActive() as HTMLInputElement;
      expect(focused.checked).to.be.true;
      expect(focused.closest('[part~="priorities"]')).to.not.be.null;
      expect(text(focused.closest('label'))).to.equal('Make this a priority: Data routines');
      await expect(el).to.be.accessible();

      // And back: unchecked, the section returns to its group, focus with it.
      await sendKeys({ press: 'Space' });
      await waitUntil(() => !el.shadowRoot!.querySelector('[part~="priorities"]'), 'still a priority');
      await waitUntil(() => deepActive() === toggle(el, 'routines'), 'focus did not come back with it');
      expect((deepActive() as HTMLInputElement).checked).to.be.false;
      expect(deepActive()!.closest('[part~="group"]')).to.not.be.null;
    });

    it('a second priority keeps focus on its own checkbox, not on the one Lit put in its place', async () => {
      const el = await rendered(
        await fixture<BlueprintReport>(
          html`<blueprint-report
            .framework=${validFramework()}
            .profile=${ratedProfile({})}
          ></blueprint-report>`,
        ),
      );
      toggle(el, 'dei').focus();
      await sendKeys({ press: 'Space' });
      await waitUntil(() => deepActive() === toggle(el, 'dei'), 'focus lost after the first');
      toggle(el, 'agency').focus();
      await sendKeys({ press: 'Space' });
      await waitUntil(
        () => el.shadowRoot!.querySelectorAll('[part~="priorities"] [part~="capacity"]').length === 2,
        'two priorities',
      );
      await waitUntil(() => deepActive() === toggle(el, 'agency'), 'focus on another capacity');
      expect((deepActive() as HTMLInputElement).checked).to.be.true;
    });
  });

  describe('<resource-library>: removing a filter chip', () => {
    const chips = (el: ResourceLibrary) => [
      ...el.shadowRoot!.querySelectorAll<HTMLElement>('[part~="chip"]'),
    ];

    it('focus goes to the chip now in its place, then the one before, then the filters', async () => {
      const el = await rendered(
        await fixture<ResourceLibrary>(
          html`<resource-library
            .framework=${validFramework()}
            filters=${'q=guide&audience=team&type=guide'}
          ></resource-library>`,
        ),
      );
      expect(chips(el).map(text)).to.have.length(3);
      // The first chip (the search): the next one takes its place and the focus.
      chips(el)[0].focus();
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => chips(el).length === 2, 'chip not removed');
      await waitUntil(() => deepActive() === chips(el)[0], 'focus not on the chip in its place');
      expect(text(deepActive())).to.not.match(/^Search/);
      // The last chip: the one before it.
      chips(el)[1].focus();
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => chips(el).length === 1, 'chip not removed');
      await waitUntil(() => deepActive() === chips(el)[0], 'focus not on the chip before');
      await expect(el).to.be.accessible();
      // The only chip: the filters' disclosure.
      await sendKeys({ press: 'Space' });
      await waitUntil(() => chips(el).length === 0, 'chip not removed');
      const summary = el.shadowRoot!.querySelector('[part~="filters"] > summary');
      await waitUntil(() => deepActive() === summary, 'focus not on the filters');
      expect(deepActive()).to.not.equal(document.body);
    });
  });

  describe('<capacity-rubric>: Tab stops in list mode', () => {
    /** The capacity block the focused element is in (its id), or where else focus is. */
    const where = (el: CapacityRubric) => {
      const active = deepActive();
      if (!active || !el.shadowRoot!.contains(active)) return 'outside';
      return active.closest<HTMLElement>('[data-capacity]')?.dataset.capacity ?? 'rubric';
    };
    /** Tab until focus leaves `capacityId`: the stops it made in it, each described by its accessible name. */
    async function stopsThrough(el: CapacityRubric, capacityId: string): Promise<string[]> {
      const stops: string[] = [];
      for (let i = 0; i < 20; i++) {
        await sendKeys({ press: 'Tab' });
        await el.updateComplete;
        if (where(el) !== capacityId) return stops;
        const active = deepActive() as HTMLElement;
        stops.push(
          active.getAttribute('aria-label') ??
            (active.localName === 'input' ? `radio ${(active as HTMLInputElement).name}` : text(active)),
        );
      }
      return stops;
    }

    it('an answered capacity is three stops: "About <name>", its choices, its note', async function () {
      const el = await rendered(
        await fixture<CapacityRubric>(
          html`<capacity-rubric src=${SAMPLE} group="inclusive-culture"></capacity-rubric>`,
        ),
      );
      const [first, second, third] = [...el.shadowRoot!.querySelectorAll<HTMLElement>('[data-capacity]')];
      const id = second.dataset.capacity!;
      const name = text(second.querySelector('.capacity-heading'));
      // Answer the second capacity with the keyboard: Tab from the first one's note into it.
      first.querySelector('textarea')!.focus();
      const before = await stopsThrough(el, first.dataset.capacity!);
      expect(before).to.deep.equal([]);
      expect(where(el)).to.equal(id);
      expect(text(deepActive())).to.equal(`About ${name}`);
      await sendKeys({ press: 'Tab' });
      await sendKeys({ press: 'Space' }); // chooses the first level
      await el.updateComplete;
      expect(second.querySelector<HTMLInputElement>('input:checked')).to.not.equal(null);
      // Just answered: the way on ("Next unanswered: <name>") comes right after the note.
      await sendKeys({ press: 'Tab' });
      expect(deepActive()).to.equal(second.querySelector('textarea'));
      await sendKeys({ press: 'Tab' });
      await el.updateComplete;
      const next = deepActive() as HTMLElement;
      expect(text(next)).to.equal(`Next unanswered: ${text(third.querySelector('.capacity-heading'))} →`);
      await expect(el).to.be.accessible();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(deepActive()).to.equal(third.querySelector('input[type="radio"]'));
      expect(el.shadowRoot!.querySelector('[part~="answer-actions"]')).to.equal(null);

      // Now Tab through the answered capacity from the one before it: three stops, each with its name.
      first.querySelector('textarea')!.focus();
      const stops = await stopsThrough(el, id);
      expect(stops).to.have.length.at.most(3);
      expect(stops).to.deep.equal([`About ${name}`, `radio r.${id}`, `Note for ${name}`]);
      expect(where(el)).to.equal(third.dataset.capacity);
    });

    it('an earlier answer is taken back by choosing it again (Space), as its choices say; no "Clear" stop', async () => {
      const el = await rendered(
        await fixture<CapacityRubric>(
          html`<capacity-rubric
            .framework=${validFramework()}
            .profile=${ratedProfile({ dei: 'developing' })}
          ></capacity-rubric>`,
        ),
      );
      const card = el.shadowRoot!.querySelector<HTMLElement>('[data-capacity="dei"]')!;
      expect(card.querySelector('[part~="clear"]')).to.equal(null);
      const fieldset = card.querySelector('fieldset')!;
      const description = el.shadowRoot!.getElementById(fieldset.getAttribute('aria-describedby')!);
      expect(text(description)).to.equal('To take an answer back, choose it again.');
      card.querySelector<HTMLInputElement>('input:checked')!.focus();
      await sendKeys({ press: 'Space' });
      await el.updateComplete;
      expect(el.profile?.ratings).to.not.have.property('dei');
      expect(card.querySelector('input:checked')).to.equal(null);
      expect(deepActive()).to.equal(card.querySelector('input[value="level:developing"]'));
      await expect(el).to.be.accessible();
    });
  });
});
