/**
 * Parsing with located errors: JSON text or a value in, a validated document (or every problem found,
 * each with its JSON Pointer) out. Shapes come from schema.ts; the rules a schema cannot say (unique ids,
 * references that resolve, contiguous ranks, coverage warnings, profile ↔ framework checks) live here.
 * Nothing here throws on bad input.
 */
import * as v from 'valibot';
import { type Issue, type IssueCode, type ParseResult, issue } from './issues.js';
import { toPointer, type PathSegment } from './json-pointer.js';
import { FrameworkModel } from './model.js';
import {
  FRAMEWORK_SCHEMA_ID,
  FrameworkSchema,
  LIBRARY_EXTENSION,
  MAX_PRIORITIES,
  PROFILE_SCHEMA_ID,
  ProfileSchema,
  SAFE_URL_PATTERN,
  type Framework,
  type Profile,
  type Ratings,
} from './schema.js';

const MAX_LISTED = 8;

/** `"a", "b", "c", …` for messages that say which ids exist. */
function listIds(ids: Iterable<string>): string {
  const all = [...ids];
  const shown = all.slice(0, MAX_LISTED).join(', ');
  return all.length > MAX_LISTED ? `${shown}, … (${all.length} in all)` : shown || 'none';
}

function describeReceived(received: string | undefined): string {
  if (received === undefined || received === 'undefined') return '';
  return `, received ${received.length > 60 ? received.slice(0, 57) + '…' : received}`;
}

/** Line and column (1-based) of a character offset. */
function lineColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return { line, column: offset - before.lastIndexOf('\n') };
}

/** Parses JSON text into a value, or a located 'json' error. */
export function parseJson(text: string): { ok: true; value: unknown } | { ok: false; error: Issue } {
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (e) {
    const raw = (e as Error).message.replace(/\s*\(line \d+ column \d+\)\s*$/, '');
    const pos = /at position (\d+)/.exec(raw);
    const offset = pos ? Number(pos[1]) : /end of JSON input/.test(raw) ? text.length : undefined;
    const where = offset === undefined ? '' : (({ line, column }) => ` (line ${line}, column ${column})`)(lineColumn(text, offset));
    const reason = text.trim() === '' ? 'the text is empty' : raw.replace(/ in JSON at position \d+/, '');
    return { ok: false, error: issue('error', 'json', '', `not valid JSON: ${reason}${where}`) };
  }
}

type AnyIssue = v.BaseIssue<unknown>;

function pathOf(i: AnyIssue): PathSegment[] {
  return (i.path ?? []).map((p) => p.key as PathSegment);
}

/** Turns valibot's issues into ours: one message per problem, at the deepest path that explains it. */
function shapeIssues(issues: readonly AnyIssue[]): Issue[] {
  const out: Issue[] = [];
  const visit = (i: AnyIssue) => {
    const path = pathOf(i);
    // A union (localized Text) whose object branch failed deeper: report the deeper, more precise issues.
    if (i.type === 'union' && i.issues) {
      const deeper = i.issues.filter((s) => pathOf(s).length > path.length);
      if (deeper.length) return deeper.forEach(visit);
    }
    const isObject = i.type === 'object' || i.type === 'loose_object' || i.type === 'strict_object';
    if (isObject && i.received === 'undefined' && path.length > 0) {
      const key = String(path[path.length - 1]);
      out.push(issue('error', 'shape', toPointer(path), `required field "${key}" is missing`));
      return;
    }
    let code: IssueCode = 'shape';
    if (i.type === 'regex' && (i.requirement as RegExp | undefined)?.source === SAFE_URL_PATTERN.source) {
      code = 'unsafe-url';
    }
    out.push(issue('error', code, toPointer(path), i.message + describeReceived(i.received)));
  };
  issues.forEach(visit);
  // One problem can surface twice through nested unions; keep the first of each.
  const seen = new Set<string>();
  return out.filter((i) => {
    const key = i.path + '\0' + i.message;
    return seen.has(key) ? false : (seen.add(key), true);
  });
}

/** Deep-frozen copy, so nothing downstream can change a validated document in place. */
function freezeCopy<T>(value: T): T {
  const copy = structuredClone(value);
  const freeze = (node: unknown) => {
    if (node && typeof node === 'object' && !Object.isFrozen(node)) {
      Object.freeze(node);
      Object.values(node).forEach(freeze);
    }
  };
  freeze(copy);
  return copy;
}

function toValue(input: unknown): { ok: true; value: unknown } | { ok: false; error: Issue } {
  return typeof input === 'string' ? parseJson(input) : { ok: true, value: input };
}

