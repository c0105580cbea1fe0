/**
 * The sample documents shipped in src/data: they parse, and improvement-teams is complete (no warnings,
 * full coverage, bilingual labels, a resource library using every facet).
 */
import { expect } from '@open-wc/testing';
import { type FrameworkModel, parseFramework, parseProfile } from '../../src/framework/index.js';
import { showIssues as showIssuesFor } from './fixtures.js';

interface PublishedSchema {
  $defs?: Record<string, unknown>;
  properties: { schema: { const?: unknown } };
  required: string[];
}

const DATA = new URL('../../src/data/', import.meta.url);

async function fetchText(name: string): Promise<string> {
  const response = await fetch(new URL(name, DATA));
  if (!response.ok) throw new Error(`${name}: HTTP ${response.status}`);
  return response.text();
}

const texts: Record<string, string> = {};
const models: Record<string, FrameworkModel> = {};

before(async () => {
  for (const name of ['minimal', 'improvement-teams', 'bele']) texts[name] = await fetchText(`${name}.json`);
  texts.profile = await fetchText('improvement-teams.profile.json');
  texts.schema = await fetchText('framework.schema.json');
  texts.profileSchema = await fetchText('profile.schema.json');
});

/** The parsed model of a sample (fails the test, with every error, when it does not load). */
function modelOf(name: string): FrameworkModel {
  if (!models[name]) {
    const result = parseFramework(texts[name]);
    expect(result.ok, `${name}.json:\n${showIssuesFor(result.errors)}`).to.equal(true);
    models[name] = result.value!;
  }
  return models[name];
}

const isBilingual = (text: unknown) =>
  !!text &&
  typeof text === 'object' &&
  typeof (text as Record<string, unknown>).en === 'string' &&
  typeof (text as Record<string, unknown>).es === 'string' &&
  (text as Record<string, string>).en.trim() !== '' &&
  (text as Record<string, string>).es.trim() !== '';

