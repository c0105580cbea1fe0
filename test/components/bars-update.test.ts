/**
 * <blueprint-bars> updates (issue 14): a new view is derived from the one drawn before, reusing the bars whose
 * answer did not change and the words that depend on the framework only. These tests change one thing at a
 * time (an answer, a snapshot compared with, the raters, the counts) through the provider's store (which keeps
 * the answers it did not change as the same objects, so bars are reused) and through the `profile` property, and
 * check that the chart shows every change and nothing stale.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/components/blueprint-bars/define.js';
import '../../src/components/blueprint-provider/define.js';
import type { BlueprintBars } from '../../src/components/blueprint-bars/blueprint-bars.js';
import type { BlueprintProvider } from '../../src/components/blueprint-provider/blueprint-provider.js';
import type { Profile, Rater } from '../../src/framework/schema.js';
import { RENDER_TIMEOUT } from '../support/heavy.js';

const FRAMEWORK = new URL('../../src/data/improvement-teams.json', import.meta.url).href;
const PROFILE = new URL('../../src/data/improvement-teams.profile.json', import.meta.url).href;

let framework: unknown;
let profile: Profile;

const root = (el: BlueprintBars) => el.shadowRoot!;
const bar = (el: BlueprintBars, id: string) =>
  root(el).querySelector<HTMLButtonElement>(`button.bar[data-capacity="${id}"]`)!;
const mark = (el: BlueprintBars, id: string) =>
  root(el).querySelector<HTMLElement>(`.mark[part~="bar"][data-capacity="${id}"]`)!;
const summary = (el: BlueprintBars) => root(el).querySelector('#summary')!.textContent.trim();
const labels = (el: BlueprintBars) =>
  [...root(el).querySelectorAll<HTMLButtonElement>('button.bar')].map((b) => b.getAttribute('aria-label'));
/** The visible part of a mark along its track (0..1): the track clips the mark it moves. */
function reach(el: BlueprintBars, m: Element): number {
  const t = m.closest('[part~="track"]')!.getBoundingClientRect();
  const r = m.getBoundingClientRect();
  return (Math.min(r.right, t.right) - Math.max(r.left, t.left)) / t.width;
}
async function rowText(el: BlueprintBars, id: string): Promise<string> {
  const toggle = root(el).querySelector<HTMLButtonElement>('button[aria-controls="data"]')!;
  if (toggle.getAttribute('aria-expanded') !== 'true') {
    toggle.click();
    await el.updateComplete;
  }
  return root(el).querySelector(`tr[data-capacity="${id}"]`)!.textContent.replace(/\s+/g, ' ').trim();
}

async function providerPage(attrs: { compare?: string; spread?: boolean } = {}) {
  const provider = await fixture<BlueprintProvider>(
    html`<blueprint-provider persist="off" .framework=${framework} .profile=${profile}>
      <blueprint-bars
        orientation="horizontal"
        style="width: 720px; --bp-motion-duration: 0ms"
        compare=${attrs.compare ?? ''}
        ?spread=${attrs.spread ?? false}
      ></blueprint-bars>
    </blueprint-provider>`,
  );
  const el = provider.querySelector('blueprint-bars')!;
  await waitUntil(() => root(el).querySelector('button.bar'), 'the bars never rendered', {
    timeout: RENDER_TIMEOUT,
  });
  await el.updateComplete;
  return { provider, el, store: provider.store };
}

