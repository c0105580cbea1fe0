/* eslint-disable @typescript-eslint/no-unsafe-assignment, @typescript-eslint/no-unsafe-member-access, @typescript-eslint/no-unsafe-return, @typescript-eslint/no-unsafe-argument -- the fuzzer breaks untyped JSON documents on purpose */
/**
 * Fuzzing (issue 16): the sample documents (src/data/improvement-teams.json, bele.json and the profile),
 * mutated by fast-check — nodes deleted, replaced, duplicated, given the wrong type, hostile strings, deep
 * nesting, "__proto__" / "constructor" / "prototype" keys written into the JSON text — and fed to the
 * validator, the provider in the page and the `blueprint-widgets validate` CLI. Each asserts:
 * - no uncaught error (window `error` / `unhandledrejection`) and no exception;
 * - every refusal is located: an error's path is '' only for a whole-document error (text that is not
 *   JSON, or JSON that is not an object), and any other path points into the document (the node, or the
 *   object where a required field is missing);
 * - Object.prototype has the same keys afterwards.
 *
 * The seed is fixed (SEED). A failure prints fast-check's `seed` and `path`: set SEED and REPLAY_PATH below
 * to them to replay exactly that case.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import fc from 'fast-check';
import '../../src/all.js';
import type { BlueprintProvider } from '../../src/index.js';
import { type FrameworkModel, type Issue, parseFramework, parseProfile } from '../../src/framework/index.js';
import { heavy } from '../support/heavy.js';
import { runCli } from '../support/cli.js';

const SEED = 20_261_206;
/** fast-check's `path` of a failure, to replay only it (with its seed); undefined runs every case. */
const REPLAY_PATH: string | undefined = undefined;
const settings = (numRuns: number) => ({ seed: SEED, numRuns, path: REPLAY_PATH, endOnFailure: true });

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- documents are mutated freely here
type Doc = any;
type Segment = string | number;

const DATA = new URL('../../src/data/', import.meta.url);
const samples: Record<string, string> = {};
let model: FrameworkModel;

before(async () => {
  for (const name of ['improvement-teams.json', 'bele.json', 'improvement-teams.profile.json'])
    samples[name] = await (await fetch(new URL(name, DATA))).text();
  const parsed = parseFramework(samples['improvement-teams.json']);
  if (!parsed.ok) throw new Error('the sample framework does not load');
  model = parsed.value;
});

// ---------------------------------------------------------------------------------------------------
// Mutations

const HOSTILE = [
  '',
  ' ',
  '<img src=x onerror=alert(1)>',
  '"><script>alert(1)</script>',
  'javascript:alert(1)',
  'JaVaScRiPt:alert(1)',
  'java\tscript:alert(1)',
  'data:text/html,<script>alert(1)</script>',
  '=HYPERLINK("http://x.example","y")',
  '\u3000＝1+1',
  '\u202Eevil',
  '\u0000',
  '\uD800',
  '__proto__',
  'constructor',
  '{{constructor.constructor("alert(1)")()}}',
  '${alert(1)}',
  '../../../../etc/passwd',
  '😀'.repeat(50),
  'T'.repeat(400),
  'T'.repeat(6_000),
];

/** A placeholder replaced in the JSON text by deeply nested arrays and objects. */
const DEEP = 'zz-deep-zz';
const DEEP_LEVELS = [70, 500, 20_000];

const value: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(...HOSTILE),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.constantFrom(
    null,
    true,
    false,
    0,
    -1,
    1.5,
    1e308,
    [],
    {},
    [null],
    { en: 'x' },
    JSON.parse('{"__proto__": null}'),
  ),
  fc.integer({ min: 0, max: DEEP_LEVELS.length - 1 }).map((i) => `${DEEP}${i}`),
);

type Op =
  | { kind: 'delete'; at: number }
  | { kind: 'replace'; at: number; with: unknown }
  | { kind: 'duplicate'; at: number }
  | { kind: 'retype'; at: number }
  | { kind: 'key'; at: number; key: string; with: unknown }
  | { kind: 'nest'; at: number; levels: number };

const op: fc.Arbitrary<Op> = fc.oneof(
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('replace' as const), at: fc.nat(), with: value }),
  fc.record({ kind: fc.constant('duplicate' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('retype' as const), at: fc.nat() }),
  fc.record({
    kind: fc.constant('key' as const),
    at: fc.nat(),
    key: fc.constantFrom('__proto__', 'constructor', 'prototype', 'polluted', 'en', 'x-unknown'),
    with: value,
  }),
  // Deep nesting where the schema does not look (extensions, unknown fields): only a depth limit stops it.
  fc.record({
    kind: fc.constant('nest' as const),
    at: fc.nat(),
    levels: fc.integer({ min: 0, max: DEEP_LEVELS.length - 1 }),
  }),
);