describe('sample data (src/data)', () => {
  for (const name of ['minimal', 'improvement-teams', 'bele']) {
    it(`${name}.json parses with ok=true`, () => {
      const result = parseFramework(texts[name]);
      expect(result.ok, showIssuesFor(result.errors)).to.equal(true);
      expect(result.errors).to.have.length(0);
      expect(result.value!.framework.schema).to.equal('blueprint-framework/1');
    });
  }

  describe('improvement-teams.json', () => {
    it('has zero warnings', () => {
      const result = parseFramework(texts['improvement-teams']);
      expect(result.warnings, showIssuesFor(result.warnings)).to.have.length(0);
    });

    it('has at least 5 groups, among them inclusive-culture with dei, student-agency and family-engagement', () => {
      const m = modelOf('improvement-teams');
      expect(m.groups.length).to.be.at.least(5);
      const culture = m.group('inclusive-culture');
      expect(culture, m.groups.map((g) => g.id).join(', ')).to.not.equal(undefined);
      expect(culture!.capacities.map((c) => c.id)).to.include.members([
        'dei',
        'student-agency',
        'family-engagement',
      ]);
    });

    it('has 4 levels, ranked 0..3', () => {
      const m = modelOf('improvement-teams');
      expect(m.levels).to.have.length(4);
      expect(m.levels.map((l) => l.rank)).to.deep.equal([0, 1, 2, 3]);
    });

    it('has a descriptor for every capacity × level', () => {
      const m = modelOf('improvement-teams');
      const missing = m.capacities.flatMap((c) =>
        m.levels.filter((l) => !m.descriptor(c.id, l.id)).map((l) => `${c.id}×${l.id}`),
      );
      expect(missing).to.deep.equal([]);
    });

    it('has equity considerations for every group × level', () => {
      const m = modelOf('improvement-teams');
      const missing = m.groups.flatMap((g) =>
        m.levels
          .filter((l) => !m.considerations(g.id, l.id).found || !m.considerations(g.id, l.id).items.length)
          .map((l) => `${g.id}×${l.id}`),
      );
      expect(missing).to.deep.equal([]);
    });

    it('has at least one action for every capacity × level', () => {
      const m = modelOf('improvement-teams');
      const missing = m.capacities.flatMap((c) =>
        m.levels.filter((l) => m.actionsFor(c.id, l.id).length === 0).map((l) => `${c.id}×${l.id}`),
      );
      expect(missing).to.deep.equal([]);
    });

    it('has at least 40 resources, using every facet', () => {
      const m = modelOf('improvement-teams');
      expect(m.resources.length).to.be.at.least(40);
      for (const facet of ['type', 'format', 'cost', 'audience', 'languages', 'minutes']) {
        const used = m.resources.filter((r) => {
          const value = (r as Record<string, unknown>)[facet];
          return Array.isArray(value) ? value.length > 0 : value !== undefined;
        });
        expect(used.length, `resources with ${facet}`).to.be.at.least(1);
      }
      for (const facet of ['type', 'format', 'cost', 'audience']) {
        expect(m.vocabulary(facet).length, `vocabularies.${facet}`).to.be.at.least(2);
        // Every declared value is labelled in both languages.
        for (const entry of m.vocabulary(facet))
          expect(isBilingual(entry.label), `${facet}.${entry.id}`).to.equal(true);
      }
    });

    it('matches resources to every capacity at some level', () => {
      const m = modelOf('improvement-teams');
      const unmatched = m.capacities
        .filter((c) => m.levels.every((l) => m.resourcesFor(c.id, l.id).length === 0))
        .map((c) => c.id);
      expect(unmatched).to.deep.equal([]);
    });

    it('has English and Spanish labels for levels, groups and capacities', () => {
      const m = modelOf('improvement-teams');
      const labelled = [
        ...m.levels.map((l) => [`level ${l.id}`, l.label] as const),
        ...m.groups.map((g) => [`group ${g.id}`, g.label] as const),
        ...m.capacities.map((c) => [`capacity ${c.id}`, c.label] as const),
      ];
      const monolingual = labelled.filter(([, label]) => !isBilingual(label)).map(([what]) => what);
      expect(monolingual).to.deep.equal([]);
      expect(m.text(m.group('inclusive-culture')!.label, 'es')).to.not.equal(
        m.text(m.group('inclusive-culture')!.label, 'en'),
      );
    });

    it('says in source.citation that the content is illustrative', () => {
      const citation = modelOf('improvement-teams').framework.source?.citation;
      expect(citation).to.be.a('string');
      expect(citation).to.match(/illustrative/i);
    });

    it('improvement-teams.profile.json parses against it with no errors', () => {
      const m = modelOf('improvement-teams');
      const result = parseProfile(texts.profile, m);
      expect(result.ok, showIssuesFor(result.errors)).to.equal(true);
      expect(result.errors).to.have.length(0);
      expect(result.value!.frameworkId).to.equal('improvement-teams');
      const rated = Object.values(result.value!.ratings).filter((r) => r.status === 'rated');
      expect(rated.length).to.be.at.least(1);
    });
  });

  describe('bele.json', () => {
    it('has 4 groups and an anchor', () => {
      const m = modelOf('bele');
      expect(m.groups).to.have.length(4);
      expect(m.anchors.length).to.be.at.least(1);
    });
  });

  describe('minimal.json', () => {
    it('is minimal: 2 levels, 1 group, 1 capacity', () => {
      const m = modelOf('minimal');
      expect(m.levels).to.have.length(2);
      expect(m.groups).to.have.length(1);
      expect(m.capacities).to.have.length(1);
    });
  });

  describe('the published JSON Schemas', () => {
    it('framework.schema.json has $defs and pins schema to "blueprint-framework/1"', () => {
      const schema = JSON.parse(texts.schema) as PublishedSchema;
      expect(schema.$defs).to.be.an('object');
      expect(Object.keys(schema.$defs ?? {}).length).to.be.at.least(1);
      expect(schema.properties.schema.const).to.equal('blueprint-framework/1');
      expect(schema.required).to.include.members(['schema', 'id', 'version', 'title', 'levels', 'groups']);
    });

    it('profile.schema.json pins schema to "blueprint-profile/1"', () => {
      const schema = JSON.parse(texts.profileSchema) as PublishedSchema;
      expect(schema.properties.schema.const).to.equal('blueprint-profile/1');
      expect(schema.required).to.include.members(['schema', 'frameworkId', 'ratings']);
    });
  });
});
