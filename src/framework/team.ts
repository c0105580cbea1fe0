/**
 * Team sessions (issue 17): each member answers on their own device and sends their answers as a share
 * link or a file; the facilitator gathers them into the team's profile as raters, reveals how the team
 * answered, and the team agrees on its own rating. Pure (no DOM, no Lit): `<team-session>` and the CLI's
 * `merge` both use it, so a link refused in the browser is refused with the same words on the command line.
 *
 * - `readMemberAnswers` reads one member's answers (a link, a bare fragment or a file's text) and validates
 *   them against the framework, or says plainly why not, naming the file or link.
 * - `mergeMembers` turns members into raters of the team's profile (never touching the team's own ratings),
 *   leaving out a member already gathered (see `sameMember` for the rule).
 * - `distribution`, `disagreement` and `roleDifferences` are what the facilitator shows once answers are
 *   revealed: counts per level, the discussion agenda, and where one role sees a capacity differently.
 *
 * The store operations that change raters and the team's agreed rating are in answers.ts (`add-raters`,
 * `remove-rater`, `mark-duplicate`, `agree`).
 */
import { applyOperation } from './answers.js';
import { FRAMEWORK_SCHEMA_ID, COHORT_SCHEMA_ID, PROFILE_SCHEMA_ID } from './constants.js';
import { formatIssue, issue, type Issue } from './issues.js';
import type { FrameworkModel } from './model.js';
import { loadedParser } from './parser-slot.js';
import type { Profile, Rater, Rating, Role } from './schema.js';
import { profileTextFromFragment, SHARE_PARAM } from './share-link.js';

// ---------------------------------------------------------------------------------------------------
// Reading one member's answers

/** Why a member's answers were refused. */
export type MemberProblem =
  /** The answers are for another framework. */
  | 'other-framework'
  /** The answers are for another version of the team's framework. */
  | 'other-version'
  /** A share link whose answers part was cut short or edited (not readable, not JSON, or fails the checks). */
  | 'broken-link'
  /** A link with no answers in it at all. */
  | 'no-answers-link'
  /** A file that is not a member's answers: a framework, a cohort, a CSV, an image, other JSON. */
  | 'not-answers'
  /** A profile that fails the format's checks. */
  | 'invalid'
  /** A profile with no answer in it. */
  | 'empty';

/** One member's answers, read and validated. */
export interface MemberAnswers {
  /** The file name or the link it came from (as given to `readMemberAnswers`), for messages. */
  readonly source: string;
  readonly profile: Profile;
  /** What was kept though not quite right (unknown capacities, a role the framework does not have…). */
  readonly warnings: readonly Issue[];
}

export type MemberResult =
  | { readonly ok: true; readonly member: MemberAnswers }
  | {
      readonly ok: false;
      readonly source: string;
      readonly problem: MemberProblem;
      /** The whole message, naming the file or link: "answers.json: this is a framework, not…". */
      readonly message: string;
      /** The located issues behind it, if the document was read far enough to have them. */
      readonly errors: readonly Issue[];
    };

