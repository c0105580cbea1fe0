/* eslint-disable @typescript-eslint/no-unsafe-assignment, @typescript-eslint/no-unsafe-member-access, @typescript-eslint/no-unsafe-return -- the tests break untyped JSON documents (Doc) on purpose */
/**
 * Shared fixtures for the framework-model tests (not a test file itself).
 *
 * `validFramework()` returns a fresh deep copy of a small, complete framework document: 3 levels, 2 groups,
 * 3 capacities, descriptors for every capacity × level, equity for every group × level, actions for every
 * capacity × level, 3 resources with declared vocabularies, a provider and an anchor. It parses with no
 * errors and no warnings; tests break one rule at a time.
 */
import { expect } from '@open-wc/testing';
import {
  emptyProfile,
  parseFramework,
  withRating,
  type FrameworkModel,
  type Issue,
  type ParseResult,
  type Profile,
} from '../../src/framework/index.js';

// A JSON value, loosely typed so tests can break it freely.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Doc = any;

export const LEVEL_IDS = ['emerging', 'developing', 'leading'] as const;
export const CAPACITY_IDS = ['dei', 'agency', 'routines'] as const;
export const GROUP_IDS = ['culture', 'data'] as const;

const CAPACITY_GROUP: Record<string, string> = { dei: 'culture', agency: 'culture', routines: 'data' };

const FRAMEWORK = {
  $schema: './framework.schema.json',
  schema: 'blueprint-framework/1',
  id: 'test-fw',
  version: '2.1.0',
  title: { en: 'Test framework', es: 'Marco de prueba' },
  summary: 'A small framework for tests.',
  source: {
    publisher: 'Test publisher',
    url: 'https://example.org/source',
    citation: 'Invented for tests.',
    license: 'CC0',
    retrieved: '2026-01-01',
  },
  defaultLocale: 'en',
  levels: [
    {
      id: 'emerging',
      rank: 0,
      label: { en: 'Emerging', es: 'Emergente' },
      shortLabel: 'Em',
      summary: 'Starting.',
    },
    { id: 'developing', rank: 1, label: { en: 'Developing', es: 'En desarrollo' }, color: '#cccccc' },
    { id: 'leading', rank: 2, label: { en: 'Leading', es: 'Liderando' } },
  ],
  groups: [
    {
      id: 'culture',
      label: { en: 'Inclusive culture', es: 'Cultura inclusiva' },
      summary: 'How the team includes everyone.',
      capacities: [
        {
          id: 'dei',
          label: { en: 'Diversity, equity and inclusion', es: 'Diversidad, equidad e inclusión' },
          definition: 'The team centers equity.',
          lookFors: ['Data broken down by group'],
          prompts: ['Who is missing from the table?'],
          descriptors: {
            emerging: { summary: 'DEI emerging', indicators: ['One'] },
            developing: { summary: 'DEI developing' },
            leading: { summary: { en: 'DEI leading', es: 'DEI liderando' } },
          },
        },
        {
          id: 'agency',
          label: { en: 'Student agency', es: 'Agencia estudiantil' },
          descriptors: {
            emerging: { summary: 'Agency emerging' },
            developing: { summary: 'Agency developing' },
            leading: { summary: 'Agency leading' },
          },
        },
      ],
    },
    {
      id: 'data',
      label: { en: 'Data use', es: 'Uso de datos' },
      color: '#123456',
      capacities: [
        {
          id: 'routines',
          label: { en: 'Data routines', es: 'Rutinas de datos' },
          descriptors: {
            emerging: { summary: 'Routines emerging' },
            developing: { summary: 'Routines developing' },
            leading: { summary: 'Routines leading' },
          },
        },
      ],
    },
  ],
  equityConsiderations: [
    ...['culture', 'data'].flatMap((g) =>
      ['emerging', 'developing', 'leading'].map((l) => ({ groupId: g, levelId: l, items: [`${g} at ${l}`] })),
    ),
    {
      groupId: 'culture',
      levelId: 'developing',
      capacityId: 'agency',
      items: ['agency override at developing'],
    },
  ],
  actions: ['dei', 'agency', 'routines'].flatMap((c) =>
    ['emerging', 'developing', 'leading'].map((l) => ({
      id: `${c}-${l}`,
      capacityId: c,
      levelId: l,
      title: `Do ${c} at ${l}`,
      ...(c === 'dei' && l === 'emerging' ? { detail: 'Details.', resourceIds: ['equity-guide'] } : {}),
    })),
  ),
  resources: [
    {
      id: 'equity-guide',
      title: { en: 'Equity guide', es: 'Guía de equidad' },
      url: 'https://example.org/guide.pdf',
      summary: 'A guide.',
      publisher: 'Example',
      type: 'guide',
      format: 'pdf',
      cost: 'free',
      audience: ['team', 'leaders'],
      languages: ['en', 'es'],
      minutes: 30,
      capacityIds: ['dei'],
      levelIds: ['emerging', 'developing'],
      tags: ['equity'],
      providerId: 'helpers',
      updated: '2026-02-03',
    },
    {
      id: 'data-video',
      title: 'Data video',
      url: './videos/data.mp4',
      type: 'video',
      format: 'online',
      cost: 'paid',
      audience: ['team'],
      minutes: 12,
      groupIds: ['data'],
    },
    {
      id: 'agency-tool',
      title: 'Agency tool',
      type: 'tool',
      format: 'online',
      cost: 'free',
      audience: ['students'],
      capacityIds: ['agency', 'dei'],
      levelIds: [],
    },
  ],
  vocabularies: {
    type: [
      { id: 'guide', label: { en: 'Guide', es: 'Guía' } },
      { id: 'video', label: 'Video' },
      { id: 'tool', label: 'Tool' },
    ],
    format: [
      { id: 'pdf', label: 'PDF' },
      { id: 'online', label: 'Online' },
    ],
    cost: [
      { id: 'free', label: 'Free' },
      { id: 'paid', label: 'Paid' },
    ],
    audience: [
      { id: 'team', label: 'Team' },
      { id: 'leaders', label: 'Leaders' },
      { id: 'students', label: 'Students' },
    ],
  },
  providers: [
    {
      id: 'helpers',
      name: { en: 'Helpers Inc.', es: 'Ayudantes S.A.' },
      url: 'https://helpers.example.org',
      capacityIds: ['dei', 'routines'],
      competencies: ['Coaching'],
    },
  ],
  anchors: [{ id: 'mission', label: 'Mission', summary: 'Why we do this.' }],
  extensions: { partner: { note: 'kept' } },
};

