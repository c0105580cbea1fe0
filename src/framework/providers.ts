/**
 * Support providers (framework-format.md, "Additions in 1.1", provider details), DOM-free: which providers
 * work on a capacity (and serve a level best), filters over capacity, level, language and region with the
 * count each option would give, and the one contact link the widgets may open (`https:` or `mailto:`).
 * Indexed once per model, like the resource matches in recommend.ts.
 */
import type { FrameworkModel } from './model.js';
import { highlights, priorityCapacities } from './report.js';
import type { Capacity, Profile, Provider } from './schema.js';

/**
 * A contact the widgets may open: `https:` with a host, or `mailto:` with an address, in any letter case,
 * with no whitespace or control characters anywhere (browsers strip those, so `java\tscript:` would pass a
 * looser test). `http:` is refused on purpose: a team may send its answers there.
 */
const CONTACT_PATTERN =
  // Control characters are exactly what this pattern must refuse.
  // eslint-disable-next-line no-control-regex
  /^(?:[hH][tT][tT][pP][sS]:\/\/[^\s\u0000-\u001F\u007F/?#@]+(?:[/?#][^\s\u0000-\u001F\u007F]*)?|[mM][aA][iI][lL][tT][oO]:[^\s\u0000-\u001F\u007F?@]+@[^\s\u0000-\u001F\u007F]+)$/;

/** True when `url` is a contact a provider may give: an `https:` or `mailto:` URL. */
export const isContactUrl = (url: unknown): url is string =>
  typeof url === 'string' && CONTACT_PATTERN.test(url);

/** A provider found for a capacity, and whether it serves the level asked about (empty `levelIds`: every level). */
export interface ProviderMatch {
  readonly provider: Provider;
  readonly servesLevel: boolean;
}

/** Per model: capacity id → the providers working on it, in framework order. */
const byCapacity = new WeakMap<FrameworkModel, ReadonlyMap<string, readonly Provider[]>>();

function capacityIndex(model: FrameworkModel): ReadonlyMap<string, readonly Provider[]> {
  let index = byCapacity.get(model);
  if (index) return index;
  const built = new Map<string, Provider[]>();
  for (const provider of model.providers)
    for (const id of new Set(provider.capacityIds ?? [])) {
      const list = built.get(id);
      if (list) list.push(provider);
      else built.set(id, [provider]);
    }
  byCapacity.set(model, (index = built));
  return index;
}

/** True when `provider` serves `levelId` best: it names that level, or names none (every level). */
export const servesLevel = (provider: Provider, levelId: string): boolean =>
  !provider.levelIds?.length || provider.levelIds.includes(levelId);

/**
 * The providers that work on a capacity (their `capacityIds` include it). With a level: those that serve it
 * best come first (their `levelIds` include it, or are empty: every level), then the others; framework
 * order within each.
 */
export function providersFor(
  model: FrameworkModel,
  capacityId: string,
  levelId?: string,
): readonly ProviderMatch[] {
  const providers = capacityIndex(model).get(capacityId) ?? [];
  if (levelId === undefined) return providers.map((provider) => ({ provider, servesLevel: true }));
  const matches = providers.map((provider) => ({ provider, servesLevel: servesLevel(provider, levelId) }));
  return [...matches.filter((m) => m.servesLevel), ...matches.filter((m) => !m.servesLevel)];
}

/** The dimensions a provider list filters by, in display order. */
export const PROVIDER_DIMENSIONS = ['capacity', 'level', 'language', 'region'] as const;
export type ProviderDimension = (typeof PROVIDER_DIMENSIONS)[number];

/** Selected values per dimension: OR within a dimension, AND across. */
export type ProviderFilters = Readonly<Partial<Record<ProviderDimension, readonly string[]>>>;

/** Lower case, so `es-MX` and `es-mx` are one language, `North` and `north` one region. */
const key = (value: string) => value.trim().toLowerCase();

/** A provider's values in one dimension, as filter keys (a provider without `levelIds` serves every level). */
function keysOf(model: FrameworkModel, provider: Provider, dimension: ProviderDimension): readonly string[] {
  switch (dimension) {
    case 'capacity':
      return provider.capacityIds ?? [];
    case 'level':
      return provider.levelIds?.length ? provider.levelIds : model.levels.map((l) => l.id);
    case 'language':
      return (provider.languages ?? []).map(key);
    case 'region':
      return (provider.regions ?? []).map(key);
  }
}

/** One option of a filter: the value as filters hold it, and as the data first wrote it. */
export interface ProviderOption {
  readonly id: string;
  /** For languages and regions: the first spelling in the data (`es-MX`); for the others, the id. */
  readonly value: string;
}

export interface ProviderSearch {
  readonly providers: readonly Provider[];
  /** For each dimension and option: how many providers choosing it in place of that dimension's selection gives. */
  readonly counts: ReadonlyMap<ProviderDimension, ReadonlyMap<string, number>>;
}

/** Per model: each dimension's options (capacities and levels in framework order; languages and regions as first met). */
const optionIndex = new WeakMap<FrameworkModel, ReadonlyMap<ProviderDimension, readonly ProviderOption[]>>();

/** The options each filter offers: only values some provider has. */
export function providerOptions(
  model: FrameworkModel,
): ReadonlyMap<ProviderDimension, readonly ProviderOption[]> {
  let options = optionIndex.get(model);
  if (options) return options;
  const used = new Set(model.providers.flatMap((p) => p.capacityIds ?? []));
  const spelled = (values: (p: Provider) => readonly string[] | undefined) => {
    const first = new Map<string, string>();
    for (const p of model.providers)
      for (const v of values(p) ?? []) if (!first.has(key(v))) first.set(key(v), v.trim());
    return [...first].map(([id, value]) => ({ id, value }));
  };
  const anyLevels = model.providers.some((p) => p.levelIds?.length);
  options = new Map<ProviderDimension, readonly ProviderOption[]>([
    ['capacity', model.capacities.filter((c) => used.has(c.id)).map((c) => ({ id: c.id, value: c.id }))],
    // Without any provider naming levels, every provider serves every level: a level filter would do nothing.
    ['level', anyLevels ? model.levels.map((l) => ({ id: l.id, value: l.id })) : []],
    ['language', spelled((p) => p.languages)],
    ['region', spelled((p) => p.regions)],
  ]);
  optionIndex.set(model, options);
  return options;
}

/** The values selected in a dimension, as filter keys. */
const selected = (filters: ProviderFilters, dimension: ProviderDimension): readonly string[] =>
  Object.hasOwn(filters, dimension) ? (filters[dimension] ?? []).map(key) : [];

/**
 * The providers (framework order) that pass every filter, and how many each option would give. A value no
 * provider has (an unknown id in a page's `filters`) matches nothing, so a wrong link shows no one rather than
 * everyone.
 */
export function filterProviders(model: FrameworkModel, filters: ProviderFilters): ProviderSearch {
  const chosen = PROVIDER_DIMENSIONS.map((d) => [d, new Set(selected(filters, d))] as const);
  const counts = new Map<ProviderDimension, Map<string, number>>(
    PROVIDER_DIMENSIONS.map((d) => [d, new Map<string, number>()]),
  );
  const providers: Provider[] = [];
  for (const provider of model.providers) {
    const keys = chosen.map(([d]) => keysOf(model, provider, d));
    const passes = chosen.map(([, set], i) => !set.size || keys[i].some((k) => set.has(k)));
    const failed = passes.filter((p) => !p).length;
    if (!failed) providers.push(provider);
    // Counts for a dimension ignore its own selection: what choosing that option instead would give.
    chosen.forEach(([d], i) => {
      if (failed - (passes[i] ? 0 : 1) > 0) return;
      const count = counts.get(d)!;
      for (const k of new Set(keys[i])) count.set(k, (count.get(k) ?? 0) + 1);
    });
  }
  return { providers, counts };
}

/**
 * The capacities a team most needs support with, as the report names them: its priorities (in their order),
 * then its growth areas (the capacities rated at its lowest level; none when every answer is at one level,
 * where nothing stands out), each once.
 */
export function teamFocus(model: FrameworkModel, profile: Profile | undefined): readonly Capacity[] {
  const h = highlights(model, profile);
  return [...new Set([...priorityCapacities(model, profile), ...(h.even ? [] : h.growth)])];
}

/**
 * The URL to open for a provider's contact, or undefined when it has none the widgets may open. A `mailto:`
 * gets a subject naming the capacity (unless it has one already); an `https:` link is opened as it is.
 */
export function contactHref(contact: unknown, subject: string): string | undefined {
  if (!isContactUrl(contact)) return undefined;
  if (!/^mailto:/i.test(contact) || /[?&]subject=/i.test(contact)) return contact;
  return `${contact}${contact.includes('?') ? '&' : '?'}subject=${encodeURIComponent(subject)}`;
}
