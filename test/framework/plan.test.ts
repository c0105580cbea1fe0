/**
 * The action plan's pure parts (issue 18): the profile's `plan` rules, the operations, the merge by item
 * id, "moved since planned", "Since last time", the CSV and iCalendar files, and owners in share links.
 */
import { expect } from '@open-wc/testing';
import {
  applyOperation,
  emptyProfile,
  foldLine,
  icsText,
  mergePlans,
  parseProfile,
  planCsv,
  planIcs,
  planMovement,
  profileForLink,
  profileTextFromFragment,
  profileToFragment,
  sinceLastTime,
  withLevelAtStart,
  type PlanExportWords,
  type PlanItem,
  type Profile,
} from '../../src/framework/index.js';
import { mergeProfiles } from '../../src/framework/merge.js';
import { planExportWords } from '../../src/i18n/plan.js';
import { expectError, expectWarning, loadModel, validProfile } from './fixtures.js';

const model = loadModel();
const NOW = new Date('2026-10-01T12:00:00.000Z');
const LATER = new Date('2026-10-02T12:00:00.000Z');
const words: PlanExportWords = planExportWords('en');

const item = (fields: Partial<PlanItem> & { id: string }): PlanItem => ({
  capacityId: 'dei',
  title: `Step ${fields.id}`,
  status: 'planned',
  ...fields,
});

const withPlan = (plan: PlanItem[], extra: Partial<Profile> = {}): Profile => ({
  ...emptyProfile(model),
  plan,
  ...extra,
});

const plan = (op: Parameters<typeof applyOperation>[1] & { kind: 'plan' }, p: Profile, now = NOW) =>
  applyOperation(p, op, now);

describe('plan in a profile document', () => {
  it('keeps items whose capacity, action or resource the framework does not have, warning with their paths', () => {
    const doc = validProfile() as Profile;
    doc.plan = [
      { id: 'a', capacityId: 'gone', title: 'Old', status: 'planned' },
      { id: 'b', capacityId: 'dei', title: 'B', actionId: 'no-such', resourceIds: ['nope'], status: 'doing' },
      { id: 'a', capacityId: 'dei', title: 'Again', status: 'done' },
    ];
    const result = parseProfile(doc, model);
    expect(result.ok).to.equal(true);
    if (!result.ok) return;
    expect(result.value.plan).to.have.length(3);
    expectWarning(result, '/plan/0/capacityId', ['no longer in this framework']);
    expectWarning(result, '/plan/1/actionId', ['no suggested action with id "no-such"']);
    expectWarning(result, '/plan/1/resourceIds/0', ['no resource with id "nope"']);
    expectWarning(result, '/plan/2/id', ['duplicate plan item id "a"']);
  });

  it('refuses a due date that is not a date, with its path', () => {
    const doc = validProfile() as Profile;
    doc.plan = [{ id: 'a', capacityId: 'dei', title: 'A', status: 'planned', due: 'next spring' }];
    expectError(parseProfile(doc, model), '/plan/0/due', ['due date']);
    doc.plan[0].due = '2027-02-30';
    expectError(parseProfile(doc, model), '/plan/0/due', ['due date']);
    doc.plan[0].due = '2027-02-28';
    expect(parseProfile(doc, model).ok).to.equal(true);
  });
});

describe('plan operations', () => {
  it('adds with createdAt and updatedAt, keeping ids unique', () => {
    const p1 = plan({ kind: 'plan', change: { op: 'add', item: item({ id: 'a' }) } }, emptyProfile(model));
    expect(p1.plan![0]).to.include({ id: 'a', createdAt: NOW.toISOString(), updatedAt: NOW.toISOString() });
    expect(p1.updatedAt).to.equal(NOW.toISOString());
    const p2 = plan({ kind: 'plan', change: { op: 'add', item: item({ id: 'a' }), at: 0 } }, p1);
    expect(p2.plan!.map((p) => p.id)).to.deep.equal(['a-2', 'a']);
  });

  it('updates only the fields named, removes emptied optional ones, never empties a required one', () => {
    const p1 = withPlan([item({ id: 'a', owner: 'Ana', note: 'n', hostField: 7 })]);
    const p2 = plan(
      { kind: 'plan', change: { op: 'update', id: 'a', fields: { owner: '', status: 'doing', title: ' ' } } },
      p1,
      LATER,
    );
    expect(p2.plan![0]).to.deep.equal({
      id: 'a',
      capacityId: 'dei',
      title: 'Step a',
      status: 'doing',
      note: 'n',
      hostField: 7,
      updatedAt: LATER.toISOString(),
    });
    // The same values again change nothing: the very profile comes back.
    expect(
      plan({ kind: 'plan', change: { op: 'update', id: 'a', fields: { status: 'doing' } } }, p2),
    ).to.equal(p2);
  });

  it('removes and moves', () => {
    const p1 = withPlan([item({ id: 'a' }), item({ id: 'b' }), item({ id: 'c' })]);
    const moved = plan({ kind: 'plan', change: { op: 'move', id: 'c', to: 0 } }, p1);
    expect(moved.plan!.map((p) => p.id)).to.deep.equal(['c', 'a', 'b']);
    expect(moved.plan![0].updatedAt).to.equal(NOW.toISOString());
    const removed = plan({ kind: 'plan', change: { op: 'remove', id: 'a' } }, moved);
    expect(removed.plan!.map((p) => p.id)).to.deep.equal(['c', 'b']);
    expect(plan({ kind: 'plan', change: { op: 'remove', id: 'zzz' } }, removed)).to.equal(removed);
  });
});

