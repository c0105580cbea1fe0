/**
 * How a capacity's level cells lay out as the rubric gets wider: one row of N when each cell has room, else
 * one clean column, never a row of N and a shorter one (four levels as 3 + 1). The rubric is rendered once
 * per framework and its wrapper resized: the layout follows the element's own width (container queries),
 * so each width is a new layout of the same DOM. Widths are in rem (the hostile test page sets a 24 px root
 * font), plus a 320 px phone.
 */
import { expect, fixture, html, nextFrame, waitUntil } from '@open-wc/testing';
import '../../src/components/capacity-rubric/define.js';
import type { CapacityRubric } from '../../src/components/capacity-rubric/capacity-rubric.js';
import { clearFrameworkCache } from '../../src/context/loader.js';
import { heavy } from '../support/heavy.js';

const SAMPLE = new URL('../../src/data/improvement-teams.json', import.meta.url).href;
const SEVEN = new URL('../fixtures/rubric-seven-levels.json', import.meta.url).href;
const MINIMAL = new URL('../../src/data/minimal.json', import.meta.url).href;

const rem = () => parseFloat(getComputedStyle(document.documentElement).fontSize);

/** The rubric in a wrapper whose width the test sets. */
async function rubricIn(src: string): Promise<{ wrapper: HTMLElement; el: CapacityRubric }> {
  const wrapper = await fixture<HTMLElement>(
    html`<div style="width: 320px"><capacity-rubric src=${src}></capacity-rubric></div>`,
  );
  const el = wrapper.querySelector('capacity-rubric')!;
  await waitUntil(() => el.shadowRoot?.querySelector('[part~="levels"]'), 'the rubric never rendered', {
    timeout: 8000,
  });
  await el.updateComplete;
  return { wrapper, el };
}

async function resize(wrapper: HTMLElement, width: string) {
  wrapper.style.width = width;
  await nextFrame();
}

/** Each capacity's level cells, grouped into rows by their top edge. */
function rowsOf(el: CapacityRubric): { cells: number; rows: number[]; widths: number[] }[] {
  return [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part~="levels"]')].map((levels) => {
    const cells = [...levels.querySelectorAll<HTMLElement>(':scope > .level')];
    const byTop = new Map<number, number>();
    for (const c of cells) {
      const top = Math.round(c.getBoundingClientRect().top);
      byTop.set(top, (byTop.get(top) ?? 0) + 1);
    }
    return {
      cells: cells.length,
      rows: [...byTop.values()],
      widths: cells.map((c) => c.getBoundingClientRect().width),
    };
  });
}

/** Every capacity: one row of all its cells, or one cell per row. */
function expectRowOrColumn(el: CapacityRubric, width: string): 'row' | 'column' {
  const layouts = rowsOf(el);
  expect(layouts.length, 'capacities').to.be.greaterThan(0);
  const kinds = new Set<string>();
  for (const { cells, rows, widths } of layouts) {
    const kind = rows.length === 1 ? 'row' : rows.every((n) => n === 1) ? 'column' : `rows ${rows.join('+')}`;
    expect(kind, `${cells} levels at ${width}`).to.be.oneOf(['row', 'column']);
    if (kind === 'row' && cells > 1) {
      // A cell in a row keeps room for its words: about 9rem at least (11rem where the levels have the
      // whole width; a little less beside the name in the wide rubric's table row).
      expect(Math.min(...widths) / rem(), `narrowest cell at ${width} (rem)`).to.be.at.least(9);
    }
    kinds.add(kind);
  }
  expect(kinds.size, `one layout for every capacity at ${width}`).to.equal(1);
  return [...kinds][0] as 'row' | 'column';
}

function expectNoSidewaysOverflow(el: CapacityRubric) {
  const box = el.getBoundingClientRect();
  const wide = [...el.shadowRoot!.querySelectorAll<HTMLElement>('*')]
    .filter((n) => n.getBoundingClientRect().right > box.right + 1)
    .map((n) => `${n.localName}.${n.className}`);
  expect(wide, 'elements wider than the element').to.deep.equal([]);
}

const WIDTHS = ['320px', '24rem', '30rem', '36rem', '42rem', '48rem', '54rem', '60rem', '70rem', '84rem'];

describe('<capacity-rubric> level cells: one row of N, or one column', function () {
  heavy(this, 'renders whole sample rubrics and lays each out at ten widths, then axe');
  beforeEach(() => clearFrameworkCache());

  for (const [name, src, levels] of [
    ['four levels (the sample)', SAMPLE, 4],
    ['seven levels', SEVEN, 7],
    ['two levels (minimal)', MINIMAL, 2],
  ] as const) {
    it(`${name}: a row where they fit, a column where not, never an orphan row`, async () => {
      const { wrapper, el } = await rubricIn(src);
      expect(rowsOf(el)[0].cells).to.equal(levels);
      const seen: string[] = [];
      for (const width of WIDTHS) {
        await resize(wrapper, width);
        seen.push(expectRowOrColumn(el, width));
        expectNoSidewaysOverflow(el);
      }
      // At 320 px (with this page's 24 px rem) every framework's levels stack.
      expect(seen[0]).to.equal('column');
      // Once in a row, wider stays in a row.
      const firstRow = seen.indexOf('row');
      if (firstRow >= 0) expect(seen.slice(firstRow).every((k) => k === 'row')).to.be.true;
      // The sample's four levels and the minimal two are one row at the widest width.
      if (levels <= 4) expect(seen[seen.length - 1]).to.equal('row');
      await expect(el).to.be.accessible();
    });
  }

  it('at 320 px a capacity reads top to bottom: the level cells are the width of the card', async () => {
    const { el } = await rubricIn(SAMPLE);
    const levels = el.shadowRoot!.querySelector<HTMLElement>('[part~="levels"]')!;
    const cells = [...levels.querySelectorAll<HTMLElement>(':scope > .level')];
    for (const c of cells)
      expect(Math.round(c.getBoundingClientRect().width)).to.equal(
        Math.round(levels.getBoundingClientRect().width),
      );
    expectNoSidewaysOverflow(el);
    expect(document.documentElement.scrollWidth).to.be.at.most(window.innerWidth);
  });
});
