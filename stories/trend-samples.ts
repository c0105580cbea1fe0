/**
 * Sample histories for <blueprint-trend>'s stories and demo page (not a stories file itself): the
 * improvement-teams framework's capacities rated at several saved moments, made by rule so every story
 * shows believable growth (some capacities rise, one dips, one stays).
 */
import type { Profile, Ratings } from '../src/framework/schema.js';
import improvementTeams from '../src/data/improvement-teams.json';

const LEVELS = ['beginning', 'developing', 'practicing', 'leading'];
const CAPACITIES = improvementTeams.groups.flatMap((g) => g.capacities.map((c) => c.id));

/** Ratings at step `k` of `steps`: each capacity starts low and climbs at its own pace (one dips once). */
export function ratingsAt(k: number, steps: number, skip: (id: string) => boolean = () => false): Ratings {
  const ratings: Ratings = {};
  CAPACITIES.forEach((id, i) => {
    if (skip(id)) return;
    const start = i % 2;
    const pace = 1 + (i % 3);
    const dip = i % 5 === 2 && k === Math.floor(steps / 2) ? -1 : 0;
    const rank = Math.max(0, Math.min(3, start + Math.floor((k * pace * 1.2) / Math.max(1, steps)) + dip));
    ratings[id] = { status: 'rated', levelId: LEVELS[rank], ratedAt: '2026-01-01T00:00:00.000Z' };
  });
  return ratings;
}

const SEASONS = ['Fall', 'Spring'];

/** A profile with `n` snapshots, twice a year from fall 2024 (labelled "Fall 2024"… unless `labels` is false). */
export function history(n: number, options: { labels?: boolean; start?: number } = {}): Profile {
  const { labels = true, start = 2026 - Math.ceil(n / 2) } = options;
  const snapshots = Array.from({ length: n }, (_, k) => {
    const year = start + Math.floor((k + 1) / 2);
    const fall = k % 2 === 0;
    const takenAt = `${year}-${fall ? '10-01' : '03-15'}T15:00:00.000Z`;
    return {
      takenAt,
      ...(labels ? { label: `${SEASONS[k % 2]} ${year}` } : {}),
      ratings: ratingsAt(k, n),
    };
  });
  const last = snapshots.at(-1)?.takenAt ?? '2025-01-01T00:00:00.000Z';
  return {
    schema: 'blueprint-profile/1',
    frameworkId: improvementTeams.id,
    team: 'Riverside Middle School',
    updatedAt: new Date(Date.parse(last) + 60 * 864e5).toISOString(),
    ratings: ratingsAt(n, n),
    snapshots,
  };
}

/** Four saved moments with a capacity unanswered at two of them, and a level the framework dropped. */
export function withGaps(): Profile {
  const p = history(4);
  const snapshots = p.snapshots!.map((s, k) => {
    const ratings = { ...s.ratings };
    if (k === 1 || k === 2) {
      delete ratings['dei'];
      delete ratings['student-agency'];
      delete ratings['family-engagement'];
    }
    if (k === 0) ratings['practical-measurement'] = { status: 'rated', levelId: 'emerging' };
    return { ...s, ratings };
  });
  return { ...p, snapshots };
}
