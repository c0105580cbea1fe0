/**
 * <action-plan> (issue 18): from priorities to a plan, edited by keyboard, kept across reloads, exported,
 * printed, merged, and the "moved since" marks after a new snapshot.
 */
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import '../../src/components/action-plan/define.js';
import '../../src/components/blueprint-provider/define.js';
import type { ActionPlan } from '../../src/components/action-plan/action-plan.js';
import type { BlueprintProvider } from '../../src/components/blueprint-provider/blueprint-provider.js';
import type { BpProfileEditEvent, BpWarningEvent } from '../../src/events/index.js';
import type { PlanItem, Profile } from '../../src/framework/schema.js';
import { heavy } from '../support/heavy.js';
import { longTasksDuring } from '../support/long-tasks.js';

const SAMPLE = new URL('../../src/data/improvement-teams.json', import.meta.url).href;
let sample: unknown;

before(async () => {
  sample = await (await fetch(SAMPLE)).json();
});

const KEY = 'bp-test:action-plan';
afterEach(() => localStorage.removeItem(KEY));

const root = (el: ActionPlan) => el.shadowRoot!;
const text = (node: Element | undefined | null) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const items = (el: ActionPlan) => [...root(el).querySelectorAll<HTMLElement>('[part~="item"]')];
const buttons = (el: ActionPlan | Element, label: string) =>
  [...((el as ActionPlan).shadowRoot ?? el).querySelectorAll<HTMLButtonElement>('button')].filter((b) =>
    text(b).startsWith(label),
  );
const focused = (el: ActionPlan) => root(el).activeElement as HTMLElement | null;
const notice = (el: ActionPlan) => text(root(el).querySelector('[role="status"]'));

/** A profile at Developing in DEI, which is a priority. */
function start(plan?: PlanItem[], extra: Partial<Profile> = {}): Profile {
  return {
    schema: 'blueprint-profile/1',
    frameworkId: 'improvement-teams',
    updatedAt: '2026-09-01T10:00:00.000Z',
    ratings: { dei: { status: 'rated', levelId: 'developing', ratedAt: '2026-09-01T09:00:00.000Z' } },
    extensions: { 'blueprint-widgets': { priorities: ['dei'] } },
    ...(plan ? { plan } : {}),
    ...extra,
  };
}

const item = (fields: Partial<PlanItem> & { id: string }): PlanItem => ({
  capacityId: 'dei',
  title: `Step ${fields.id}`,
  status: 'planned',
  ...fields,
});

async function page(profile?: Profile, attrs: { today?: string } = {}) {
  if (profile) localStorage.setItem(KEY, JSON.stringify(profile));
  const provider = await fixture<BlueprintProvider>(html`
    <blueprint-provider storage-key=${KEY} .framework=${sample}>
      <action-plan today=${attrs.today ?? '2026-10-01'}></action-plan>
    </blueprint-provider>
  `);
  const el = provider.querySelector('action-plan')!;
  await waitUntil(() => root(el).querySelector('.base'), 'the plan renders');
  await el.updateComplete;
  return { provider, el };
}

