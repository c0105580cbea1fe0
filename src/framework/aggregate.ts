/**
 * Counts across a network of teams: how many teams are at each level of each capacity, and at each summary
 * level of each group, with small counts hidden so that no count describes fewer than `minTeams` teams.
 * Pure and incremental: `createAggregator` folds one team at a time (the CLI streams 100,000 profiles, the
 * network view aggregates in slices), and `aggregate` is the same over a list.
 *
 * ## Which counts are hidden (`minTeams`, default 5)
 * Each capacity (and each group) is one row; every team falls in exactly one cell of a row, so a row adds
 * up to the number of teams, which is shown. In each row:
 * 1. if the row describes fewer than `minTeams` teams in all, every cell is hidden;
 * 2. a cell counting 1 to `minTeams - 1` teams is hidden (a 0 is shown: it describes no team);
 * 3. then, while the hidden cells of the row add up to fewer than `minTeams` teams, or could be worked out
 *    anyway (all of them small and all 1, or all `minTeams - 1`), the smallest shown non-zero cell is hidden
 *    too (the first one on ties). Without this, one hidden cell would be the total minus the shown ones.
 * So the hidden cells of a row always describe at least `minTeams` teams together, and none can be computed
 * from the total and the shown cells. Views of parts of the network (a filter) apply the same rule to the
 * part; comparing two views can still narrow a number down, which is why filters smaller than `minTeams`
 * teams show no counts at all.
 */
import { answerKind } from './answers.js';
import type { FrameworkModel } from './model.js';
import { groupSummary, type SummaryRule } from './recommend.js';
import { toCsv } from './report.js';
import type { Profile } from './schema.js';

/** The cells of a capacity row that are not a level: "not sure yet", skipped, not answered. */
export const ANSWER_BUCKETS = ['unsure', 'skipped', 'unanswered'] as const;
/** The cell of a group row for a team that rated none of the group's capacities at a level. */
export const UNRATED_BUCKET = 'unrated';
/** Counts describing fewer teams than this are hidden unless told otherwise. */
export const DEFAULT_MIN_TEAMS = 5;

/** A count, or null where it is hidden because it would describe too few teams. */
export type Cell = number | null;

/**
 * The network's counts, in the CLI's `--json` shape: `capacities[capacityId][levelId | 'unsure' | 'skipped'
 * | 'unanswered']` and `groups[groupId][levelId | 'unrated']` (the group's summary level per team, as the
 * bars and the report compute it). Keys are in framework order, levels by rank.
 */
export interface Aggregate {
  readonly teams: number;
  readonly capacities: Readonly<Record<string, Readonly<Record<string, Cell>>>>;
  readonly groups: Readonly<Record<string, Readonly<Record<string, Cell>>>>;
}

export interface AggregateOptions {
  /** Counts describing fewer teams than this are hidden (`null`); 0 or 1 hides nothing. Default 5. */
  readonly minTeams?: number;
  /** How a group's summary level is computed (as in the bars and the report). Default median. */
  readonly rule?: SummaryRule;
}

export interface Aggregator {
  /** Counts one more team. Ratings of capacities or levels the framework does not have are not counted. */
  add(profile: Profile | undefined): void;
  /**
   * Counts one more team from its answers already worked out: per capacity `answerIndex`, per group the
   * summary level's rank (`teamGroupRanks`). The network view keeps these per team and counts parts of the
   * network from them without reading the profiles again.
   */
  addAnswers(cells: ArrayLike<number>, groupRanks: readonly (number | undefined)[]): void;
  /** How many teams were added. */
  readonly teams: number;
  /** The counts so far, with small ones hidden. */
  result(): Aggregate;
}

/** Which cells of one row to hide (see the module comment); `counts` are the row's cells in order. */
export function suppressRow(counts: readonly number[], minTeams: number): Cell[] {
  if (minTeams <= 1) return [...counts];
  const total = counts.reduce((s, c) => s + c, 0);
  if (total < minTeams) return counts.map(() => null);
  const hidden = counts.map((c) => c > 0 && c < minTeams);
  if (!hidden.includes(true)) return [...counts];
  const primary = hidden.filter(Boolean).length;
  let sum = counts.reduce((s, c, i) => s + (hidden[i] ? c : 0), 0);
  let onlyPrimary = true;
  const knowable = () => {
    if (!onlyPrimary) return false;
    return sum === primary || sum === primary * (minTeams - 1);
  };
  while (sum < minTeams || knowable()) {
    let next = -1;
    counts.forEach((c, i) => {
      if (!hidden[i] && c > 0 && (next < 0 || c < counts[next])) next = i;
    });
    if (next < 0) break; // nothing left to hide: every non-zero cell is hidden
    hidden[next] = true;
    sum += counts[next];
    onlyPrimary = false;
  }
  return counts.map((c, i) => (hidden[i] ? null : c));
}

/** The group summary level of each group for one team (undefined where nothing of the group is rated). */
export function teamGroupRanks(
  model: FrameworkModel,
  profile: Profile | undefined,
  rule: SummaryRule = 'median',
): (number | undefined)[] {
  return model.groups.map((g) => groupSummary(model, profile?.ratings, g.id, rule)?.level?.rank);
}

