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

/**
 * What the reference checks of parse.ts (`checkFramework`) can read in `value`, a document that failed its
 * shape check: never throws, whatever `value` is.
 */
export function salvageFramework(value: unknown): Framework {
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
