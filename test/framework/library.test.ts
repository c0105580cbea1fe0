/* eslint-disable @typescript-eslint/no-unsafe-assignment, @typescript-eslint/no-unsafe-member-access, @typescript-eslint/no-unsafe-call, @typescript-eslint/no-unsafe-return, @typescript-eslint/no-unsafe-argument -- the tests change untyped JSON documents (Doc) on purpose */
/**
 * The resource library's queries (src/framework/library.ts) and single-resource parsing (parseResource):
 * matched resources ranked for a profile, filters with counts, search, and the filter string.
 */
import { expect } from '@open-wc/testing';
import {
  type FrameworkModel,
  emptyProfile,
  filtersFromString,
  filtersToString,
  matchedResources,
  normalizeSearch,
  parseResource,
  resourceIndex,
  withRating,
} from '../../src/framework/index.js';
import { loadModel, ratedProfile, validFramework } from './fixtures.js';

let model: FrameworkModel;
before(() => {
  model = loadModel(validFramework());
});

const ids = (entries: readonly { resource: { id: string } }[]) => entries.map((e) => e.resource.id);
const rated = (m: FrameworkModel, levels: Record<string, string>) => ratedProfile(levels, m);

describe('matchedResources', () => {
  it('is empty while nothing is rated; unsure and skipped answers match nothing', () => {
    expect(matchedResources(model, undefined)).to.deep.equal([]);
    let p = emptyProfile(model);
    p = withRating(p, 'dei', { status: 'unsure' });
    p = withRating(p, 'routines', { status: 'skipped' });
    expect(matchedResources(model, p)).to.deep.equal([]);
  });

  it('ranks the lowest-rated capacities first and gives every reason, each resource once', () => {
    // routines (data group) at leading, agency at developing, dei at emerging.
    const p = rated(model, { routines: 'leading', agency: 'developing', dei: 'emerging' });
    const entries = matchedResources(model, p);
    // dei@emerging: equity-guide (levels emerging, developing), agency-tool (every level).
    // agency@developing: agency-tool again (kept at its first place). routines@leading: data-video (group).
    expect(ids(entries)).to.deep.equal(['equity-guide', 'agency-tool', 'data-video']);
    expect(entries[1].reasons).to.deep.equal([
      { capacityId: 'dei', levelId: 'emerging' },
      { capacityId: 'agency', levelId: 'developing' },
    ]);
    expect(entries[2].reasons).to.deep.equal([{ capacityId: 'routines', levelId: 'leading' }]);
  });

  it('leaves out resources whose levelIds exclude the current level', () => {
    const entries = matchedResources(model, rated(model, { dei: 'leading' }));
    expect(ids(entries)).to.deep.equal(['agency-tool']);
  });

  it('keeps framework order among capacities at the same level', () => {
    const entries = matchedResources(model, rated(model, { routines: 'developing', agency: 'developing' }));
    expect(entries.map((e) => e.reasons[0].capacityId)).to.deep.equal(['agency', 'routines']);
  });
});

