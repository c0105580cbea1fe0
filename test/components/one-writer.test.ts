/**
 * One writer for the team's answers: the same act gives the same stored rating whichever way a person (or
 * the page's code) does it, and every notification carries the very profile the store holds.
 */
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/components/blueprint-bars/define.js';
import '../../src/components/blueprint-provider/define.js';
import '../../src/components/capacity-rubric/define.js';
import type { BlueprintBars } from '../../src/components/blueprint-bars/blueprint-bars.js';
import type { BlueprintProvider } from '../../src/components/blueprint-provider/blueprint-provider.js';
import type { CapacityRubric } from '../../src/components/capacity-rubric/capacity-rubric.js';
import type { BpErrorEvent, BpProfileChangeEvent, BpRatingChangeEvent } from '../../src/events/index.js';
import type { Profile, Rating } from '../../src/framework/schema.js';

const SAMPLE = new URL('../../src/data/improvement-teams.json', import.meta.url).href;
const CAPACITY = 'family-engagement';
let sample: { id: string; levels: { id: string; rank: number }[] };
let LOWEST: string;
const CLOCK = new Date('2026-04-01T09:30:00.000Z');
/** Where the team starts each time: "not sure yet" with a note and a field of the host page's own. */
const START: Profile = {
  schema: 'blueprint-profile/1',
  frameworkId: 'improvement-teams',
  ratings: { [CAPACITY]: { status: 'unsure', note: 'ask families first', hostTag: 'p7' } },
};

before(async () => {
  sample = (await (await fetch(SAMPLE)).json()) as typeof sample;
  LOWEST = [...sample.levels].sort((a, b) => a.rank - b.rank)[0].id;
});

interface Page {
  provider: BlueprintProvider;
  rubric: CapacityRubric;
  bars: BlueprintBars;
}

async function page(): Promise<Page> {
  const provider = await fixture<BlueprintProvider>(html`
    <blueprint-provider persist="off" .framework=${sample}>
      <capacity-rubric capacity=${CAPACITY}></capacity-rubric>
      <blueprint-bars editable style="width: 720px"></blueprint-bars>
    </blueprint-provider>
  `);
  const rubric = provider.querySelector('capacity-rubric')!;
  const bars = provider.querySelector('blueprint-bars')!;
  await waitUntil(
    () =>
      rubric.shadowRoot?.querySelector('input[type="radio"]') && bars.shadowRoot?.querySelector('button.bar'),
    'the widgets never rendered',
  );
  provider.store.clock = () => CLOCK;
  return { provider, rubric, bars };
}

/** Starts again from START; resolves when the widgets show it. */
async function restart({ provider, rubric, bars }: Page) {
  provider.profile = structuredClone(START);
  await provider.updateComplete;
  await rubric.updateComplete;
  await bars.updateComplete;
  expect(provider.profile?.ratings[CAPACITY]?.status).to.equal('unsure');
}

/** Checks the notifications of one act against what the store holds, and returns the stored rating. */
async function act(p: Page, origin: HTMLElement, doIt: () => unknown): Promise<Rating> {
  const rating = oneEvent<BpRatingChangeEvent>(origin, 'bp-rating-change');
  const change = oneEvent<BpProfileChangeEvent>(p.provider, 'bp-profile-change');
  await doIt();
  const { detail } = await rating;
  const stored = p.provider.store.profile!;
  expect(detail.profile, 'bp-rating-change carries the stored profile').to.equal(stored);
  expect(detail.profile.updatedAt).to.equal(stored.updatedAt);
  expect(stored.updatedAt).to.equal(CLOCK.toISOString());
  expect(detail.rating).to.equal(stored.ratings[CAPACITY]);
  const changed = await change;
  expect(changed.detail.profile, 'bp-profile-change carries the stored profile').to.equal(stored);
  expect(changed.detail.reason).to.equal('rating');
  expect(p.provider.profile).to.equal(stored);
  expect('handled' in changed || 'ownProfile' in changed, 'events carry no mutable flags').to.be.false;
  return stored.ratings[CAPACITY];
}

