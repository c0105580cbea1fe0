/**
 * What <blueprint-bars> draws, derived from its inputs by one pure function (no DOM, no Lit): one BarView
 * per capacity, the groups, the level names, and the words for the chart's name, description and table.
 * Where things go on screen is CSS grid's job (labels wrap and rows grow with their text), so the view
 * holds positions as grid lines and fractions, never pixels. The element calls it in `willUpdate` only
 * when an input changed, with the view it drew before: when only the profile changed, a capacity whose answer
 * is the same object (the store keeps the answers an act did not touch; a validated `profile` gives answers of
 * the same values one object) keeps its BarView and its words, and its name is not resolved again (issue 14:
 * a click at 200 capacities writes one bar's words, not 200).
 */
import type { FrameworkModel } from '../../framework/model.js';
import { answerKind } from '../../framework/answers.js';
import { ratingOf } from '../../framework/profile.js';
import type { Capacity, Profile, Rating, Ratings } from '../../framework/schema.js';
import { localized, type Words } from '../../i18n/index.js';
import { barsStrings, type BarsStrings } from '../../i18n/bars.js';
import { groupColor } from '../../internal/group-color.js';
import { shortName } from '../../internal/short-name.js';
import { spreadOf, type Orientation, type Spread } from './geometry.js';

/** Everything the view is derived from. */
export interface BarsViewInputs {
  readonly model: FrameworkModel | undefined;
  readonly profile: Profile | undefined;
  readonly locale: string | undefined;
  /** The words for the framework's parts (its `terms`) in that locale. */
  readonly words: Words;
  /** The layout in use (the element chooses it from the space, or `orientation` forces it). */
  readonly orientation: Orientation;
  readonly group: string | undefined;
  readonly compare: string | undefined;
  readonly compareProfile: Profile | undefined;
  readonly spread: boolean;
  readonly rtl: boolean;
}

/**
 * True when every input (but `except`) is the same value (objects by identity: profiles and models are
 * immutable).
 */
export function sameInputs(a: BarsViewInputs, b: BarsViewInputs, except?: keyof BarsViewInputs): boolean {
  return (Object.keys(a) as (keyof BarsViewInputs)[]).every((k) => k === except || a[k] === b[k]);
}

/** What a capacity's mark shows. Also its CSS part name, after `bar`. */
export type Status = 'rated' | 'unsure' | 'skipped' | 'unanswered';

/** One bar, everything the template needs. */
export interface BarView {
  readonly id: string;
  readonly index: number;
  /** The bar's grid column (vertical layout), 1-based, after the level names' column. */
  readonly column: number;
  /** The capacity's name as drawn: clipped when far too long (TEXT_LIMITS.name.shown). */
  readonly label: string;
  /** The capacity's name in full (the data table offers it). */
  readonly fullLabel: string;
  readonly groupLabel: string;
  /** The group's color as a CSS value (custom property overrides first). */
  readonly color: string;
  /** Its group's place among the groups shown (0-based), for the group's color class. */
  readonly groupIndex: number;
  readonly status: Status;
  readonly rank: number | undefined;
  /** The comparison's level, drawn as a dashed outline. */
  readonly ghostRank: number | undefined;
  readonly spread: Spread | undefined;
  /** When this bar starts moving, as a fraction (0..1) of the dance's stagger: by group, then within it. */
  readonly delay: number;
  /** "Student Agency: Developing (2 of 4)". */
  readonly name: string;
  /** "Developing (2 of 4)" or "not sure yet". */
  readonly value: string;
  readonly change: string | undefined;
  readonly spreadText: string | undefined;
}

export interface GroupView {
  readonly id: string;
  readonly label: string;
  readonly color: string;
  /** First grid column of its bars (vertical layout). */
  readonly column: number;
  /** Its bars, in framework order (also in `View.bars`). */
  readonly bars: readonly BarView[];
}