/** The cell a team's answer to a capacity falls in: a level's rank, else levels + 0/1/2 (unsure, skipped, unanswered). */
export function answerIndex(model: FrameworkModel, profile: Profile | undefined, capacityId: string): number {
  const ratings = profile?.ratings;
  const rating = ratings && Object.hasOwn(ratings, capacityId) ? ratings[capacityId] : undefined;
  const kind = answerKind(rating, model);
  const levels = model.levels.length;
  if (kind === 'rated') return model.level(rating!.levelId!)!.rank;
  return levels + (kind === 'unsure' ? 0 : kind === 'skipped' ? 1 : 2);
}

/** The bucket ids of a capacity row (levels by rank, then the other answers), in order. */
export const capacityBuckets = (model: FrameworkModel): string[] => [
  ...model.levels.map((l) => l.id),
  ...ANSWER_BUCKETS,
];

/** The bucket ids of a group row (levels by rank, then "unrated"), in order. */
export const groupBuckets = (model: FrameworkModel): string[] => [
  ...model.levels.map((l) => l.id),
  UNRATED_BUCKET,
];

/**
 * An aggregator that holds only the counts (one small array per capacity and group), whatever the number of
 * teams folded in.
 */
export function createAggregator(model: FrameworkModel, options: AggregateOptions = {}): Aggregator {
  const minTeams = options.minTeams ?? DEFAULT_MIN_TEAMS;
  const rule = options.rule ?? 'median';
  const levels = model.levels.length;
  const capWidth = levels + ANSWER_BUCKETS.length;
  const groupWidth = levels + 1;
  const capacityCounts = new Float64Array(model.capacities.length * capWidth);
  const groupCounts = new Float64Array(model.groups.length * groupWidth);
  let teams = 0;
  return {
    add(profile) {
      this.addAnswers(
        model.capacities.map((c) => answerIndex(model, profile, c.id)),
        teamGroupRanks(model, profile, rule),
      );
    },
    addAnswers(cells, groupRanks) {
      teams++;
      for (let i = 0; i < cells.length; i++) capacityCounts[i * capWidth + cells[i]]++;
      groupRanks.forEach((rank, i) => groupCounts[i * groupWidth + (rank ?? levels)]++);
    },
    get teams() {
      return teams;
    },
    result() {
      const rows = (
        ids: readonly string[],
        buckets: readonly string[],
        counts: Float64Array,
      ): Record<string, Record<string, Cell>> => {
        const out: Record<string, Record<string, Cell>> = {};
        ids.forEach((id, i) => {
          const row = [...counts.subarray(i * buckets.length, (i + 1) * buckets.length)];
          const cells = suppressRow(row, minTeams);
          out[id] = Object.fromEntries(buckets.map((b, j) => [b, cells[j]]));
        });
        return out;
      };
      return {
        teams,
        capacities: rows(
          model.capacities.map((c) => c.id),
          capacityBuckets(model),
          capacityCounts,
        ),
        groups: rows(
          model.groups.map((g) => g.id),
          groupBuckets(model),
          groupCounts,
        ),
      };
    },
  };
}

/** The counts of a list of teams' profiles (or of cohort entries), small ones hidden. */
export function aggregate(
  model: FrameworkModel,
  teams: Iterable<Profile | { readonly profile: Profile }>,
  options: AggregateOptions = {},
): Aggregate {
  const aggregator = createAggregator(model, options);
  for (const t of teams) aggregator.add('schema' in t ? t : t.profile);
  return aggregator.result();
}

/** What a hidden count is written as in the CSV (the JSON has `null`). */
export const HIDDEN_CELL = 'hidden';

/**
 * The aggregate as CSV (the report's cell writer: quoted, formulas neutralized, BOM, CRLF): one row per
 * group, then per capacity, with the bucket ids as columns. A hidden count is written `hidden`, a cell that
 * does not apply to the row (a group has no "skipped") is empty. Names are in `locale` (the framework's
 * default language when not given), so the CLI and the network view write the same file.
 */
export function aggregateToCsv(model: FrameworkModel, agg: Aggregate, locale?: string): string {
  const buckets = [...model.levels.map((l) => l.id), ...ANSWER_BUCKETS, UNRATED_BUCKET];
  const header = ['kind', 'id', 'name', 'group', 'teams', ...buckets];
  const cell = (row: Readonly<Record<string, Cell>>, b: string) =>
    !Object.hasOwn(row, b) ? '' : row[b] === null ? HIDDEN_CELL : String(row[b]);
  const rows: string[][] = [];
  for (const g of model.groups) {
    const row = agg.groups[g.id] ?? {};
    rows.push([
      'group',
      g.id,
      model.text(g.label, locale),
      '',
      String(agg.teams),
      ...buckets.map((b) => cell(row, b)),
    ]);
  }
  for (const c of model.capacities) {
    const row = agg.capacities[c.id] ?? {};
    rows.push([
      'capacity',
      c.id,
      model.text(c.label, locale),
      model.groupOf(c.id)?.id ?? '',
      String(agg.teams),
      ...buckets.map((b) => cell(row, b)),
    ]);
  }
  return toCsv(header, rows);
}