function wrongSchema(value: unknown, expected: string, other: string, what: string): Issue | undefined {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return undefined;
  const got = (value as { schema?: unknown }).schema;
  if (got === undefined || got === expected) return undefined;
  const hint =
    got === other
      ? ` This is a ${what === 'framework' ? 'profile' : 'framework'} document, not a ${what}.`
      : ` This library reads "${expected}".`;
  return issue('error', 'schema-version', '/schema', `unknown schema ${JSON.stringify(got)}.${hint}`);
}

// ---------------------------------------------------------------------------------------------------
// Framework

/** Collects issues while walking a document. */
class Checker {
  readonly errors: Issue[] = [];
  readonly warnings: Issue[] = [];
  error(code: IssueCode, path: PathSegment[], message: string) {
    this.errors.push(issue('error', code, toPointer(path), message));
  }
  warn(code: IssueCode, path: PathSegment[], message: string) {
    this.warnings.push(issue('warning', code, toPointer(path), message));
  }
  /** Records the first path of each id; reports later ones as duplicates. */
  unique(kind: string, items: readonly { id: string }[], pathOf: (index: number) => PathSegment[], severity: 'error' | 'warning' = 'error') {
    const first = new Map<string, string>();
    items.forEach((item, index) => {
      const path = [...pathOf(index), 'id'];
      const seen = first.get(item.id);
      if (seen === undefined) first.set(item.id, toPointer(path));
      else {
        const message = `duplicate ${kind} id "${item.id}" (first used at ${seen})`;
        if (severity === 'error') this.error('duplicate-id', path, message);
        else this.warn('duplicate-id', path, message);
      }
    });
    return new Set(first.keys());
  }
  /** Reports `id` when `known` lacks it. */
  ref(kind: string, known: ReadonlySet<string>, id: string, path: PathSegment[]) {
    if (!known.has(id)) this.error('unresolved-reference', path, `no ${kind} with id "${id}" (${kind}s are ${listIds(known)})`);
  }
}