/** A fresh deep copy of the valid fixture. */
export function validFramework(): Doc {
  return structuredClone(FRAMEWORK);
}

/** The model of a document that must be valid (a test that breaks one calls parseFramework itself). */
export function loadModel(doc: Doc = validFramework()): FrameworkModel {
  const result = parseFramework(doc);
  if (!result.ok) throw new Error(show(result.errors));
  return result.value;
}

/** A profile of `model` (the fixture framework by default) with capacities rated at the levels given. */
export function ratedProfile(levels: Record<string, string>, model: FrameworkModel = loadModel()): Profile {
  return Object.entries(levels).reduce(
    (p, [capacityId, levelId]) => withRating(p, capacityId, { status: 'rated', levelId }),
    emptyProfile(model),
  );
}

/** The group of a fixture capacity. */
export const groupOfFixture = (capacityId: string) => CAPACITY_GROUP[capacityId];

/** A fresh valid profile for the fixture framework. */
export function validProfile(): Doc {
  return {
    $schema: './profile.schema.json',
    schema: 'blueprint-profile/1',
    frameworkId: 'test-fw',
    frameworkVersion: '2.1.0',
    team: 'Team A',
    updatedAt: '2026-03-01T10:00:00Z',
    ratings: {
      dei: {
        status: 'rated',
        levelId: 'developing',
        note: 'We disaggregate data.',
        ratedAt: '2026-03-01T09:00:00Z',
      },
      agency: { status: 'unsure' },
      routines: { status: 'skipped', note: 'Later.' },
    },
    snapshots: [
      {
        takenAt: '2025-09-01',
        label: 'Fall',
        ratings: { dei: { status: 'rated', levelId: 'emerging' } },
      },
    ],
    raters: [
      { id: 'ana', name: 'Ana', ratings: { dei: { status: 'rated', levelId: 'leading' } } },
      { id: 'ben', ratings: { dei: { status: 'rated', levelId: 'emerging' } } },
    ],
    extensions: {
      'blueprint-widgets': { priorities: ['dei', 'routines'] },
      host: { theme: 'dark', list: [1, 2, 3] },
    },
  };
}

