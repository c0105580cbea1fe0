/**
 * What the customized report derives from a framework and a profile (DOM-free): strengths and growth
 * areas with ties explained, the report's table as rows and as spreadsheet-safe CSV, and the profile
 * carried in a URL fragment for a share link (read back by the provider's `profile-from-hash`).
 */
import type { FrameworkModel } from './model.js';
import type { AnswerWords } from './answers.js';
import { LIBRARY_EXTENSION } from './constants.js';
import { prioritiesOf, ratedLevel, ratingOf } from './profile.js';
import type { Capacity, Group, Level, Profile } from './schema.js';
import { profileForLink, SHARE_PARAM, type ShareOptions } from './share-link.js';

// Reading a share link is the provider's, in a module of its own so that it does not carry the report's code.
export { SHARE_PARAM, profileTextFromFragment, profileForLink, type ShareOptions } from './share-link.js';

export interface Highlights {
  /** The capacities at the highest level the team chose (every one of them: a tie keeps them all). */
  readonly strengths: readonly Capacity[];
  /** The capacities at the lowest level the team chose. */
  readonly growth: readonly Capacity[];
  readonly highest: Level | undefined;
  readonly lowest: Level | undefined;
  /** How many capacities were rated at a level (the others are left out). */
  readonly rated: number;
  /** Every rated capacity is at the same level: nothing stands out either way. */
  readonly even: boolean;
}

/** Strengths and growth areas among `capacities` (every capacity by default), from the levels the team chose. */
export function highlights(
  model: FrameworkModel,
  profile: Profile | undefined,
  capacities: readonly Capacity[] = model.capacities,
): Highlights {
  const rated = capacities.flatMap((capacity) => {
    const level = ratedLevel(model, profile?.ratings, capacity.id);
    return level ? [{ capacity, level }] : [];
  });
  if (!rated.length)
    return { strengths: [], growth: [], highest: undefined, lowest: undefined, rated: 0, even: false };
  const ranks = rated.map((r) => r.level.rank);
  const top = Math.max(...ranks);
  const bottom = Math.min(...ranks);
  return {
    strengths: rated.filter((r) => r.level.rank === top).map((r) => r.capacity),
    growth: rated.filter((r) => r.level.rank === bottom).map((r) => r.capacity),
    highest: model.levelAt(top),
    lowest: model.levelAt(bottom),
    rated: rated.length,
    even: top === bottom,
  };
}

/** The team's priorities that this framework has, in their order (ids it does not know take no place). */
export function priorityCapacities(model: FrameworkModel, profile: Profile | undefined): Capacity[] {
  return prioritiesOf(profile).flatMap((id) => model.capacity(id) ?? []);
}

/** The capacities in report order: the team's priorities first (in their order), then framework order. */
export function reportOrder(model: FrameworkModel, profile: Profile | undefined): Capacity[] {
  const priorities = priorityCapacities(model, profile);
  return [...priorities, ...model.capacities.filter((c) => !priorities.includes(c))];
}

/**
 * What a share link carries: the answers (ratings with notes, snapshots, team, the library's priorities,
 * and on a member's own answers who answered; the plan without its owners unless `options.owners`), not the
 * individual raters' answers (unless `options.raters`) nor the host page's own extension data.
 */
export function shareableProfile(profile: Profile, options: ShareOptions = {}): Profile {
  const rest: Profile = { ...profileForLink(profile, options) };
  if (!options.raters) delete rest.raters;
  delete rest.extensions;
  const ours = profile.extensions?.[LIBRARY_EXTENSION];
  return ours === undefined ? rest : { ...rest, extensions: { [LIBRARY_EXTENSION]: ours } };
}

/** One row of the report's table, as text in a locale. */
export interface ReportRow {
  readonly capacity: string;
  readonly group: string;
  readonly level: string;
  readonly note: string;
  readonly actions: string;
}

