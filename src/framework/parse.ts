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
import { mergeProfiles, readBackupList } from './merge.js';
import { nextTask } from './next-task.js';
import { registerParser } from './parser-slot.js';
import { applyRarerEdit } from './profile-edits.js';
import { useProfileEdits } from './answers.js';
import { salvageFramework } from './salvage.js';
import { isContactUrl } from './providers.js';
import { TEXT_LIMITS } from './limits.js';
import { deepFreeze, frozenJsonCopy } from './frozen-copy.js';
import {
  FRAMEWORK_SCHEMA_ID,
  FrameworkSchema,
  LIBRARY_EXTENSION,
  MAX_DEPTH,
  MAX_PRIORITIES,
  PROFILE_SCHEMA_ID,
  ProfileSchema,
  SAFE_URL_PATTERN,
  type Framework,
  type Profile,
  ResourceSchema,
  TEXT_WORDS,
  codePointLength,
  isSafeUrl,
  type Ratings,
  type Resource,
  type StringLimit,
  stringLimitOf,
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

/** Thrown inside jsonErrorOffset to stop at the first offending character. */
class JsonStop extends Error {
  constructor(readonly at: number) {
    super(`invalid JSON at ${at}`);
  }
}

/**
 * The offset where strict JSON parsing of `text` fails, found by a small scanner. Used when the engine's
 * message gives no position (V8's "Unexpected token 'x', "…" is not valid JSON", Firefox, Safari).
 */
function jsonErrorOffset(text: string): number | undefined {
  let i = 0;
  const fail = (): never => {
    throw new JsonStop(i);
  };
  const ws = () => {
    while (i < text.length && ' \t\n\r'.includes(text[i])) i++;
  };
  const literal = /true|false|null|-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
  const string = () => {
    i++;
    for (;;) {
      if (i >= text.length) fail();
      const c = text.charCodeAt(i);
      if (c === 34) return void i++;
      if (c < 0x20) fail();
      if (c !== 92) i++;
      else if (text[i + 1] === 'u' && /^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) i += 6;
      else if (text[i + 1] !== undefined && '"\\/bfnrt'.includes(text[i + 1])) i += 2;
      else fail();
    }
  };
  const value = (): void => {
    ws();
    const open = text[i];
    if (open === '"') return string();
    if (open === '{' || open === '[') {
      const close = open === '{' ? '}' : ']';
      i++;
      ws();
      if (text[i] === close) return void i++;
      for (;;) {
        if (open === '{') {
          ws();
          if (text[i] !== '"') fail();
          string();
          ws();
          if (text[i] !== ':') fail();
          i++;
        }
        value();
        ws();
        if (text[i] === close) return void i++;
        if (text[i] !== ',') fail();
        i++;
      }
    }
    literal.lastIndex = i;
    if (!literal.test(text)) fail();
    i = literal.lastIndex;
  };
  try {
    value();
    ws();
    return i < text.length ? i : undefined;
  } catch (e) {
    return e instanceof JsonStop ? e.at : undefined; // a RangeError for absurdly deep nesting: no position
  }
}

/** Parses JSON text into a value, or a located 'json' error. */
export function parseJson(input: string): { ok: true; value: unknown } | { ok: false; error: Issue } {
  // A byte-order mark, as editors on Windows save UTF-8, is not part of the JSON.
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (e) {
    // V8 echoes the text (or a piece of it) in some messages ("Unexpected token 'x', "<text>" is not valid JSON"): drop it.
    const raw = (e as Error).message
      .replace(/\s*\(line \d+ column \d+\)\s*$/, '')
      .replace(/, [\s\S]* is not valid JSON$/, '');
    const pos = /at position (\d+)/.exec(raw);
    const offset = pos ? Number(pos[1]) : /end of JSON input/.test(raw) ? text.length : jsonErrorOffset(text);
    const where =
      offset === undefined
        ? ''
        : (({ line, column }) => ` (line ${line}, column ${column})`)(lineColumn(text, offset));
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
  const visit = (i: AnyIssue, prefix: PathSegment[] = []) => {
    const path = [...prefix, ...pathOf(i)];
    // A union (localized Text) whose object branch failed deeper: report the deeper, more precise issues.
    // The paths of a union's sub-issues are relative to the union's value.
    if (i.type === 'union' && i.issues) {
      const deeper = i.issues.filter((s) => pathOf(s).length > 0);
      if (deeper.length) return deeper.forEach((s) => visit(s, path));
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
    // valibot's default messages ("Invalid type: Expected Object but received …") already say what was received.
    const received = /\breceived\b/.test(i.message) ? '' : describeReceived(i.received);
    out.push(issue('error', code, toPointer(path), i.message + received));
  };
  issues.forEach((i) => visit(i));
  // One problem can surface twice through nested unions; keep the first of each.
  const seen = new Set<string>();
  return out.filter((i) => {
    const key = i.path + '\0' + i.message;
    return seen.has(key) ? false : (seen.add(key), true);
  });
}

// ---------------------------------------------------------------------------------------------------
// What valibot does not check: nesting depth, and the gaps between valibot and the JSON Schema

/**
 * The first container nested deeper than MAX_DEPTH (the document is level 1), as a located error, found
 * without recursion: JSON.parse reads documents nested thousands deep, and every recursive walk after it
 * (valibot, the frozen copy) would exhaust the stack. A cyclic object (possible through the `framework`
 * property) is infinitely deep, so it is refused here too, located, rather than looping.
 */
function depthIssue(root: unknown): Issue | undefined {
  return tooDeep(root) ? locateDepth(root) : undefined;
}

/** Whether a container is nested deeper than MAX_DEPTH: a stack of values and depths, nothing else allocated. */
function tooDeep(root: unknown): boolean {
  if (!root || typeof root !== 'object') return false;
  const values: object[] = [root];
  const depths: number[] = [1];
  while (values.length) {
    const value = values.pop()!;
    const depth = depths.pop()!;
    if (depth > MAX_DEPTH) return true;
    if (Array.isArray(value)) {
      for (const item of value as unknown[])
        if (item && typeof item === 'object') {
          values.push(item);
          depths.push(depth + 1);
        }
    } else
      for (const key in value) {
        if (!Object.hasOwn(value, key)) continue;
        const item = (value as Record<string, unknown>)[key];
        if (item && typeof item === 'object') {
          values.push(item);
          depths.push(depth + 1);
        }
      }
  }
  return false;
}

/** The first container (in document order) nested deeper than MAX_DEPTH, as a located error. */
function locateDepth(root: unknown): Issue | undefined {
  interface Frame {
    readonly value: object;
    readonly parent: Frame | undefined;
    readonly key: PathSegment;
    readonly depth: number;
  }
  if (!root || typeof root !== 'object') return undefined;
  const stack: Frame[] = [{ value: root, parent: undefined, key: '', depth: 1 }];
  while (stack.length) {
    const frame = stack.pop()!;
    if (frame.depth > MAX_DEPTH) {
      const path: PathSegment[] = [];
      for (let f: Frame | undefined = frame; f?.parent; f = f.parent) path.push(f.key);
      return issue(
        'error',
        'too-deep',
        toPointer(path.reverse()),
        `objects and lists are nested more than ${MAX_DEPTH} levels deep here; at most ${MAX_DEPTH} are accepted`,
      );
    }
    const { value } = frame;
    if (Array.isArray(value)) {
      for (let i = value.length - 1; i >= 0; i--) {
        const item: unknown = value[i];
        if (item && typeof item === 'object')
          stack.push({ value: item, parent: frame, key: i, depth: frame.depth + 1 });
      }
    } else {
      const keys = Object.keys(value);
      for (let i = keys.length - 1; i >= 0; i--) {
        const item: unknown = (value as Record<string, unknown>)[keys[i]];
        if (item && typeof item === 'object')
          stack.push({ value: item, parent: frame, key: keys[i], depth: frame.depth + 1 });
      }
    }
  }
  return undefined;
}

/** The record keys valibot's `record()` neither checks nor outputs (it protects its output from them). */
const RECORD_SKIPPED_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

const OBJECT_TYPES = new Set(['loose_object', 'object', 'record']);
const SHORTEST_SHOWN = Math.min(...Object.values(TEXT_LIMITS).map((l) => l.shown));
const limits = new WeakMap<object, StringLimit | null>();

/** The text limit of a string schema, following pipes to the schema they start with (cached). */
function limitOf(schema: v.GenericSchema): StringLimit | undefined {
  let known = limits.get(schema);
  if (known === undefined) {
    known = null;
    for (let s: v.GenericSchema | undefined = schema; s && !known;) {
      known = stringLimitOf(s) ?? null;
      const first = (s as { pipe?: readonly unknown[] }).pipe?.[0] as v.GenericSchema | undefined;
      s = first === s ? undefined : first;
    }
    limits.set(schema, known);
  }
  return known ?? undefined;
}

type Walked = v.GenericSchema & {
  readonly wrapped?: v.GenericSchema;
  readonly entries?: Record<string, v.GenericSchema>;
  readonly key?: v.GenericSchema;
  readonly value?: v.GenericSchema;
  readonly item?: v.GenericSchema;
  readonly options?: readonly v.GenericSchema[];
};

/**
 * Walks a document that valibot accepted alongside its schema and reports what the JSON Schema refuses
 * but valibot lets through: an array where an object or a record is expected (valibot only asks for
 * `typeof "object"`), and the keys "__proto__", "constructor" and "prototype" of a record, which valibot
 * skips unchecked (so `{"title": {"__proto__": "x", "en": "y"}}` passed though "__proto__" is no language
 * tag). It also warns about texts longer than the widgets show. The walk follows the schema, whose depth is
 * fixed, so it cannot recurse deeper than the format itself (extensions are `unknown` and not entered).
 */
function schemaGaps(schema: v.GenericSchema, root: unknown, c: Checker): void {
  const path: PathSegment[] = [];
  const walk = (schema: Walked, value: unknown): void => {
    switch (schema.type) {
      case 'optional':
        if (value !== undefined) walk(schema.wrapped as Walked, value);
        return;
      case 'string': {
        // Most strings are shorter than any limit: answer that before looking the limit up.
        if (typeof value !== 'string' || value.length <= SHORTEST_SHOWN) return;
        const limit = limitOf(schema);
        if (!limit?.warn) return;
        const { shown } = TEXT_LIMITS[limit.kind];
        if (value.length <= shown) return;
        const length = codePointLength(value);
        if (length > shown)
          c.warn(
            'long-text',
            path,
            `this ${TEXT_WORDS[limit.kind]} is ${length.toLocaleString('en')} characters long; the widgets show its first ${shown.toLocaleString('en')}`,
          );
        return;
      }
      case 'array':
        if (Array.isArray(value))
          value.forEach((item, i) => {
            path.push(i);
            walk(schema.item as Walked, item);
            path.pop();
          });
        return;
      case 'union': {
        // Valibot accepted the value, so an option fits it: the one of its type (a Text's string or its
        // object). Asking valibot again which one (v.is) cost a third of the walk on a big document.
        const options = schema.options ?? [];
        const option =
          typeof value === 'string'
            ? options.find((o) => o.type === 'string')
            : value && typeof value === 'object'
              ? options.find((o) => OBJECT_TYPES.has(o.type))
              : undefined;
        if (option) walk(option, value);
        return;
      }
      case 'loose_object':
      case 'object':
      case 'record': {
        if (!value || typeof value !== 'object') return;
        if (Array.isArray(value)) {
          const expected = (schema as { message?: unknown }).message;
          c.error(
            'shape',
            path,
            `${typeof expected === 'string' ? expected : 'expected an object'}, received Array`,
          );
          return;
        }
        const record = value as Record<string, unknown>;
        if (schema.type === 'record') {
          for (const key of Object.keys(record)) {
            path.push(key);
            if (RECORD_SKIPPED_KEYS.has(key)) {
              const at = toPointer(path);
              for (const result of [v.safeParse(schema.key!, key), v.safeParse(schema.value!, record[key])])
                if (!result.success)
                  for (const i of shapeIssues(result.issues)) c.errors.push({ ...i, path: at + i.path });
            } else walk(schema.value as Walked, record[key]);
            path.pop();
          }
          return;
        }
        const entries = schema.entries ?? {};
        for (const key in entries) {
          if (!Object.hasOwn(record, key)) continue;
          path.push(key);
          walk(entries[key], record[key]);
          path.pop();
        }
        return;
      }
    }
  };
  walk(schema, root);
}

/**
 * Deep-frozen plain copy, so nothing downstream can change a validated document in place. It means what a
 * JSON round trip means (not structuredClone), so that proxies from reactive frameworks (Vue, MobX) and
 * objects carrying functions copy as the JSON they stand for (frozen-copy.ts, one walk instead of the trip).
 */
function freezeCopy<T>(value: T, fresh = false): T {
  // Fresh from our own JSON.parse, nobody else holds the value: freezing it is enough (the round trip
  // took a fifth of the validation of a big document). Depth is bounded by MAX_DEPTH (depthIssue).
  return fresh ? deepFreeze(value) : frozenJsonCopy(value);
}

/** Runs a parse; anything it throws (a hostile getter, a cyclic object) becomes a located error, never an exception. */
function guarded<T>(parse: () => ParseResult<T>): ParseResult<T> {
  try {
    return parse();
  } catch (e) {
    const why = e instanceof Error ? e.message : String(e);
    return {
      ok: false,
      errors: [issue('error', 'shape', '', `the document could not be read as JSON data (${why})`)],
      warnings: [],
    };
  }
}

function toValue(input: unknown): { ok: true; value: unknown } | { ok: false; error: Issue } {
  return typeof input === 'string' ? parseJson(input) : { ok: true, value: input };
}

function wrongSchema(value: unknown, expected: string, other: string, what: string): Issue | undefined {
  // valibot's object schemas accept arrays; say plainly what a top-level array or scalar is not.
  if (Array.isArray(value) || !value || typeof value !== 'object')
    return issue(
      'error',
      'shape',
      '',
      `expected a ${what} document (a JSON object), received ${Array.isArray(value) ? 'an array' : JSON.stringify(value)}`,
    );
  const got = (value as { schema?: unknown }).schema;
  if (got === undefined || got === expected) return undefined;
  const hint =
    got === other
      ? ` This is a ${what === 'framework' ? 'profile' : 'framework'} document, not a ${what}.`
      : ` This library reads "${expected}".`;
  return issue('error', 'schema-version', '/schema', `unknown schema ${JSON.stringify(got)}.${hint}`);
}

/**
 * The document's shape, checked as its JSON Schema checks it: nesting depth first (so that nothing after
 * it can overflow the stack), then valibot, then what valibot lets through (`schemaGaps`). False when refused.
 */
/**
 * Checks `value` against `schema` (depth, then valibot, then what valibot lets through), pausing (`yield`)
 * between the three: on a big document each is tens of milliseconds (see `parseFrameworkAsync`).
 */
function* shapeSteps(schema: v.GenericSchema, value: unknown, c: Checker): Generator<void, boolean> {
  const deep = depthIssue(value);
  if (deep) {
    c.errors.push(deep);
    return false;
  }
  yield;
  const shaped = v.safeParse(schema, value);
  if (!shaped.success) {
    c.errors.push(...shapeIssues(shaped.issues));
    // What valibot lets through is reported too, so that one run names every problem (issue 15).
    schemaGaps(schema, value, c);
    return false;
  }
  yield;
  schemaGaps(schema, value, c);
  return c.errors.length === 0;
}

/** Runs steps to their end at once. */
function finish<T>(steps: Generator<void, T>): T {
  let step = steps.next();
  while (!step.done) step = steps.next();
  return step.value;
}

const checkShape = (schema: v.GenericSchema, value: unknown, c: Checker): boolean =>
  finish(shapeSteps(schema, value, c));

/** More warnings of one kind than this are given as one warning (a count and the first paths). */
export const MAX_SAME_WARNINGS = 10;
/** How many paths a summarized warning lists. */
const SUMMARY_PATHS = 5;

/**
 * Warnings of one code beyond MAX_SAME_WARNINGS become one warning: the first one's message, the count and
 * the first paths. A share link with 10,000 ratings of unknown capacities gave 10,000 warnings, each logged
 * and dispatched (1.2 s); a person needs to know that it happened, where to look, and how often.
 */
export function summarize(warnings: readonly Issue[]): Issue[] {
  const byCode = new Map<IssueCode, Issue[]>();
  for (const w of warnings) {
    const same = byCode.get(w.code);
    if (same) same.push(w);
    else byCode.set(w.code, [w]);
  }
  const out: Issue[] = [];
  for (const w of warnings) {
    const same = byCode.get(w.code)!;
    if (same.length <= MAX_SAME_WARNINGS) out.push(w);
    else if (same[0] === w) {
      const paths = same.slice(0, SUMMARY_PATHS).map((s) => s.path || '(document)');
      const more = same.length - paths.length;
      out.push({
        ...w,
        message: `${w.message} (${same.length.toLocaleString('en')} warnings like this one, at ${paths.join(', ')} and ${more.toLocaleString('en')} more)`,
      });
    }
  }
  return out;
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
  /** The result of a refused document: every error, and the warnings summarized. */
  refused(): { ok: false; errors: readonly Issue[]; warnings: readonly Issue[] } {
    return { ok: false, errors: this.errors, warnings: summarize(this.warnings) };
  }
  /** Records the first path of each id; reports later ones as duplicates. */
  unique(
    kind: string,
    items: readonly { id: string }[],
    pathOf: (index: number) => PathSegment[],
    severity: 'error' | 'warning' = 'error',
  ) {
    // Index of the first use; its path is only written out for a duplicate (5,000 resources, few duplicates).
    const first = new Map<string, number>();
    items.forEach((item, index) => {
      const seen = first.get(item.id);
      if (seen === undefined) first.set(item.id, index);
      else {
        const path = [...pathOf(index), 'id'];
        const message = `duplicate ${kind} id "${item.id}" (first used at ${toPointer([...pathOf(seen), 'id'])})`;
        if (severity === 'error') this.error('duplicate-id', path, message);
        else this.warn('duplicate-id', path, message);
      }
    });
    return new Set(first.keys());
  }
  /**
   * Reports `id`, which `known` lacks. Callers check `known.has(id)` first and call this only then: a framework
   * of 200 capacities makes thousands of references, and building each one's path for nothing was about 110 KB
   * of garbage in a chart's first render (issue 14).
   */
  unresolved(kind: string, known: ReadonlySet<string>, id: string, path: PathSegment[]) {
    const kinds = kind.endsWith('y') ? kind.slice(0, -1) + 'ies' : kind + 's';
    this.error('unresolved-reference', path, `no ${kind} with id "${id}" (${kinds} are ${listIds(known)})`);
  }
}

/** The ids a framework declares, for checking what refers to them. */
interface KnownIds {
  readonly capacities: ReadonlySet<string>;
  readonly levels: ReadonlySet<string>;
  readonly groups: ReadonlySet<string>;
  readonly providers: ReadonlySet<string>;
  /** Declared facet vocabularies: facet → its value ids. */
  readonly vocabularies: ReadonlyMap<string, ReadonlySet<string>>;
}

/** A resource's references: capacities, levels, groups, provider, and facet values of declared vocabularies. */
function checkResourceRefs(r: Resource, base: PathSegment[], known: KnownIds, c: Checker): void {
  // Paths are built only for a reference that does not resolve: 5,000 resources have some 20,000 references.
  (r.capacityIds ?? []).forEach((id, k) => {
    if (!known.capacities.has(id))
      c.unresolved('capacity', known.capacities, id, [...base, 'capacityIds', k]);
  });
  (r.levelIds ?? []).forEach((id, k) => {
    if (!known.levels.has(id)) c.unresolved('level', known.levels, id, [...base, 'levelIds', k]);
  });
  (r.groupIds ?? []).forEach((id, k) => {
    if (!known.groups.has(id)) c.unresolved('group', known.groups, id, [...base, 'groupIds', k]);
  });
  if (r.providerId !== undefined && !known.providers.has(r.providerId))
    c.unresolved('provider', known.providers, r.providerId, [...base, 'providerId']);
  for (const [facet, allowed] of known.vocabularies) {
    const value = (r as Record<string, unknown>)[facet];
    const check = (val: unknown, ...tail: PathSegment[]) => {
      if (typeof val === 'string' && !allowed.has(val))
        c.error(
          'unresolved-reference',
          [...base, facet, ...tail],
          `"${val}" is not in vocabularies.${facet} (values are ${listIds(allowed)})`,
        );
    };
    if (Array.isArray(value)) value.forEach((val, k) => check(val, k));
    else check(value);
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
  checkFrameworkRoles(doc, c); // team sessions (issue 17)

  // Ranks: 0..n-1, each once.
  const n = doc.levels.length;
  const rankAt = new Map<number, number>();
  doc.levels.forEach((level, i) => {
    const path = ['levels', i, 'rank'];
    if (!Number.isInteger(level.rank)) return; // a shape error already (a document checked despite it)
    if (level.rank >= n)
      c.error(
        'level-ranks',
        path,
        `rank ${level.rank} is out of range: with ${n} levels, ranks are 0 to ${n - 1}, each used once`,
      );
    else if (rankAt.has(level.rank))
      c.error(
        'level-ranks',
        path,
        `rank ${level.rank} is used twice (also at /levels/${rankAt.get(level.rank)}/rank); ranks are 0 to ${n - 1}, each used once`,
      );
    else rankAt.set(level.rank, i);
  });

  // Descriptors: keys are level ids; every level should have one.
  doc.groups.forEach((g, gi) =>
    g.capacities.forEach((cap, ci) => {
      const base: PathSegment[] = ['groups', gi, 'capacities', ci];
      const descriptors = cap.descriptors ?? {};
      Object.keys(descriptors).forEach((key) => {
        if (!levels.has(key)) c.unresolved('level', levels, key, [...base, 'descriptors', key]);
      });
      if (!cap.descriptors) {
        c.warn(
          'missing-descriptor',
          base,
          `capacity "${cap.id}" has no descriptors; its levels will show only the general level summaries`,
        );
      } else {
        const missing = doc.levels.filter((l) => !(l.id in descriptors)).map((l) => l.id);
        if (missing.length)
          c.warn(
            'missing-descriptor',
            [...base, 'descriptors'],
            `capacity "${cap.id}" has no descriptor for level${missing.length > 1 ? 's' : ''} ${missing.map((m) => `"${m}"`).join(', ')}`,
          );
      }
    }),
  );

  // Equity considerations: references resolve; coverage of group × level.
  const equityKeys = new Map<string, number>();
  (doc.equityConsiderations ?? []).forEach((e, i) => {
    const base: PathSegment[] = ['equityConsiderations', i];
    if (!groups.has(e.groupId)) c.unresolved('group', groups, e.groupId, [...base, 'groupId']);
    if (!levels.has(e.levelId)) c.unresolved('level', levels, e.levelId, [...base, 'levelId']);
    if (e.capacityId !== undefined) {
      if (!capacities.has(e.capacityId))
        c.unresolved('capacity', capacities, e.capacityId, [...base, 'capacityId']);
      const owner = groupOfCapacity.get(e.capacityId);
      if (owner !== undefined && owner !== e.groupId)
        c.error(
          'unresolved-reference',
          [...base, 'capacityId'],
          `capacity "${e.capacityId}" is in group "${owner}", not in group "${e.groupId}"`,
        );
    }
    const key = `${e.groupId}\0${e.levelId}\0${e.capacityId ?? ''}`;
    if (equityKeys.has(key))
      c.warn(
        'duplicate-entry',
        base,
        `a second entry for group "${e.groupId}" at level "${e.levelId}"${e.capacityId ? ` for capacity "${e.capacityId}"` : ''}; the first (/equityConsiderations/${equityKeys.get(key)}) is used`,
      );
    else equityKeys.set(key, i);
  });
  if (!doc.equityConsiderations?.length) {
    c.warn('missing-equity', [], 'the framework has no equity considerations');
  } else {
    doc.groups.forEach((g) =>
      doc.levels.forEach((l) => {
        if (!equityKeys.has(`${g.id}\0${l.id}\0`))
          c.warn(
            'missing-equity',
            ['equityConsiderations'],
            `no equity considerations for group "${g.id}" at level "${l.id}"`,
          );
      }),
    );
  }

  // Actions: references resolve; coverage of capacity × level.
  const actionKeys = new Set<string>();
  (doc.actions ?? []).forEach((a, i) => {
    const base: PathSegment[] = ['actions', i];
    if (!capacities.has(a.capacityId))
      c.unresolved('capacity', capacities, a.capacityId, [...base, 'capacityId']);
    if (!levels.has(a.levelId)) c.unresolved('level', levels, a.levelId, [...base, 'levelId']);
    (a.resourceIds ?? []).forEach((r, ri) => {
      if (!resources.has(r)) c.unresolved('resource', resources, r, [...base, 'resourceIds', ri]);
    });
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
    vocabularies.set(
      facet,
      c.unique(`"${facet}" value`, entries, (i) => ['vocabularies', facet, i], 'warning'),
    ),
  );

  const known: KnownIds = { capacities, levels, groups, providers, vocabularies };
  (doc.resources ?? []).forEach((r, i) => {
    const base: PathSegment[] = ['resources', i];
    checkResourceRefs(r, base, known, c);
    if (!r.capacityIds?.length && !r.groupIds?.length)
      c.warn(
        'untagged-resource',
        base,
        `resource "${r.id}" is tagged to no capacity or group, so it is never matched to a profile`,
      );
  });

  (doc.providers ?? []).forEach((p, i) =>
    (p.capacityIds ?? []).forEach((id, k) => {
      if (!capacities.has(id)) c.unresolved('capacity', capacities, id, ['providers', i, 'capacityIds', k]);
    }),
  );
  checkProviderDetails(doc, levels, c); // 1.1 provider details (issue 19, find support)
}

// ---- Find support (issue 19): the 1.1 provider details ------------------------------------------------

/**
 * A provider's `contact` is an `https:` or `mailto:` URL (the widgets open it for "Ask for support"); its
 * `levelIds` name the framework's levels. Language tags are checked by the schema.
 */
function checkProviderDetails(doc: Framework, levels: ReadonlySet<string>, c: Checker): void {
  (doc.providers ?? []).forEach((p, i) => {
    if (p.contact !== undefined && !isContactUrl(p.contact))
      c.error(
        'unsafe-url',
        ['providers', i, 'contact'],
        `${JSON.stringify((p.contact as string).slice(0, 60))} is not a contact the widgets can open: give a web address that starts with https:// or an email address that starts with mailto:`,
      );
    (p.levelIds ?? []).forEach((id, k) => {
      if (!levels.has(id)) c.unresolved('level', levels, id, ['providers', i, 'levelIds', k]);
    });
  });
}

/**
 * Parses and validates a framework document (JSON text or an already-parsed value).
 * On success the value is an immutable {@link FrameworkModel}; warnings never refuse a document.
 */
export function parseFramework(input: unknown): ParseResult<FrameworkModel> {
  return guarded(() => finish(frameworkSteps(input)));
}

/**
 * Text longer than this is validated in steps by `parseFrameworkAsync` (about half a megabyte: a framework
 * of 200 capacities and 5,000 resources is 2.4 MB and took 120–200 ms in one task).
 */
export const STEPPED_FROM = 500_000;

/**
 * `parseFramework`, giving the page back between its steps (reading the JSON, its depth, its shape, what the
 * shape lets through, references and rules) when the input is text of STEPPED_FROM characters or more: no
 * step of a big document blocks the page as long as the whole validation did (issue "nothing is lost",
 * finding 8). Smaller inputs are validated at once. The same result as `parseFramework`; never rejects.
 */
export async function parseFrameworkAsync(
  input: unknown,
  pause: () => Promise<void> = nextTask,
): Promise<ParseResult<FrameworkModel>> {
  if (typeof input !== 'string' || input.length < STEPPED_FROM) return parseFramework(input);
  const steps = frameworkSteps(input);
  try {
    let step = steps.next();
    while (!step.done) {
      await pause();
      step = steps.next();
    }
    return step.value;
  } catch (e) {
    return guarded(() => {
      throw e;
    });
  }
}

function* frameworkSteps(input: unknown): Generator<void, ParseResult<FrameworkModel>> {
  const json = toValue(input);
  if (!json.ok) return { ok: false, errors: [json.error], warnings: [] };
  const wrong = wrongSchema(json.value, FRAMEWORK_SCHEMA_ID, PROFILE_SCHEMA_ID, 'framework');
  if (wrong) return { ok: false, errors: [wrong], warnings: [] };
  yield;
  const c = new Checker();
  if (!(yield* shapeSteps(FrameworkSchema, json.value, c))) {
    // The references of the parts that did parse are checked too: every error in one run (issue 15).
    if (!c.errors.some((e) => e.code === 'too-deep')) {
      const { doc, keep } = salvageFramework(json.value, c.errors);
      const more = new Checker();
      checkFramework(doc, more);
      c.errors.push(...more.errors.filter(keep));
      c.warnings.push(...more.warnings.filter(keep));
    }
    return c.refused();
  }
  const doc = freezeCopy(json.value as Framework, typeof input === 'string');
  yield;
  checkFramework(doc, c);
  if (c.errors.length) return c.refused();
  const warnings = summarize(c.warnings);
  return { ok: true, value: new FrameworkModel(doc, warnings), errors: [], warnings };
}

// ---------------------------------------------------------------------------------------------------
// Profile

function checkRatings(ratings: Ratings, base: PathSegment[], c: Checker, model: FrameworkModel | undefined) {
  // The path is written out only for an answer with a problem: most answers of a big profile have none.
  for (const capacityId of Object.keys(ratings)) {
    const rating = ratings[capacityId];
    const path = () => [...base, capacityId];
    if (rating.status === 'rated' && rating.levelId === undefined)
      c.error('missing-level', [...path(), 'levelId'], 'a rating with status "rated" needs a levelId');
    if (!model) continue;
    if (!model.capacity(capacityId))
      c.warn(
        'unknown-id',
        path(),
        `no capacity with id "${capacityId}" in framework "${model.id}"; the rating is kept`,
      );
    if (rating.levelId !== undefined && !model.level(rating.levelId))
      c.warn(
        'unknown-id',
        [...path(), 'levelId'],
        `no level with id "${rating.levelId}" (levels are ${listIds(model.levels.map((l) => l.id))}); the rating is kept`,
      );
  }
}

function checkProfile(doc: Profile, c: Checker, model: FrameworkModel | undefined) {
  if (model && doc.frameworkId !== model.id) {
    c.error(
      'framework-mismatch',
      ['frameworkId'],
      `this profile answers framework "${doc.frameworkId}", but the loaded framework is "${model.id}"`,
    );
    return;
  }
  if (model && doc.frameworkVersion !== undefined && doc.frameworkVersion !== model.version)
    c.warn(
      'version-mismatch',
      ['frameworkVersion'],
      `this profile was made with version "${doc.frameworkVersion}" of the framework; the loaded version is "${model.version}"`,
    );
  checkRatings(doc.ratings, ['ratings'], c, model);
  (doc.snapshots ?? []).forEach((s, i) => checkRatings(s.ratings, ['snapshots', i, 'ratings'], c, model));
  c.unique('rater', doc.raters ?? [], (i) => ['raters', i], 'warning');
  (doc.raters ?? []).forEach((r, i) => checkRatings(r.ratings, ['raters', i, 'ratings'], c, model));
  checkProfileRoles(doc, c, model); // team sessions (issue 17)
  checkPlan(doc, c, model); // the action plan (issue 18)

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
      c.warn(
        'extension',
        [...base, 'priorities'],
        'expected a list of capacity ids; it is kept but not used',
      );
    else {
      if (priorities.length > MAX_PRIORITIES)
        c.warn(
          'extension',
          [...base, 'priorities'],
          `at most ${MAX_PRIORITIES} priorities are used; the first ${MAX_PRIORITIES} count`,
        );
      if (model)
        (priorities as string[]).forEach((p, i) => {
          if (!model.capacity(p))
            c.warn(
              'unknown-id',
              [...base, 'priorities', i],
              `no capacity with id "${p}"; it is kept but not used`,
            );
        });
    }
  }
}

/**
 * The action plan (issue 18). Items are the team's own work, so nothing in them is ever dropped: a
 * duplicate id, and a capacity, suggested action or resource the framework does not have (an item planned
 * against an older version), are warnings with their paths; the widgets show such an item as "no longer in
 * this framework". A `due` that is not a date is refused with its path (the schema checks the form).
 */
function checkPlan(doc: Profile, c: Checker, model: FrameworkModel | undefined) {
  const plan = doc.plan ?? [];
  if (!plan.length) return;
  c.unique('plan item', plan, (i) => ['plan', i], 'warning');
  plan.forEach((item, i) => {
    // The schema checks the form (YYYY-MM-DD); a day the calendar does not have (2027-02-30) is refused too.
    const day = item.due === undefined ? NaN : Date.parse(`${item.due}T00:00:00Z`);
    if (
      item.due !== undefined &&
      (Number.isNaN(day) || new Date(day).toISOString().slice(0, 10) !== item.due)
    )
      c.error(
        'shape',
        ['plan', i, 'due'],
        `expected a due date that exists, such as 2027-03-15 (not "${item.due}")`,
      );
  });
  if (!model) return;
  const actions = new Set(model.actions.map((a) => a.id));
  plan.forEach((item, i) => {
    const kept = 'the plan item is kept and shown as no longer in this framework';
    if (!model.capacity(item.capacityId))
      c.warn('unknown-id', ['plan', i, 'capacityId'], `no capacity with id "${item.capacityId}"; ${kept}`);
    if (item.actionId !== undefined && !actions.has(item.actionId))
      c.warn(
        'unknown-id',
        ['plan', i, 'actionId'],
        `no suggested action with id "${item.actionId}"; ${kept}`,
      );
    (item.resourceIds ?? []).forEach((id, k) => {
      if (!model.resource(id))
        c.warn('unknown-id', ['plan', i, 'resourceIds', k], `no resource with id "${id}"; ${kept}`);
    });
  });
}

/**
 * Parses and validates a team profile (JSON text or a value). With a framework, also checks that it
 * answers that framework: another framework id is an error; another version, unknown capacities and
 * levels are warnings, and those ratings are kept.
 */
export function parseProfile(input: unknown, framework?: FrameworkModel): ParseResult<Profile> {
  return guarded(() => parseProfileUnguarded(input, framework));
}

function parseProfileUnguarded(input: unknown, framework?: FrameworkModel): ParseResult<Profile> {
  const json = toValue(input);
  if (!json.ok) return { ok: false, errors: [json.error], warnings: [] };
  const wrong = wrongSchema(json.value, PROFILE_SCHEMA_ID, FRAMEWORK_SCHEMA_ID, 'profile');
  if (wrong) return { ok: false, errors: [wrong], warnings: [] };
  const c = new Checker();
  if (!checkShape(ProfileSchema, json.value, c)) return c.refused();
  const doc = freezeCopy(json.value as Profile, typeof input === 'string');
  checkProfile(doc, c, framework);
  if (c.errors.length) return c.refused();
  return { ok: true, value: doc, errors: [], warnings: summarize(c.warnings) };
}

// ---------------------------------------------------------------------------------------------------
// Team sessions (issue 17): roles

/** The framework's roles have unique ids (an error, like every other kind's). */
function checkFrameworkRoles(doc: Framework, c: Checker): void {
  c.unique('role', doc.roles ?? [], (i) => ['roles', i]);
}

/**
 * A rater's `role` and the respondent's `role` name one of the framework's roles: a warning that keeps
 * the answers (a member may have answered with an older copy of the framework).
 */
function checkProfileRoles(doc: Profile, c: Checker, model: FrameworkModel | undefined): void {
  if (!model) return;
  const roles = (model.framework.roles ?? []).map((r) => r.id);
  const known = new Set(roles);
  const check = (role: string | undefined, path: PathSegment[]) => {
    if (role === undefined || known.has(role)) return;
    c.warn(
      'unknown-id',
      path,
      roles.length
        ? `no role with id "${role}" (roles are ${listIds(roles)}); the answers are kept`
        : `the framework has no roles, so role "${role}" is not known; the answers are kept`,
    );
  };
  (doc.raters ?? []).forEach((r, i) => check(r.role, ['raters', i, 'role']));
  check(doc.respondent?.role, ['respondent', 'role']);
}

// ---------------------------------------------------------------------------------------------------
// A single resource (given to <resource-card> as an object, outside any framework document)

/**
 * Parses one resource object (or JSON text) for display. Its shape is checked with the framework's own
 * resource schema: a missing title or a wrong type is an error. What a card can still show safely is a
 * warning, never a refusal: a `url` that is not http(s) or relative is dropped (the title is shown as
 * text), and, with a framework, references and facet values it does not declare are kept (shown as ids).
 */
export function parseResource(input: unknown, framework?: FrameworkModel): ParseResult<Resource> {
  return guarded(() => parseResourceUnguarded(input, framework));
}

function parseResourceUnguarded(input: unknown, model: FrameworkModel | undefined): ParseResult<Resource> {
  const json = toValue(input);
  if (!json.ok) return { ok: false, errors: [json.error], warnings: [] };
  const raw = json.value;
  if (Array.isArray(raw) || !raw || typeof raw !== 'object')
    return {
      ok: false,
      errors: [
        issue(
          'error',
          'shape',
          '',
          `expected a resource (a JSON object with at least an id and a title), received ${Array.isArray(raw) ? 'an array' : JSON.stringify(raw)}`,
        ),
      ],
      warnings: [],
    };
  const warnings: Issue[] = [];
  let value = raw as Record<string, unknown>;
  if (value.url !== undefined && !isSafeUrl(value.url)) {
    const shown = typeof value.url === 'string' ? JSON.stringify(value.url.slice(0, 60)) : typeof value.url;
    warnings.push(
      issue(
        'warning',
        'unsafe-url',
        '/url',
        `${shown} is not an http:, https: or relative URL; the title is shown without a link`,
      ),
    );
    value = { ...value };
    delete value.url;
  }
  const shape = new Checker();
  if (!checkShape(ResourceSchema, value, shape)) return { ok: false, errors: shape.errors, warnings };
  warnings.push(...shape.warnings);
  const doc = freezeCopy(value as Resource);
  if (model) {
    const c = new Checker();
    const vocabularies = new Map(
      Object.keys(model.framework.vocabularies ?? {}).map((facet) => [
        facet,
        new Set(model.vocabulary(facet).map((e) => e.id)),
      ]),
    );
    checkResourceRefs(
      doc,
      [],
      {
        capacities: new Set(model.capacities.map((x) => x.id)),
        levels: new Set(model.levels.map((x) => x.id)),
        groups: new Set(model.groups.map((x) => x.id)),
        providers: new Set(model.providers.map((x) => x.id)),
        vocabularies,
      },
      c,
    );
    for (const e of c.errors)
      warnings.push({ ...e, severity: 'warning', message: `${e.message}; it is shown as it is` });
  }
  return { ok: true, value: doc, errors: [], warnings: summarize(warnings) };
}

// Tells code that cannot import this module statically that it has run (see parser-slot.ts).
// Issue 14: the store's rarer edits (snapshots, priorities, who answered, raters) ride in this file's chunk.
useProfileEdits(applyRarerEdit);

registerParser({
  parseFramework,
  parseFrameworkAsync,
  parseProfile,
  parseResource,
  parseJson,
  mergeProfiles,
  readBackupList,
  // Network view (issue 19)
  summarize,
});