function checkFramework(doc: Framework, c: Checker): void {
  const levels = c.unique('level', doc.levels, (i) => ['levels', i]);
  const groups = c.unique('group', doc.groups, (i) => ['groups', i]);
  const capacityPaths: { id: string }[] = [];
  const capacityIndex: PathSegment[][] = [];
  const groupOfCapacity = new Map<string, string>();
  doc.groups.forEach((g, gi) =>
    g.capacities.forEach((cap, ci) => {
      capacityPaths.push(cap);
      capacityIndex.push(['groups', gi, 'capacities', ci]);
      if (!groupOfCapacity.has(cap.id)) groupOfCapacity.set(cap.id, g.id);
    }),
  );
  const capacities = c.unique('capacity', capacityPaths, (i) => capacityIndex[i]);
  const resources = c.unique('resource', doc.resources ?? [], (i) => ['resources', i]);
  c.unique('action', doc.actions ?? [], (i) => ['actions', i]);
  const providers = c.unique('provider', doc.providers ?? [], (i) => ['providers', i]);
  c.unique('anchor', doc.anchors ?? [], (i) => ['anchors', i], 'warning');

  // Ranks: 0..n-1, each once.
  const n = doc.levels.length;
  const rankAt = new Map<number, number>();
  doc.levels.forEach((level, i) => {
    const path = ['levels', i, 'rank'];
    if (level.rank >= n) c.error('level-ranks', path, `rank ${level.rank} is out of range: with ${n} levels, ranks are 0 to ${n - 1}, each used once`);
    else if (rankAt.has(level.rank)) c.error('level-ranks', path, `rank ${level.rank} is used twice (also at /levels/${rankAt.get(level.rank)}/rank); ranks are 0 to ${n - 1}, each used once`);
    else rankAt.set(level.rank, i);
  });

  // Descriptors: keys are level ids; every level should have one.
  doc.groups.forEach((g, gi) =>
    g.capacities.forEach((cap, ci) => {
      const base: PathSegment[] = ['groups', gi, 'capacities', ci];
      const descriptors = cap.descriptors ?? {};
      Object.keys(descriptors).forEach((key) => c.ref('level', levels, key, [...base, 'descriptors', key]));
      if (!cap.descriptors) {
        c.warn('missing-descriptor', base, `capacity "${cap.id}" has no descriptors; its levels will show only the general level summaries`);
      } else {
        const missing = doc.levels.filter((l) => !(l.id in descriptors)).map((l) => l.id);
        if (missing.length)
          c.warn('missing-descriptor', [...base, 'descriptors'], `capacity "${cap.id}" has no descriptor for level${missing.length > 1 ? 's' : ''} ${missing.map((m) => `"${m}"`).join(', ')}`);
      }
    }),
  );

  // Equity considerations: references resolve; coverage of group × level.
  const equityKeys = new Map<string, number>();
  (doc.equityConsiderations ?? []).forEach((e, i) => {
    const base: PathSegment[] = ['equityConsiderations', i];
    c.ref('group', groups, e.groupId, [...base, 'groupId']);
    c.ref('level', levels, e.levelId, [...base, 'levelId']);
    if (e.capacityId !== undefined) {
      c.ref('capacity', capacities, e.capacityId, [...base, 'capacityId']);
      const owner = groupOfCapacity.get(e.capacityId);
      if (owner !== undefined && owner !== e.groupId)
        c.error('unresolved-reference', [...base, 'capacityId'], `capacity "${e.capacityId}" is in group "${owner}", not in group "${e.groupId}"`);
    }
    const key = `${e.groupId}\0${e.levelId}\0${e.capacityId ?? ''}`;
    if (equityKeys.has(key))
      c.warn('duplicate-entry', base, `a second entry for group "${e.groupId}" at level "${e.levelId}"${e.capacityId ? ` for capacity "${e.capacityId}"` : ''}; the first (/equityConsiderations/${equityKeys.get(key)}) is used`);
    else equityKeys.set(key, i);
  });
  if (!doc.equityConsiderations?.length) {
    c.warn('missing-equity', [], 'the framework has no equity considerations');
  } else {
    doc.groups.forEach((g) =>
      doc.levels.forEach((l) => {
        if (!equityKeys.has(`${g.id}\0${l.id}\0`))
          c.warn('missing-equity', ['equityConsiderations'], `no equity considerations for group "${g.id}" at level "${l.id}"`);
      }),
    );
  }

  // Actions: references resolve; coverage of capacity × level.
  const actionKeys = new Set<string>();
  (doc.actions ?? []).forEach((a, i) => {
    const base: PathSegment[] = ['actions', i];
    c.ref('capacity', capacities, a.capacityId, [...base, 'capacityId']);
    c.ref('level', levels, a.levelId, [...base, 'levelId']);
    (a.resourceIds ?? []).forEach((r, ri) => c.ref('resource', resources, r, [...base, 'resourceIds', ri]));
    actionKeys.add(`${a.capacityId}\0${a.levelId}`);
  });
  if (!doc.actions?.length) {
    c.warn('missing-action', [], 'the framework has no actions');
  } else {
    doc.groups.forEach((g) =>
      g.capacities.forEach((cap) =>
        doc.levels.forEach((l) => {
          if (!actionKeys.has(`${cap.id}\0${l.id}`))
            c.warn('missing-action', ['actions'], `no actions for capacity "${cap.id}" at level "${l.id}"`);
        }),
      ),
    );
  }

  // Vocabularies: ids unique per facet; resources' facet values declared.
  const vocabularies = new Map<string, Set<string>>();
  Object.entries(doc.vocabularies ?? {}).forEach(([facet, entries]) =>
    vocabularies.set(facet, c.unique(`"${facet}" value`, entries, (i) => ['vocabularies', facet, i], 'warning')),
  );

  (doc.resources ?? []).forEach((r, i) => {
    const base: PathSegment[] = ['resources', i];
    (r.capacityIds ?? []).forEach((id, k) => c.ref('capacity', capacities, id, [...base, 'capacityIds', k]));
    (r.levelIds ?? []).forEach((id, k) => c.ref('level', levels, id, [...base, 'levelIds', k]));
    (r.groupIds ?? []).forEach((id, k) => c.ref('group', groups, id, [...base, 'groupIds', k]));
    if (r.providerId !== undefined) c.ref('provider', providers, r.providerId, [...base, 'providerId']);
    for (const [facet, allowed] of vocabularies) {
      const value = (r as Record<string, unknown>)[facet];
      const check = (val: unknown, path: PathSegment[]) => {
        if (typeof val === 'string' && !allowed.has(val))
          c.error('unresolved-reference', path, `"${val}" is not in vocabularies.${facet} (values are ${listIds(allowed)})`);
      };
      if (Array.isArray(value)) value.forEach((val, k) => check(val, [...base, facet, k]));
      else check(value, [...base, facet]);
    }
    if (!r.capacityIds?.length && !r.groupIds?.length)
      c.warn('untagged-resource', base, `resource "${r.id}" is tagged to no capacity or group, so it is never matched to a profile`);
  });

  (doc.providers ?? []).forEach((p, i) =>
    (p.capacityIds ?? []).forEach((id, k) => c.ref('capacity', capacities, id, ['providers', i, 'capacityIds', k])),
  );
}

/**
 * Parses and validates a framework document (JSON text or an already-parsed value).
 * On success the value is an immutable {@link FrameworkModel}; warnings never refuse a document.
 */