describe('one writer for the team’s answers', () => {
  it('a rubric click, a bar keypress and a store call for the same act store identical ratings', async () => {
    const p = await page();

    await restart(p);
    const fromRubric = await act(p, p.rubric, () => {
      p.rubric
        .shadowRoot!.querySelector<HTMLInputElement>(`input[type="radio"][value="level:${LOWEST}"]`)!
        .click();
    });

    await restart(p);
    const fromBar = await act(p, p.bars, async () => {
      p.bars.shadowRoot!.querySelector<HTMLButtonElement>(`button.bar[data-capacity="${CAPACITY}"]`)!.focus();
      await sendKeys({ press: '+' }); // shows the next level on the bar (whichever way the bars lie)
      await sendKeys({ press: 'Enter' }); // sets it
    });

    await restart(p);
    const fromCode = await act(p, p.provider, () => p.provider.store.rate(CAPACITY, LOWEST, p.provider));

    const expected = {
      status: 'rated',
      levelId: LOWEST,
      note: 'ask families first',
      hostTag: 'p7',
      ratedAt: CLOCK.toISOString(),
    };
    expect(fromRubric).to.deep.equal(expected);
    expect(fromBar).to.deep.equal(expected);
    expect(fromCode).to.deep.equal(expected);
  });

  it('Delete on a bar clears the level and keeps the note, and says so; the rubric’s Clear removes both', async () => {
    const p = await page();
    await restart(p);
    p.provider.store.rate(CAPACITY, LOWEST);
    await p.bars.updateComplete;
    const cleared = await act(p, p.bars, async () => {
      p.bars.shadowRoot!.querySelector<HTMLButtonElement>(`button.bar[data-capacity="${CAPACITY}"]`)!.focus();
      await sendKeys({ press: 'Delete' });
    });
    expect(cleared).to.deep.equal({
      status: 'unsure',
      note: 'ask families first',
      hostTag: 'p7',
      ratedAt: CLOCK.toISOString(),
    });
    await p.bars.updateComplete;
    expect(p.bars.shadowRoot!.querySelector('[role="status"]')!.textContent).to.contain('note kept');

    // Answered in the rubric: its "Clear answer" follows the answer just given (issue 15).
    p.rubric
      .shadowRoot!.querySelector<HTMLInputElement>(
        `[data-capacity="${CAPACITY}"] input[value="level:${LOWEST}"]`,
      )!
      .click();
    await p.rubric.updateComplete;
    const clear = p.rubric.shadowRoot!.querySelector<HTMLButtonElement>('[part~="clear"]')!;
    const event = oneEvent<BpRatingChangeEvent>(p.rubric, 'bp-rating-change');
    clear.click();
    const { detail } = await event;
    expect(detail.rating).to.equal(undefined);
    expect(detail.operation).to.deep.equal({ kind: 'clear', capacityId: CAPACITY, keepNote: false });
    expect(p.provider.store.profile!.ratings).to.not.have.property(CAPACITY);
    await expect(p.rubric).to.be.accessible();
  });

  it('a widget on its own keeps the stored profile in its `profile` property, the same object the event carries', async () => {
    const bars = await fixture<BlueprintBars>(
      html`<blueprint-bars
        editable
        style="width: 720px"
        .framework=${sample}
        .profile=${structuredClone(START)}
      ></blueprint-bars>`,
    );
    await waitUntil(() => bars.shadowRoot?.querySelector('button.bar'), 'the bars never rendered');
    bars.shadowRoot!.querySelector<HTMLButtonElement>(`button.bar[data-capacity="${CAPACITY}"]`)!.focus();
    const event = oneEvent<BpRatingChangeEvent>(bars, 'bp-rating-change');
    await sendKeys({ press: '+' });
    await sendKeys({ press: 'Enter' });
    const { detail } = await event;
    expect(bars.profile).to.equal(detail.profile);
    expect(detail.rating).to.include({ status: 'rated', levelId: LOWEST, note: 'ask families first' });
  });

  it('an act on an id the framework does not have changes nothing and says why', async () => {
    const p = await page();
    await restart(p);
    const before = p.provider.store.profile;
    const error = oneEvent<BpErrorEvent>(p.provider, 'bp-error');
    expect(p.provider.store.rate('no-such-capacity', LOWEST, p.provider)).to.equal(undefined);
    expect((await error).detail.errors[0].message).to.contain('no-such-capacity');
    expect(p.provider.store.rate(CAPACITY, 'no-such-level')).to.equal(undefined);
    expect(p.provider.store.profile).to.equal(before);
  });
});