describe('ResourceIndex', () => {
  it('offers group, capacity, level and every facet, with values some resource has', () => {
    const index = resourceIndex(model);
    expect(index.dimensions).to.deep.equal([
      'group',
      'capacity',
      'level',
      ...Object.keys(validFramework().vocabularies),
      'languages', // used by a resource, with no vocabulary declared
    ]);
    expect(index.options('type').map((o) => o.id)).to.deep.equal(['guide', 'video', 'tool']);
    expect(index.options('group').map((o) => o.id)).to.deep.equal(['culture', 'data']);
    // data-video is tagged to the data group, so it serves routines; agency-tool serves agency and dei.
    expect(index.options('capacity').map((o) => o.id)).to.deep.equal(['dei', 'agency', 'routines']);
    expect(index.options('level').map((o) => o.id)).to.deep.equal(['emerging', 'developing', 'leading']);
  });

  it('a facet named like an object method ("constructor") filters like any other', () => {
    const doc = validFramework();
    doc.vocabularies.constructor = [{ id: 'x', label: 'X' }];
    doc.resources[0].constructor = 'x';
    const m = loadModel(doc);
    const index = resourceIndex(m);
    expect(index.facets).to.include('constructor');
    expect(index.search(index.byTitle('en'), {}).entries).to.have.length(3);
    expect(ids(index.search(index.byTitle('en'), { constructor: ['x'] }).entries)).to.deep.equal([
      'equity-guide',
    ]);
  });

  it('is built once per model', () => {
    expect(resourceIndex(model)).to.equal(resourceIndex(model));
  });

  it('a standard facet without a vocabulary is offered with its raw values', () => {
    const doc = validFramework();
    delete doc.vocabularies;
    const index = resourceIndex(loadModel(doc));
    expect(index.facets).to.deep.equal(['type', 'format', 'cost', 'audience', 'languages']);
    expect(index.options('languages')).to.deep.equal([
      { id: 'en', label: undefined },
      { id: 'es', label: undefined },
    ]);
  });

  it('a locale that is not a language tag sorts with the default one, never throws', () => {
    expect(resourceIndex(model).byTitle('en_US')).to.have.length(3);
    expect(resourceIndex(model).byTitle('!!')).to.have.length(3);
  });

  it('sorts every resource by title in the locale', () => {
    const index = resourceIndex(model);
    expect(ids(index.byTitle('en'))).to.deep.equal(['agency-tool', 'data-video', 'equity-guide']);
    // "Guía de equidad" sorts after "Data video" in Spanish too, "Agency tool" first.
    expect(ids(index.byTitle('es'))).to.deep.equal(['agency-tool', 'data-video', 'equity-guide']);
  });

  it('filters: OR within a dimension, AND across, keeping the order given', () => {
    const index = resourceIndex(model);
    const all = index.byTitle('en');
    expect(ids(index.search(all, { type: ['guide', 'tool'] }).entries)).to.deep.equal([
      'agency-tool',
      'equity-guide',
    ]);
    expect(
      ids(index.search(all, { type: ['guide', 'tool'], cost: ['free'], level: ['leading'] }).entries),
    ).to.deep.equal(['agency-tool']);
    // A group filter finds resources tagged to one of its capacities, and to the group itself.
    expect(ids(index.search(all, { group: ['culture'] }).entries)).to.deep.equal([
      'agency-tool',
      'equity-guide',
    ]);
    expect(ids(index.search(all, { capacity: ['routines'] }).entries)).to.deep.equal(['data-video']);
    expect(ids(index.search(all, { nonsense: ['x'] }).entries)).to.have.length(3);
  });

  it('counts what each option would give with the other filters kept', () => {
    const index = resourceIndex(model);
    const { counts, entries } = index.search(index.byTitle('en'), { cost: ['free'] });
    expect(entries).to.have.length(2);
    // cost counts ignore the cost selection itself: 2 free, 1 paid.
    expect(Object.fromEntries(counts.get('cost')!)).to.deep.equal({ free: 2, paid: 1 });
    // other dimensions count within the results.
    expect(Object.fromEntries(counts.get('type')!)).to.deep.equal({ tool: 1, guide: 1 });
  });

  it('searches title, summary, publisher and tags, in any language, ignoring case and accents', () => {
    const index = resourceIndex(model);
    const all = index.byTitle('en');
    const find = (q: string) => ids(index.search(all, {}, q).entries);
    expect(find('GUIDE')).to.deep.equal(['equity-guide']);
    expect(find('guia equidad')).to.deep.equal(['equity-guide']); // Spanish title, no accent typed
    expect(find('example')).to.deep.equal(['equity-guide']); // publisher
    expect(find('equity')).to.deep.equal(['equity-guide']); // tag and title
    expect(find('video data')).to.deep.equal(['data-video']); // every word, any order
    expect(find('video guide')).to.deep.equal([]);
    expect(find('   ')).to.have.length(3);
  });

  it('filters 5,000 resources with one pass (correctness at scale)', () => {
    const doc = validFramework();
    const base = doc.resources[0];
    doc.resources.push(
      ...Array.from({ length: 5000 }, (_, i) => ({
        ...base,
        id: `r-${i}`,
        title: `Resource ${i}`,
        cost: i % 2 ? 'free' : 'paid',
      })),
    );
    const big = loadModel(doc);
    const index = resourceIndex(big);
    const result = index.search(index.byTitle('en'), { cost: ['free'] }, 'resource 12');
    // Every word is looked for on its own: "resource" and "12" anywhere; odd ones are free.
    const expected = Array.from({ length: 5000 }, (_, i) => i).filter(
      (i) => String(i).includes('12') && i % 2 === 1,
    );
    expect(result.entries.length).to.equal(expected.length);
  });
});