/** The report's table: every capacity with its group, the team's answer, note and the actions for its level. */
export function reportRows(
  model: FrameworkModel,
  profile: Profile | undefined,
  locale: string | undefined,
  words: AnswerWords,
): ReportRow[] {
  return reportOrder(model, profile).map((capacity) => {
    const group: Group | undefined = model.groupOf(capacity.id);
    const rating = ratingOf(profile, capacity.id);
    const level = ratedLevel(model, profile?.ratings, capacity.id);
    // A level this framework does not have is kept (with a warning) when a profile is read: show its id.
    const answer = level
      ? model.text(level.label, locale)
      : rating?.status === 'unsure'
        ? words.unsure
        : rating?.status === 'skipped'
          ? words.skipped
          : rating?.status === 'rated'
            ? (rating.levelId ?? '')
            : words.unanswered;
    return {
      capacity: model.text(capacity.label, locale),
      group: model.text(group?.label, locale),
      level: answer,
      note: rating?.note ?? '',
      actions: (level ? model.actionsFor(capacity.id, level.id) : [])
        .map((a) => model.text(a.title, locale))
        .join('\n'),
    };
  });
}

/**
 * What a spreadsheet may skip before the start of a formula: any Unicode space (`\s` covers the no-break
 * and ideographic spaces, line breaks, tabs and the byte-order mark) and the zero-width characters
 * (U+200B–U+200D, U+2060, U+180E).
 */
const INVISIBLE_LEAD = /^[\s\u200B-\u200D\u2060\u180E]*/;
/** A formula start: `=`, `+`, `-`, `@` and their full-width (U+FF1D, U+FF0B, U+FF0D, U+FF20) and small forms. */
const FORMULA_START = /^[=+\-@\uFF1D\uFF0B\uFF0D\uFF20\uFE62\uFE63\uFE66]/;

/**
 * A spreadsheet cell that cannot run as a formula. Text whose first visible character would start a formula
 * (after any spaces or zero-width characters: Excel and LibreOffice trim some of them, and full-width `＝`
 * is read as `=` by spreadsheets in Japanese and Chinese locales), or that starts with a tab or a carriage
 * return, gets a leading apostrophe. The text itself is kept as it is.
 */
export function neutralizeCell(value: string): string {
  if (/^[\t\r]/.test(value)) return `'${value}`;
  const start = value.slice(value.match(INVISIBLE_LEAD)![0].length);
  return FORMULA_START.test(start) ? `'${value}` : value;
}

/**
 * Rows as CSV that opens correctly in a spreadsheet: a UTF-8 byte-order mark, every field quoted (quotes
 * doubled, line breaks kept inside the quotes), CRLF between records, formulas neutralized.
 */
export function toCsv(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const field = (v: string) => `"${neutralizeCell(v).replace(/"/g, '""')}"`;
  return '\uFEFF' + [header, ...rows].map((r) => r.map(field).join(',')).join('\r\n') + '\r\n';
}

const toBase64Url = (bytes: Uint8Array) => {
  // In slices: one String.fromCharCode per byte made a 600 KB profile cost a noticeable pause.
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000)
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
};

/** The URL fragment (without `#`) that carries `profile` (what `shareableProfile` keeps): never sent to a server by browsers. */
export function profileToFragment(profile: Profile, options: ShareOptions = {}): string {
  return `${SHARE_PARAM}=${toBase64Url(new TextEncoder().encode(JSON.stringify(shareableProfile(profile, options))))}`;
}

/**
 * The longest share link the report makes, in characters (the whole link, page address included).
 * Chromium opens links up to 2 MB but shows at most 32 KiB of one in its address bar; other browsers, chat
 * apps and mail programs cut or refuse links far shorter than 2 MB (a link of 50 saved moments was 864,009
 * characters, and one of 4 MB did not open at all). 32,000 stays under what Chromium shows whole, opens in
 * every current browser, and still holds the answers of a 200-capacity framework with notes.
 */
