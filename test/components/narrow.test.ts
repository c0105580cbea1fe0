/**
 * Every widget at 280 px (a 320 px phone less the page's margins), under the hostile page stylesheet every
 * test page loads (test/support/hostile.css: `* { box-sizing: content-box }`, a 24 px base font…): nothing a
 * person can see inside a widget is wider than the widget. Clipped content (the visually hidden data
 * table, truncated labels) does not count: it is not seen. The demo pages get the same check at 320 px
 * (scripts/demo-smoke.mjs).
 */
import { expect, fixture, html, nextFrame, waitUntil } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import '../../src/all.js';
import { clearFrameworkCache } from '../../src/context/loader.js';
import { ratedProfile, validFramework } from '../framework/fixtures.js';
import { heavy, RENDER_TIMEOUT } from '../support/heavy.js';
import { overflowingParts as overflowing } from '../support/visible-overflow.mjs';

const SAMPLE = new URL('../../src/data/improvement-teams.json', import.meta.url).href;
const SAMPLE_PROFILE = new URL('../../src/data/improvement-teams.profile.json', import.meta.url).href;

type Updating = Element & { updateComplete?: Promise<unknown> };

/** `el` and every element in the shadow roots below it (the report's bars, the library's cards). */
function withNested(el: Element): Updating[] {
  const found: Updating[] = [el];
  for (const child of el.shadowRoot?.querySelectorAll('*') ?? []) found.push(...withNested(child));
  return found;
}

async function at280(template: TemplateResult): Promise<HTMLElement> {
  const wrapper = await fixture<HTMLElement>(html`<div style="width: 280px">${template}</div>`);
  const el = wrapper.firstElementChild as HTMLElement & Updating;
  await waitUntil(
    () => el.shadowRoot?.querySelector('[part~="base"], .base'),
    `<${el.localName}> never rendered`,
    {
      timeout: RENDER_TIMEOUT,
    },
  );
  await el.updateComplete;
  // The bars' resize-driven layout choice: their ResizeObserver fires after a layout, then Lit re-renders.
  // Three frames cover that chain whatever the clock says (a fixed 50 ms sleep did not, on a busy machine);
  // then every nested widget's update.
  for (let i = 0; i < 3; i++) await nextFrame();
  await Promise.all(withNested(el).flatMap((e) => (e.updateComplete ? [e.updateComplete] : [])));
  return el;
}

describe('at 280 px under the hostile page stylesheet', function () {
  heavy(
    this,
    'each test renders a whole widget of the sample framework (the report: with its bars), then axe',
  );
  beforeEach(() => {
    localStorage.clear();
    clearFrameworkCache();
  });

  it('the report, its tools and its bars stay within the element', async () => {
    const profile = (await (await fetch(SAMPLE_PROFILE)).json()) as object;
    const el = await at280(html`<blueprint-report src=${SAMPLE} .profile=${profile}></blueprint-report>`);
    expect(el.shadowRoot!.querySelector('[part~="tools"]')).to.exist;
    expect(overflowing(el)).to.deep.equal([]);
    await expect(el).to.be.accessible();
  });

  for (const orientation of ['horizontal', 'vertical'] as const)
    it(`the bars (${orientation}), their group labels and legend stay within the element`, async () => {
      const doc = validFramework() as object;
      const el = await at280(
        html`<blueprint-bars
          orientation=${orientation}
          .framework=${doc}
          .profile=${ratedProfile({ dei: 'emerging', agency: 'developing', routines: 'leading' })}
        ></blueprint-bars>`,
      );
      expect(el.shadowRoot!.querySelector('[part~="group-label"]')).to.exist;
      expect(overflowing(el)).to.deep.equal([]);
      await expect(el).to.be.accessible();
    });

  for (const tag of ['capacity-rubric', 'equity-considerations', 'resource-library'] as const)
    it(`<${tag}> stays within the element`, async () => {
      const template =
        tag === 'capacity-rubric'
          ? html`<capacity-rubric src=${SAMPLE}></capacity-rubric>`
          : tag === 'equity-considerations'
            ? html`<equity-considerations src=${SAMPLE} all-levels></equity-considerations>`
            : html`<resource-library src=${SAMPLE} mode="all" page-size="4"></resource-library>`;
      const el = await at280(template);
      expect(overflowing(el)).to.deep.equal([]);
      await expect(el).to.be.accessible();
    });
});
