/**
 * What `<blueprint-network>` draws, derived without the DOM: one row per team (its answer to every
 * capacity as a cell index, its group summary levels and overall stage), the teams in view after the
 * attribute filters, their order, and the counts of the teams in view (and of each compared part).
 */
import { answerIndex, createAggregator, teamGroupRanks, type Aggregate } from '../../framework/aggregate.js';
import { nextTask } from '../../framework/next-task.js';
import type { CohortEntry } from '../../framework/cohort.js';
import type { FrameworkModel } from '../../framework/model.js';
import { summaryRank } from '../../framework/recommend.js';

export interface TeamRow {
  /** The team's place in the cohort (0-based): "Team 7" is index 6, whatever the sort or filter. */
  readonly index: number;
  readonly entry: CohortEntry;
  /** Per capacity (framework order): the level's rank, or levels + 0/1/2 for not sure / skipped / not answered. */
  readonly cells: Uint8Array;
  /** Per group (framework order): the summary level's rank, undefined where nothing is rated. */
  readonly groupRanks: readonly (number | undefined)[];
  /** The middle (lower on ties) of the group summary levels: what "overall stage" means everywhere. */
  readonly overall: number | undefined;
}

function teamRow(model: FrameworkModel, entry: CohortEntry, index: number): TeamRow {
  const cells = new Uint8Array(model.capacities.length);
  model.capacities.forEach((c, i) => (cells[i] = answerIndex(model, entry.profile, c.id)));
  const groupRanks = teamGroupRanks(model, entry.profile);
  const overall = summaryRank(groupRanks.filter((r): r is number => r !== undefined));
  return { index, entry, cells, groupRanks, overall };
}

/** Every team's row, once per cohort and framework. */
export function teamRows(model: FrameworkModel, teams: readonly CohortEntry[]): TeamRow[] {
  return teams.map((entry, index) => teamRow(model, entry, index));
}

/**
 * `teamRows`, giving the page a task back every `sliceMs`: 1,000 teams × 60 capacities took over 100 ms in
 * one go on a busy machine.
 */
export async function teamRowsInSlices(
  model: FrameworkModel,
  teams: readonly CohortEntry[],
  signal?: AbortSignal,
  sliceMs = 30,
): Promise<TeamRow[]> {
  const rows: TeamRow[] = [];
  let start = Date.now();
  for (let i = 0; i < teams.length; i++) {
    if (Date.now() - start > sliceMs) {
      await nextTask();
      if (signal?.aborted) return rows;
      start = Date.now();
    }
    rows.push(teamRow(model, teams[i], i));
  }
  return rows;
}

/** The attribute keys of the cohort (sorted) with their values (sorted, as text). */
export function attributeValues(teams: readonly CohortEntry[]): Map<string, string[]> {
  const found = new Map<string, Set<string>>();
  for (const t of teams)
    for (const [key, value] of Object.entries(t.attributes)) {
      const set = found.get(key) ?? new Set<string>();
      set.add(value);
      found.set(key, set);
    }
  const collator = new Intl.Collator(undefined, { numeric: true });
  return new Map(
    [...found.keys()]
      .sort(collator.compare)
      .map((key) => [key, [...found.get(key)!].sort(collator.compare)] as const),
  );
}

/** The rows whose attributes match every filter (a filter of '' lets every team through). */
export function filterRows(rows: readonly TeamRow[], filters: Readonly<Record<string, string>>): TeamRow[] {
  const active = Object.entries(filters).filter(([, v]) => v !== '');
  if (!active.length) return [...rows];
  return rows.filter((r) => active.every(([k, v]) => r.entry.attributes[k] === v));
}

/** What the heatmap is sorted by: the cohort's order, the overall stage, or one capacity (its index). */
export type SortKey =
  { readonly by: 'order' } | { readonly by: 'overall' } | { readonly by: 'capacity'; readonly i: number };

/**
 * The rows in order. By a level: highest (or lowest) first; teams without a level there ("not sure yet",
 * skipped, not answered, nothing rated) come last either way; ties keep the cohort's order.
 */
export function sortRows(
  rows: readonly TeamRow[],
  key: SortKey,
  highest: boolean,
  levels: number,
): TeamRow[] {
  if (key.by === 'order') return [...rows];
  const value = (r: TeamRow) => {
    const v = key.by === 'overall' ? r.overall : r.cells[key.i] < levels ? r.cells[key.i] : undefined;
    return v === undefined ? undefined : highest ? -v : v;
  };
  return [...rows].sort((a, b) => {
    const x = value(a);
    const y = value(b);
    if (x === undefined || y === undefined) return x === y ? a.index - b.index : x === undefined ? 1 : -1;
    return x - y || a.index - b.index;
  });
}

/** The counts of some rows (small ones hidden). */
export function countsOf(model: FrameworkModel, rows: readonly TeamRow[], minTeams: number): Aggregate {
  // From the rows' answers (worked out once per cohort), not the profiles: a filter re-counts in a few ms.
  const aggregator = createAggregator(model, { minTeams });
  for (const r of rows) aggregator.addAnswers(r.cells, r.groupRanks);
  return aggregator.result();
}

/** One part of a comparison: the teams with one value of the compared attribute. */
export interface ComparePart {
  readonly value: string;
  readonly teams: number;
  readonly counts: Aggregate;
}

/** The rows split by the values of `key` (teams without that attribute are left out of the comparison). */
export function compareBy(
  model: FrameworkModel,
  rows: readonly TeamRow[],
  key: string,
  values: readonly string[],
  minTeams: number,
): ComparePart[] {
  return values.flatMap((value) => {
    const part = rows.filter((r) => r.entry.attributes[key] === value);
    return part.length ? [{ value, teams: part.length, counts: countsOf(model, part, minTeams) }] : [];
  });
}