/** Every node's path, the document included (`[]`). */
function paths(doc: unknown): Segment[][] {
  const out: Segment[][] = [];
  const stack: [unknown, Segment[]][] = [[doc, []]];
  while (stack.length) {
    const [node, path] = stack.pop()!;
    out.push(path);
    if (node && typeof node === 'object')
      for (const key of Object.keys(node))
        stack.push([(node as Doc)[key], [...path, Array.isArray(node) ? Number(key) : key]]);
  }
  return out;
}

function own(obj: Doc, key: Segment, v: unknown) {
  Object.defineProperty(obj, key, { value: v, enumerable: true, writable: true, configurable: true });
}

/** Applies the mutations to a copy of the sample and returns the JSON text (deep nesting spliced in). */
function mutate(sample: string, ops: readonly Op[]): string {
  let doc: Doc = JSON.parse(sample);
  for (const o of ops) {
    const all = paths(doc);
    const path = all[o.at % all.length];
    const parent = path.slice(0, -1).reduce((n: Doc, k) => n[k], doc);
    const last = path[path.length - 1];
    const node = path.reduce((n: Doc, k) => n[k], doc);
    const set = (v: unknown) => (path.length ? own(parent, last, v) : (doc = v));
    switch (o.kind) {
      case 'delete':
        if (!path.length) doc = undefined;
        else if (Array.isArray(parent)) parent.splice(last as number, 1);
        else delete parent[last];
        break;
      case 'replace':
        set(o.with);
        break;
      case 'duplicate':
        if (Array.isArray(parent)) parent.splice(last as number, 0, JSON.parse(JSON.stringify(node)));
        else if (path.length) own(parent, `${String(last)}-copy`, JSON.parse(JSON.stringify(node) ?? 'null'));
        break;
      case 'retype':
        set(
          typeof node === 'string'
            ? 7
            : typeof node === 'number'
              ? String(node)
              : Array.isArray(node)
                ? { 0: node[0] }
                : node && typeof node === 'object'
                  ? Object.values(node)
                  : 'text',
        );
        break;
      case 'key':
        if (node && typeof node === 'object' && !Array.isArray(node)) own(node, o.key, o.with);
        break;
      case 'nest': {
        const host = node && typeof node === 'object' && !Array.isArray(node) && path.length ? node : doc;
        if (host && typeof host === 'object' && !Array.isArray(host))
          own(host, o.at % 2 ? 'extensions' : 'x-partner', { deep: `${DEEP}${o.levels}` });
        break;
      }
    }
  }
  // JSON.stringify writes an own "__proto__" property as a key, so the text carries it as a hostile
  // document would; JSON.parse (in the validator) makes it an own property again.
  const text = JSON.stringify(doc) ?? 'undefined';
  return text.replace(new RegExp(`"${DEEP}(\\d)"`, 'g'), (_, i: string) => {
    const n = DEEP_LEVELS[Number(i)];
    return '[{"a":'.repeat(n / 2) + '0' + '}]'.repeat(n / 2);
  });
}

const sample = fc.constantFrom('improvement-teams.json', 'bele.json', 'improvement-teams.profile.json');
const mutated = fc
  .tuple(sample, fc.array(op, { minLength: 1, maxLength: 3 }))
  .map(([name, ops]) => ({ name, text: mutate(samples[name], ops) }));

// ---------------------------------------------------------------------------------------------------
// Assertions

/** The rule for a refusal's path (see the header). */
function assertLocated(errors: readonly Issue[], text: string) {
  let doc: unknown;
  let json = true;
  try {
    doc = JSON.parse(text);
  } catch {
    json = false;
  }
  const whole = !json || !doc || typeof doc !== 'object' || Array.isArray(doc);
  for (const e of errors) {
    const where = `${e.path || '(document)'}: ${e.message}`;
    expect(e.message, where).to.be.a('string').and.not.equal('');
    expect(e.message, where).to.not.match(/call stack|could not be read|undefined is not|Cannot read/);
    if (e.path === '') {
      expect(whole || e.code === 'json', `an error about the whole of a JSON object: ${where}`).to.equal(
        true,
      );
      continue;
    }
    // The node, or (a required field that is missing) its object, exists in the document.
    const segments = e.path
      .slice(1)
      .split('/')
      .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
    let node: unknown = doc;
    let found = 0;
    for (const s of segments) {
      if (!node || typeof node !== 'object' || !Object.hasOwn(node, s)) break;
      node = (node as Record<string, unknown>)[s];
      found++;
    }
    expect(found, `the path points outside the document: ${where}`).to.be.at.least(segments.length - 1);
  }
}

