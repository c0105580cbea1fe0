/**
 * A deterministic cohort of teams for the network view's tests: the same seed always gives the same teams,
 * answers and attributes, so an expected count is computed independently from the generated data (never
 * written down by hand). Answers are a mix of levels, "not sure yet", skipped and not answered, and some
 * ratings name capacities or levels the framework does not have, as real files do.
 */
import type { Cohort, FrameworkModel, Profile, Rating } from '../../src/framework/index.js';

/** mulberry32: a small, fast, seeded random number generator (numbers in [0, 1)). */
export function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const REGIONS = ['north', 'south', 'east', 'west'] as const;
export const SCHOOL_LEVELS = ['elementary', 'middle', 'high'] as const;
export const YEARS = ['2024', '2025', '2026'] as const;

export interface GenerateOptions {
  readonly teams?: number;
  readonly seed?: number;
  /** Regions get uneven shares (weights), so some filters leave fewer teams than min-teams. */
  readonly regionWeights?: readonly number[];
}

/** A cohort document of `teams` teams (default 50) answering `model`. */
export function generateCohort(model: FrameworkModel, options: GenerateOptions = {}): Cohort {
  const random = seeded(options.seed ?? 19);
  const count = options.teams ?? 50;
  const weights = options.regionWeights ?? [0.45, 0.3, 0.2, 0.05];
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)];
  const weighted = <T>(list: readonly T[], w: readonly number[]) => {
    let r = random() * w.reduce((s, x) => s + x, 0);
    for (let i = 0; i < list.length; i++) if ((r -= w[i]) < 0) return list[i];
    return list[list.length - 1];
  };
  const teams = Array.from({ length: count }, (_, i) => {
    // Each team has its own "stage" so answers cluster, as real teams' do.
    const stage = Math.floor(random() * model.levels.length);
    const ratings: Record<string, Rating> = {};
    for (const c of model.capacities) {
      const r = random();
      if (r < 0.08) ratings[c.id] = { status: 'unsure' };
      else if (r < 0.13) ratings[c.id] = { status: 'skipped' };
      else if (r < 0.25)
        continue; // not answered
      else {
        const rank = Math.max(
          0,
          Math.min(model.levels.length - 1, stage + Math.round((random() - 0.5) * 2.2)),
        );
        ratings[c.id] = { status: 'rated', levelId: model.levels[rank].id };
      }
    }
    if (i % 17 === 3) ratings['retired-capacity'] = { status: 'rated', levelId: model.levels[0].id };
    if (i % 23 === 5) ratings[model.capacities[0].id] = { status: 'rated', levelId: 'no-such-level' };
    const profile: Profile = {
      schema: 'blueprint-profile/1',
      frameworkId: model.id,
      team: `Generated team ${i + 1}`,
      ratings,
    };
    return {
      id: `t${String(i + 1).padStart(3, '0')}`,
      name: `Generated team ${i + 1}`,
      attributes: {
        region: weighted(REGIONS, weights),
        'school-level': pick(SCHOOL_LEVELS),
        year: pick(YEARS),
      },
      profile,
    };
  });
  return { schema: 'blueprint-cohort/1', frameworkId: model.id, title: 'Generated cohort', teams };
}

/**
 * The counts of a cohort, computed here without the library's aggregator: for every capacity the number of
 * teams at each level id (only levels the framework has) or 'unsure' / 'skipped' / 'unanswered'.
 */
export function countByHand(
  model: FrameworkModel,
  profiles: readonly Profile[],
): Record<string, Record<string, number>> {
  const levelIds = new Set(model.levels.map((l) => l.id));
  const out: Record<string, Record<string, number>> = {};
  for (const c of model.capacities) {
    const row: Record<string, number> = Object.fromEntries(
      [...levelIds, 'unsure', 'skipped', 'unanswered'].map((k) => [k, 0]),
    );
    for (const p of profiles) {
      const r = p.ratings[c.id];
      if (!r) row.unanswered++;
      else if (r.status === 'unsure') row.unsure++;
      else if (r.status === 'skipped') row.skipped++;
      else if (r.levelId && levelIds.has(r.levelId)) row[r.levelId]++;
      else row.unanswered++;
    }
    out[c.id] = row;
  }
  return out;
}

/** A group's summary per team computed here: the median (lower on ties) of the ranks of its rated capacities. */
export function groupCountsByHand(
  model: FrameworkModel,
  profiles: readonly Profile[],
): Record<string, Record<string, number>> {
  const rankOf = new Map(model.levels.map((l) => [l.id, l.rank]));
  const out: Record<string, Record<string, number>> = {};
  for (const g of model.groups) {
    const row: Record<string, number> = Object.fromEntries(
      [...model.levels.map((l) => l.id), 'unrated'].map((k) => [k, 0]),
    );
    for (const p of profiles) {
      const ranks = g.capacities
        .map((c) => p.ratings[c.id])
        .filter((r) => r?.status === 'rated' && r.levelId !== undefined && rankOf.has(r.levelId))
        .map((r) => rankOf.get(r.levelId!)!)
        .sort((a, b) => a - b);
      if (!ranks.length) row.unrated++;
      else row[model.levels[ranks[Math.floor((ranks.length - 1) / 2)]].id]++;
    }
    out[g.id] = row;
  }
  return out;
}