describe('filter strings', () => {
  it('round-trips filters and the search text as a URL query', () => {
    const text = filtersToString({ group: ['inclusive-culture'], type: ['guide', 'tool'] }, 'family night ');
    expect(text).to.equal('q=family+night+&group=inclusive-culture&type=guide&type=tool');
    expect(filtersFromString(text)).to.deep.equal({
      filters: { group: ['inclusive-culture'], type: ['guide', 'tool'] },
      query: 'family night ',
    });
    expect(filtersToString({}, '   ')).to.equal('');
    expect(filtersFromString('?cost=free&cost=free&type=')).to.deep.equal({
      filters: { cost: ['free'] },
      query: '',
    });
    expect(filtersFromString(null)).to.deep.equal({ filters: {}, query: '' });
    // Keys that objects inherit are plain unknown filters, never a crash.
    const odd = filtersFromString('constructor=1&__proto__=2&toString=3&hasOwnProperty=4');
    expect(Object.keys(odd.filters)).to.deep.equal([
      'constructor',
      '__proto__',
      'toString',
      'hasOwnProperty',
    ]);
    expect(odd.filters['__proto__']).to.deep.equal(['2']);
  });

  it('normalizes search text', () => {
    expect(normalizeSearch('Educación FAMILIAR')).to.equal('educacion familiar');
  });
});

describe('parseResource', () => {
  it('accepts a resource object or JSON text, frozen', () => {
    const r = parseResource({ id: 'x', title: 'X', minutes: 5 });
    expect(r.ok).to.be.true;
    expect(Object.isFrozen(r.value)).to.be.true;
    expect(parseResource('{"id":"x","title":{"en":"X"}}').ok).to.be.true;
  });

  it('refuses what is not a resource, with located errors', () => {
    const none = parseResource({ id: 'x' });
    expect(none.ok).to.be.false;
    expect(none.errors.map((e) => e.path)).to.deep.equal(['/title']);
    const bad = parseResource({ id: 'x', title: 'X', minutes: 'ten', audience: 'teachers' });
    expect(bad.errors.map((e) => e.path).sort()).to.deep.equal(['/audience', '/minutes']);
    for (const input of [null, [], 'not json', 42]) expect(parseResource(input).ok).to.be.false;
  });

  it('drops an unsafe url with a warning instead of refusing the resource', () => {
    for (const url of [
      'javascript:alert(1)',
      'data:text/html,<b>x</b>',
      ' JaVaScRiPt:alert(1)',
      'java\tscript:x',
    ]) {
      const r = parseResource({ id: 'x', title: 'X', url });
      expect(r.ok, url).to.be.true;
      expect(r.value!.url, url).to.be.undefined;
      expect(r.warnings.map((w) => [w.code, w.path])).to.deep.equal([['unsafe-url', '/url']]);
    }
    expect(parseResource({ id: 'x', title: 'X', url: 'https://example.org/a' }).value!.url).to.equal(
      'https://example.org/a',
    );
  });

  it('with a framework, reports unknown references and facet values as warnings and keeps them', () => {
    const r = parseResource(
      { id: 'x', title: 'X', type: 'podcast', capacityIds: ['dei', 'ghost'], levelIds: ['top'] },
      model,
    );
    expect(r.ok).to.be.true;
    expect(r.value!.type).to.equal('podcast');
    expect(r.warnings.map((w) => w.path)).to.deep.equal(['/capacityIds/1', '/levelIds/0', '/type']);
    expect(r.warnings.every((w) => w.severity === 'warning')).to.be.true;
  });
});