export interface View {
  readonly model: FrameworkModel;
  /** The language the view speaks (the element's resolved locale). */
  readonly locale: string | undefined;
  readonly t: BarsStrings;
  readonly orientation: Orientation;
  readonly bars: readonly BarView[];
  readonly groups: readonly GroupView[];
  /** Level names, lowest first. */
  readonly levels: readonly string[];
  /**
   * `grid-template-columns` of the vertical chart: level names, then each group's bars (`var(--_col)` each,
   * set by the stylesheet) with a gap between groups.
   */
  readonly columns: string;
  readonly title: string;
  readonly description: string;
  /** How many capacities have an answer (a level, not sure yet, or skipped). */
  readonly answered: number;
  readonly compareLabel: string | undefined;
  readonly missingSnapshot: string | undefined;
  readonly spread: boolean;
  readonly rtl: boolean;
  /** Which states appear, for the key. */
  readonly has: ReadonlySet<Status>;
  /** What the view was derived from, for the next view's reuse (see `barsView`). */
  readonly from: Derived;
}

/** What a view was derived from, kept to tell which of its parts the next view can reuse. */
interface Derived {
  readonly inputs: BarsViewInputs;
  /** The comparison's ratings and the raters' answers drawn (they come from the profile, or compareProfile). */
  readonly compared: Ratings | undefined;
  readonly raters: Profile['raters'];
  /** The counts the description was written from. */
  readonly described: string;
}

/** The comparison ratings and their name: `compareProfile`, else the snapshot named by `compare`. */
function comparison(
  inputs: BarsViewInputs,
): { label: string; ratings: Ratings } | { missing: string } | undefined {
  const profile = inputs.profile;
  if (inputs.compareProfile)
    return {
      label: shortName(
        inputs.compareProfile.team ?? localized('bars', barsStrings, inputs.locale, inputs.words).comparison,
      ),
      ratings: inputs.compareProfile.ratings,
    };
  const wanted = inputs.compare?.trim();
  if (!wanted) return undefined;
  const snap = profile?.snapshots?.find(
    (s) => s.takenAt === wanted || s.label?.trim().toLowerCase() === wanted.toLowerCase(),
  );
  return snap
    ? { label: shortName(snap.label ?? snap.takenAt), ratings: snap.ratings }
    : { missing: shortName(wanted) };
}

/**
 * Everything the template draws, from the model and the profile. Pure; never throws. `previous`, the view
 * drawn before, is reused where nothing it was derived from changed (the same result as without it).
 */
