/**
 * The DOM `<blueprint-bars>` builds per bar (issue 14: its node count against a hand-written Lit chart). A bar is
 * its button, its name, its track and its mark, with no marker comment or whitespace text between them; a layer
 * (the state words, the preview) joins a bar's track only while it shows, and the button's text still reads
 * "Name not answered", which its accessible name starts with (WCAG 2.5.3).
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/components/blueprint-bars/define.js';
import type { BlueprintBars } from '../../src/components/blueprint-bars/blueprint-bars.js';
import type { Profile } from '../../src/framework/schema.js';

const framework = {
  schema: 'blueprint-framework/1',
  id: 'made',
  version: '1',
  title: 'Made-up framework',
  levels: [0, 1, 2, 3].map((r) => ({ id: `l${r}`, rank: r, label: `Level ${r + 1}` })),
  groups: [0, 1, 2].map((g) => ({
    id: `g${g}`,
    label: `Group ${g + 1}`,
    capacities: Array.from({ length: 8 }, (_, c) => ({
      id: `c${g}-${c}`,
      label: `Capacity ${g + 1}.${c + 1}`,
    })),
  })),
};
const UNANSWERED = 'c1-3';
const UNSURE = 'c2-5';
const ratings: Profile['ratings'] = {};
for (const g of framework.groups)
  for (const [i, c] of g.capacities.entries())
    if (c.id === UNSURE) ratings[c.id] = { status: 'unsure' };
    else if (c.id !== UNANSWERED) ratings[c.id] = { status: 'rated', levelId: `l${i % 4}` };
const profile: Profile = { schema: 'blueprint-profile/1', frameworkId: 'made', ratings };

const root = (el: BlueprintBars) => el.shadowRoot!;
const bar = (el: BlueprintBars, id: string) =>
  root(el).querySelector<HTMLButtonElement>(`button.bar[data-capacity="${id}"]`)!;

/** Every node under `node` (itself left out), in tree order. */
function nodesUnder(node: Node): Node[] {
  const out: Node[] = [];
  const walker = document.createTreeWalker(node, NodeFilter.SHOW_ALL);
  while (walker.nextNode()) out.push(walker.currentNode);
  return out;
}

async function bars(): Promise<BlueprintBars> {
  const el = await fixture<BlueprintBars>(
    html`<blueprint-bars
      style="width: 960px"
      editable
      .framework=${framework}
      .profile=${profile}
    ></blueprint-bars>`,
  );
  await waitUntil(() => root(el).querySelector('button.bar'), 'the bars never rendered', { timeout: 4000 });
  await el.updateComplete;
  return el;
}

describe('<blueprint-bars> DOM per bar', () => {
  it('draws a rated bar as four elements and its name, with nothing between them', async () => {
    const el = await bars();
    expect(root(el).querySelector('.chart')!.classList.contains('horizontal')).to.equal(true);
    for (const b of root(el).querySelectorAll<HTMLButtonElement>('button.bar')) {
      if (b.dataset['capacity'] === UNANSWERED || b.dataset['capacity'] === UNSURE) continue;
      const nodes = nodesUnder(b);
      expect(
        nodes.map((n) => (n instanceof Element ? n.className : `#${n.nodeType}:${n.textContent}`)),
        b.dataset['capacity'],
      ).to.deep.equal([
        'name',
        `#3:${b.querySelector('.name')!.textContent}`,
        'track',
        b.querySelector('.mark')!.className,
      ]);
    }
    // No whitespace-only text between the chart's own elements, but for the space before a bar's state words.
    const plot = root(el).querySelector('.plot')!;
    const blank = nodesUnder(plot).filter((n) => n.nodeType === Node.TEXT_NODE && !n.textContent!.trim());
    expect(blank.map((n) => (n.nextSibling as Element | null)?.className)).to.deep.equal(['state', 'state']);
  });

  it('reads "Name not answered" on a bar with its state in words', async () => {
    const el = await bars();
    for (const id of [UNANSWERED, UNSURE]) {
      const b = bar(el, id);
      const name = b.querySelector('.name')!.textContent;
      const words = b.querySelector('.state')!.textContent;
      expect(words).to.not.equal('');
      expect(b.textContent).to.equal(`${name} ${words}`);
      expect(b.getAttribute('aria-label')!.startsWith(name)).to.equal(true);
    }
  });

  it('adds the preview to a bar while it shows, and takes it away', async () => {
    const el = await bars();
    const b = bar(el, 'c0-0');
    b.focus();
    await sendKeys({ press: 'ArrowRight' });
    await waitUntil(() => b.querySelector('.track > .preview'), 'no preview on the focused bar', {
      timeout: 3000,
    });
    expect(root(el).querySelectorAll('.preview:not(.preview-line)')).to.have.length(1);
    expect(root(el).activeElement === b, 'focus stays on the bar').to.equal(true);
    await expect(el).to.be.accessible();
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => !b.querySelector('.track > .preview'), 'the preview stayed', { timeout: 3000 });
    expect(root(el).activeElement === b, 'focus stays on the bar').to.equal(true);
    // What the template drew for the bar is still there, the mark at its level.
    expect(b.querySelector('.track > .mark.rated.r0')).to.not.equal(null);
  });
});