/** True when the text is a link or a fragment (rather than a file's text). */
const looksLikeLink = (text: string) =>
  /^(?:https?:\/\/|#|\?|[a-z][a-z0-9+.-]*:\/\/)/i.test(text) || text.startsWith(`${SHARE_PARAM}=`);

/**
 * One member's answers from `input.text`: a share link (a full URL or a bare `#bp-profile=…` fragment) or
 * the text of a JSON file, validated against `model` with the profile parser. `input.name` (a file name, or
 * a short form of the link) starts every message, so a facilitator with 30 files knows which one is wrong.
 *
 * Refused: answers for another framework, or another version of it (the levels and capacities may differ);
 * a link cut short or edited; a file that is not a member's answers (a framework, a cohort, a CSV, an image,
 * other JSON); a profile that fails the format's checks; a profile with no answer. Warnings keep the data.
 *
 * The parser is the one that built `model` (a model exists only once parse.ts has run), so this module does
 * not pull the validator into a widget's own bundle.
 */
export function readMemberAnswers(
  model: FrameworkModel,
  input: { readonly name: string; readonly text: string },
): MemberResult {
  const source = input.name;
  const refuse = (problem: MemberProblem, why: string, errors: readonly Issue[] = []): MemberResult => ({
    ok: false,
    source,
    problem,
    message: `${source}: ${why}`,
    errors,
  });
  const parser = loadedParser();
  if (!parser) return refuse('invalid', 'the checker for answers is not loaded yet; try again');
  const text = input.text.replace(/^\uFEFF/, '').trim();
  const link = looksLikeLink(text);
  let json: string;
  if (link) {
    const hash = text.indexOf('#');
    const fragment = hash >= 0 ? text.slice(hash) : text.replace(/^[^?]*\?/, '');
    if (!new URLSearchParams(fragment.replace(/^#/, '')).get(SHARE_PARAM))
      return refuse(
        'no-answers-link',
        `this link holds no answers (answers links end with "#${SHARE_PARAM}=…"); ask the member to send their link again`,
      );
    const decoded = profileTextFromFragment(fragment);
    if (decoded === undefined) return refuse('broken-link', cutShort('its answers cannot be read'));
    json = decoded;
  } else {
    json = text;
  }
  if (!json) return refuse('not-answers', 'this file is empty');

  const read = parser.parseJson(json);
  if (!read.ok)
    return link
      ? refuse('broken-link', cutShort('its answers are not complete'))
      : refuse(
          'not-answers',
          /^[^{[]/.test(json)
            ? 'this is not a file of answers (it is not JSON: perhaps a spreadsheet, an image or a document)'
            : `this is not a file of answers: the JSON cannot be read (${formatIssue(read.error)})`,
          [read.error],
        );
  const kind = documentKind(read.value);
  if (kind) return refuse('not-answers', `this is ${kind}, not a member's answers`);

  const parsed = parser.parseProfile(read.value, model);
  if (!parsed.ok) {
    const mismatch = parsed.errors.find((e) => e.code === 'framework-mismatch');
    if (mismatch) {
      const theirs = (read.value as { frameworkId?: unknown }).frameworkId;
      return refuse(
        'other-framework',
        `these answers are for another framework ("${String(theirs)}"); this team uses "${model.id}"`,
        parsed.errors,
      );
    }
    const first = parsed.errors[0];
    const why = first ? formatIssue(first) : 'it does not pass the checks';
    return link
      ? refuse('broken-link', cutShort(`its answers do not pass the checks (${why})`), parsed.errors)
      : refuse('invalid', `these answers do not pass the checks (${why})`, parsed.errors);
  }
  const profile = parsed.value;
  if (profile.frameworkVersion !== undefined && profile.frameworkVersion !== model.version)
    return refuse(
      'other-version',
      `these answers are for version "${profile.frameworkVersion}" of "${model.id}"; this team uses version "${model.version}". Ask the member to answer again with the team's link`,
    );
  if (!Object.keys(profile.ratings).length)
    return refuse('empty', 'these answers are empty (nothing answered)');
  return { ok: true, member: { source, profile, warnings: parsed.warnings } };
}

const cutShort = (what: string) =>
  `this link was cut short or changed: ${what}. Ask the member to send it again, or to send the file instead`;

/** "a framework" for a document that is plainly not a profile, else undefined. */
function documentKind(value: unknown): string | undefined {
  if (Array.isArray(value)) return 'a list';
  if (!value || typeof value !== 'object') return 'not a JSON object';
  const schema = (value as { schema?: unknown }).schema;
  if (schema === FRAMEWORK_SCHEMA_ID) return 'a framework file';
  if (schema === COHORT_SCHEMA_ID) return 'a file of many teams (a cohort)';
  if (schema === undefined && 'groups' in value && 'levels' in value) return 'a framework file';
  if (schema !== undefined && schema !== PROFILE_SCHEMA_ID)
    return `a file of another kind ("schema": ${JSON.stringify(schema)})`;
  return undefined;
}

// ---------------------------------------------------------------------------------------------------
// Merging members into the team's profile

/** A member's answers that were already gathered: left out, with the rater they repeat. */
export interface DuplicateMember {
  readonly source: string;
  /** The rater (already in the profile, or added earlier in the same batch) these answers repeat. */
  readonly raterId: string;
}

export interface MergeMembersResult {
  /** The team's profile with the new raters (the same object when nothing was added). */
  readonly profile: Profile;
  /** The raters added, in the order the members came. */
  readonly added: readonly Rater[];
  /** Members left out because they were already gathered. */
  readonly duplicates: readonly DuplicateMember[];
  /** Warnings about what was kept (a role the framework does not have…), located in the team's profile. */
  readonly issues: readonly Issue[];
}

/** The framework's roles (1.1), in order. */
export const rolesOf = (model: FrameworkModel): readonly Role[] => model.framework.roles ?? [];

/** The answers of a rating that count for sameness: its status and level, not when or the note. */
const answerKey = (rating: Rating) =>
  rating.status === 'rated' ? `r:${rating.levelId ?? ''}` : rating.status;

/** The fingerprint of what a member answered: name, role and each capacity's answer. */
function fingerprint(
  name: string | undefined,
  role: string | undefined,
  ratings: Profile['ratings'],
): string {
  const answers = Object.keys(ratings)
    .sort()
    .map((id) => `${id}=${answerKey(ratings[id])}`);
  return JSON.stringify([name?.trim().toLowerCase() ?? '', role ?? '', answers]);
}

/** FNV-1a, 32 bits, in base 36: a short, stable id part for the same text everywhere (browser and Node). */
function hash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(36);
}

/** Who a member's answers say they are: name (trimmed, none when empty), role, and when they sent them. */
function whoAnswered(profile: Profile): { name?: string; role?: string; submittedAt?: string } {
  const name = profile.respondent?.name?.trim() || undefined;
  const role = profile.respondent?.role;
  const submittedAt = profile.updatedAt;
  return { ...(name ? { name } : {}), ...(role ? { role } : {}), ...(submittedAt ? { submittedAt } : {}) };
}

/**
 * The rater a member's answers become. Its id is derived from what they answered (name, role, answers,
 * time), so the same answers merged in the browser and by the CLI get the same id: `member-<hash>`.
 */
export function raterFromMember(profile: Profile): Rater {
  const who = whoAnswered(profile);
  const id = `member-${hash(fingerprint(who.name, who.role, profile.ratings) + '\0' + (who.submittedAt ?? ''))}`;
  return { id, ...who, ratings: profile.ratings };
}

/**
 * True when two raters are the same member sent twice. The rule: the same name (ignoring case and spaces
 * around it) and the same `submittedAt`, which a re-sent link or a copied file keeps; or, when either has
 * no time, the same name, the same role and the same answer on every capacity (notes and answer times are
 * not compared). Two members who answered alike but sent at different times are two members.
 */
export function sameMember(a: Rater, b: Rater): boolean {
  return sameKeyed(keyed(a), keyed(b));
}

/**
 * A rater with what `sameMember` compares, computed once (a batch of 30 compares each with every other). The
 * answers' fingerprint is only needed when a rater has no time, so it is computed on first use.
 */
class Keyed {
  readonly name: string;
  #answers?: string;
  constructor(readonly rater: Rater) {
    this.name = rater.name?.trim().toLowerCase() ?? '';
  }
  get answers(): string {
    return (this.#answers ??= fingerprint(this.rater.name, this.rater.role, this.rater.ratings));
  }
  /** The same comparison for the same member under another id (a fingerprint collision). */
  withRater(rater: Rater): Keyed {
    const k = new Keyed(rater);
    k.#answers = this.#answers;
    return k;
  }
}

const keyed = (rater: Rater): Keyed => new Keyed(rater);

function sameKeyed(a: Keyed, b: Keyed): boolean {
  if (a.rater.submittedAt && b.rater.submittedAt)
    return a.rater.submittedAt === b.rater.submittedAt && a.name === b.name;
  return a.answers === b.answers;
}

/**
 * The members' answers added to `team` as raters. Each member becomes a rater (`raterFromMember`); a member
 * already among the raters (or twice in `members`) is reported in `duplicates` and not added again (see
 * `sameMember`). The team's own ratings, its other raters and every other field are untouched. A role the
 * framework does not have is kept, with a warning. `now` dates the profile's `updatedAt`.
 */
export function mergeMembers(
  model: FrameworkModel,
  team: Profile,
  members: readonly MemberAnswers[],
  now = new Date(),
): MergeMembersResult {
  const existing = [...(team.raters ?? [])];
  const known = existing.map(keyed);
  const ids = new Set(existing.map((r) => r.id));
  const added: Rater[] = [];
  const duplicates: DuplicateMember[] = [];
  const issues: Issue[] = [];
  const roles = new Set(rolesOf(model).map((r) => r.id));
  for (const member of members) {
    if (member.profile.frameworkId !== model.id) {
      issues.push(
        issue(
          'error',
          'framework-mismatch',
          '',
          `${member.source}: these answers are for another framework ("${member.profile.frameworkId}"); they were left out`,
        ),
      );
      continue;
    }
    let rater = raterFromMember(member.profile);
    const key = keyed(rater);
    const same = known.find((k) => sameKeyed(k, key));
    if (same) {
      duplicates.push({ source: member.source, raterId: same.rater.id });
      continue;
    }
    // Two different members whose fingerprints collide still get two ids.
    const base = rater.id;
    for (let n = 2; ids.has(rater.id); n++) rater = { ...rater, id: `${base}-${n}` };
    ids.add(rater.id);
    known.push(key.withRater(rater));
    if (rater.role !== undefined && !roles.has(rater.role))
      issues.push(
        issue(
          'warning',
          'unknown-id',
          `/raters/${existing.length + added.length}/role`,
          `${member.source}: the framework has no role "${rater.role}"; the answers are kept without a known role`,
        ),
      );
    added.push(rater);
  }
  const profile = added.length ? applyOperation(team, { kind: 'add-raters', raters: added }, now) : team;
  return { profile, added, duplicates, issues };
}

// ---------------------------------------------------------------------------------------------------
// Reading the raters: counts, disagreement, roles

/** How many raters gave each answer to one capacity. */
export interface AnswerCounts {
  /** Per level, in rank order (index = rank). */
  readonly levels: readonly number[];
  readonly unsure: number;
  readonly skipped: number;
  /** Raters with no answer (or an answer at a level the framework does not have). */
  readonly unanswered: number;
  /** Raters counted. */
  readonly total: number;
}

export interface CapacityDistribution {
  readonly capacityId: string;
  readonly all: AnswerCounts;
  /**
   * Per role, in the framework's order, then raters with a role the framework does not have under that id,
   * then raters with no role under `roleId: undefined`. Only roles with at least one rater; empty unless
   * `byRole` was asked.
   */
  readonly byRole: readonly { readonly roleId: string | undefined; readonly counts: AnswerCounts }[];
}

/** The raters that count: those not marked as a duplicate of another. */
export const countedRaters = (profile: Profile | undefined): readonly Rater[] =>
  (profile?.raters ?? []).filter((r) => (r as { duplicate?: unknown }).duplicate !== true);

/** True when a rater is marked as a duplicate (`mark-duplicate`): kept, but not counted. */
export const isDuplicateRater = (rater: Rater): boolean =>
  (rater as { duplicate?: unknown }).duplicate === true;

function count(model: FrameworkModel, raters: readonly Rater[], capacityId: string): AnswerCounts {
  const levels = model.levels.map(() => 0);
  let unsure = 0;
  let skipped = 0;
  let unanswered = 0;
  for (const r of raters) {
    const rating = Object.hasOwn(r.ratings, capacityId) ? r.ratings[capacityId] : undefined;
    if (rating?.status === 'unsure') unsure++;
    else if (rating?.status === 'skipped') skipped++;
    else {
      const level = rating?.levelId !== undefined ? model.level(rating.levelId) : undefined;
      if (level) levels[level.rank]++;
      else unanswered++;
    }
  }
  return { levels, unsure, skipped, unanswered, total: raters.length };
}

/** Raters grouped by role: the framework's roles in order, unknown roles, then no role. */
function byRoleGroups(model: FrameworkModel, raters: readonly Rater[]) {
  const groups = new Map<string | undefined, Rater[]>();
  for (const role of rolesOf(model)) groups.set(role.id, []);
  for (const r of raters) {
    const list = groups.get(r.role);
    if (list) list.push(r);
    else groups.set(r.role, [r]);
  }
  // No role last.
  const none = groups.get(undefined);
  if (none) {
    groups.delete(undefined);
    groups.set(undefined, none);
  }
  return [...groups].filter(([, list]) => list.length > 0);
}

/**
 * Per capacity (in framework order), how many raters chose each level, "not sure", skipped, or gave no
 * answer: overall, and by role when `byRole` is set. Raters marked as duplicates are not counted.
 */
export function distribution(
  model: FrameworkModel,
  profile: Profile | undefined,
  options: { readonly byRole?: boolean } = {},
): CapacityDistribution[] {
  const raters = countedRaters(profile);
  const groups = options.byRole ? byRoleGroups(model, raters) : [];
  return model.capacities.map((c) => ({
    capacityId: c.id,
    all: count(model, raters, c.id),
    byRole: groups.map(([roleId, list]) => ({ roleId, counts: count(model, list, c.id) })),
  }));
}

/** How far apart the raters' levels are on one capacity. */
export interface Disagreement {
  readonly capacityId: string;
  /** Highest level rank chosen minus the lowest (0 when fewer than two raters chose a level). */
  readonly spread: number;
  /** The variance of the ranks chosen (ties in spread are ordered by it, widest first). */
  readonly variance: number;
  /** How many raters chose a level. */
  readonly answered: number;
  /** The lowest and highest levels chosen (ids), when any was. */
  readonly lowestLevelId?: string;
  readonly highestLevelId?: string;
}

const ranksOf = (model: FrameworkModel, raters: readonly Rater[], capacityId: string): number[] => {
  const ranks: number[] = [];
  for (const r of raters) {
    const rating = Object.hasOwn(r.ratings, capacityId) ? r.ratings[capacityId] : undefined;
    if (rating?.status !== 'rated' || rating.levelId === undefined) continue;
    const level = model.level(rating.levelId);
    if (level) ranks.push(level.rank);
  }
  return ranks;
};

/**
 * The discussion agenda: every capacity, ordered by how far apart the raters' levels are, widest first.
 * The spread is the highest level chosen minus the lowest (in steps of the scale); ties go to the larger
 * variance of the levels chosen, then to the framework's order. "Not sure" and skipped answers do not count
 * toward the spread. Raters marked as duplicates are not counted.
 */
export function disagreement(model: FrameworkModel, profile: Profile | undefined): Disagreement[] {
  const raters = countedRaters(profile);
  const rows = model.capacities.map((c, index) => {
    const ranks = ranksOf(model, raters, c.id);
    const lowest = ranks.length ? Math.min(...ranks) : undefined;
    const highest = ranks.length ? Math.max(...ranks) : undefined;
    const mean = ranks.reduce((s, r) => s + r, 0) / (ranks.length || 1);
    const variance = ranks.reduce((s, r) => s + (r - mean) ** 2, 0) / (ranks.length || 1);
    const row: Disagreement = {
      capacityId: c.id,
      spread: lowest === undefined ? 0 : highest! - lowest,
      variance,
      answered: ranks.length,
      ...(lowest === undefined
        ? {}
        : { lowestLevelId: model.levelAt(lowest)?.id, highestLevelId: model.levelAt(highest!)?.id }),
    };
    return { row, index };
  });
  rows.sort((a, b) => b.row.spread - a.row.spread || b.row.variance - a.row.variance || a.index - b.index);
  return rows.map((r) => r.row);
}

/** One role that sees a capacity at least one level apart from everyone else. */
export interface RoleDifference {
  readonly capacityId: string;
  readonly roleId: string;
  /** The median level rank the role's raters chose. */
  readonly roleMedian: number;
  /** The median level rank every other rater chose. */
  readonly othersMedian: number;
  /** roleMedian − othersMedian: negative when the role sees the capacity lower. */
  readonly difference: number;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/**
 * Where a role sees a capacity differently: for each capacity and each role with raters who chose a level,
 * the median level of that role against the median of every other rater who chose one; listed when they
 * are at least one level apart (e.g. families see Family Engagement lower than staff). Widest first, then
 * framework order, then the framework's order of roles. Raters with no role count only among the others.
 */
export function roleDifferences(model: FrameworkModel, profile: Profile | undefined): RoleDifference[] {
  const raters = countedRaters(profile);
  const roleIds = [...new Set(raters.map((r) => r.role).filter((r): r is string => r !== undefined))];
  const order = new Map(rolesOf(model).map((r, i) => [r.id, i]));
  roleIds.sort((a, b) => (order.get(a) ?? Infinity) - (order.get(b) ?? Infinity));
  const out: { diff: RoleDifference; index: number; roleIndex: number }[] = [];
  // Each role's raters and everyone else's, split once rather than per capacity.
  const split = roleIds.map((roleId) => ({
    mine: raters.filter((r) => r.role === roleId),
    others: raters.filter((r) => r.role !== roleId),
  }));
  model.capacities.forEach((c, index) => {
    roleIds.forEach((roleId, roleIndex) => {
      const mine = ranksOf(model, split[roleIndex].mine, c.id);
      const others = ranksOf(model, split[roleIndex].others, c.id);
      if (!mine.length || !others.length) return;
      const roleMedian = median(mine);
      const othersMedian = median(others);
      const difference = roleMedian - othersMedian;
      if (Math.abs(difference) >= 1)
        out.push({
          diff: { capacityId: c.id, roleId, roleMedian, othersMedian, difference },
          index,
          roleIndex,
        });
    });
  });
  out.sort(
    (a, b) =>
      Math.abs(b.diff.difference) - Math.abs(a.diff.difference) ||
      a.index - b.index ||
      a.roleIndex - b.roleIndex,
  );
  return out.map((o) => o.diff);
}
