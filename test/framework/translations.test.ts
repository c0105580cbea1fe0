/* eslint-disable @typescript-eslint/no-unsafe-assignment, @typescript-eslint/no-unsafe-member-access, @typescript-eslint/no-unsafe-return -- the tests change untyped JSON documents (Doc) on purpose */
/**
 * Translation completeness (issue 20): translations.ts counts every Text by walking the valibot schemas;
 * these tests count another way (by hand on a small document, and over the published JSON Schema) and
 * run `blueprint-widgets translations` and `validate --require-locale` for real.
 */
import { expect } from '@open-wc/testing';
import { translationCompleteness } from '../../src/framework/translations.js';
import { runCli, type CliResult } from '../support/cli.js';
import { type Doc, validFramework } from './fixtures.js';

const DATA = new URL('../../src/data/', import.meta.url);
const dump = (r: CliResult) => `code ${r.code}\n--- stdout\n${r.stdout}\n--- stderr\n${r.stderr}`;

type JsonSchema = {
  $ref?: string;
  properties?: Record<string, JsonSchema>;
  items?: JsonSchema;
  additionalProperties?: JsonSchema | boolean;
  anyOf?: JsonSchema[];
};

/**
 * An independent count: walks the document alongside the published JSON Schema (src/data/
 * framework.schema.json) and takes every value whose schema is `$defs/Name` or `$defs/Text`.
 */