describe('merging plans', () => {
  const a = item({ id: 'a', updatedAt: '2026-10-01T00:00:00.000Z' });
  const b = item({ id: 'b', updatedAt: '2026-10-01T00:00:00.000Z' });
  const c = item({ id: 'c', updatedAt: '2026-10-01T00:00:00.000Z' });

  it('keeps what either side added, in place, and the later edit of an item both changed', () => {
    const mine = [
      a,
      { ...b, owner: 'Mine', updatedAt: '2026-10-03T00:00:00.000Z' },
      item({ id: 'new-mine' }),
    ];
    const theirs = [
      item({ id: 'new-theirs' }),
      a,
      { ...b, owner: 'Theirs', updatedAt: '2026-10-02T00:00:00.000Z' },
    ];
    const merged = mergePlans([a, b], mine, theirs)!;
    expect(merged.map((p) => p.id)).to.deep.equal(['new-theirs', 'a', 'b', 'new-mine']);
    expect(merged.find((p) => p.id === 'b')!.owner).to.equal('Mine');
  });

  it('an item removed on one side stays removed, even if the other side edited it', () => {
    const merged = mergePlans(
      [a, b, c],
      [a, c],
      [a, { ...b, owner: 'X', updatedAt: '2026-11-01T00:00:00.000Z' }, c],
    )!;
    expect(merged.map((p) => p.id)).to.deep.equal(['a', 'c']);
  });

  it('keeps the order of the side that reordered', () => {
    expect(mergePlans([a, b, c], [c, a, b], [a, b, c])!.map((p) => p.id)).to.deep.equal(['c', 'a', 'b']);
    expect(mergePlans([a, b, c], [a, b, c], [b, a, c])!.map((p) => p.id)).to.deep.equal(['b', 'a', 'c']);
  });

  it('is part of the profile merge', () => {
    const base = withPlan([a, b], { updatedAt: '2026-10-01T00:00:00.000Z' });
    const mine = withPlan([a, b, c], { updatedAt: '2026-10-02T00:00:00.000Z' });
    const theirs = withPlan([b], { updatedAt: '2026-10-03T00:00:00.000Z' });
    const { profile } = mergeProfiles(base, mine, theirs);
    expect(profile.plan!.map((p) => p.id)).to.deep.equal(['b', 'c']);
  });
});

describe('moved since planned', () => {
  const created = '2026-09-10T10:00:00.000Z';
  const rated = (levelId: string, ratedAt: string) => ({ status: 'rated' as const, levelId, ratedAt });

  it('compares the level recorded when planned with the answer given after it', () => {
    const step = withLevelAtStart(item({ id: 'a', createdAt: created }), 'emerging');
    const before = withPlan([step], { ratings: { dei: rated('emerging', '2026-09-01T00:00:00.000Z') } });
    expect(planMovement(model, before, step), 'nothing measured since').to.equal(undefined);
    const after = { ...before, ratings: { dei: rated('leading', '2026-10-01T00:00:00.000Z') } };
    const m = planMovement(model, after, step)!;
    expect([m.direction, m.from.id, m.to.id]).to.deep.equal(['up', 'emerging', 'leading']);
  });

  it('without a record, uses the newest snapshot at or before createdAt; a later snapshot counts as measured', () => {
    const step = item({ id: 'a', createdAt: created });
    const profile = withPlan([step], {
      ratings: { dei: rated('developing', '2026-08-01T00:00:00.000Z') },
      snapshots: [
        { takenAt: '2026-06-01', ratings: { dei: rated('emerging', '2026-05-01T00:00:00.000Z') } },
        { takenAt: '2026-09-01', ratings: { dei: rated('leading', '2026-08-01T00:00:00.000Z') } },
        { takenAt: '2026-12-01', ratings: { dei: rated('developing', '2026-08-01T00:00:00.000Z') } },
      ],
    });
    const m = planMovement(model, profile, step)!;
    expect([m.direction, m.from.id, m.to.id]).to.deep.equal(['down', 'leading', 'developing']);
    // No snapshot before, no record: nothing to compare with.
    expect(planMovement(model, { ...profile, snapshots: profile.snapshots!.slice(2) }, step)).to.equal(
      undefined,
    );
  });

  it('says what moved since the newest snapshot, else between the two newest', () => {
    const snapshots = [
      { takenAt: '2026-01-01', ratings: { dei: rated('emerging', ''), agency: rated('leading', '') } },
      { takenAt: '2026-06-01', ratings: { dei: rated('developing', ''), agency: rated('developing', '') } },
    ];
    const now = withPlan([], {
      snapshots,
      ratings: { dei: rated('leading', ''), agency: rated('developing', '') },
    });
    const since = sinceLastTime(model, now)!;
    expect(since.until).to.equal(undefined);
    expect(since.changes.map((c) => [c.capacity.id, c.direction])).to.deep.equal([['dei', 'up']]);
    expect(since.same).to.equal(1);
    const still = withPlan([], { snapshots, ratings: snapshots[1].ratings });
    const between = sinceLastTime(model, still)!;
    expect(between.since).to.equal(snapshots[0]);
    expect(between.until).to.equal(snapshots[1]);
    expect(between.changes.map((c) => [c.capacity.id, c.direction])).to.deep.equal([
      ['dei', 'up'],
      ['agency', 'down'],
    ]);
    expect(sinceLastTime(model, withPlan([]))).to.equal(undefined);
  });
});

