/**
 * The resource library's queries (DOM-free): resources matched to a team's profile (framework-format.md,
 * "matched resources"), ranked with the capacities the team rated lowest first and a reason for each, or
 * every resource by title; then filters (capacity group, capacity, level and every resource facet) and
 * free-text search, with the count each filter option would give. Built for libraries of thousands of
 * resources: each resource's filter keys and search text are computed once per framework, and one pass
 * over the list filters, searches and counts.
 */
import type { FrameworkModel } from './model.js';
import { ratedLevel } from './profile.js';
import { matchedFor } from './recommend.js';
import type { Profile, Resource } from './schema.js';
import { intlLocale, type Text } from './text.js';

/** Filter dimensions that are not resource facets. */
export const STRUCTURE_DIMENSIONS = ['group', 'capacity', 'level'] as const;

/** Resource fields that are facets even without a declared vocabulary, in display order. */
export const STANDARD_FACETS = ['type', 'format', 'cost', 'audience', 'languages'] as const;

/** The free-text search parameter in a filter string (`q=family&type=guide`). */
export const QUERY_PARAM = 'q';

/** Selected values per dimension (`group`, `capacity`, `level`, or a facet): OR within, AND across. */
export type Filters = Readonly<Record<string, readonly string[]>>;

/** Why the library suggests a resource: it matches this capacity at the team's current level. */
export interface MatchReason {
  readonly capacityId: string;
  readonly levelId: string;
}

export interface LibraryEntry {
  readonly resource: Resource;
  /** For matched lists: every capacity (at its level) the resource was matched to, lowest-rated first. */
  readonly reasons: readonly MatchReason[];
}

export interface FilterOption {
  readonly id: string;
  /** The vocabulary's, group's, capacity's or level's label; undefined for a value nothing declares. */
  readonly label: Text | undefined;
}

export interface SearchResult {
  readonly entries: readonly LibraryEntry[];
  /**
   * For each dimension and value: how many entries there would be with that value selected in place of the
   * dimension's current selection (the other filters and the search unchanged).
   */
  readonly counts: ReadonlyMap<string, ReadonlyMap<string, number>>;
}

