/**
 * Progress over time (issue 18), the pure part: the moments (saved snapshots by date, then now) and the lines
 * (a group's summary level, the same rule as the report's; a capacity's level), gaps and levels the
 * framework no longer has.
 */
import { expect } from '@open-wc/testing';
import { groupSummary, trend, trendMoments, type Profile, type Ratings } from '../../src/framework/index.js';
import { loadModel } from './fixtures.js';

const rated = (levels: Record<string, string>): Ratings =>
  Object.fromEntries(
    Object.entries(levels).map(([id, levelId]) => [id, { status: 'rated' as const, levelId }]),
  );

const profile = (snapshots: Profile['snapshots'], now: Ratings, updatedAt?: string): Profile => ({
  schema: 'blueprint-profile/1',
  frameworkId: 'test-fw',
  ...(updatedAt ? { updatedAt } : {}),
  ratings: now,
  snapshots,
});

describe('trend', () => {
  const model = loadModel();

  it('puts saved moments in date order, then now, never before the last one', () => {
    const p = profile(
      [
        { takenAt: '2025-10-01', label: 'Fall', ratings: {} },
        { takenAt: '2025-03-01', label: 'Spring', ratings: {} },
      ],
      {},
      '2024-01-01T00:00:00.000Z',
    );
    const moments = trendMoments(p, new Date('2026-01-01T00:00:00Z'));
    expect(moments.map((m) => m.label ?? (m.now ? 'now' : ''))).to.deep.equal(['Spring', 'Fall', 'now']);
    // updatedAt is older than the last snapshot (a merged profile): now is drawn at the last snapshot's time.
    expect(moments[2].time).to.equal(moments[1].time);
    // Without updatedAt, now is the given clock.
    expect(trendMoments(profile([], {}), new Date('2026-01-01T00:00:00Z'))[0].time).to.equal(
      Date.parse('2026-01-01T00:00:00Z'),
    );
  });

  it('draws each group at its summary level, the report’s rule, with its spread', () => {
    const then = rated({ dei: 'emerging', agency: 'leading', routines: 'developing' });
    const now = rated({ dei: 'developing', agency: 'leading' });
    const t = trend(model, profile([{ takenAt: '2025-10-01', ratings: then }], now));
    expect(t.kind).to.equal('groups');
    const culture = t.series.find((s) => s.id === 'culture')!;
    expect(culture.ranks).to.deep.equal([
      groupSummary(model, then, 'culture')!.level!.rank,
      groupSummary(model, now, 'culture')!.level!.rank,
    ]);
    expect(culture.spread).to.deep.equal([
      { lo: 0, hi: 2 },
      { lo: 1, hi: 2 },
    ]);
    // "data" has no answer now: a gap, not a level.
    expect(t.series.find((s) => s.id === 'data')!.ranks).to.deep.equal([1, undefined]);
  });

  it('one group: a line per capacity; a saved level the framework no longer has is a gap, listed', () => {
    const then = rated({ dei: 'retired-level', agency: 'developing' });
    const t = trend(
      model,
      profile([{ takenAt: '2025-10-01', ratings: then }], rated({ dei: 'leading' })),
      'culture',
    );
    expect(t.kind).to.equal('capacities');
    expect(t.series.map((s) => s.id)).to.deep.equal(['dei', 'agency']);
    const dei = t.series[0];
    expect(dei.ranks).to.deep.equal([undefined, 2]);
    expect(dei.missing).to.deep.equal([0]);
    expect(t.missingLevels).to.deep.equal([{ moment: 0, capacityId: 'dei', levelId: 'retired-level' }]);
    expect(t.series[1].ranks).to.deep.equal([1, undefined]);
    // An unknown group id draws the groups (the element says so).
    expect(trend(model, undefined, 'nope').kind).to.equal('groups');
  });
});
