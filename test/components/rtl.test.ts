/**
 * Right to left (issue 20): every widget, showing an Arabic framework (test/fixtures/rtl-arabic.json, whose
 * texts are illustrative sentences written for this test), inside `dir="rtl" lang="ar"` at 320 px and
 * 1000 px. What a reader of Arabic needs: nothing sticks out of the widget on either side, text starts at
 * the right (no physically left-aligned text), the horizontal bars grow from the right, arrows that point
 * a way are turned round, and Left/Right keys move the way they point on screen.
 */
import { expect, fixture, html, nextFrame, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { TemplateResult } from 'lit';
import '../../src/all.js';
import { clearFrameworkCache } from '../../src/context/loader.js';
import { heavy, RENDER_TIMEOUT } from '../support/heavy.js';
import { arabicCohort, arabicProfile, type ArabicDoc } from '../fixtures/rtl-arabic-answers.js';

const FIXTURE = new URL('../fixtures/rtl-arabic.json', import.meta.url).href;

type Doc = ArabicDoc;
type Updating = Element & { updateComplete?: Promise<unknown> };

let doc: Doc;
let capacities: string[];

/** A team's answers with a plan, two earlier snapshots and three members' answers; one not sure yet. */
const profile = () => arabicProfile(doc, { unsureLast: true });
/** Six schools' answers, enough for the network view to show counts. */
const cohort = () => arabicCohort(doc, { unsureLast: true });

const WIDGETS: Record<string, () => TemplateResult> = {
  'capacity-rubric': () => html`<capacity-rubric .framework=${doc} .profile=${profile()}></capacity-rubric>`,
  'blueprint-bars': () =>
    html`<blueprint-bars orientation="horizontal" .framework=${doc} .profile=${profile()}></blueprint-bars>`,
  'blueprint-report': () =>
    html`<blueprint-report .framework=${doc} .profile=${profile()}></blueprint-report>`,
  'resource-library': () =>
    html`<resource-library mode="all" .framework=${doc} .profile=${profile()}></resource-library>`,
  'equity-considerations': () =>
    html`<equity-considerations all-levels .framework=${doc} .profile=${profile()}></equity-considerations>`,
  'resource-card': () => html`<resource-card resource-id="mapping-guide" .framework=${doc}></resource-card>`,
  'action-plan': () =>
    html`<action-plan today="2026-03-01" .framework=${doc} .profile=${profile()}></action-plan>`,
  'blueprint-trend': () => html`<blueprint-trend .framework=${doc} .profile=${profile()}></blueprint-trend>`,
  'blueprint-network': () =>
    html`<blueprint-network min-teams="3" .framework=${doc} .cohort=${cohort()}></blueprint-network>`,
  'team-session': () => html`<team-session revealed .framework=${doc} .profile=${profile()}></team-session>`,
  'provider-list': () => html`<provider-list .framework=${doc} .profile=${profile()}></provider-list>`,
};

/** Every element below `root` (a widget: its shadow root), through shadow roots. */
function deep(root: Element | ShadowRoot): Element[] {
  const found: Element[] = [];
  const scope = root instanceof Element && root.shadowRoot ? root.shadowRoot : root;
  for (const el of scope.querySelectorAll('*')) {
    found.push(el);
    if (el.shadowRoot) found.push(...deep(el.shadowRoot));
  }
  return found;
}

async function settled(host: Element): Promise<void> {
  for (let i = 0; i < 3; i++) {
    const pending: Promise<unknown>[] = [];
    for (const e of [host, ...deep(host)] as Updating[]) if (e.updateComplete) pending.push(e.updateComplete);
    await Promise.all(pending);
    await nextFrame();
  }
}

/** Renders `tag` right to left in a box `width` px wide. */
async function rtl(tag: string, width: number): Promise<HTMLElement> {
  const wrapper = await fixture<HTMLElement>(
    html`<div dir="rtl" lang="ar" style="width: ${width}px; padding: 0; margin: 0">${WIDGETS[tag]()}</div>`,
  );
  const el = wrapper.firstElementChild as HTMLElement;
  await waitUntil(() => el.shadowRoot?.querySelector('[part~="base"]'), `<${tag}> never rendered`, {
    timeout: RENDER_TIMEOUT,
  });
  await settled(el);
  return el;
}

/**
 * What sticks out of `host` sideways, on either side: each element's visible part (cut by any ancestor
 * that clips, as a scrolling table's box or the visually hidden data table does) past the host's edges.
 */
function sticksOut(host: HTMLElement): string[] {
  const box = host.getBoundingClientRect();
  return deep(host)
    .flatMap((el) => {
      const r = el.getBoundingClientRect();
      if (!r.width || !r.height || !el.checkVisibility()) return [];
      let { left, right } = r;
      for (let a = el.parentElement ?? (el.getRootNode() as ShadowRoot).host; a && a !== host;) {
        const s = getComputedStyle(a);
        if (s.overflowX !== 'visible' || s.clipPath !== 'none' || s.clip !== 'auto') {
          const ar = a.getBoundingClientRect();
          left = Math.max(left, ar.left);
          right = Math.min(right, ar.right);
        }
        a = a.parentElement ?? (a.getRootNode() as ShadowRoot).host ?? null;
      }
      if (right <= left) return [];
      const by = Math.max(box.left - left, right - box.right);
      return by > 1 ? [`${el.localName}.${el.getAttribute('class') ?? ''} (${Math.round(by)} px)`] : [];
    })
    .slice(0, 10);
}

/** Elements holding text whose alignment is physically left (it should follow the reading direction). */
function leftAligned(host: HTMLElement): string[] {
  return deep(host)
    .filter(
      (el) =>
        [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent?.trim()) &&
        el.checkVisibility() &&
        ['left', '-webkit-left'].includes(getComputedStyle(el).textAlign),
    )
    .map((el) => `${el.localName}.${el.getAttribute('class') ?? ''}`);
}

describe('right to left: an Arabic framework in every widget', function () {
  heavy(this, 'each test renders a whole widget of the Arabic framework and measures every element in it');
  before(async () => {
    doc = (await (await fetch(FIXTURE)).json()) as Doc;
    capacities = doc.groups.flatMap((g) => g.capacities.map((c) => c.id));
  });
  beforeEach(() => {
    localStorage.clear();
    clearFrameworkCache();
  });

  for (const width of [320, 1000])
    for (const tag of Object.keys(WIDGETS))
      it(`<${tag}> at ${width} px: right to left, nothing sticks out, text starts at the right`, async () => {
        const el = await rtl(tag, width);
        expect(getComputedStyle(el).direction).to.equal('rtl');
        expect(el.shadowRoot!.textContent).to.match(/[\u0600-\u06FF]/, 'the Arabic framework is shown');
        expect(el.scrollWidth, 'scrollWidth ≤ clientWidth').to.be.at.most(el.clientWidth);
        expect(sticksOut(el)).to.deep.equal([]);
        expect(leftAligned(el)).to.deep.equal([]);
        if (width === 320) await expect(el).to.be.accessible();
      });

  it('the checks find what is wrong: a part sticking out on the left, left-aligned text', async () => {
    const el = await rtl('resource-card', 320);
    const base = el.shadowRoot!.querySelector('[part~="base"]')!;
    const wide = document.createElement('p');
    wide.className = 'planted-wide';
    wide.style.cssText = 'inline-size: 400px; margin: 0';
    wide.textContent = 'نص أعرض من البطاقة';
    const left = document.createElement('p');
    left.className = 'planted-left';
    left.style.textAlign = 'left';
    left.textContent = 'نص محاذى إلى اليسار';
    // Beside the card's box, not inside it: the box clips what is wider than itself.
    el.shadowRoot!.append(wide);
    base.append(left);
    expect(sticksOut(el).join()).to.include('p.planted-wide');
    expect(leftAligned(el)).to.deep.equal(['p.planted-left']);
  });

  it('the horizontal bars grow from the right edge of their track', async () => {
    const el = await rtl('blueprint-bars', 1000);
    const root = el.shadowRoot!;
    expect(root.querySelector('[part~="chart"]')!.classList.contains('rtl')).to.be.true;
    // Rated "growing", "steady" (the whole track) and "beginning" (see `ratings(1)`).
    for (const id of capacities.slice(0, 3)) {
      const track = root.querySelector(`button.bar[data-capacity="${id}"] [part~="track"]`)!;
      const mark = root.querySelector(`.mark[part~="bar"][data-capacity="${id}"]`)!;
      const t = track.getBoundingClientRect();
      const m = mark.getBoundingClientRect();
      // The mark may run on under the track's clipping edge: what shows of it starts at the right edge.
      const right = t.left + track.clientLeft + track.clientWidth;
      expect(Math.min(m.right, right), id).to.be.closeTo(right, 1);
      if (id !== 'student-voice') expect(m.left, id).to.be.greaterThan(t.left + 1);
    }
  });

  it('the rubric’s step arrows point the way they go: "previous" to the right, "next" to the left', async () => {
    const wrapper = await fixture<HTMLElement>(
      html`<div dir="rtl" lang="ar" style="width: 1000px">
        <capacity-rubric mode="step" .framework=${doc}></capacity-rubric>
      </div>`,
    );
    const el = wrapper.firstElementChild as HTMLElement;
    await waitUntil(() => el.shadowRoot?.querySelector('[part~="next"]'), 'no step buttons', {
      timeout: RENDER_TIMEOUT,
    });
    await settled(el);
    const previous = el.shadowRoot!.querySelector('[part~="previous"]')!;
    const next = el.shadowRoot!.querySelector('[part~="next"]')!;
    // The buttons follow the reading direction: "previous" (back) on the right.
    expect(previous.getBoundingClientRect().left).to.be.greaterThan(next.getBoundingClientRect().left);
    // Each arrow is drawn mirrored, so "←" shows pointing right (back, in right to left) and "→" left.
    for (const button of [previous, next]) {
      const arrow = button.querySelector('[aria-hidden="true"]')!;
      expect(new DOMMatrixReadOnly(getComputedStyle(arrow).transform).a, button.className).to.equal(-1);
    }
  });

  it('the network table: Left and Right arrows move to the cell on that side', async () => {
    const el = await rtl('blueprint-network', 1000);
    const cells = () => [...el.shadowRoot!.querySelectorAll<HTMLElement>('[data-cell]')];
    await waitUntil(() => cells().length > 2, 'the network table has no cells');
    const start = cells().find((c) => c.tabIndex === 0) ?? cells()[0];
    start.focus();
    const focused = () => el.shadowRoot!.activeElement as HTMLElement;
    const x = () => focused().getBoundingClientRect().left;
    await sendKeys({ press: 'ArrowLeft' });
    await settled(el);
    const afterLeft = x();
    expect(afterLeft, 'ArrowLeft moved left').to.be.lessThan(start.getBoundingClientRect().left);
    await sendKeys({ press: 'ArrowRight' });
    await settled(el);
    expect(x(), 'ArrowRight moved back right').to.be.greaterThan(afterLeft);
  });
});
