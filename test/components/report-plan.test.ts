/**
 * The report's action-plan parts (issue 18): the plan (loaded on first use), "Since last time", the plan's
 * downloads, owners in share links, and the plan in print.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import '../../src/components/blueprint-report/define.js';
import '../../src/components/blueprint-provider/define.js';
import type { ActionPlan } from '../../src/components/action-plan/action-plan.js';
import type { BlueprintReport } from '../../src/components/blueprint-report/blueprint-report.js';
import type { BlueprintProvider } from '../../src/components/blueprint-provider/blueprint-provider.js';
import { profileTextFromFragment, type Profile } from '../../src/framework/index.js';
import { heavy } from '../support/heavy.js';

const SAMPLE = new URL('../../src/data/improvement-teams.json', import.meta.url).href;
let sample: unknown;
before(async () => {
  sample = await (await fetch(SAMPLE)).json();
});

const root = (el: Element) => el.shadowRoot!;
const text = (node: Element | undefined | null) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const part = (el: Element, name: string) => root(el).querySelector<HTMLElement>(`[part~="${name}"]`);

const rated = (levelId: string) => ({
  status: 'rated' as const,
  levelId,
  ratedAt: '2026-09-01T00:00:00.000Z',
});

function profile(extra: Partial<Profile> = {}): Profile {
  return {
    schema: 'blueprint-profile/1',
    frameworkId: 'improvement-teams',
    ratings: { dei: rated('developing'), 'student-agency': rated('practicing') },
    ...extra,
  };
}

async function report(p: Profile): Promise<{ provider: BlueprintProvider; el: BlueprintReport }> {
  const provider = await fixture<BlueprintProvider>(html`
    <blueprint-provider persist="off" .framework=${sample} .profile=${p}>
      <blueprint-report></blueprint-report>
    </blueprint-provider>
  `);
  const el = provider.querySelector('blueprint-report')!;
  await waitUntil(() => part(el, 'header'), 'the report renders');
  await el.updateComplete;
  return { provider, el };
}

const PLAN = [
  {
    id: 'a',
    capacityId: 'dei',
    title: 'Equity check',
    status: 'doing' as const,
    owner: 'Rosa',
    due: '2027-01-10',
  },
  { id: 'b', capacityId: 'student-agency', title: 'Student panel', status: 'planned' as const },
];

describe('<blueprint-report> and the action plan', () => {
  it('leaves the plan code unloaded while there is nothing for it', async function () {
    heavy(this, 'a whole report');
    const { el } = await report(profile());
    expect(part(el, 'plan')).to.equal(null);
    expect(part(el, 'since')).to.equal(null);
  });

  it('shows the plan, its downloads, and owners only in links that ask for them', async function () {
    heavy(this, 'a whole report with axe');
    const { el } = await report(profile({ plan: PLAN }));
    await waitUntil(() => part(el, 'plan'), 'the plan part loads');
    const plan = part(el, 'plan')!.querySelector<ActionPlan>('action-plan')!;
    await waitUntil(() => root(plan).querySelectorAll('[part~="item"]').length === 2, 'the steps show');
    const tools = text(part(el, 'tools'));
    expect(tools).to.contain('Download the plan (CSV)');
    expect(tools).to.contain('Add due dates to a calendar (.ics)');

    const linked = () => JSON.parse(profileTextFromFragment(new URL(el.shareLink()!).hash)!) as Profile;
    expect(linked().plan!.map((p) => p.owner)).to.deep.equal([undefined, undefined]);
    const box = [...root(el).querySelectorAll<HTMLInputElement>('input[type="checkbox"]')].find((b) =>
      text(b.parentElement).includes('owners'),
    )!;
    expect(box.checked).to.equal(false);
    box.click();
    await el.updateComplete;
    expect(linked().plan![0].owner).to.equal('Rosa');
    // The notice says which.
    const copy = [...root(el).querySelectorAll('button')].find((b) => text(b) === 'Copy a share link')!;
    copy.click();
    await waitUntil(() => text(part(el, 'share')).includes('owners'), 'the notice says it');
    expect(text(part(el, 'share'))).to.contain("The plan's owners (names) are in the link.");
    await expect(el).to.be.accessible();
  });

  it('says what moved since last time, in words', async function () {
    heavy(this, 'a whole report with axe');
    const { provider, el } = await report(
      profile({
        snapshots: [
          {
            takenAt: '2026-06-01',
            label: 'Spring',
            ratings: { dei: rated('beginning'), 'student-agency': rated('practicing') },
          },
        ],
      }),
    );
    await waitUntil(() => part(el, 'since'), 'the part loads');
    const since = text(part(el, 'since'));
    expect(since).to.contain('Since last time');
    expect(since).to.contain('Since the moment saved on June 1, 2026 (“Spring”):');
    expect(since).to.contain('Moved up');
    expect(since).to.contain('Diversity, Equity and Inclusion: from Beginning to Developing');
    expect(since).to.contain('1 other capacity stayed at the same level.');
    // A new moment with no change since: the two newest moments are compared.
    provider.store.saveSnapshot('Fall');
    await el.updateComplete;
    expect(text(part(el, 'since'))).to.match(
      /^Since last time Nothing changed since .* \(“Fall”\)\. Between June 1, 2026 \(“Spring”\) and/,
    );
    await expect(el).to.be.accessible();
  });

  it('prints the plan as a table', async function () {
    heavy(this, 'a whole report in print media');
    const { el } = await report(profile({ plan: PLAN }));
    await waitUntil(() => part(el, 'plan'), 'the plan part loads');
    const plan = part(el, 'plan')!.querySelector<ActionPlan>('action-plan')!;
    await plan.updateComplete;
    await emulateMedia({ media: 'print' });
    try {
      const table = part(plan, 'table')!;
      expect(getComputedStyle(table).display).to.equal('table');
      expect([...table.querySelectorAll('tbody tr')].map((r) => text(r.querySelector('td')))).to.deep.equal([
        'Equity check',
        'Student panel',
      ]);
      expect(getComputedStyle(part(plan, 'tools')!).display).to.equal('none');
    } finally {
      await emulateMedia({ media: 'screen' });
    }
  });
});