/** Lower case, without diacritics, so "familia" finds "Familia" and "educacion" finds "educación". */
export function normalizeSearch(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

const textValues = (text: Text | undefined): string[] =>
  text == null ? [] : typeof text === 'string' ? [text] : Object.values(text);

const asList = (value: unknown): string[] =>
  Array.isArray(value)
    ? value.filter((v): v is string => typeof v === 'string')
    : typeof value === 'string'
      ? [value]
      : [];

/** A framework's resources prepared for filtering: keys per dimension and search text, once per model. */
export class ResourceIndex {
  readonly model: FrameworkModel;
  /** Every dimension a filter can use: group, capacity, level, then the facets present. */
  readonly dimensions: readonly string[];
  /** The resource facets: declared vocabularies, then standard facets some resource uses. */
  readonly facets: readonly string[];
  readonly #keys = new Map<Resource, Readonly<Record<string, readonly string[]>>>();
  readonly #haystack = new Map<Resource, string>();
  readonly #options = new Map<string, readonly FilterOption[]>();
  readonly #byTitle = new Map<string, readonly LibraryEntry[]>();

  constructor(model: FrameworkModel) {
    this.model = model;
    const declared = Object.keys(model.framework.vocabularies ?? {});
    const used = STANDARD_FACETS.filter(
      (f) => !declared.includes(f) && model.resources.some((r) => asList(r[f]).length),
    );
    this.facets = [...declared, ...used];
    this.dimensions = [...STRUCTURE_DIMENSIONS, ...this.facets];
    const allLevels = model.levels.map((l) => l.id);
    for (const r of model.resources) {
      const capacities = new Set(asList(r.capacityIds));
      const groups = new Set(asList(r.groupIds));
      for (const id of capacities) {
        const group = model.groupOf(id);
        if (group) groups.add(group.id);
      }
      // A resource tagged to a group serves every capacity in it (framework-format.md, matched resources).
      for (const id of asList(r.groupIds))
        for (const c of model.group(id)?.capacities ?? []) capacities.add(c.id);
      const levels = asList(r.levelIds);
      const keys: Record<string, readonly string[]> = {
        group: [...groups],
        capacity: [...capacities],
        level: levels.length ? levels : allLevels,
      };
      for (const facet of this.facets) keys[facet] = asList((r as Record<string, unknown>)[facet]);
      this.#keys.set(r, keys);
      this.#haystack.set(
        r,
        normalizeSearch(
          [...textValues(r.title), ...textValues(r.summary), ...asList(r.publisher), ...asList(r.tags)].join(
            '\n',
          ),
        ),
      );
    }
  }

  /** A resource's values in one dimension (a resource with no `levelIds` is at every level). */
  keysOf(resource: Resource, dimension: string): readonly string[] {
    return this.#keys.get(resource)?.[dimension] ?? [];
  }

  /**
   * The values a dimension offers: groups, capacities and levels in framework order; a facet's vocabulary
   * in its order, then undeclared values some resource uses. Only values some resource has.
   */
  options(dimension: string): readonly FilterOption[] {
    let options = this.#options.get(dimension);
    if (options) return options;
    const present = new Set<string>();
    for (const keys of this.#keys.values()) for (const k of keys[dimension] ?? []) present.add(k);
    const m = this.model;
    const declared: FilterOption[] =
      dimension === 'group'
        ? m.groups.map((g) => ({ id: g.id, label: g.label }))
        : dimension === 'capacity'
          ? m.capacities.map((c) => ({ id: c.id, label: c.label }))
          : dimension === 'level'
            ? m.levels.map((l) => ({ id: l.id, label: l.label }))
            : m.vocabulary(dimension).map((e) => ({ id: e.id, label: e.label }));
    const known = new Set(declared.map((o) => o.id));
    options = [
      ...declared.filter((o) => present.has(o.id)),
      ...[...present].filter((id) => !known.has(id)).map((id) => ({ id, label: undefined })),
    ];
    this.#options.set(dimension, options);
    return options;
  }

  /** Every resource, sorted by its title in `locale` (kept per locale). */
  byTitle(locale: string | undefined): readonly LibraryEntry[] {
    const key = locale ?? '';
    let entries = this.#byTitle.get(key);
    if (!entries) {
      const collator = new Intl.Collator(intlLocale(locale), { sensitivity: 'base', numeric: true });
      const titled = this.model.resources.map((resource) => ({
        entry: { resource, reasons: [] },
        title: this.model.text(resource.title, locale),
      }));
      titled.sort((a, b) => collator.compare(a.title, b.title));
      entries = titled.map((t) => t.entry);
      this.#byTitle.set(key, entries);
    }
    return entries;
  }

  /**
   * Filters and searches `entries` in one pass, keeping their order. Every whitespace-separated word of
   * `query` must appear in the title, summary, publisher or tags (any language of them, ignoring case and
   * accents). Unknown dimensions in `filters` are ignored.
   */
  search(entries: readonly LibraryEntry[], filters: Filters, query = ''): SearchResult {
    const words = normalizeSearch(query).split(/\s+/).filter(Boolean);
    const active = this.dimensions
      .filter((d) => selectedIn(filters, d).length)
      .map((d) => ({ dimension: d, selected: new Set(selectedIn(filters, d)) }));
    const counts = new Map<string, Map<string, number>>(this.dimensions.map((d) => [d, new Map()]));
    const count = (dimension: string, keys: readonly string[]) => {
      const map = counts.get(dimension)!;
      for (const k of keys) map.set(k, (map.get(k) ?? 0) + 1);
    };
    const results: LibraryEntry[] = [];
    for (const entry of entries) {
      const r = entry.resource;
      if (words.length) {
        const haystack = this.#haystack.get(r) ?? '';
        if (!words.every((w) => haystack.includes(w))) continue;
      }
      const keys = this.#keys.get(r);
      if (!keys) continue;
      let failed: string | undefined;
      let failures = 0;
      for (const { dimension, selected } of active) {
        if (!keys[dimension].some((k) => selected.has(k))) {
          failed = dimension;
          if (++failures > 1) break;
        }
      }
      if (failures === 0) {
        results.push(entry);
        for (const d of this.dimensions) count(d, keys[d]);
      } else if (failures === 1) {
        // Fails only this dimension: choosing one of its values there instead would keep it.
        count(failed!, keys[failed!]);
      }
    }
    return { entries: results, counts };
  }
}

/** The values selected for `dimension`: own entries only, so a facet named "constructor" is just a facet. */
export function selectedIn(filters: Filters, dimension: string): readonly string[] {
  const values: unknown = Object.hasOwn(filters, dimension) ? filters[dimension] : undefined;
  return Array.isArray(values) ? (values as readonly string[]) : [];
}

const indexes = new WeakMap<FrameworkModel, ResourceIndex>();

/** The index of a model's resources (built once per model). */
export function resourceIndex(model: FrameworkModel): ResourceIndex {
  let index = indexes.get(model);
  if (!index) indexes.set(model, (index = new ResourceIndex(model)));
  return index;
}

/**
 * Resources matched to a profile: for each capacity rated at a level, lowest level first (framework order
 * on ties), the resources matched to it at that level. A resource matched to several capacities appears
 * once, at its first place, with every reason.
 */
export function matchedResources(model: FrameworkModel, profile: Profile | undefined): LibraryEntry[] {
  const rated = model.capacities.flatMap((capacity, order) => {
    const level = ratedLevel(model, profile?.ratings, capacity.id);
    return level ? [{ capacity, level, order }] : [];
  });
  rated.sort((a, b) => a.level.rank - b.level.rank || a.order - b.order);
  const entries = new Map<Resource, { resource: Resource; reasons: MatchReason[] }>();
  for (const { capacity, level } of rated) {
    for (const resource of matchedFor(model, capacity.id, level.id)) {
      let entry = entries.get(resource);
      if (!entry) entries.set(resource, (entry = { resource, reasons: [] }));
      entry.reasons.push({ capacityId: capacity.id, levelId: level.id });
    }
  }
  return [...entries.values()];
}

/**
 * Filters as a URL query string (`q=family&group=inclusive-culture&type=guide&type=tool`): `q` is the
 * search exactly as typed (left out when it is only spaces), so the string round-trips what a person sees.
 */
export function filtersToString(filters: Filters, query = ''): string {
  const params = new URLSearchParams();
  if (query.trim()) params.append(QUERY_PARAM, query);
  for (const [dimension, values] of Object.entries(filters))
    for (const value of values) params.append(dimension, value);
  return params.toString();
}

/** Reads a filter string (a URL query, with or without `?`): the filters, and the search text. */
export function filtersFromString(text: string | null | undefined): { filters: Filters; query: string } {
  const params = new URLSearchParams((text ?? '').trim());
  const filters: Record<string, string[]> = {};
  let query = '';
  for (const [key, value] of params) {
    if (key === QUERY_PARAM) query = query ? `${query} ${value}` : value;
    else if (value) {
      // Own keys only: "constructor=1" or "__proto__=1" in a host page's URL is just an unknown filter.
      const list = Object.hasOwn(filters, key) ? filters[key] : [];
      if (!list.length)
        Object.defineProperty(filters, key, {
          value: list,
          enumerable: true,
          writable: true,
          configurable: true,
        });
      if (!list.includes(value)) list.push(value);
    }
  }
  return { filters, query };
}