export function parseFramework(input: unknown): ParseResult<FrameworkModel> {
  const json = toValue(input);
  if (!json.ok) return { ok: false, errors: [json.error], warnings: [] };
  const wrong = wrongSchema(json.value, FRAMEWORK_SCHEMA_ID, PROFILE_SCHEMA_ID, 'framework');
  if (wrong) return { ok: false, errors: [wrong], warnings: [] };
  const shaped = v.safeParse(FrameworkSchema, json.value);
  if (!shaped.success) return { ok: false, errors: shapeIssues(shaped.issues), warnings: [] };
  const c = new Checker();
  const doc = freezeCopy(json.value as Framework);
  checkFramework(doc, c);
  if (c.errors.length) return { ok: false, errors: c.errors, warnings: c.warnings };
  return { ok: true, value: new FrameworkModel(doc, c.warnings), errors: [], warnings: c.warnings };
}

// ---------------------------------------------------------------------------------------------------
// Profile

function checkRatings(ratings: Ratings, base: PathSegment[], c: Checker, model: FrameworkModel | undefined) {
  for (const [capacityId, rating] of Object.entries(ratings)) {
    const path = [...base, capacityId];
    if (rating.status === 'rated' && rating.levelId === undefined)
      c.error('missing-level', [...path, 'levelId'], 'a rating with status "rated" needs a levelId');
    if (!model) continue;
    if (!model.capacity(capacityId))
      c.warn('unknown-id', path, `no capacity with id "${capacityId}" in framework "${model.id}"; the rating is kept`);
    if (rating.levelId !== undefined && !model.level(rating.levelId))
      c.warn('unknown-id', [...path, 'levelId'], `no level with id "${rating.levelId}" (levels are ${listIds(model.levels.map((l) => l.id))}); the rating is kept`);
  }
}

function checkProfile(doc: Profile, c: Checker, model: FrameworkModel | undefined) {
  if (model && doc.frameworkId !== model.id) {
    c.error('framework-mismatch', ['frameworkId'], `this profile answers framework "${doc.frameworkId}", but the loaded framework is "${model.id}"`);
    return;
  }
  if (model && doc.frameworkVersion !== undefined && doc.frameworkVersion !== model.version)
    c.warn('version-mismatch', ['frameworkVersion'], `this profile was made with version "${doc.frameworkVersion}" of the framework; the loaded version is "${model.version}"`);
  checkRatings(doc.ratings, ['ratings'], c, model);
  (doc.snapshots ?? []).forEach((s, i) => checkRatings(s.ratings, ['snapshots', i, 'ratings'], c, model));
  c.unique('rater', doc.raters ?? [], (i) => ['raters', i], 'warning');
  (doc.raters ?? []).forEach((r, i) => checkRatings(r.ratings, ['raters', i, 'ratings'], c, model));

  const ours = doc.extensions?.[LIBRARY_EXTENSION];
  if (ours !== undefined) {
    const base = ['extensions', LIBRARY_EXTENSION];
    if (!ours || typeof ours !== 'object' || Array.isArray(ours)) {
      c.warn('extension', base, 'expected an object; it is kept but not used');
      return;
    }
    const priorities = (ours as { priorities?: unknown }).priorities;
    if (priorities === undefined) return;
    if (!Array.isArray(priorities) || priorities.some((p) => typeof p !== 'string'))
      c.warn('extension', [...base, 'priorities'], 'expected a list of capacity ids; it is kept but not used');
    else {
      if (priorities.length > MAX_PRIORITIES)
        c.warn('extension', [...base, 'priorities'], `at most ${MAX_PRIORITIES} priorities are used; the first ${MAX_PRIORITIES} count`);
      if (model)
        (priorities as string[]).forEach((p, i) => {
          if (!model.capacity(p)) c.warn('unknown-id', [...base, 'priorities', i], `no capacity with id "${p}"; it is kept but not used`);
        });
    }
  }
}

/**
 * Parses and validates a team profile (JSON text or a value). With a framework, also checks that it
 * answers that framework: another framework id is an error; another version, unknown capacities and
 * levels are warnings, and those ratings are kept.
 */
export function parseProfile(input: unknown, framework?: FrameworkModel): ParseResult<Profile> {
  const json = toValue(input);
  if (!json.ok) return { ok: false, errors: [json.error], warnings: [] };
  const wrong = wrongSchema(json.value, PROFILE_SCHEMA_ID, FRAMEWORK_SCHEMA_ID, 'profile');
  if (wrong) return { ok: false, errors: [wrong], warnings: [] };
  const shaped = v.safeParse(ProfileSchema, json.value);
  if (!shaped.success) return { ok: false, errors: shapeIssues(shaped.issues), warnings: [] };
  const c = new Checker();
  const doc = freezeCopy(json.value as Profile);
  checkProfile(doc, c, framework);
  if (c.errors.length) return { ok: false, errors: c.errors, warnings: c.warnings };
  return { ok: true, value: doc, errors: [], warnings: c.warnings };
}
