/**
 * What <blueprint-bars> draws, derived from its inputs by one pure function (no DOM, no Lit): the layout
 * (geometry.ts), one BarView per capacity, the groups, the level axis, and the words for the chart's name,
 * description and table. The element calls it in `willUpdate` only when an input changed.
 */
import type { FrameworkModel } from '../../framework/model.js';
import { answerKind } from '../../framework/answers.js';
import { ratingOf } from '../../framework/profile.js';
import type { Profile, Rating, Ratings } from '../../framework/schema.js';
import { localized } from '../../i18n/index.js';
import { barsStrings, type BarsStrings } from '../../i18n/bars.js';
import { groupColor } from '../../internal/group-color.js';
import {
  barBox,
  layout,
  spreadOf,
  type Box,
  type Layout,
  type Orientation,
  type Slot,
  type Spread,
} from './geometry.js';

/** Everything the view is derived from. */
export interface BarsViewInputs {
  readonly model: FrameworkModel | undefined;
  readonly profile: Profile | undefined;
  readonly locale: string | undefined;
  /** The measured width and font size (a default before the first measure). */
  readonly size: { readonly width: number; readonly em: number } | undefined;
  readonly group: string | undefined;
  readonly orientation: Orientation;
  readonly compare: string | undefined;
  readonly compareProfile: Profile | undefined;
  readonly spread: boolean;
  readonly rtl: boolean;
}

/** True when every input is the same value (objects by identity: profiles and models are immutable). */
export function sameInputs(a: BarsViewInputs, b: BarsViewInputs): boolean {
  return (Object.keys(a) as (keyof BarsViewInputs)[]).every((k) => a[k] === b[k]);
}

export type Status = 'rated' | 'unsure' | 'skipped' | 'none';

/** One bar, everything the template needs, derived in `willUpdate`. */
export interface BarView {
  readonly id: string;
  readonly index: number;
  readonly slot: Slot;
  readonly label: string;
  readonly groupLabel: string;
  /** The group's color as a CSS value (custom property overrides first). */
  readonly color: string;
  readonly status: Status;
  readonly rank: number | undefined;
  readonly bar: Box;
  readonly ghost: Box | undefined;
  readonly spread: Spread | undefined;
  /** "Student Agency: Developing (2 of 4)". */
  readonly name: string;
  /** "Developing (2 of 4)" or "not sure yet". */
  readonly value: string;
  readonly change: string | undefined;
  readonly spreadText: string | undefined;
}

export interface View {
  readonly model: FrameworkModel;
  readonly t: BarsStrings;
  readonly layout: Layout;
  readonly bars: readonly BarView[];
  readonly groups: readonly { id: string; label: string; color: string; box: Box; rule: Box }[];
  readonly levelLabels: readonly { label: string; full: string; box: Box }[];
  readonly title: string;
  readonly description: string;
  readonly compareLabel: string | undefined;
  readonly missingSnapshot: string | undefined;
  readonly spread: boolean;
  readonly rtl: boolean;
}

/** The comparison ratings and their name: `compareProfile`, else the snapshot named by `compare`. */
function comparison(
  inputs: BarsViewInputs,
): { label: string; ratings: Ratings } | { missing: string } | undefined {
  const profile = inputs.profile;
  if (inputs.compareProfile)
    return {
      label: inputs.compareProfile.team ?? localized(barsStrings, inputs.locale).comparison,
      ratings: inputs.compareProfile.ratings,
    };
  const wanted = inputs.compare?.trim();
  if (!wanted) return undefined;
  const snap = profile?.snapshots?.find(
    (s) => s.takenAt === wanted || s.label?.trim().toLowerCase() === wanted.toLowerCase(),
  );
  return snap ? { label: snap.label ?? snap.takenAt, ratings: snap.ratings } : { missing: wanted };
}