function countOverJsonSchema(schema: JsonSchema & { $defs: Record<string, JsonSchema> }, doc: unknown) {
  const texts: { path: string; value: unknown }[] = [];
  const walk = (s: JsonSchema, value: unknown, path: string) => {
    if (value === undefined) return;
    if (s.$ref === '#/$defs/Name' || s.$ref === '#/$defs/Text') return void texts.push({ path, value });
    if (s.$ref) return walk(schema.$defs[s.$ref.replace('#/$defs/', '')], value, path);
    if (Array.isArray(value) && s.items) return value.forEach((v, i) => walk(s.items!, v, `${path}/${i}`));
    if (!value || typeof value !== 'object' || Array.isArray(value)) return;
    for (const [k, v] of Object.entries(value as Record<string, unknown>)) {
      const escaped = k.replace(/~/g, '~0').replace(/\//g, '~1');
      const child =
        s.properties?.[k] ??
        (typeof s.additionalProperties === 'object' ? s.additionalProperties : undefined);
      if (child && k !== 'extensions') walk(child, v, `${path}/${escaped}`);
    }
  };
  walk(schema, doc, '');
  const defaultLocale = (doc as { defaultLocale?: string }).defaultLocale ?? 'en';
  const locales = new Set([defaultLocale]);
  texts.forEach(
    (t) => t.value && typeof t.value === 'object' && Object.keys(t.value).forEach((k) => locales.add(k)),
  );
  const out: Record<string, { translated: number; total: number; missing: string[] }> = {};
  for (const locale of locales) {
    const has = (v: unknown) =>
      typeof v === 'string'
        ? locale === defaultLocale && v.trim() !== ''
        : typeof (v as Record<string, unknown>)[locale] === 'string' &&
          (v as Record<string, string>)[locale].trim() !== '';
    const missing = texts.filter((t) => !has(t.value)).map((t) => t.path);
    out[locale] = { translated: texts.length - missing.length, total: texts.length, missing };
  }
  return out;
}

/** A small document whose counts are known by reading it. */
function smallDocument(): Doc {
  return {
    schema: 'blueprint-framework/1',
    id: 'small',
    version: '1',
    title: { en: 'Small', es: 'Pequeño' }, // 1: en es
    summary: 'Only English', // 2: en
    levels: [
      { id: 'a', rank: 0, label: { en: 'A', es: 'A', fr: 'A' } }, // 3: en es fr
      { id: 'b', rank: 1, label: { es: 'B solo' } }, // 4: es
    ],
    groups: [
      {
        id: 'g',
        label: 'G', // 5: en
        capacities: [
          {
            id: 'c',
            label: { en: 'C', es: 'C' }, // 6: en es
            lookFors: ['look', { en: 'look 2', es: 'mira 2' }], // 7: en; 8: en es
            descriptors: { a: { summary: 'sa', indicators: [{ es: 'ind' }] } }, // 9: en; 10: es
          },
        ],
      },
    ],
    terms: { capacity: { en: 'commitment', es: 'compromiso' } }, // 11: en es
    roles: [{ id: 'teacher', label: 'Teacher', note: 'not a text: unknown field' }], // 12: en
    extensions: { partner: { label: 'not counted' } },
  };
}

describe('translations: counting', () => {
  it('a small document: the counts read off by hand', () => {
    const counts = translationCompleteness(smallDocument());
    expect(Object.keys(counts)).to.deep.equal(['en', 'es', 'fr']);
    expect(counts.en).to.deep.equal({
      translated: 10,
      total: 12,
      missing: ['/levels/1/label', '/groups/0/capacities/0/descriptors/a/indicators/0'],
    });
    expect(counts.es.translated).to.equal(7);
    expect(counts.es.missing).to.deep.equal([
      '/summary',
      '/groups/0/label',
      '/groups/0/capacities/0/lookFors/0',
      '/groups/0/capacities/0/descriptors/a/summary',
      '/roles/0/label',
    ]);
    expect(counts.fr.translated).to.equal(1);
  });

  it('--locale adds a language no text has yet; the default follows defaultLocale', () => {
    const doc = smallDocument();
    doc.defaultLocale = 'es';
    const counts = translationCompleteness(doc, ['de']);
    expect(Object.keys(counts)).to.deep.equal(['es', 'en', 'fr', 'de']);
    expect(counts.de).to.include({ translated: 0, total: 12 });
    // Plain strings are now Spanish.
    expect(counts.es.translated).to.equal(12);
  });

  it('every Text of the samples and the fixture, counted over the JSON Schema: the same numbers and paths', async () => {
    const schema = (await (await fetch(new URL('framework.schema.json', DATA))).json()) as JsonSchema & {
      $defs: Record<string, JsonSchema>;
    };
    const docs: [string, unknown][] = [
      ['fixture', validFramework()],
      ['small', smallDocument()],
    ];
    for (const name of ['improvement-teams', 'bele', 'minimal'])
      docs.push([name, await (await fetch(new URL(`${name}.json`, DATA))).json()]);
    for (const [name, doc] of docs) {
      const expected = countOverJsonSchema(schema, doc);
      expect(translationCompleteness(doc), name).to.deep.equal(expected);
      expect(Object.values(expected)[0].total, name).to.be.greaterThan(0);
    }
  });
});

describe('translations: the commands', function () {
  this.timeout(60000);
  before(async () => {
    await runCli(['--help']);
  });

  it('translations --json prints the counts per locale', async () => {
    const r = await runCli(['translations', 'f.json', '--json', '--locale', 'de'], {
      'f.json': JSON.stringify(smallDocument()),
    });
    expect(r.code, dump(r)).to.equal(0);
    expect(JSON.parse(r.stdout)).to.deep.equal(translationCompleteness(smallDocument(), ['de']));
  });

  it('translations prints each language with every missing path', async () => {
    const r = await runCli(['translations', 'f.json'], { 'f.json': JSON.stringify(smallDocument()) });
    expect(r.code, dump(r)).to.equal(0);
    expect(r.stdout).to.include('f.json: 12 texts');
    expect(r.stdout).to.include('es     7 of 12 (58 %), 5 missing:');
    expect(r.stdout).to.include('    /groups/0/capacities/0/descriptors/a/summary');
  });

  it('translations: an unreadable or invalid document is exit code 1', async () => {
    const bad = await runCli(['translations', 'f.json'], { 'f.json': '{ not json' });
    expect(bad.code, dump(bad)).to.equal(1);
    expect(bad.stderr).to.include('not valid JSON');
    const missing = await runCli(['translations', 'none.json']);
    expect(missing.code).to.equal(1);
    expect(missing.stderr).to.include('cannot read none.json: no such file');
  });

  it('validate --require-locale turns each missing translation into an error with its path', async () => {
    const files = { 'f.json': JSON.stringify(smallDocument()) };
    const r = await runCli(['validate', 'f.json', '--require-locale', 'es', '--json'], files);
    expect(r.code, dump(r)).to.equal(1);
    const report = JSON.parse(r.stdout) as {
      files: { errors: { path: string; code: string; message: string }[] }[];
    };
    const errors = report.files[0].errors.filter((e) => e.code === 'missing-translation');
    expect(errors.map((e) => e.path)).to.deep.equal(translationCompleteness(smallDocument()).es.missing);
    expect(errors[0].message).to.include('no "es" version');

    // Repeated and comma-separated: both languages' missing texts.
    const both = await runCli(['validate', 'f.json', '-r', 'es', '--require-locale=fr,en', '--json'], files);
    const all = (JSON.parse(both.stdout) as typeof report).files[0].errors;
    expect(all.length).to.equal(5 + 11 + 2);

    // Without the option, the same document is valid (translations are not required).
    const plain = await runCli(['validate', 'f.json'], files);
    expect(plain.code, dump(plain)).to.equal(0);
  });

  it('validate --require-locale passes a document complete in that language', async () => {
    const doc: Doc = { ...smallDocument(), summary: { en: 'x', es: 'y' } };
    const counts = translationCompleteness(doc);
    // Fill in every missing Spanish text, at its path.
    for (const path of counts.es.missing) {
      const keys = path.split('/').slice(1);
      const parent = keys.slice(0, -1).reduce((n: Doc, k) => n[k], doc);
      const last = keys[keys.length - 1];
      parent[last] =
        typeof parent[last] === 'string'
          ? { en: parent[last], es: 'traducido' }
          : { ...parent[last], es: 'traducido' };
    }
    const r = await runCli(['validate', 'f.json', '-r', 'es'], { 'f.json': JSON.stringify(doc) });
    expect(r.code, dump(r)).to.equal(0);
  });
});
