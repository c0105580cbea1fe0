/**
 * The parts of a framework document that did parse, for the reference checks of a document whose shape is
 * partly wrong. Without this, `validate` stopped at the first shape error: a file with four mistakes
 * printed one, then twelve more once that one was fixed (issue 15), though it promises every error.
 *
 * The copy keeps only what the reference checks read (ids, references, ranks, descriptors' keys, contacts,
 * facet values), each with the type the schema asks for. A list item that cannot be checked (no string id,
 * a reference that is not a string) becomes a hole in a sparse array: `forEach`, `filter` and `some` skip
 * holes, so every other item keeps its index, and every path the checks report is the document's own.
 * The shape errors already say what is wrong with the parts left out.
 */
import type { Issue } from './issues.js';
import type { Framework } from './schema.js';

type Loose = Record<string, unknown>;

const isObject = (value: unknown): value is Loose =>
  !!value && typeof value === 'object' && !Array.isArray(value);

const text = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);

/** `value`'s items mapped by `keep` where it gives something, holes elsewhere; undefined if not a list. */
function sparse<T>(value: unknown, keep: (item: unknown) => T | undefined): T[] | undefined {
  if (!Array.isArray(value)) return undefined;
  const out = new Array<T>(value.length);
  (value as unknown[]).forEach((item, i) => {
    const kept = keep(item);
    if (kept !== undefined) out[i] = kept;
  });
  return out;
}

/** A list of ids: the strings, holes for the rest. */
const ids = (value: unknown) => sparse(value, text);

/** A list of objects with a string `id`, each copied by `fields`. */
function withIds<T>(value: unknown, fields: (item: Loose, id: string) => T): T[] | undefined {
  return sparse(value, (item) =>
    isObject(item) && typeof item.id === 'string' ? fields(item, item.id) : undefined,
  );
}

/** The kinds of ids a reference can name, as the reference errors of parse.ts word them. */
type Kind = 'level' | 'group' | 'capacity' | 'resource' | 'provider';

/** The coverage warnings: they count what is declared, so they mislead when a list lost items. */
const COVERAGE = new Set(['missing-descriptor', 'missing-equity', 'missing-action', 'untagged-resource']);

/**
 * What the reference checks of parse.ts (`checkFramework`) can read in `value`, a document that failed its
 * shape check (`doc`: never throws, whatever `value` is), and which of their findings to keep (`keep`).
 * A reference to a kind whose list lost an item (no id, not a list at all) is not reported: the id may
 * well be the lost item's, and the shape error already says what to fix. Nor are coverage warnings then.
 */
export function salvageFramework(
  value: unknown,
  shapeErrors: readonly Issue[],
): { doc: Framework; keep: (issue: Issue) => boolean } {
  const doc = salvage(value);
  const lost = new Set<string>();
  // A list refused as a whole (too short, say): its items may be fine, but what refers to them waits.
  for (const e of shapeErrors) {
    const list = /^\/(levels|groups|resources|providers)$|^\/groups\/\d+\/(capacities)$/.exec(e.path);
    if (list)
      lost.add(
        {
          levels: 'level',
          groups: 'group',
          resources: 'resource',
          providers: 'provider',
          capacities: 'capacity',
        }[list[1] ?? list[2]]!,
      );
  }
  // A list that is missing is lost when the format requires it (levels, groups, a group's capacities);
  // an optional one that is missing declares nothing, so references to its kind are real mistakes.
  const complete = (kind: Kind, source: unknown, kept: readonly unknown[] | undefined, required = false) => {
    if (source === undefined) {
      if (required) lost.add(kind);
    } else if (!Array.isArray(source) || !kept || kept.length !== Object.keys(kept).length) lost.add(kind);
  };
  const raw = isObject(value) ? value : {};
  complete('level', raw.levels, doc.levels, true);
  complete('group', raw.groups, doc.groups, true);
  complete('resource', raw.resources, doc.resources);
  complete('provider', raw.providers, doc.providers);
  // Capacities: every group kept, each with all its capacities.
  if (lost.has('group')) lost.add('capacity');
  (Array.isArray(raw.groups) ? raw.groups : []).forEach((g: unknown, i) => {
    if (isObject(g)) complete('capacity', g.capacities, doc.groups[i]?.capacities, true);
  });
  const vocabularies = isObject(raw.vocabularies) ? raw.vocabularies : {};
  for (const [facet, entries] of Object.entries(vocabularies))
    complete(`vocabularies.${facet}` as Kind, entries, doc.vocabularies?.[facet]);
  // A place the shape check already named is not named twice (an id of the wrong form, say).
  const named = new Set(shapeErrors.map((e) => e.path));
  const keep = (i: Issue) => {
    if (named.has(i.path)) return false;
    if (i.severity === 'warning') return !lost.size || !COVERAGE.has(i.code);
    if (i.code !== 'unresolved-reference') return true;
    const kind =
      /^no (\w+) with id /.exec(i.message)?.[1] ?? /is not in (vocabularies\.\S+) /.exec(i.message)?.[1];
    return !kind || !lost.has(kind);
  };
  return { doc, keep };
}

function salvage(value: unknown): Framework {
  const doc = isObject(value) ? value : {};
  const levels = withIds(doc.levels, (l, id) => ({ id, rank: l.rank }));
  const groups = withIds(doc.groups, (g, id) => ({
    id,
    capacities:
      withIds(g.capacities, (cap, capId) => ({
        id: capId,
        descriptors: isObject(cap.descriptors) ? cap.descriptors : undefined,
      })) ?? [],
  }));
  const actions = sparse(doc.actions, (a) =>
    isObject(a) && typeof a.id === 'string' && text(a.capacityId) && text(a.levelId)
      ? { id: a.id, capacityId: a.capacityId, levelId: a.levelId, resourceIds: ids(a.resourceIds) }
      : undefined,
  );
  const equityConsiderations = sparse(doc.equityConsiderations, (e) =>
    isObject(e) && text(e.groupId) && text(e.levelId)
      ? { groupId: e.groupId, levelId: e.levelId, capacityId: text(e.capacityId) }
      : undefined,
  );
  const resources = withIds(doc.resources, (r, id) => ({
    // Facet values (vocabularies) are read by name and checked for being strings there.
    ...r,
    id,
    capacityIds: ids(r.capacityIds),
    levelIds: ids(r.levelIds),
    groupIds: ids(r.groupIds),
    providerId: text(r.providerId),
  }));
  const providers = withIds(doc.providers, (p, id) => ({
    id,
    capacityIds: ids(p.capacityIds),
    levelIds: ids(p.levelIds),
    contact: text(p.contact),
  }));
  const vocabularies = isObject(doc.vocabularies)
    ? Object.fromEntries(
        Object.entries(doc.vocabularies).flatMap(([facet, entries]) => {
          const kept = withIds(entries, (_, id) => ({ id }));
          return kept ? [[facet, kept]] : [];
        }),
      )
    : undefined;
  return {
    levels: levels ?? [],
    groups: groups ?? [],
    actions,
    equityConsiderations,
    resources,
    providers,
    anchors: withIds(doc.anchors, (_, id) => ({ id })),
    roles: withIds(doc.roles, (_, id) => ({ id })),
    vocabularies,
  } as unknown as Framework;
}