describe('plan exports', () => {
  it('writes CSV through the report’s cell writer (formulas neutralized)', () => {
    const csv = planCsv(model, [item({ id: 'a', title: '=cmd', owner: '+1', note: '@x' })], 'en', words);
    const rows = csv
      .replace(/^\uFEFF/, '')
      .trimEnd()
      .split('\r\n');
    expect(rows[1]).to.equal(`"'=cmd","Diversity, equity and inclusion","'+1","","Planned","","","'@x"`);
  });

  it('escapes TEXT and folds lines at 75 octets without splitting a character', () => {
    expect(icsText('a\\b;c,d\r\ne\nf')).to.equal('a\\\\b\\;c\\,d\\ne\\nf');
    const long = 'SUMMARY:' + 'é'.repeat(60);
    const folded = foldLine(long);
    const lines = folded.split('\r\n');
    expect(lines.every((l) => new TextEncoder().encode(l).length <= 75)).to.equal(true);
    expect(lines.slice(1).every((l) => l.startsWith(' '))).to.equal(true);
    expect(folded.replace(/\r\n /g, '')).to.equal(long);
  });

  it('makes one VEVENT per dated item with a stable UID', () => {
    const steps = [
      item({ id: 'a', due: '2027-01-10' }),
      item({ id: 'b' }),
      item({ id: 'c', due: '2027-03-01', status: 'dropped' }),
    ];
    const one = planIcs(model, steps, words, { now: NOW });
    const two = planIcs(model, steps, words, { now: LATER });
    const uids = (ics: string) => ics.match(/^UID:.*$/gm);
    expect(uids(one)).to.deep.equal(['UID:a.test-fw@blueprint-widgets', 'UID:c.test-fw@blueprint-widgets']);
    expect(uids(two)).to.deep.equal(uids(one));
    expect(one).to.contain('DTSTAMP:20261001T120000Z\r\nDTSTART;VALUE=DATE:20270110\r\n');
    expect(one).to.contain('STATUS:CANCELLED');
    expect(one.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:')).to.equal(true);
    expect(one.endsWith('END:VCALENDAR\r\n')).to.equal(true);
  });
});

describe('owners in share links', () => {
  const profile = withPlan([item({ id: 'a', owner: 'Ana' }), item({ id: 'b' })]);

  it('leaves owners out unless asked', () => {
    // The link's own writer applies the same options (one ShareOptions with the members' answers).
    const read = (p: Profile, options?: { owners?: boolean }) =>
      JSON.parse(profileTextFromFragment(profileToFragment(p, options))!) as Profile;
    for (const without of [read(profileForLink(profile)), read(profile)]) {
      expect(without.plan!.map((p) => p.owner)).to.deep.equal([undefined, undefined]);
      expect(without.plan!.map((p) => p.title)).to.deep.equal(['Step a', 'Step b']);
    }
    expect(read(profileForLink(profile, { owners: true }), { owners: true }).plan![0].owner).to.equal('Ana');
    expect(read(profile, { owners: true }).plan![0].owner).to.equal('Ana');
    // Nothing to leave out: the very profile.
    const noOwners = withPlan([item({ id: 'b' })]);
    expect(profileForLink(noOwners)).to.equal(noOwners);
  });
});
