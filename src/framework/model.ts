/**
 * The immutable model of a validated framework: indexes and the queries every widget asks
 * (levels in order, a capacity's group, next level, descriptors, actions, matched resources,
 * equity considerations, vocabulary labels, group colors). Built only by `parseFramework`.
 *
 * Issue 14 (size): only parse.ts imports this class as a value, so its code rides in the validator's chunk,
 * loaded before any model exists; the elements use models through their type, and tell one from a framework
 * document with `isModel` (is-model.ts).
 */
import type { Issue } from './issues.js';
import type {
  Action,
  Anchor,
  Capacity,
  Descriptor,
  EquityConsideration,
  Framework,
  Group,
  Level,
  Provider,
  Resource,
  VocabularyEntry,
} from './schema.js';
import { addModel } from './is-model.js';
import { GROUP_PALETTE } from './palette.js';
import { resolveText, type ResolvedText, type Text } from './text.js';

export { GROUP_PALETTE } from './palette.js';

/** One group's equity considerations at one level: the group entry and any per-capacity overrides. */
export interface GroupConsiderations {
  readonly groupId: string;
  readonly levelId: string;
  /** The group × level entry's items (empty when the framework has none). */
  readonly items: readonly Text[];
  /** Whether the framework has a group × level entry at all. */
  readonly found: boolean;
  /** Capacity-specific entries at this level, which override the group's items for that capacity. */
  readonly overrides: readonly { readonly capacityId: string; readonly items: readonly Text[] }[];
}

const key = (...parts: string[]) => parts.join('\0');

function push<K, V>(map: Map<K, V[]>, k: K, value: V) {
  const list = map.get(k);
  if (list) list.push(value);
  else map.set(k, [value]);
}

export class FrameworkModel {
  /** The validated document, deep-frozen, unknown fields included. */
  readonly framework: Framework;
  /** Warnings found while validating (the document loaded anyway). */
  readonly warnings: readonly Issue[];
  readonly id: string;
  readonly version: string;
  readonly defaultLocale: string;
  /** Levels ordered by rank (rank 0 first). */
  readonly levels: readonly Level[];
  readonly groups: readonly Group[];
  /** Every capacity, in display order (groups in order, capacities in order). */
  readonly capacities: readonly Capacity[];
  readonly resources: readonly Resource[];
  readonly actions: readonly Action[];
  readonly providers: readonly Provider[];
  readonly anchors: readonly Anchor[];

  readonly #levels = new Map<string, Level>();
  readonly #groups = new Map<string, Group>();
  readonly #capacities = new Map<string, Capacity>();
  readonly #groupOf = new Map<string, Group>();
  readonly #resources = new Map<string, Resource>();
  readonly #actions = new Map<string, Action[]>();
  readonly #equity = new Map<string, EquityConsideration>();
  readonly #colors = new Map<string, string>();