describe('<blueprint-bars> updates: what changed is drawn, nothing stale', () => {
  before(async () => {
    framework = await (await fetch(FRAMEWORK)).json();
    profile = (await (await fetch(PROFILE)).json()) as Profile;
  });

  it('a rating in the store redraws that bar, its name and the summary; the other bars say what they said', async () => {
    const { el, store } = await providerPage();
    const before = labels(el);
    const summaryBefore = summary(el);
    // improvement-leadership is unanswered in the sample: answering it changes the counts too.
    store.rate('improvement-leadership', 'leading');
    await el.updateComplete;
    expect(bar(el, 'improvement-leadership').getAttribute('aria-label')).to.contain('Leading (4 of 4)');
    expect(mark(el, 'improvement-leadership').getAttribute('part')).to.equal('bar rated');
    expect(reach(el, mark(el, 'improvement-leadership'))).to.be.closeTo(1, 0.02);
    expect(summary(el)).not.to.equal(summaryBefore);
    const after = labels(el);
    const changed = after.flatMap((l, i) => (l === before[i] ? [] : [l]));
    expect(changed).to.have.length(1);
    // The same level again: nothing changes; another level: only the words of the level.
    store.rate('improvement-leadership', 'beginning');
    await el.updateComplete;
    expect(bar(el, 'improvement-leadership').getAttribute('aria-label')).to.contain('Beginning (1 of 4)');
    expect(reach(el, mark(el, 'improvement-leadership'))).to.be.closeTo(0.25, 0.02);
    expect(await rowText(el, 'improvement-leadership')).to.contain('Beginning (1 of 4)');
    // Cleared again: back to what it said first.
    store.clear('improvement-leadership', { keepNote: false });
    await el.updateComplete;
    expect(labels(el)).to.deep.equal(before);
    expect(summary(el)).to.equal(summaryBefore);
  });

  it('a new snapshot under the compared name redraws the outlines though no answer changed', async () => {
    const { el, store } = await providerPage({ compare: 'Winter' });
    expect(root(el).querySelectorAll('[part~="track"] .ghost')).to.have.length(0);
    store.saveSnapshot('Winter');
    await el.updateComplete;
    // problem-understanding is at Practicing now, and so in the snapshot.
    const ghost = mark(el, 'problem-understanding').parentElement!.querySelector('.ghost')!;
    expect(ghost).to.exist;
    expect(reach(el, ghost)).to.be.closeTo(0.75, 0.02);
    expect(await rowText(el, 'problem-understanding')).to.contain('no change (Practicing)');
    // A rating after the snapshot: the bar moves, its outline stays, the table says what changed.
    store.rate('problem-understanding', 'leading');
    await el.updateComplete;
    expect(reach(el, mark(el, 'problem-understanding'))).to.be.closeTo(1, 0.02);
    expect(reach(el, ghost)).to.be.closeTo(0.75, 0.02);
    expect(await rowText(el, 'problem-understanding')).to.contain('from Practicing to Leading');
  });

  it('new raters redraw the spread though no answer of the team changed', async () => {
    const { el, store } = await providerPage({ spread: true });
    const dots = () =>
      [...mark(el, 'problem-understanding').parentElement!.querySelectorAll<HTMLElement>('.dot')].map(
        (d) => d.dataset['count'],
      );
    expect(dots(), 'no rater answered it in the sample').to.deep.equal([]);
    const rater: Rater = {
      id: 'rater-new',
      ratings: { 'problem-understanding': { status: 'rated', levelId: 'developing' } },
    };
    store.addRaters([rater]);
    await el.updateComplete;
    expect(dots()).to.deep.equal(['1']);
    expect(await rowText(el, 'problem-understanding')).to.contain('Developing 1');
  });

  it('a new `profile` object with one answer changed redraws it (the profile property, validated again)', async () => {
    const el = await fixture<BlueprintBars>(
      html`<blueprint-bars
        orientation="horizontal"
        style="width: 720px; --bp-motion-duration: 0ms"
        .framework=${framework}
        .profile=${profile}
      ></blueprint-bars>`,
    );
    await waitUntil(() => root(el).querySelector('button.bar'), 'the bars never rendered', {
      timeout: RENDER_TIMEOUT,
    });
    await el.updateComplete;
    const before = labels(el);
    el.profile = {
      ...profile,
      ratings: { ...profile.ratings, 'student-agency': { status: 'rated', levelId: 'leading' } },
    };
    await el.updateComplete;
    expect(bar(el, 'student-agency').getAttribute('aria-label')).to.contain('Leading (4 of 4)');
    expect(reach(el, mark(el, 'student-agency'))).to.be.closeTo(1, 0.02);
    expect(labels(el).filter((l, i) => l !== before[i])).to.have.length(1);
    // Back to the first profile: every bar says what it said first.
    el.profile = profile;
    await el.updateComplete;
    expect(labels(el)).to.deep.equal(before);
  });
});