/** Everything the template draws, from the model, the profile and the measured size. Pure; never throws. */
export function barsView(inputs: BarsViewInputs): View | undefined {
  const model = inputs.model;
  if (!model) return undefined;
  const locale = inputs.locale;
  const t = localized(barsStrings, locale);
  const text = (v: Parameters<FrameworkModel['text']>[0]) => model.text(v, locale);
  const profile = inputs.profile;
  const levels = model.levels;
  const n = levels.length;
  const groups = model.groups.some((g) => g.id === inputs.group)
    ? model.groups.filter((g) => g.id === inputs.group)
    : model.groups;
  const size = inputs.size ?? { width: 640, em: 14 };
  const l = layout({
    width: size.width,
    em: size.em,
    levelCount: n,
    orientation: inputs.orientation === 'horizontal' ? 'horizontal' : 'vertical',
    groups: groups.map((g) => ({ id: g.id, capacityIds: g.capacities.map((c) => c.id) })),
  });
  const found = comparison(inputs);
  const compare = found && 'ratings' in found ? found : undefined;
  const raters = inputs.spread ? (profile?.raters ?? []) : [];
  const levelName = (rank: number) => text(levels[rank].label);
  const rankOf = (rating: Rating | undefined) => {
    if (rating?.status !== 'rated' || rating.levelId === undefined) return undefined;
    return model.level(rating.levelId)?.rank;
  };
  const statusOf = (rating: Rating | undefined): Status => {
    const kind = answerKind(rating, model);
    return kind === 'unanswered' ? 'none' : kind;
  };
  const describe = (rating: Rating | undefined) => {
    const status = statusOf(rating);
    const rank = rankOf(rating);
    if (status === 'rated' && rank !== undefined) return t.levelPosition(levelName(rank), rank + 1, n);
    return status === 'unsure' ? t.unsure : status === 'skipped' ? t.skipped : t.unanswered;
  };
  const colors = new Map(model.groups.map((g) => [g.id, groupColor(model, g.id)]));

  let rated = 0;
  let unsure = 0;
  const bars: BarView[] = l.slots.map((slot) => {
    const capacity = model.capacity(slot.id)!;
    const rating = ratingOf(profile, slot.id);
    const status = statusOf(rating);
    const rank = rankOf(rating);
    if (status === 'rated') rated++;
    if (status === 'unsure') unsure++;
    const label = text(capacity.label);
    const value = describe(rating);
    const before = compare && Object.hasOwn(compare.ratings, slot.id) ? compare.ratings[slot.id] : undefined;
    const beforeRank = rankOf(before);
    let change: string | undefined;
    if (compare) {
      const was = describe(before);
      const now = status === 'rated' && rank !== undefined ? levelName(rank) : value;
      const wasShort = beforeRank !== undefined ? levelName(beforeRank) : was;
      change = wasShort === now ? t.same(now) : t.from(wasShort, now);
    }
    let spread: Spread | undefined;
    let spreadText: string | undefined;
    if (inputs.spread) {
      const answers = raters.map((r) => (Object.hasOwn(r.ratings, slot.id) ? r.ratings[slot.id] : undefined));
      spread = spreadOf(answers.map(rankOf), n);
      const others = answers.filter((a) => a && rankOf(a) === undefined).length;
      spreadText = spread
        ? `${t.range(levelName(spread.min), levelName(spread.max))}: ${t.counts(
            spread.counts.flatMap((c, r) => (c ? [`${levelName(r)} ${c}`] : [])),
            spread.rated,
            others,
          )}`
        : t.noRaters;
    }
    const inset = compare ? 0.22 : 0;
    return {
      id: slot.id,
      index: slot.index,
      slot,
      label,
      groupLabel: text(model.groupOf(slot.id)?.label),
      color: colors.get(slot.groupId) ?? groupColor(model, slot.groupId),
      status,
      rank,
      bar: barBox(l, slot, rank ?? -1, inset),
      ghost: beforeRank !== undefined ? barBox(l, slot, beforeRank) : undefined,
      spread,
      name:
        status === 'rated' && rank !== undefined
          ? t.atLevel(label, levelName(rank), rank + 1, n)
          : t.withStatus(label, value),
      value,
      change,
      spreadText,
    };
  });

  const title = text(model.framework.title);
  let description = t.summary(rated, bars.length, unsure);
  if (compare) description += t.comparedWith(compare.label);
  if (inputs.spread && raters.length) description += t.spreadShown;
  const narrowAxis = (l.orientation === 'vertical' ? l.levelLabels[0]?.w : l.levelLabels[0]?.w) < 6 * size.em;
  return {
    model,
    t,
    layout: l,
    bars,
    groups: l.groups.map((g) => ({
      id: g.id,
      label: text(model.group(g.id)?.label),
      color: colors.get(g.id) ?? groupColor(model, g.id),
      box: g.label,
      rule: g.rule,
    })),
    levelLabels: levels.map((level, r) => {
      const full = text(level.label);
      return {
        full,
        label: narrowAxis && level.shortLabel ? text(level.shortLabel) : full,
        box: l.levelLabels[r],
      };
    }),
    title,
    description,
    compareLabel: compare?.label,
    missingSnapshot: found && 'missing' in found ? found.missing : undefined,
    spread: inputs.spread && raters.length > 0,
    rtl: inputs.rtl,
  };
}