export const SHARE_LINK_MAX = 32_000;

/** A share link's fragment for a page address, or why there is none. */
export type ShareFragment =
  | {
      readonly ok: true;
      /** The fragment, without `#`. */
      readonly fragment: string;
      /** How many saved moments (snapshots, oldest first) were left out to keep the link short enough. */
      readonly leftOut: number;
    }
  | {
      readonly ok: false;
      /** Even without any saved moment, the answers (ratings and notes) make a link longer than `max`. */
      readonly reason: 'too-long';
      readonly length: number;
    };

/**
 * The fragment of a share link to a page whose address (without fragment) is `baseLength` characters long,
 * keeping the whole link within `max`. Saved moments are left out first, oldest first, and said in
 * `leftOut`; the answers themselves (ratings, notes, team, priorities) are never cut: when they alone are
 * too long, there is no link (the person downloads the answers as a file instead).
 */
export function shareFragment(
  profile: Profile,
  baseLength: number,
  max = SHARE_LINK_MAX,
  options: ShareOptions = {},
): ShareFragment {
  const room = max - baseLength - 1; // the "#"
  const full = profileToFragment(profile, options);
  if (full.length <= room) return { ok: true, fragment: full, leftOut: 0 };
  const snapshots = profile.snapshots ?? [];
  const keeping = (n: number) =>
    profileToFragment(
      { ...profile, snapshots: n ? snapshots.slice(snapshots.length - n) : undefined },
      options,
    );
  const bare = keeping(0);
  if (bare.length > room) return { ok: false, reason: 'too-long', length: baseLength + 1 + bare.length };
  // The most recent moments that fit: the length grows with each kept moment, so a binary search finds the
  // count in a few encodings instead of one per moment.
  let low = 0;
  let high = snapshots.length - 1;
  let best = bare;
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    const fragment = keeping(mid);
    if (fragment.length <= room) {
      low = mid;
      best = fragment;
    } else high = mid - 1;
  }
  return { ok: true, fragment: best, leftOut: snapshots.length - low };
}

// ---- team sessions (issue 17): one CSV column per rater ------------------------------------------------

/** The words of the raters' CSV columns, in one language (src/i18n/report.ts). */
export interface RaterWords {
  /** "Member 3": a rater's column when names are left out (or the rater has none). */
  member(n: number): string;
}

/**
 * The header of one column per rater, in the profile's order: the rater's name when `names` is set (the
 * facilitator keeps names), else "Member 1…", with the role's label in parentheses ("Member 2 (Family)").
 */
export function raterHeaders(
  model: FrameworkModel,
  profile: Profile | undefined,
  locale: string | undefined,
  words: RaterWords,
  names: boolean,
): string[] {
  return (profile?.raters ?? []).map((rater, i) => {
    const name = (names && rater.name?.trim()) || words.member(i + 1);
    const role = model.framework.roles?.find((r) => r.id === rater.role);
    const label = role ? model.text(role.label, locale) : rater.role;
    return label ? `${name} (${label})` : name;
  });
}

/** Each rater's answer to `capacityId` as text (a level, "not sure", skipped, or empty), in the profile's order. */
export function raterCells(
  model: FrameworkModel,
  profile: Profile | undefined,
  capacityId: string,
  locale: string | undefined,
  words: AnswerWords,
): string[] {
  return (profile?.raters ?? []).map((rater) => {
    const rating = Object.hasOwn(rater.ratings, capacityId) ? rater.ratings[capacityId] : undefined;
    const level = rating?.status === 'rated' && rating.levelId ? model.level(rating.levelId) : undefined;
    if (level) return model.text(level.label, locale);
    if (rating?.status === 'unsure') return words.unsure;
    if (rating?.status === 'skipped') return words.skipped;
    return rating?.status === 'rated' ? (rating.levelId ?? '') : words.unanswered;
  });
}
