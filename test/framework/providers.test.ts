/* eslint-disable @typescript-eslint/no-unsafe-assignment, @typescript-eslint/no-unsafe-member-access -- fixture documents are untyped JSON (Doc) */
import { expect } from '@open-wc/testing';
import {
  contactHref,
  filterProviders,
  isContactUrl,
  parseFramework,
  providerOptions,
  providersFor,
  teamFocus,
  type Profile,
} from '../../src/framework/index.js';
import { expectError, loadModel, ratedProfile } from './fixtures.js';
import { withProviders } from './provider-fixtures.js';

const ids = (list: readonly { provider: { id: string } }[]) => list.map((m) => m.provider.id);

describe('providers (find support)', () => {
  describe('validation of the 1.1 details', () => {
    it('accepts https and mailto contacts, summaries, languages, regions and levels', () => {
      const result = parseFramework(withProviders());
      expect(result.ok, JSON.stringify(result.errors)).to.equal(true);
    });

    for (const bad of [
      'javascript:alert(1)',
      'JavaScript:alert(1)',
      'java\tscript:alert(1)',
      'http://example.org/contact',
      '/contact',
      'contact.html',
      'data:text/html,hi',
      'mailto:',
      'https://',
      'https://user@evil.example',
      ' https://example.org',
    ])
      it(`refuses the contact ${JSON.stringify(bad)} with its path, in plain words`, () => {
        const doc = withProviders();
        doc.providers[1].contact = bad;
        expectError(parseFramework(doc), '/providers/1/contact', ['https://', 'mailto:'], 'unsafe-url');
        expect(isContactUrl(bad)).to.equal(false);
      });

    it('refuses a levelId the framework does not have, naming the levels', () => {
      const doc = withProviders();
      doc.providers[0].levelIds = ['leading', 'expert'];
      expectError(
        parseFramework(doc),
        '/providers/0/levelIds/1',
        ['"expert"', 'emerging'],
        'unresolved-reference',
      );
    });

    it('refuses a language that is no locale tag', () => {
      const doc = withProviders();
      doc.providers[0].languages = ['english please'];
      const result = parseFramework(doc);
      expect(result.ok).to.equal(false);
      expect(result.errors[0].path).to.equal('/providers/0/languages/0');
    });
  });

  describe('providersFor', () => {
    it('lists the providers whose capacityIds include the capacity, in framework order', () => {
      const model = loadModel(withProviders());
      expect(ids(providersFor(model, 'dei'))).to.deep.equal(['late', 'early', 'all']);
      expect(ids(providersFor(model, 'agency'))).to.deep.equal(['early']);
      expect(ids(providersFor(model, 'routines'))).to.deep.equal(['data']);
      expect(providersFor(model, 'no-such-capacity')).to.deep.equal([]);
    });

    it('puts those that serve the level first; empty or missing levelIds serve every level', () => {
      const model = loadModel(withProviders());
      const at = (level: string) =>
        providersFor(model, 'dei', level).map((m) => `${m.provider.id}:${m.servesLevel}`);
      expect(at('emerging')).to.deep.equal(['early:true', 'all:true', 'late:false']);
      expect(at('leading')).to.deep.equal(['late:true', 'all:true', 'early:false']);
      expect(providersFor(model, 'routines', 'leading')[0].servesLevel).to.equal(true);
    });

    it('is built once per model: the same answers, the same objects', () => {
      const model = loadModel(withProviders());
      expect(providersFor(model, 'dei')[0].provider).to.equal(model.providers[0]);
      expect(providersFor(model, 'dei', 'emerging')[0].provider).to.equal(model.providers[1]);
    });
  });

  describe('filterProviders', () => {
    it('filters by capacity, level, language and region (OR within, AND across), with counts', () => {
      const model = loadModel(withProviders());
      const only = (f: Parameters<typeof filterProviders>[1]) =>
        filterProviders(model, f).providers.map((p) => p.id);
      expect(only({})).to.deep.equal(['late', 'early', 'all', 'data']);
      expect(only({ capacity: ['dei'] })).to.deep.equal(['late', 'early', 'all']);
      expect(only({ capacity: ['dei'], level: ['leading'] })).to.deep.equal(['late', 'all']);
      // es-MX and es are different languages; letter case does not matter.
      expect(only({ language: ['es-mx'] })).to.deep.equal(['early']);
      expect(only({ language: ['es', 'en'] })).to.deep.equal(['late', 'early', 'all']);
      expect(only({ region: ['NORTH'] })).to.deep.equal(['early', 'all']);
      expect(only({ capacity: ['unknown'] })).to.deep.equal([]);

      const { counts } = filterProviders(model, { capacity: ['dei'], region: ['north'] });
      // Capacity counts ignore the capacity choice (North: early, all).
      expect(Object.fromEntries(counts.get('capacity')!)).to.deep.equal({ dei: 2, agency: 1 });
      // Region counts ignore the region choice (dei: late, early, all).
      expect(Object.fromEntries(counts.get('region')!)).to.deep.equal({ north: 2, online: 1 });
      expect(Object.fromEntries(counts.get('language')!)).to.deep.equal({ 'es-mx': 1, en: 1, es: 1 });
    });

    it('offers only values some provider has, spelled as the data first writes them', () => {
      const model = loadModel(withProviders());
      const options = providerOptions(model);
      expect(options.get('capacity')!.map((o) => o.id)).to.deep.equal(['dei', 'agency', 'routines']);
      expect(options.get('level')!.map((o) => o.id)).to.deep.equal(['emerging', 'developing', 'leading']);
      expect(options.get('language')!.map((o) => o.value)).to.deep.equal(['en', 'es-MX', 'es']);
      expect(options.get('region')!.map((o) => o.value)).to.deep.equal(['North', 'Online']);
      // No provider names levels: no level filter.
      expect(providerOptions(loadModel()).get('level')).to.deep.equal([]);
    });
  });

  describe('teamFocus', () => {
    it('is the priorities, then the growth areas (lowest level), each once', () => {
      const model = loadModel(withProviders());
      const rated = ratedProfile({ dei: 'emerging', agency: 'leading', routines: 'emerging' }, model);
      expect(teamFocus(model, rated).map((c) => c.id)).to.deep.equal(['dei', 'routines']);
      const withPriority: Profile = {
        ...rated,
        extensions: { 'blueprint-widgets': { priorities: ['agency', 'dei'] } },
      };
      expect(teamFocus(model, withPriority).map((c) => c.id)).to.deep.equal(['agency', 'dei', 'routines']);
    });

    it('has no growth areas when every answer is at one level, and nothing without answers', () => {
      const model = loadModel(withProviders());
      expect(
        teamFocus(model, ratedProfile({ dei: 'developing', agency: 'developing' }, model)),
      ).to.deep.equal([]);
      expect(teamFocus(model, undefined)).to.deep.equal([]);
    });
  });

  describe('contactHref', () => {
    it('gives https as it is and mailto with a subject naming the capacity; nothing else', () => {
      expect(contactHref('https://example.org/ask?x=1', 'Support with DEI')).to.equal(
        'https://example.org/ask?x=1',
      );
      expect(contactHref('mailto:a@example.org', 'Support with D&I')).to.equal(
        'mailto:a@example.org?subject=Support%20with%20D%26I',
      );
      expect(contactHref('mailto:a@example.org?cc=b@example.org', 'S')).to.equal(
        'mailto:a@example.org?cc=b@example.org&subject=S',
      );
      expect(contactHref('mailto:a@example.org?Subject=Hi', 'S')).to.equal('mailto:a@example.org?Subject=Hi');
      expect(contactHref('javascript:alert(1)', 'S')).to.equal(undefined);
      expect(contactHref('http://example.org', 'S')).to.equal(undefined);
      expect(contactHref(undefined, 'S')).to.equal(undefined);
    });
  });
});
