/**
 * One announcement per action, from the widget in use (issue 15). Every live region on the page, in every
 * shadow root, is watched; one rating must change exactly one of them, and moving between bars with the
 * arrow keys none (the focused bar's name already says where focus is).
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import '../../src/components/blueprint-provider/define.js';
import '../../src/components/capacity-rubric/define.js';
import '../../src/components/blueprint-bars/define.js';
import '../../src/components/blueprint-report/define.js';
import '../../src/components/resource-library/define.js';
import type { BlueprintProvider } from '../../src/components/blueprint-provider/blueprint-provider.js';
import type { CapacityRubric } from '../../src/components/capacity-rubric/capacity-rubric.js';
import type { BlueprintBars } from '../../src/components/blueprint-bars/blueprint-bars.js';
import type { BlueprintReport } from '../../src/components/blueprint-report/blueprint-report.js';
import type { ResourceLibrary } from '../../src/components/resource-library/resource-library.js';
import { clearFrameworkCache } from '../../src/context/loader.js';
import { heavy } from '../support/heavy.js';
import { trackTimers, watchLiveRegions } from '../support/live-regions.js';

const SAMPLE = new URL('../../src/data/improvement-teams.json', import.meta.url).href;

async function page() {
  const provider = await fixture<BlueprintProvider>(
    html`<blueprint-provider src=${SAMPLE} persist="off">
      <capacity-rubric></capacity-rubric>
      <blueprint-bars editable orientation="horizontal"></blueprint-bars>
      <blueprint-report></blueprint-report>
      <resource-library page-size="4"></resource-library>
    </blueprint-provider>`,
  );
  const rubric = provider.querySelector<CapacityRubric>('capacity-rubric')!;
  const bars = provider.querySelector<BlueprintBars>('blueprint-bars')!;
  const report = provider.querySelector<BlueprintReport>('blueprint-report')!;
  const library = provider.querySelector<ResourceLibrary>('resource-library')!;
  for (const el of [rubric, bars, report, library])
    await waitUntil(() => el.shadowRoot?.querySelector('[part~="base"]'), `${el.localName} never rendered`, {
      timeout: 6000,
    });
  await Promise.all([rubric, bars, report, library].map((el) => el.updateComplete));
  return { provider, rubric, bars, report, library };
}

describe('one announcement per action', () => {
  beforeEach(() => {
    localStorage.clear();
    clearFrameworkCache();
  });

  it('one rating in the rubric, with bars, report and library on the page: exactly one live-region change', async function () {
    heavy(this, 'four widgets on the full sample, and waiting out the library’s announcement delay');
    const { rubric, library } = await page();
    const timers = trackTimers();
    const watch = watchLiveRegions();
    try {
      const cell = rubric.shadowRoot!.querySelector<HTMLElement>('[data-capacity] [part~="level"]')!;
      cell.scrollIntoView({ block: 'center' });
      const box = cell.getBoundingClientRect();
      await sendMouse({ type: 'click', position: [Math.round(box.x + 12), Math.round(box.y + 12)] });
      await waitUntil(() => cell.querySelector('input')!.checked, 'the level was not chosen');
      // Every widget has drawn the new answer: the library's list and count follow the rating.
      await waitUntil(
        () => library.shadowRoot!.querySelector('[part~="count"]')?.textContent?.includes('match'),
        'the library never followed the rating',
        { timeout: 4000 },
      );
      await timers.settled();
      await new Promise(requestAnimationFrame);
      expect(watch.changes.map((c) => c.text)).to.deep.equal(['1 of 17 capacities answered']);
      expect(rubric.shadowRoot!.contains(watch.changes[0].region)).to.be.true;
    } finally {
      watch.stop();
      timers.restore();
    }
    await expect(rubric).to.be.accessible();
  });

  it('arrow keys between bars change no live region; a level set with the keyboard is said once, by the bars', async function () {
    heavy(this, 'four widgets on the full sample');
    const { bars } = await page();
    const timers = trackTimers();
    const watch = watchLiveRegions();
    try {
      const first = bars.shadowRoot!.querySelector<HTMLButtonElement>('.bar')!;
      first.focus();
      await sendKeys({ press: 'ArrowDown' });
      await sendKeys({ press: 'ArrowDown' });
      await bars.updateComplete;
      expect(bars.shadowRoot!.activeElement).to.equal(bars.shadowRoot!.querySelectorAll('.bar')[2]);
      await timers.settled();
      expect(watch.changes).to.deep.equal([]);
      // A level set from the bars: the bars say it, the rubric's progress and the library stay silent.
      await sendKeys({ press: 'ArrowRight' });
      await sendKeys({ press: 'Enter' });
      await waitUntil(
        () => watch.changes.some((c) => bars.shadowRoot!.contains(c.region)),
        'the bars said nothing',
      );
      await timers.settled();
      await new Promise(requestAnimationFrame);
      const said = watch.changes.filter((c) => !c.text.startsWith('Preview') && !/press/i.test(c.text));
      expect(said.filter((c) => !bars.shadowRoot!.contains(c.region))).to.deep.equal([]);
    } finally {
      watch.stop();
      timers.restore();
    }
  });
});