  /** Use `parseFramework`; this constructor trusts that `framework` is valid. */
  constructor(framework: Framework, warnings: readonly Issue[] = []) {
    this.framework = framework;
    this.warnings = warnings;
    this.id = framework.id;
    this.version = framework.version;
    this.defaultLocale = framework.defaultLocale ?? 'en';
    this.levels = Object.freeze([...framework.levels].sort((a, b) => a.rank - b.rank));
    this.groups = framework.groups;
    this.capacities = Object.freeze(framework.groups.flatMap((g) => g.capacities));
    this.resources = framework.resources ?? [];
    this.actions = framework.actions ?? [];
    this.providers = framework.providers ?? [];
    this.anchors = framework.anchors ?? [];

    // First occurrence wins everywhere, matching the order validation reports duplicates in.
    for (const l of this.levels) if (!this.#levels.has(l.id)) this.#levels.set(l.id, l);
    // Palette colors a group already has as its own `color` are skipped, so groups stay distinct.
    const given = new Set(this.groups.map((g) => g.color?.trim().toLowerCase()));
    const palette = GROUP_PALETTE.filter((c) => !given.has(c));
    const free = palette.length ? palette : GROUP_PALETTE;
    let paletteIndex = 0;
    for (const g of this.groups) {
      if (!this.#groups.has(g.id)) this.#groups.set(g.id, g);
      if (!this.#colors.has(g.id)) this.#colors.set(g.id, g.color ?? free[paletteIndex++ % free.length]);
      for (const c of g.capacities) {
        if (this.#capacities.has(c.id)) continue;
        this.#capacities.set(c.id, c);
        this.#groupOf.set(c.id, g);
      }
    }
    for (const r of this.resources) if (!this.#resources.has(r.id)) this.#resources.set(r.id, r);
    for (const a of this.actions) push(this.#actions, key(a.capacityId, a.levelId), a);
    for (const e of framework.equityConsiderations ?? []) {
      const k = key(e.groupId, e.levelId, e.capacityId ?? '');
      if (!this.#equity.has(k)) this.#equity.set(k, e);
    }
    addModel(this);
    Object.freeze(this);
  }

  /** Resolves localized text with this framework's default locale as the fallback. */
  text(value: Text | undefined | null, locale: string | undefined): string {
    return resolveText(value, locale, this.defaultLocale).text;
  }

  /** Like `text`, also saying which language was picked (for a `lang` attribute on fallbacks). */
  resolve(value: Text | undefined | null, locale: string | undefined): ResolvedText {
    return resolveText(value, locale, this.defaultLocale);
  }

  level(id: string): Level | undefined {
    return this.#levels.get(id);
  }

  /** The level at `rank`, if any. */
  levelAt(rank: number): Level | undefined {
    return this.levels[rank];
  }

  /** The level one rank above `levelId`; undefined at the top or for an unknown id. */
  nextLevel(levelId: string): Level | undefined {
    const level = this.level(levelId);
    return level ? this.levels[level.rank + 1] : undefined;
  }

  group(id: string): Group | undefined {
    return this.#groups.get(id);
  }

  capacity(id: string): Capacity | undefined {
    return this.#capacities.get(id);
  }

  /** The group a capacity belongs to. */
  groupOf(capacityId: string): Group | undefined {
    return this.#groupOf.get(capacityId);
  }

  /** The group's color: its own `color`, else the next unused palette color. */
  groupColor(groupId: string): string {
    return this.#colors.get(groupId) ?? GROUP_PALETTE[0];
  }

  /** What `capacityId` looks like at `levelId`, when the framework says. */
  descriptor(capacityId: string, levelId: string): Descriptor | undefined {
    const descriptors = this.capacity(capacityId)?.descriptors;
    return descriptors && Object.hasOwn(descriptors, levelId) ? descriptors[levelId] : undefined;
  }

  /** Suggested actions for a team whose capacity is at `levelId` now. */
  actionsFor(capacityId: string, levelId: string): readonly Action[] {
    return this.#actions.get(key(capacityId, levelId)) ?? [];
  }

  resource(id: string): Resource | undefined {
    return this.#resources.get(id);
  }

  /**
   * Resources matched to a capacity at a level: tagged to the capacity (or to its group), and with
   * `levelIds` empty or including the level. In library order.
   */
  resourcesFor(capacityId: string, levelId: string): readonly Resource[] {
    const groupId = this.groupOf(capacityId)?.id;
    return this.resources.filter(
      (r) =>
        (r.capacityIds?.includes(capacityId) || (groupId !== undefined && r.groupIds?.includes(groupId))) &&
        (!r.levelIds?.length || r.levelIds.includes(levelId)),
    );
  }

  /** The equity considerations for a group at a level, with capacity overrides at that level. */
  considerations(groupId: string, levelId: string): GroupConsiderations {
    const entry = this.#equity.get(key(groupId, levelId, ''));
    const overrides = (this.group(groupId)?.capacities ?? []).flatMap((c) => {
      const o = this.#equity.get(key(groupId, levelId, c.id));
      return o ? [{ capacityId: c.id, items: o.items }] : [];
    });
    return { groupId, levelId, items: entry?.items ?? [], found: entry !== undefined, overrides };
  }

  /** The considerations that apply to one capacity at a level: its override, else its group's entry. */
  considerationsForCapacity(capacityId: string, levelId: string): readonly Text[] {
    const group = this.groupOf(capacityId);
    if (!group) return [];
    return (
      this.#equity.get(key(group.id, levelId, capacityId))?.items ??
      this.#equity.get(key(group.id, levelId, ''))?.items ??
      []
    );
  }

  /** The declared values of a resource facet (`type`, `format`, `cost`, `audience`, …). */
  vocabulary(facet: string): readonly VocabularyEntry[] {
    const vocabularies = this.framework.vocabularies;
    return vocabularies && Object.hasOwn(vocabularies, facet) ? vocabularies[facet] : [];
  }

  /** The label of a facet value, or undefined when the facet has no vocabulary entry for it. */
  facetLabel(facet: string, id: string): Text | undefined {
    return this.vocabulary(facet).find((e) => e.id === id)?.label;
  }

  provider(id: string): Provider | undefined {
    return this.providers.find((p) => p.id === id);
  }
}