describe('<action-plan>', () => {
  it('says what to do when the plan is empty, and suggests the priority’s actions', async function () {
    heavy(this, 'axe on a provider page');
    const { el } = await page(start());
    expect(text(root(el).querySelector('.empty'))).to.contain('Your plan is empty');
    const suggestions = text(root(el).querySelector('[part~="suggestions"]'));
    expect(suggestions).to.contain('Diversity');
    expect(suggestions).to.contain('Run an equity check on your aim and tests');
    await expect(el).to.be.accessible();
  });

  it('adds an action from a priority: the step is there, focus is on it, one announcement, one event', async function () {
    heavy(this, 'axe on a provider page');
    const { provider, el } = await page(start());
    const add = buttons(el, 'Add to our plan')[0];
    expect(add.textContent).to.contain('Run an equity check');
    const edited = oneEvent<BpProfileEditEvent>(el, 'bp-profile-edit');
    add.focus();
    await sendKeys({ press: 'Enter' });
    const event = await edited;
    expect(event.detail.edit.kind).to.equal('plan');
    await el.updateComplete;
    const [step] = items(el);
    expect(text(step)).to.contain('Run an equity check on your aim and tests');
    expect(focused(el)?.id).to.equal(`t-${step.dataset.id}`);
    expect(notice(el)).to.equal('Added "Run an equity check on your aim and tests" to your plan.');
    // Stored with the action, its resources, the level it started at and its time stamps.
    const stored = provider.profile!.plan![0] as PlanItem & { extensions: Record<string, unknown> };
    expect(stored).to.include({ actionId: 'dei-developing-1', capacityId: 'dei', status: 'planned' });
    expect(stored.resourceIds).to.deep.equal(['equity-check-tool']);
    expect(stored.createdAt).to.be.a('string');
    expect(stored.extensions['blueprint-widgets']).to.deep.equal({ levelAtStart: 'developing' });
    // The suggestion now says it is in the plan.
    expect(text(root(el).querySelector('.in-plan'))).to.contain('In your plan');
    await expect(el).to.be.accessible();
  });

  it('edits status, owner and due date by keyboard only, and they are there after a reload', async function () {
    heavy(this, 'a provider page, typed input and a reload');
    const { el } = await page(start([item({ id: 'a', title: 'Talk to families' })]));
    root(el).querySelector<HTMLElement>('#t-a')!.focus();
    // Status: Tab to the select, ArrowDown picks "Doing".
    await sendKeys({ press: 'Tab' });
    expect(focused(el)?.id).to.equal('f-status-a');
    await sendKeys({ press: 'ArrowDown' });
    await waitUntil(() => items(el)[0].dataset.status === 'doing', 'status saved');
    expect(notice(el)).to.equal('Saved the status of "Talk to families".');
    // Open the details with Enter.
    await sendKeys({ press: 'Tab' });
    expect(focused(el)?.id).to.equal('e-a');
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(focused(el)?.getAttribute('aria-expanded')).to.equal('true');
    await expect(el).to.be.accessible();
    // Move up and down are disabled for a single step; Remove, then the fields.
    await sendKeys({ press: 'Tab' }); // Remove
    await sendKeys({ press: 'Tab' }); // title
    expect(focused(el)?.id).to.equal('f-title-a');
    await sendKeys({ press: 'Tab' }); // capacity
    await sendKeys({ press: 'Tab' }); // owner
    expect(focused(el)?.id).to.equal('f-owner-a');
    await sendKeys({ type: 'Rosa' });
    await sendKeys({ press: 'Tab' });
    expect(focused(el)?.id).to.equal('f-due-a');
    await waitUntil(() => notice(el) === 'Saved the owner of "Talk to families".', 'owner saved');
    // A date field in the test browser's locale (en-US): month, day, year.
    await sendKeys({ type: '03152027' });
    await waitUntil(() => text(items(el)[0]).includes('March 15, 2027'), 'due date saved');
    expect(text(items(el)[0].querySelector('.meta'))).to.contain('Owner: Rosa');

    // Reload: a new provider on the same storage key.
    const { el: again } = await page();
    const [step] = items(again);
    expect(step.dataset.status).to.equal('doing');
    expect(text(step)).to.contain('Owner: Rosa');
    expect(text(step)).to.contain('Due March 15, 2027');
  });

  it('moves steps up and down keeping focus on the moved step, and removes with Undo', async function () {
    heavy(this, 'a provider page and several renders');
    const { provider, el } = await page(start([item({ id: 'a' }), item({ id: 'b' }), item({ id: 'c' })]));
    root(el).querySelector<HTMLButtonElement>('#mup-c')!.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(provider.profile!.plan!.map((p) => p.id)).to.deep.equal(['a', 'c', 'b']);
    expect(focused(el)?.id).to.equal('mup-c');
    expect(notice(el)).to.equal('Moved "Step c" to 2 of 3.');
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(provider.profile!.plan!.map((p) => p.id)).to.deep.equal(['c', 'a', 'b']);
    // At the top, Move up is disabled: focus goes to Move down of the same step.
    expect(focused(el)?.id).to.equal('mdown-c');

    const remove = buttons(el, 'Remove').find(
      (b) => b.closest<HTMLElement>('[part~="item"]')!.dataset.id === 'a',
    )!;
    remove.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(provider.profile!.plan!.map((p) => p.id)).to.deep.equal(['c', 'b']);
    expect(focused(el)?.id).to.equal('undo');
    expect(notice(el)).to.equal('Removed "Step a".');
    await expect(el).to.be.accessible();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(provider.profile!.plan!.map((p) => p.id)).to.deep.equal(['c', 'a', 'b']);
    expect(focused(el)?.id).to.equal('t-a');
    expect(notice(el)).to.equal('Brought back "Step a".');
  });

  it('filters by status and owner; overdue steps say so in words', async function () {
    heavy(this, 'axe on a provider page');
    const { el } = await page(
      start([
        item({ id: 'late', owner: 'Rosa', due: '2026-09-15' }),
        item({ id: 'done', owner: 'Ben', due: '2026-09-15', status: 'done' }),
        item({ id: 'later', due: '2026-12-01', status: 'doing' }),
      ]),
    );
    const late = items(el).find((i) => i.dataset.id === 'late')!;
    expect(text(late.querySelector('[part~="overdue"]'))).to.equal('!Overdue: it was due September 15, 2026');
    expect(items(el).filter((i) => i.querySelector('[part~="overdue"]'))).to.have.length(1);
    const status = root(el).querySelector<HTMLSelectElement>('#filter-status')!;
    status.focus();
    status.value = 'overdue';
    status.dispatchEvent(new Event('change'));
    await waitUntil(() => notice(el) === 'Showing 1 of 3 items.', 'filter announced');
    expect(items(el).map((i) => i.dataset.id)).to.deep.equal(['late']);
    status.value = 'all';
    status.dispatchEvent(new Event('change'));
    const owner = root(el).querySelector<HTMLSelectElement>('#filter-owner')!;
    owner.focus();
    owner.value = 'Ben';
    owner.dispatchEvent(new Event('change'));
    await waitUntil(() => items(el).length === 1, 'owner filter');
    expect(items(el)[0].dataset.id).to.equal('done');
    // Filtering keeps the focus on the filter.
    expect(focused(el)).to.equal(owner);
    await expect(el).to.be.accessible();
  });

  it('exports CSV with neutralized formulas and an iCalendar file with one event per due date', async function () {
    heavy(this, 'a provider page');
    const hostile = '=cmd|"/c calc"!A1';
    const { el } = await page(
      start([
        item({ id: 'a', title: hostile, owner: 'Rosa', due: '2027-01-10', measure: 'Attendance, up; 5%' }),
        item({ id: 'b', title: 'No date' }),
        item({
          id: 'c',
          title: 'Long '.repeat(30).trim(),
          due: '2027-02-01',
          note: 'Line one\nline two \\ end',
        }),
      ]),
    );
    const fetches: string[] = [];
    const realFetch = window.fetch.bind(window);
    window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
      fetches.push(input instanceof Request ? input.url : input.toString());
      return realFetch(input, init);
    };
    try {
      const csv = el.csv()!;
      const rows = csv
        .replace(/^\uFEFF/, '')
        .trimEnd()
        .split('\r\n');
      expect(rows[0]).to.equal(
        '"Step","Capacity","Owner","Due date","Status","How we will know it worked","Resources","Note"',
      );
      expect(rows).to.have.length(4);
      expect(rows[1]).to.contain(`"'=cmd|""/c calc""!A1"`);
      expect(rows[1]).to.contain('"Rosa","2027-01-10","Planned"');

      const ics = el.ics()!;
      expect(ics.endsWith('\r\n')).to.equal(true);
      expect(ics.split('\r\n').every((l) => new TextEncoder().encode(l).length <= 75)).to.equal(true);
      const unfolded = ics.replace(/\r\n /g, '');
      const events = unfolded.split('BEGIN:VEVENT').slice(1);
      expect(events).to.have.length(2);
      expect(events[0]).to.contain('DTSTART;VALUE=DATE:20270110');
      expect(events[0]).to.contain('UID:a.improvement-teams@blueprint-widgets');
      expect(events[0]).to.match(/DTSTAMP:\d{8}T\d{6}Z/);
      expect(events[0]).to.contain('SUMMARY:=cmd|"/c calc"!A1');
      expect(events[0]).to.contain('How we will know it worked: Attendance\\, up\\; 5%');
      expect(events[1]).to.contain(`SUMMARY:${'Long '.repeat(30).trim()}`);
      expect(events[1]).to.contain('Note: Line one\\nline two \\\\ end');

      // The buttons save the files and say so; nothing goes over the network.
      buttons(el, 'Download the plan (CSV)')[0].click();
      await el.updateComplete;
      expect(notice(el)).to.match(/^Saved improvement-teams-plan-\d{4}-\d{2}-\d{2}\.csv\.$/);
      buttons(el, 'Add due dates to a calendar')[0].click();
      await el.updateComplete;
      expect(notice(el)).to.match(/\.ics\.$/);
      expect(fetches).to.deep.equal([]);
    } finally {
      window.fetch = realFetch;
    }
  });

  it('prints the plan as a table', async function () {
    heavy(this, 'print media emulation');
    const { el } = await page(
      start([item({ id: 'a', title: 'Print me', owner: 'Rosa', due: '2027-01-10' })]),
    );
    const table = root(el).querySelector<HTMLElement>('[part~="table"]')!;
    expect(getComputedStyle(table).display).to.equal('none');
    await emulateMedia({ media: 'print' });
    try {
      expect(getComputedStyle(table).display).to.equal('table');
      expect(getComputedStyle(root(el).querySelector('[part~="list"]')!).display).to.equal('none');
      expect(getComputedStyle(root(el).querySelector('[part~="tools"]')!).display).to.equal('none');
      const cells = [...table.querySelectorAll('tbody td')].map(text);
      expect(cells.slice(0, 5)).to.deep.equal([
        'Print me',
        'Diversity, Equity and Inclusion',
        'Rosa',
        'January 10, 2027',
        'Planned',
      ]);
    } finally {
      await emulateMedia({ media: 'screen' });
    }
  });

  it('marks what moved since a step was planned, right after a new snapshot', async function () {
    heavy(this, 'a provider page');
    const { provider, el } = await page(start());
    const store = provider.store;
    store.clock = () => new Date('2026-09-10T10:00:00.000Z');
    store.addPlanItem({ id: 'a', capacityId: 'dei', title: 'Equity check', status: 'doing' });
    store.addPlanItem({
      id: 'b',
      capacityId: 'family-engagement',
      title: 'Not rated yet',
      status: 'planned',
    });
    store.rate('student-agency', 'beginning');
    store.addPlanItem({ id: 'c', capacityId: 'student-agency', title: 'Agency', status: 'planned' });
    await el.updateComplete;
    // Nothing measured since: no mark yet.
    expect(root(el).querySelectorAll('[part~="movement"]')).to.have.length(0);
    store.clock = () => new Date('2027-01-10T10:00:00.000Z');
    store.rate('dei', 'practicing');
    store.saveSnapshot('Winter');
    await el.updateComplete;
    const mark = (id: string) =>
      text(
        items(el)
          .find((i) => i.dataset.id === id)!
          .querySelector('[part~="movement"]'),
      );
    expect(mark('a')).to.equal('↑Moved up from Developing to Practicing since this was planned');
    expect(mark('b')).to.equal('');
    expect(mark('c')).to.equal('=Still at Beginning since this was planned');
    await expect(el).to.be.accessible();
  });

  it('keeps steps whose capacity, action or resource the framework does not have, and says so', async function () {
    heavy(this, 'axe on a provider page');
    localStorage.setItem(
      KEY,
      JSON.stringify(
        start([
          item({ id: 'gone', capacityId: 'old-capacity', title: 'From last year' }),
          item({ id: 'act', actionId: 'old-action', resourceIds: ['old-resource'], title: 'Old action' }),
        ]),
      ),
    );
    const warned: BpWarningEvent[] = [];
    const provider = await fixture<BlueprintProvider>(html`
      <blueprint-provider
        storage-key=${KEY}
        .framework=${sample}
        @bp-warning=${(e: BpWarningEvent) => warned.push(e)}
      >
        <action-plan today="2026-10-01"></action-plan>
      </blueprint-provider>
    `);
    const el = provider.querySelector('action-plan')!;
    await waitUntil(() => items(el).length === 2, 'both steps kept');
    const paths = warned.flatMap((e) => e.detail.warnings.map((w) => w.path));
    expect(paths).to.include.members(['/plan/0/capacityId', '/plan/1/actionId', '/plan/1/resourceIds/0']);
    const [gone, act] = items(el).map((i) => text(i.querySelector('[part~="stale"]')));
    expect(gone).to.contain('No longer in this framework');
    expect(gone).to.contain('"old-capacity"');
    expect(act).to.contain('"old-action"');
    expect(act).to.contain('"old-resource"');
    await expect(el).to.be.accessible();
  });

  it('merges plan items made by two providers on one storage key', async function () {
    heavy(this, 'two providers on one page');
    localStorage.setItem(KEY, JSON.stringify(start([item({ id: 'shared', title: 'Shared' })])));
    const page2 = await fixture<HTMLElement>(
      html`<div>
        <blueprint-provider id="one" storage-key=${KEY} .framework=${sample}>
          <action-plan today="2026-10-01"></action-plan>
        </blueprint-provider>
        <blueprint-provider id="two" storage-key=${KEY} .framework=${sample}>
          <action-plan today="2026-10-01"></action-plan>
        </blueprint-provider>
      </div>`,
    );
    const [one, two] = [...page2.querySelectorAll<BlueprintProvider>('blueprint-provider')];
    await waitUntil(() => one.profile && two.profile, 'both loaded');
    one.store.addPlanItem({ id: 'mine', capacityId: 'dei', title: 'Mine', status: 'planned' });
    two.store.addPlanItem({ id: 'theirs', capacityId: 'dei', title: 'Theirs', status: 'planned' });
    one.store.updatePlanItem('shared', { owner: 'Ana' });
    await waitUntil(
      () => (one.profile?.plan?.length ?? 0) === 3 && (two.profile?.plan?.length ?? 0) === 3,
      'both see three steps',
    );
    const saved = JSON.parse(localStorage.getItem(KEY)!) as Profile;
    expect(saved.plan!.map((p) => p.id).sort()).to.deep.equal(['mine', 'shared', 'theirs']);
    expect(saved.plan!.find((p) => p.id === 'shared')!.owner).to.equal('Ana');
    two.store.removePlanItem('mine');
    await waitUntil(() => one.profile?.plan?.length === 2, 'removed on both');
    expect(one.profile!.plan!.map((p) => p.id)).to.not.include('mine');
  });

  it('renders 200 steps and applies one edit without a long task', async function () {
    heavy(this, '200 steps and 50 snapshots');
    const plan = Array.from({ length: 200 }, (_, i) =>
      item({
        id: `s${i}`,
        title: `Step number ${i}`,
        owner: `Owner ${i % 7}`,
        due: `2026-${String((i % 12) + 1).padStart(2, '0')}-10`,
      }),
    );
    const snapshots = Array.from({ length: 50 }, (_, i) => ({
      takenAt: new Date(Date.UTC(2024, 0, 1 + i * 7)).toISOString(),
      ratings: { dei: { status: 'rated' as const, levelId: i % 2 ? 'developing' : 'beginning' } },
    }));
    localStorage.setItem(KEY, JSON.stringify(start(plan, { snapshots })));
    const provider = await fixture<BlueprintProvider>(html`
      <blueprint-provider storage-key=${KEY} .framework=${sample}></blueprint-provider>
    `);
    await waitUntil(() => provider.profile?.plan?.length === 200, 'the profile loads');
    const el = document.createElement('action-plan');
    el.today = '2026-10-01';
    const render = await longTasksDuring(async () => {
      provider.append(el);
      await waitUntil(() => root(el)?.querySelector('.base'), 'the plan renders');
      await el.updateComplete;
    });
    expect(items(el)).to.have.length(200);
    expect(render.longest, `longest task ${render.longest} ms`).to.be.below(render.limit);
    const edit = await longTasksDuring(async () => {
      const select = root(el).querySelector<HTMLSelectElement>('#f-status-s100')!;
      select.value = 'done';
      select.dispatchEvent(new Event('change'));
      await el.updateComplete;
    });
    expect(edit.longest, `longest task ${edit.longest} ms`).to.be.below(edit.limit);
  });
});
