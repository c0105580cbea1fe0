/**
 * Teams at the same stage, so a partner can connect them (issue 19). The rule, in two steps, uses each
 * team's group summary levels (the same summary as the bars and the report, `groupSummary`):
 * 1. **Same in every group**: teams whose summary level is the same in every group (a group with nothing
 *    rated counts as "not rated yet", which must match too). Only sets of two or more teams count.
 * 2. **Same overall stage**: the teams left are grouped by their overall stage, the median (lower on ties)
 *    of their group summary levels. Teams with nothing rated are set apart ("not rated yet").
 * Order is stable: step 1 sets first, largest first, then by their levels (lowest first), then by the
 * first team's place in the cohort; step 2 sets by stage, lowest first; teams keep their cohort order.
 *
 * Privacy: these lists name teams one by one, like the heatmap, so the network view shows them with the
 * same labels ("Team 7" unless names are on) and only when the teams in view are at least `min-teams`;
 * a set may be smaller than `min-teams` (two teams to connect is the point), as it reveals nothing the
 * heatmap does not.
 */
import type { FrameworkModel } from './model.js';
import { summaryRank, type SummaryRule } from './recommend.js';
import type { Profile } from './schema.js';
import { teamGroupRanks } from './aggregate.js';

export type SameStageRule = 'same-groups' | 'same-overall' | 'not-rated';

export interface SameStageSet {
  readonly rule: SameStageRule;
  /** The indexes of the teams (into the list given), in that list's order. */
  readonly teams: readonly number[];
  /**
   * The level rank of each group (framework order; undefined: not rated yet) for 'same-groups'; for
   * 'same-overall', one rank: the overall stage. Empty for 'not-rated'.
   */
  readonly ranks: readonly (number | undefined)[];
}

/** Teams grouped by stage (see the module comment for the rule). */
export function sameStage(
  model: FrameworkModel,
  teams: readonly (Profile | { readonly profile: Profile })[],
  rule: SummaryRule = 'median',
): SameStageSet[] {
  return sameStageByRanks(teams.map((t) => teamGroupRanks(model, 'schema' in t ? t : t.profile, rule)));
}

/** `sameStage` from each team's group summary ranks (`teamGroupRanks`), already worked out. */
export function sameStageByRanks(vectors: readonly (readonly (number | undefined)[])[]): SameStageSet[] {
  const byKey = new Map<string, number[]>();
  vectors.forEach((v, i) => {
    const key = v.map((r) => (r === undefined ? '-' : String(r))).join(',');
    const list = byKey.get(key);
    if (list) list.push(i);
    else byKey.set(key, [i]);
  });
  const exact: SameStageSet[] = [];
  const left: number[] = [];
  for (const list of byKey.values()) {
    if (list.length >= 2 && vectors[list[0]].some((r) => r !== undefined))
      exact.push({ rule: 'same-groups', teams: list, ranks: vectors[list[0]] });
    else left.push(...list);
  }
  const compareRanks = (a: readonly (number | undefined)[], b: readonly (number | undefined)[]) => {
    for (let i = 0; i < a.length; i++) {
      const x = a[i] ?? -1;
      const y = b[i] ?? -1;
      if (x !== y) return x - y;
    }
    return 0;
  };
  exact.sort(
    (a, b) => b.teams.length - a.teams.length || compareRanks(a.ranks, b.ranks) || a.teams[0] - b.teams[0],
  );
  left.sort((a, b) => a - b);
  const byStage = new Map<number, number[]>();
  const unrated: number[] = [];
  for (const i of left) {
    const stage = summaryRank(vectors[i].filter((r): r is number => r !== undefined));
    if (stage === undefined) unrated.push(i);
    else {
      const list = byStage.get(stage);
      if (list) list.push(i);
      else byStage.set(stage, [i]);
    }
  }
  const overall = [...byStage.entries()]
    .sort((a, b) => a[0] - b[0])
    .map(([stage, list]): SameStageSet => ({ rule: 'same-overall', teams: list, ranks: [stage] }));
  return [
    ...exact,
    ...overall,
    ...(unrated.length ? [{ rule: 'not-rated' as const, teams: unrated, ranks: [] }] : []),
  ];
}
