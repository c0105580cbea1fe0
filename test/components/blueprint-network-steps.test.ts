/**
 * <blueprint-network>'s heatmap drawn in steps (issue 19: 1,000 teams × 60 capacities "without a long task
 * over 200 ms"), counted rather than timed: each cell is one element with the level's words for screen
 * readers, a new page first draws a few rows and the rest in later steps, the sections below come after the
 * full page, and a redrawn page keeps its height meanwhile.
 * The timings are in `npm run bench:network`.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/components/blueprint-network/define.js';
import type { BlueprintNetwork } from '../../src/components/blueprint-network/blueprint-network.js';
import { FIRST_ROWS } from '../../src/components/blueprint-network/heatmap-steps.js';
import { parseFramework, type FrameworkModel } from '../../src/framework/index.js';
import { generateCohort } from '../support/cohort-generator.js';
import { heavy } from '../support/heavy.js';

const SIXTY = new URL('../fixtures/sixty.json', import.meta.url).href;

let model: FrameworkModel;
let frameworkDoc: unknown;

before(async () => {
  frameworkDoc = await (await fetch(SIXTY)).json();
  const parsed = parseFramework(frameworkDoc);
  if (!parsed.ok) throw new Error('the sixty-capacity framework should parse');
  model = parsed.value;
});

const root = (el: BlueprintNetwork) => el.shadowRoot!;
const bodyRows = (el: BlueprintNetwork) => root(el).querySelectorAll('.heat tbody tr');

/** The heatmap's row count, and whether the level counts are there, at the first render that shows rows. */
interface First {
  readonly el: BlueprintNetwork;
  readonly rows: number;
  readonly distribution: boolean;
}

/** A network of `teams` generated teams, seen as the first step of its heatmap lands in the page. */
async function firstStep(teams: number): Promise<First> {
  const el = await fixture<BlueprintNetwork>(
    html`<blueprint-network .framework=${frameworkDoc}></blueprint-network>`,
  );
  await waitUntil(() => root(el).querySelector('[part~="base"]'));
  // A mutation observer runs right after the render that adds the rows, before any later step.
  const seen = new Promise<First>((resolve) => {
    const observer = new MutationObserver(() => {
      const rows = bodyRows(el).length;
      if (!rows) return;
      observer.disconnect();
      resolve({ el, rows, distribution: !!root(el).querySelector('[part~="distribution"]') });
    });
    observer.observe(root(el), { childList: true, subtree: true });
  });
  el.cohort = generateCohort(model, { teams, seed: 7 });
  return seen;
}

/** Right after the render a change causes, before any later step: the next animation frame callback. */
const beforeNextStep = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));

describe('<blueprint-network> draws its heatmap in steps', function () {
  heavy(this, 'draws pages of 25 teams × 60 capacities, three times');

  it('draws a few rows first, the rest and the sections below in later steps', async () => {
    const { el, rows, distribution } = await firstStep(200);
    expect(rows).to.equal(FIRST_ROWS);
    // The level counts are drawn only once the page is full: in the first step they would be laid out too.
    expect(distribution).to.be.false;
    await el.updateComplete;
    expect(bodyRows(el)).to.have.length(25);
    expect(root(el).querySelector('[part~="distribution"] .dist-row')).to.exist;
    expect(root(el).querySelector('[part~="same-stage"]')).to.exist;
  });

  it('gives every cell one element, with the level in words for screen readers', async () => {
    const { el } = await firstStep(60);
    await el.updateComplete;
    const cells = [...root(el).querySelectorAll('.heat tbody td')];
    expect(cells).to.have.length(25 * (model.capacities.length + 1));
    let rated = 0;
    for (const td of cells) {
      // One element inside (the words), and no text beside it but the mark.
      expect(td.querySelectorAll('*'), td.outerHTML).to.have.length(1);
      const words = td.firstElementChild!;
      expect(words.classList.contains('visually-hidden'), td.outerHTML).to.be.true;
      expect(words.textContent, td.outerHTML).to.not.equal('');
      const texts = [...td.childNodes].filter((n) => n.nodeType === Node.TEXT_NODE && n.textContent !== '');
      expect(texts.length, td.outerHTML).to.be.at.most(1);
      const mark = texts[0]?.textContent ?? '';
      if (/^\d+$/.test(mark)) {
        rated++;
        // "2 Developing": the number, then its level's words.
        expect(words.textContent).to.equal(model.text(model.levels[Number(mark) - 1].label, 'en'));
      }
    }
    expect(rated).to.be.above(25);
  });

  it('keeps the table’s height while a filtered page is drawn again', async () => {
    const { el } = await firstStep(400);
    await el.updateComplete;
    const height = root(el).querySelector<HTMLElement>('.heat')!.offsetHeight;
    const select = root(el).querySelector<HTMLSelectElement>('select[data-key="region"]')!;
    select.value = select.options[1].value;
    select.dispatchEvent(new Event('change'));
    await beforeNextStep();
    expect(bodyRows(el), 'the filtered page starts over').to.have.length(FIRST_ROWS);
    // The sections below stay where they were: the box of the table keeps the full page's height.
    expect(root(el).querySelector<HTMLElement>('.scroll')!.offsetHeight).to.be.at.least(height);
    await el.updateComplete;
    expect(bodyRows(el)).to.have.length(25);
    expect(root(el).querySelector<HTMLElement>('.heat')!.parentElement!.style.minBlockSize).to.equal('');
  });
});
