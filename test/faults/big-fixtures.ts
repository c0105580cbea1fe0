/* eslint-disable @typescript-eslint/no-unsafe-assignment, @typescript-eslint/no-unsafe-member-access -- fixture documents are untyped JSON (Doc) */
/**
 * Big and long inputs for the fault suite (issue "nothing is lost", findings 7 and 8): a framework the
 * size a large network might publish (200 capacities × 7 levels, 5,000 resources), a profile that rates
 * every capacity and keeps many snapshots, and a framework whose one capacity label is very long.
 * Deterministic (no randomness), so every run measures the same work.
 */
import { PROFILE_SCHEMA_ID } from '../../src/framework/constants.js';
import type { Profile, Ratings } from '../../src/framework/schema.js';
import { type Doc, validFramework } from '../framework/fixtures.js';

export interface BigOptions {
  readonly groups?: number;
  readonly capacitiesPerGroup?: number;
  readonly levels?: number;
  readonly resources?: number;
}

const WORDS = [
  'family',
  'data',
  'equity',
  'network',
  'student',
  'coaching',
  'routine',
  'voice',
  'plan',
  'survey',
];
const TYPES = ['guide', 'tool', 'protocol', 'video'];

export const levelId = (rank: number) => `level-${rank}`;
export const capacityId = (g: number, c: number) => `cap-${g}-${c}`;

/**
 * A framework of `groups × capacitiesPerGroup` capacities at `levels` levels, each capacity with a
 * descriptor at every level and two actions per level, equity considerations for every group × level, and
 * `resources` resources. Each resource is tagged to two capacities (one in another group) and to three
 * neighbouring levels; one in fifty is tagged to a whole group instead. With the defaults, a capacity at a
 * level has about 35 matched resources: the report would draw about 7,000 cards if it drew them all.
 */
export function bigFramework({
  groups = 20,
  capacitiesPerGroup = 10,
  levels = 7,
  resources = 5000,
}: BigOptions = {}): Doc {
  const levelList = Array.from({ length: levels }, (_, rank) => ({
    id: levelId(rank),
    rank,
    label: { en: `Stage ${rank + 1}`, es: `Etapa ${rank + 1}` },
    summary: `What stage ${rank + 1} looks like in general.`,
  }));
  const groupList = Array.from({ length: groups }, (_, g) => ({
    id: `group-${g}`,
    label: { en: `Group ${g + 1} of practices`, es: `Grupo ${g + 1} de prácticas` },
    capacities: Array.from({ length: capacitiesPerGroup }, (_, c) => ({
      id: capacityId(g, c),
      label: {
        en: `Capacity ${g + 1}.${c + 1}: ${WORDS[(g + c) % WORDS.length]} work`,
        es: `Capacidad ${g + 1}.${c + 1}`,
      },
      definition: 'What the team does, in a sentence or two of plain words.',
      descriptors: Object.fromEntries(
        levelList.map((l) => [l.id, { summary: `Capacity ${g + 1}.${c + 1} at stage ${l.rank + 1}.` }]),
      ),
    })),
  }));
  const capacityAt = (i: number) => {
    const g = Math.floor(i / capacitiesPerGroup) % groups;
    return capacityId(g, i % capacitiesPerGroup);
  };
  return {
    schema: 'blueprint-framework/1',
    id: 'big-fw',
    version: '1.0.0',
    title: { en: 'A big framework', es: 'Un marco grande' },
    defaultLocale: 'en',
    levels: levelList,
    groups: groupList,
    equityConsiderations: groupList.flatMap((g) =>
      levelList.map((l) => ({
        groupId: g.id,
        levelId: l.id,
        items: [`Ask who is left out (${g.id}, ${l.id}).`],
      })),
    ),
    actions: groupList.flatMap((g) =>
      g.capacities.flatMap((c) =>
        levelList.flatMap((l) =>
          [1, 2].map((n) => ({
            id: `${c.id}-${l.id}-${n}`,
            capacityId: c.id,
            levelId: l.id,
            title: `Step ${n} for ${c.id} at ${l.id}`,
          })),
        ),
      ),
    ),
    resources: Array.from({ length: resources }, (_, i) => {
      const first = (i * 7) % levels;
      const levelIds = [0, 1, 2].map((d) => levelId((first + d) % levels));
      const tagged =
        i % 50 === 0
          ? { groupIds: [`group-${i % groups}`] }
          : { capacityIds: [capacityAt(i), capacityAt(i * 31 + 17)] };
      return {
        id: `resource-${i}`,
        title: {
          en: `Resource ${i}: ${WORDS[i % WORDS.length]} ${WORDS[(i * 3) % WORDS.length]}`,
          es: `Recurso ${i}`,
        },
        summary: `A short summary of resource ${i} about ${WORDS[(i * 7) % WORDS.length]}.`,
        url: `https://example.org/resources/${i}`,
        publisher: `Publisher ${i % 40}`,
        type: TYPES[i % TYPES.length],
        cost: i % 3 ? 'free' : 'paid',
        levelIds,
        tags: [WORDS[(i * 11) % WORDS.length]],
        ...tagged,
      };
    }),
  };
}

/** Every capacity id of a framework document, in order. */
export function capacityIds(doc: Doc): string[] {
  return (doc.groups as { capacities: { id: string }[] }[]).flatMap((g) => g.capacities.map((c) => c.id));
}

/**
 * A profile rating every capacity of `doc` (levels spread over the scale), with `snapshots` saved moments
 * of the same ratings and a note on every tenth capacity.
 */
export function bigProfile(doc: Doc, snapshots = 0): Profile {
  const levels = (doc.levels as unknown[]).length;
  const ids = capacityIds(doc);
  const ratings: Ratings = Object.fromEntries(
    ids.map((id, i) => [
      id,
      {
        status: 'rated' as const,
        levelId: levelId(i % levels),
        ratedAt: '2026-02-01T10:00:00.000Z',
        ...(i % 10 === 0 ? { note: `A note about ${id}: what we saw and why.` } : {}),
      },
    ]),
  );
  return {
    schema: PROFILE_SCHEMA_ID,
    frameworkId: doc.id as string,
    frameworkVersion: doc.version as string,
    team: 'Big team',
    ratings,
    ...(snapshots
      ? {
          snapshots: Array.from({ length: snapshots }, (_, s) => ({
            takenAt: new Date(Date.UTC(2025, 0, 1 + s)).toISOString(),
            label: `Moment ${s + 1}`,
            ratings,
          })),
        }
      : {}),
  };
}

/** The small test framework with the first capacity's English label replaced by `label`. */
export function longLabelFramework(label: string): Doc {
  const doc = validFramework();
  doc.groups[0].capacities[0].label = { en: label, es: label };
  return doc;
}