/** Decodes a JSON Pointer into keys. */
function keys(pointer: string): string[] {
  return pointer
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
}

/** Sets the value at `pointer` (the parent must exist). Returns the document for chaining. */
export function setAt(doc: Doc, pointer: string, value: unknown): Doc {
  const path = keys(pointer);
  const last = path.pop()!;
  const parent = path.reduce((node, k) => node[k], doc);
  if (parent === undefined) throw new Error(`test bug: no parent for ${pointer}`);
  parent[last] = value;
  return doc;
}

/** Deletes the value at `pointer` (it must exist). Returns the document. */
export function deleteAt(doc: Doc, pointer: string): Doc {
  const path = keys(pointer);
  const last = path.pop()!;
  const parent = path.reduce((node, k) => node[k], doc);
  if (parent === undefined || !(last in parent)) throw new Error(`test bug: nothing at ${pointer}`);
  if (Array.isArray(parent)) parent.splice(Number(last), 1);
  else delete parent[last];
  return doc;
}

const show = (issues: readonly Issue[]) =>
  issues.map((i) => `${i.path}: ${i.message}`).join('\n') || '(none)';

/** Asserts `result` is refused with an error at exactly `path` whose message has every fragment. */
export function expectError(
  result: ParseResult<unknown>,
  path: string,
  fragments: readonly (string | RegExp)[],
  code?: Issue['code'],
): Issue {
  expect(result.ok, `expected the document to be refused; warnings:\n${show(result.warnings)}`).to.equal(
    false,
  );
  const hit = result.errors.find((e) => e.path === path);
  expect(hit, `no error at ${JSON.stringify(path)}; errors:\n${show(result.errors)}`).to.not.equal(undefined);
  for (const f of fragments) {
    if (typeof f === 'string') expect(hit!.message).to.include(f);
    else expect(hit!.message).to.match(f);
  }
  expect(hit!.severity).to.equal('error');
  if (code) expect(hit!.code, hit!.message).to.equal(code);
  return hit!;
}

/** Like expectError, and the error is the only one. */
export function expectOnlyError(
  result: ParseResult<unknown>,
  path: string,
  fragments: readonly (string | RegExp)[],
  code?: Issue['code'],
): Issue {
  const hit = expectError(result, path, fragments, code);
  expect(result.errors.length, `expected exactly one error; errors:\n${show(result.errors)}`).to.equal(1);
  return hit;
}

/** Asserts `result` loaded, with a warning at exactly `path` whose message has every fragment. */
export function expectWarning(
  result: ParseResult<unknown>,
  path: string,
  fragments: readonly (string | RegExp)[],
  code?: Issue['code'],
): Issue {
  expect(result.ok, `expected the document to load; errors:\n${show(result.errors)}`).to.equal(true);
  const hit = result.warnings.find(
    (w) =>
      w.path === path &&
      fragments.every((f) => (typeof f === 'string' ? w.message.includes(f) : f.test(w.message))),
  );
  expect(
    hit,
    `no matching warning at ${JSON.stringify(path)}; warnings:\n${show(result.warnings)}`,
  ).to.not.equal(undefined);
  expect(hit!.severity).to.equal('warning');
  if (code) expect(hit!.code, hit!.message).to.equal(code);
  return hit!;
}

/** Asserts the result loaded with no errors and no warnings. */
export function expectClean(result: ParseResult<unknown>): void {
  expect(result.ok, `errors:\n${show(result.errors)}`).to.equal(true);
  expect(result.warnings, `warnings:\n${show(result.warnings)}`).to.have.length(0);
}

export { show as showIssues };