export function barsView(inputs: BarsViewInputs, previous?: View): View | undefined {
  const model = inputs.model;
  if (!model) return undefined;
  // Same framework, words, layout and layers: the same bars in the same order, only their answers may differ.
  const prior = previous && sameInputs(previous.from.inputs, inputs, 'profile') ? previous : undefined;
  const locale = inputs.locale;
  const t = localized('bars', barsStrings, locale, inputs.words);
  // Every name the chart shows (on the chart, in accessible names, in the table and the export) is clipped:
  // a 30,000-character name costs nothing more than a long real one.
  const fullText = (v: Parameters<FrameworkModel['text']>[0]) => model.text(v, locale);
  const text = (v: Parameters<FrameworkModel['text']>[0]) => shortName(fullText(v));
  const profile = inputs.profile;
  const levels = model.levels;
  const n = levels.length;
  const shownGroups = (
    model.groups.some((g) => g.id === inputs.group)
      ? model.groups.filter((g) => g.id === inputs.group)
      : model.groups
  ).filter((g) => g.capacities.length > 0);
  const found = comparison(inputs);
  const compare = found && 'ratings' in found ? found : undefined;
  const raters = inputs.spread ? (profile?.raters ?? []) : [];
  // A bar whose answer, comparison and raters are the very objects drawn before is the same bar.
  const priorProfile = prior?.from.inputs.profile;
  const sameLayers =
    prior !== undefined &&
    prior.from.compared === compare?.ratings &&
    prior.from.raters === (inputs.spread ? profile?.raters : undefined);
  // Each level's name, resolved once per view (not once per bar and update).
  const levelNames = levels.map((level) => text(level.label));
  const levelName = (rank: number) => levelNames[rank];
  const rankOf = (rating: Rating | undefined) => {
    if (rating?.status !== 'rated' || rating.levelId === undefined) return undefined;
    return model.level(rating.levelId)?.rank;
  };
  const statusOf = (rating: Rating | undefined): Status => answerKind(rating, model);
  const describe = (rating: Rating | undefined) => {
    const status = statusOf(rating);
    const rank = rankOf(rating);
    if (status === 'rated' && rank !== undefined) return t.levelPosition(levelName(rank), rank + 1, n);
    return status === 'unsure' ? t.unsure : status === 'skipped' ? t.skipped : t.unanswered;
  };

  let rated = 0;
  let unsure = 0;
  let answered = 0;
  const has = new Set<Status>();
  const bars: BarView[] = [];
  const groups: GroupView[] = [];
  // Grid columns: 1 holds the level names; each group after the first starts after a gap column.
  let column = 2;
  const tracks: string[] = ['fit-content(9em)'];
  const groupCount = shownGroups.length;
  shownGroups.forEach((group, gi) => {
    if (gi > 0) {
      tracks.push('0.5em');
      column++;
    }
    const color = groupColor(model, group.id);
    const groupLabel = text(group.label);
    const groupBars: BarView[] = [];
    groups.push({ id: group.id, label: groupLabel, color, column, bars: groupBars });
    tracks.push(`repeat(${group.capacities.length},var(--_col))`);
    const k = group.capacities.length;
    group.capacities.forEach((capacity, ci) => {
      const rating = ratingOf(profile, capacity.id);
      const old = prior?.bars[bars.length];
      const mine = old?.id === capacity.id ? old : undefined;
      // The same answer (a validated profile gives answers of the same values the same object): the same bar.
      const bar =
        mine && sameLayers && rating === ratingOf(priorProfile, capacity.id)
          ? mine
          : barOf(capacity, ci, rating, mine);
      column++;
      has.add(bar.status);
      if (bar.status === 'rated') rated++;
      if (bar.status === 'unsure') unsure++;
      if (bar.status !== 'unanswered') answered++;
      bars.push(bar);
      groupBars.push(bar);
    });

    function barOf(capacity: Capacity, ci: number, rating: Rating | undefined, mine: BarView | undefined) {
      const status = statusOf(rating);
      const rank = rankOf(rating);
      const fullLabel = mine ? mine.fullLabel : fullText(capacity.label);
      const label = mine ? mine.label : shortName(fullLabel);
      const value = describe(rating);
      const before =
        compare && Object.hasOwn(compare.ratings, capacity.id) ? compare.ratings[capacity.id] : undefined;
      const beforeRank = rankOf(before);
      let change: string | undefined;
      if (compare) {
        const now = status === 'rated' && rank !== undefined ? levelName(rank) : value;
        const was = beforeRank !== undefined ? levelName(beforeRank) : describe(before);
        change = was === now ? t.same(now) : t.from(was, now);
      }
      let spread: Spread | undefined;
      let spreadText: string | undefined;
      if (inputs.spread) {
        const answers = raters.map((r) =>
          Object.hasOwn(r.ratings, capacity.id) ? r.ratings[capacity.id] : undefined,
        );
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
      const bar: BarView = {
        id: capacity.id,
        index: bars.length,
        column,
        label,
        fullLabel,
        groupLabel,
        color,
        groupIndex: gi,
        status,
        rank,
        ghostRank: beforeRank,
        spread,
        // Groups enter one after another, the bars of a group close behind each other.
        delay: groupCount > 1 || k > 1 ? (gi * 0.7 + (k > 1 ? (ci / (k - 1)) * 0.3 : 0)) / groupCount : 0,
        name:
          status === 'rated' && rank !== undefined
            ? t.atLevel(label, levelName(rank), rank + 1, n)
            : t.withStatus(label, value),
        value,
        change,
        spreadText,
      };
      return bar;
    }
  });

  // Counting words (plural rules) cost more than the rest of an update's words: written again when they change.
  const described = `${rated} ${bars.length} ${unsure} ${compare?.label} ${inputs.spread && raters.length > 0}`;
  let description: string;
  if (prior && prior.from.described === described) description = prior.description;
  else {
    description = t.summary(rated, bars.length, unsure);
    if (compare) description += t.comparedWith(compare.label);
    if (inputs.spread && raters.length) description += t.spreadShown;
  }
  return {
    model,
    locale,
    t,
    orientation: inputs.orientation,
    bars,
    groups,
    levels: levelNames,
    columns: tracks.join(' '),
    title: text(model.framework.title),
    description,
    answered,
    compareLabel: compare?.label,
    missingSnapshot: found && 'missing' in found ? found.missing : undefined,
    spread: inputs.spread && raters.length > 0,
    rtl: inputs.rtl,
    has,
    from: {
      inputs,
      compared: compare?.ratings,
      raters: inputs.spread ? profile?.raters : undefined,
      described,
    },
  };
}