/** Collects uncaught errors and unhandled rejections while `run` runs. */
async function noUncaught(run: () => Promise<void>) {
  const uncaught: unknown[] = [];
  const onError = (e: ErrorEvent) => uncaught.push(e.error ?? e.message);
  const onRejection = (e: PromiseRejectionEvent) => uncaught.push(e.reason);
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
  try {
    await run();
    await new Promise((r) => setTimeout(r)); // let a late rejection surface
  } finally {
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onRejection);
  }
  expect(uncaught.map(String)).to.deep.equal([]);
}

describe(`faults: fuzzing documents (fast-check, seed ${SEED})`, () => {
  let prototypeKeys: string[];
  beforeEach(() => {
    prototypeKeys = Object.getOwnPropertyNames(Object.prototype).sort();
  });
  afterEach(() => {
    expect(Object.getOwnPropertyNames(Object.prototype).sort()).to.deep.equal(prototypeKeys);
    expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
  });

  it('the validator: no exception, every refusal located, Object.prototype untouched', function () {
    heavy(this, '300 mutated sample documents, some deeply nested or with long strings');
    let refused = 0;
    fc.assert(
      fc.property(mutated, ({ name, text }) => {
        const result = name.includes('profile') ? parseProfile(text, model) : parseFramework(text);
        if (!result.ok) refused++;
        assertLocated(result.errors, text);
        // Warnings are located too (a path into the document or the whole one).
        for (const w of result.warnings)
          expect(w.path === '' || w.path.startsWith('/'), w.message).to.equal(true);
      }),
      settings(300),
    );
    // The mutations do break documents (a fuzzer whose cases all pass proves nothing).
    expect(refused).to.be.greaterThan(100);
  });

  it('the provider in the page: no uncaught error, located bp-error, for frameworks and profiles', async function () {
    heavy(this, 'a provider and a rubric rendering 30 mutated documents');
    const provider = await fixture<BlueprintProvider>(
      html`<blueprint-provider persist="off"><capacity-rubric></capacity-rubric></blueprint-provider>`,
    );
    const errors: Issue[] = [];
    provider.addEventListener('bp-error', (e) => errors.push(...e.detail.errors));
    await noUncaught(async () => {
      await fc.assert(
        fc.asyncProperty(mutated, async ({ name, text }) => {
          errors.length = 0;
          if (name.includes('profile')) {
            // The `profile` property takes an object (JSON text is the framework's way in).
            let value: unknown;
            try {
              value = JSON.parse(text);
            } catch {
              return;
            }
            provider.framework = samples['improvement-teams.json'];
            await waitUntil(() => provider.frameworkState.status === 'ready', 'the sample never loaded');
            provider.profile = value as never;
          } else provider.framework = text;
          await waitUntil(
            () => provider.frameworkState.status === 'ready' || provider.frameworkState.status === 'error',
            'the provider never settled',
          );
          await provider.updateComplete;
          assertLocated(errors, text);
        }),
        settings(25),
      );
    });
  });

  it('the CLI: exit 0 or 1, no stack trace, every refusal located', async function () {
    heavy(this, 'spawns the CLI 8 times');
    await noUncaught(async () => {
      await fc.assert(
        fc.asyncProperty(mutated, async ({ name, text }) => {
          const isProfile = name.includes('profile');
          const files: Record<string, string> = isProfile
            ? { 'f.json': samples['improvement-teams.json'], 'p.json': text }
            : { 'f.json': text };
          const { code, stdout, stderr } = await runCli(
            ['validate', 'f.json', ...(isProfile ? ['p.json'] : []), '--json'],
            files,
          );
          expect(stderr, stderr).to.equal('');
          expect([0, 1], stdout).to.include(code);
          const report = JSON.parse(stdout) as { files: { kind: string; errors: Issue[] }[] };
          const mine = report.files.find((f) => f.kind === (isProfile ? 'profile' : 'framework'))!;
          assertLocated(mine.errors, text);
        }),
        settings(8),
      );
    });
  });
});
