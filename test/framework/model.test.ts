/* eslint-disable @typescript-eslint/no-unsafe-assignment, @typescript-eslint/no-unsafe-member-access, @typescript-eslint/no-unsafe-call, @typescript-eslint/no-unsafe-argument -- the tests break untyped JSON documents (Doc) on purpose */
/**
 * The model's queries, localized text resolution and the derived values of recommend.ts
 * (framework-format.md, "Text" and "Derived values").
 */
import { expect } from '@open-wc/testing';
import {
  type FrameworkModel,
  GROUP_PALETTE,
  emptyProfile,
  groupSummary,
  localesOf,
  matchLocale,
  recommend,
  recommendFor,
  resolveText,
  summaryRank,
  textOf,
  withRating,
  type Profile,
} from '../../src/framework/index.js';
import { isModel } from '../../src/framework/is-model.js';
import { type Doc, loadModel, validFramework, validProfile } from './fixtures.js';

const load = (doc: Doc): FrameworkModel => loadModel(doc);

let model: FrameworkModel;
before(() => {
  model = load(validFramework());
});

const ids = (list: readonly { id: string }[]) => list.map((x) => x.id);

describe('text resolution', () => {
  const text = { en: 'Student agency', es: 'Agencia estudiantil', 'pt-BR': 'Agência estudantil' };

  it('an exact match, case-insensitive', () => {
    expect(resolveText(text, 'es')).to.deep.equal({ text: 'Agencia estudiantil', lang: 'es' });
    expect(resolveText(text, 'ES')).to.deep.equal({ text: 'Agencia estudiantil', lang: 'es' });
    expect(resolveText(text, 'pt-br')).to.deep.equal({ text: 'Agência estudantil', lang: 'pt-BR' });
  });

  it('a region falls back to its language: es-MX → es', () => {
    expect(resolveText(text, 'es-MX')).to.deep.equal({ text: 'Agencia estudiantil', lang: 'es' });
    expect(resolveText({ en: 'x', 'zh-Hant': '漢' }, 'zh-Hant-TW')).to.deep.equal({
      text: '漢',
      lang: 'zh-Hant',
    });
  });

  it('a language finds a regional variant: es → es-419', () => {
    expect(resolveText({ en: 'Hello', 'es-419': 'Hola' }, 'es')).to.deep.equal({
      text: 'Hola',
      lang: 'es-419',
    });
    expect(resolveText({ en: 'Hello', 'es-419': 'Hola' }, 'es-MX')).to.deep.equal({
      text: 'Hola',
      lang: 'es-419',
    });
  });

  it('the exact tag wins over a prefix, and a prefix over a sibling', () => {
    expect(matchLocale(['es-419', 'es', 'es-MX'], 'es-MX')).to.equal('es-MX');
    expect(matchLocale(['es-419', 'es'], 'es-MX')).to.equal('es');
    expect(matchLocale(['es-419', 'en'], 'es-MX')).to.equal('es-419');
    expect(matchLocale(['en'], undefined)).to.equal(undefined);
    expect(matchLocale(['en'], 'fr')).to.equal(undefined);
  });

  it('falls back to the default locale', () => {
    expect(resolveText(text, 'fr')).to.deep.equal({ text: 'Student agency', lang: 'en' });
    expect(resolveText(text, 'fr', 'es')).to.deep.equal({ text: 'Agencia estudiantil', lang: 'es' });
    expect(resolveText(text, undefined, 'es-CO')).to.deep.equal({ text: 'Agencia estudiantil', lang: 'es' });
  });

  it('falls back to any value, reporting its language', () => {
    expect(resolveText({ fr: 'Bonjour' }, 'de', 'en')).to.deep.equal({ text: 'Bonjour', lang: 'fr' });
  });

  it('a plain string is in the default locale', () => {
    expect(resolveText('Hello', 'es')).to.deep.equal({ text: 'Hello', lang: 'en' });
    expect(resolveText('Hola', 'en', 'es')).to.deep.equal({ text: 'Hola', lang: 'es' });
  });

  it('undefined and null give empty text and no language', () => {
    expect(resolveText(undefined, 'en')).to.deep.equal({ text: '', lang: undefined });
    expect(resolveText(null, 'en')).to.deep.equal({ text: '', lang: undefined });
    expect(textOf(undefined, 'en')).to.equal('');
  });

  it('ignores non-string values in a text object', () => {
    expect(resolveText({ es: 5, en: 'Five' } as unknown as Record<string, string>, 'es')).to.deep.equal({
      text: 'Five',
      lang: 'en',
    });
  });

  it('localesOf lists what a text offers', () => {
    expect(localesOf(text)).to.deep.equal(['en', 'es', 'pt-BR']);
    expect(localesOf('plain', 'es')).to.deep.equal(['es']);
    expect(localesOf(undefined)).to.deep.equal([]);
  });

  it("model.text / model.resolve use the framework's defaultLocale", () => {
    const es = load({ ...validFramework(), defaultLocale: 'es' });
    expect(es.defaultLocale).to.equal('es');
    expect(es.text({ en: 'Hello', es: 'Hola' }, 'fr')).to.equal('Hola');
    expect(es.resolve('Texto', 'en')).to.deep.equal({ text: 'Texto', lang: 'es' });
    expect(model.defaultLocale).to.equal('en');
    expect(model.text(model.capacity('agency')!.label, 'es-MX')).to.equal('Agencia estudiantil');
    expect(model.resolve(model.level('leading')!.label, 'de')).to.deep.equal({ text: 'Leading', lang: 'en' });
  });
});

describe('FrameworkModel queries', () => {
  it('isModel tells a model from a framework document or a copy of one', () => {
    expect(isModel(model)).to.equal(true);
    expect(isModel(validFramework())).to.equal(false);
    expect(isModel({ ...model })).to.equal(false);
    expect(isModel(null)).to.equal(false);
    expect(isModel('{"schema":"blueprint-framework/1"}')).to.equal(false);
  });

  it('levels are sorted by rank even if given out of order', () => {
    const doc = validFramework();
    doc.levels = [doc.levels[2], doc.levels[0], doc.levels[1]];
    const m = load(doc);
    expect(ids(m.levels)).to.deep.equal(['emerging', 'developing', 'leading']);
    expect(m.levelAt(0)!.id).to.equal('emerging');
    expect(m.levelAt(2)!.id).to.equal('leading');
    expect(m.levelAt(3)).to.equal(undefined);
    // The document itself keeps the given order.
    expect(ids(m.framework.levels)).to.deep.equal(['leading', 'emerging', 'developing']);
    expect(m.nextLevel('emerging')!.id).to.equal('developing');
  });

  it('level, group, capacity lookups', () => {
    expect(model.level('developing')!.rank).to.equal(1);
    expect(model.level('nope')).to.equal(undefined);
    expect(model.group('data')!.label).to.deep.equal({ en: 'Data use', es: 'Uso de datos' });
    expect(model.group('nope')).to.equal(undefined);
    expect(model.capacity('routines')!.id).to.equal('routines');
    expect(model.capacity('constructor')).to.equal(undefined);
    expect(ids(model.capacities)).to.deep.equal(['dei', 'agency', 'routines']);
    expect(ids(model.groups)).to.deep.equal(['culture', 'data']);
  });

  it('nextLevel: one rank up, none at the top, none for an unknown id', () => {
    expect(model.nextLevel('emerging')!.id).to.equal('developing');
    expect(model.nextLevel('developing')!.id).to.equal('leading');
    expect(model.nextLevel('leading')).to.equal(undefined);
    expect(model.nextLevel('nope')).to.equal(undefined);
  });

  it('groupOf', () => {
    expect(model.groupOf('dei')!.id).to.equal('culture');
    expect(model.groupOf('agency')!.id).to.equal('culture');
    expect(model.groupOf('routines')!.id).to.equal('data');
    expect(model.groupOf('nope')).to.equal(undefined);
  });

  it('descriptor', () => {
    expect(model.descriptor('dei', 'emerging')).to.deep.equal({
      summary: 'DEI emerging',
      indicators: ['One'],
    });
    expect(model.descriptor('dei', 'leading')!.summary).to.deep.equal({
      en: 'DEI leading',
      es: 'DEI liderando',
    });
    expect(model.descriptor('dei', 'nope')).to.equal(undefined);
    expect(model.descriptor('dei', 'constructor')).to.equal(undefined);
    expect(model.descriptor('nope', 'emerging')).to.equal(undefined);
    const m = load({
      ...validFramework(),
      groups: [{ id: 'g', label: 'G', capacities: [{ id: 'c', label: 'C' }] }],
      equityConsiderations: [],
      actions: [],
      resources: [],
      providers: [],
    });
    expect(m.descriptor('c', 'emerging')).to.equal(undefined);
  });

  it('actionsFor: the actions for the current level', () => {
    expect(ids(model.actionsFor('dei', 'emerging'))).to.deep.equal(['dei-emerging']);
    expect(ids(model.actionsFor('routines', 'leading'))).to.deep.equal(['routines-leading']);
    expect(model.actionsFor('dei', 'nope')).to.deep.equal([]);
    expect(model.actionsFor('nope', 'emerging')).to.deep.equal([]);
    const doc = validFramework();
    doc.actions.push({ id: 'second', capacityId: 'dei', levelId: 'emerging', title: 'Second' });
    expect(ids(load(doc).actionsFor('dei', 'emerging'))).to.deep.equal(['dei-emerging', 'second']);
  });

  describe('resourcesFor', () => {
    it('matches capacityIds, restricted by levelIds', () => {
      // equity-guide: capacityIds [dei], levelIds [emerging, developing]; agency-tool: [agency, dei], levelIds [].
      expect(ids(model.resourcesFor('dei', 'emerging'))).to.deep.equal(['equity-guide', 'agency-tool']);
      expect(ids(model.resourcesFor('dei', 'developing'))).to.deep.equal(['equity-guide', 'agency-tool']);
      expect(ids(model.resourcesFor('dei', 'leading'))).to.deep.equal(['agency-tool']);
    });

    it('matches groupIds; missing or empty levelIds mean every level', () => {
      for (const level of ['emerging', 'developing', 'leading']) {
        expect(ids(model.resourcesFor('routines', level)), level).to.deep.equal(['data-video']);
        expect(ids(model.resourcesFor('agency', level)), level).to.deep.equal(['agency-tool']);
      }
    });

    it('a groupIds match also respects levelIds', () => {
      const doc = validFramework();
      doc.resources[1].levelIds = ['leading'];
      const m = load(doc);
      expect(ids(m.resourcesFor('routines', 'leading'))).to.deep.equal(['data-video']);
      expect(ids(m.resourcesFor('routines', 'emerging'))).to.deep.equal([]);
    });

    it('a group match does not reach capacities of other groups; unknown capacity matches nothing', () => {
      expect(ids(model.resourcesFor('dei', 'leading'))).to.not.include('data-video');
      expect(model.resourcesFor('nope', 'emerging')).to.deep.equal([]);
    });
  });

  describe('equity considerations', () => {
    it('considerations: the group entry plus capacity overrides at that level', () => {
      expect(model.considerations('culture', 'developing')).to.deep.equal({
        groupId: 'culture',
        levelId: 'developing',
        items: ['culture at developing'],
        found: true,
        overrides: [{ capacityId: 'agency', items: ['agency override at developing'] }],
      });
      expect(model.considerations('culture', 'emerging').overrides).to.deep.equal([]);
      expect(model.considerations('data', 'leading').items).to.deep.equal(['data at leading']);
    });

    it('considerations when there is no entry', () => {
      const doc = validFramework();
      doc.equityConsiderations.splice(5, 1);
      expect(load(doc).considerations('data', 'leading')).to.deep.equal({
        groupId: 'data',
        levelId: 'leading',
        items: [],
        found: false,
        overrides: [],
      });
    });

    it('considerationsForCapacity: the override wins, else the group entry', () => {
      expect(model.considerationsForCapacity('agency', 'developing')).to.deep.equal([
        'agency override at developing',
      ]);
      expect(model.considerationsForCapacity('dei', 'developing')).to.deep.equal(['culture at developing']);
      expect(model.considerationsForCapacity('agency', 'emerging')).to.deep.equal(['culture at emerging']);
      expect(model.considerationsForCapacity('routines', 'leading')).to.deep.equal(['data at leading']);
      expect(model.considerationsForCapacity('nope', 'leading')).to.deep.equal([]);
    });
  });

  it('vocabulary and facetLabel', () => {
    expect(model.facetLabel('type', 'guide')).to.deep.equal({ en: 'Guide', es: 'Guía' });
    expect(model.facetLabel('audience', 'students')).to.equal('Students');
    expect(model.facetLabel('type', 'podcast')).to.equal(undefined);
    expect(model.facetLabel('topic', 'x')).to.equal(undefined);
    expect(ids(model.vocabulary('cost'))).to.deep.equal(['free', 'paid']);
    expect(model.vocabulary('nope')).to.deep.equal([]);
  });

  it('resource, provider, anchors', () => {
    expect(model.resource('data-video')!.minutes).to.equal(12);
    expect(model.resource('nope')).to.equal(undefined);
    expect(model.provider('helpers')!.url).to.equal('https://helpers.example.org');
    expect(model.provider('nope')).to.equal(undefined);
    expect(ids(model.anchors)).to.deep.equal(['mission']);
    expect(ids(model.resources)).to.deep.equal(['equity-guide', 'data-video', 'agency-tool']);
  });

  describe('groupColor', () => {
    it('keeps a given color; assigns palette colors to the others', () => {
      expect(model.groupColor('data')).to.equal('#123456');
      expect(model.groupColor('culture')).to.equal(GROUP_PALETTE[0]);
    });

    it('palette colors are distinct per group and from the given colors', () => {
      const doc = validFramework();
      const group = (id: string, color?: string) => ({
        id,
        label: id,
        ...(color ? { color } : {}),
        capacities: [{ id: `${id}-c`, label: 'c' }],
      });
      doc.groups = [
        group('a'),
        group('b', GROUP_PALETTE[1].toUpperCase()),
        group('c'),
        group('d', 'rebeccapurple'),
        group('e'),
        group('f'),
      ];
      doc.equityConsiderations = [];
      doc.actions = [];
      doc.resources = [];
      doc.providers = [];
      const m = load(doc);
      const colors = ['a', 'b', 'c', 'd', 'e', 'f'].map((g) => m.groupColor(g));
      expect(colors[1]).to.equal(GROUP_PALETTE[1].toUpperCase());
      expect(colors[3]).to.equal('rebeccapurple');
      expect(new Set(colors.map((c) => c.toLowerCase())).size, colors.join(' ')).to.equal(6);
      for (const i of [0, 2, 4, 5]) expect(GROUP_PALETTE).to.include(colors[i]);
    });

    it('an unknown group gets a palette color, never undefined', () => {
      expect(GROUP_PALETTE).to.include(model.groupColor('nope'));
    });

    it('every palette color has at least 3:1 contrast against white (WCAG relative luminance)', () => {
      const channel = (v: number) => {
        const s = v / 255;
        return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
      };
      const luminance = (hex: string) => {
        const m = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
        if (!m) throw new Error(`not a #rrggbb color: ${hex}`);
        const [r, g, b] = m.slice(1).map((h) => channel(parseInt(h, 16)));
        return 0.2126 * r + 0.7152 * g + 0.0722 * b;
      };
      const contrast = (a: string, b: string) => {
        const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
        return (hi + 0.05) / (lo + 0.05);
      };
      // The formula itself: black on white is 21:1, white on white 1:1, #767676 is the known 4.54:1.
      expect(contrast('#000000', '#ffffff')).to.be.closeTo(21, 1e-9);
      expect(contrast('#ffffff', '#ffffff')).to.equal(1);
      expect(contrast('#767676', '#ffffff')).to.be.closeTo(4.54, 0.01);
      expect(GROUP_PALETTE.length).to.be.at.least(6);
      expect(new Set(GROUP_PALETTE.map((c) => c.toLowerCase())).size).to.equal(GROUP_PALETTE.length);
      for (const color of GROUP_PALETTE) expect(contrast(color, '#ffffff'), color).to.be.at.least(3);
    });
  });
});

describe('derived values (recommend.ts)', () => {
  describe('summaryRank', () => {
    it('median of an odd count', () => {
      expect(summaryRank([2, 0, 1])).to.equal(1);
      expect(summaryRank([3, 3, 0, 1, 2])).to.equal(2);
      expect(summaryRank([4])).to.equal(4);
    });

    it('median of an even count is the lower median', () => {
      expect(summaryRank([0, 3])).to.equal(0);
      expect(summaryRank([3, 2, 1, 0])).to.equal(1);
      expect(summaryRank([1, 1, 2, 2], 'median')).to.equal(1);
    });

    it('min', () => {
      expect(summaryRank([2, 3, 1], 'min')).to.equal(1);
      expect(summaryRank([2], 'min')).to.equal(2);
    });

    it('mean, rounded down', () => {
      expect(summaryRank([1, 2, 2], 'mean')).to.equal(1); // 1.67
      expect(summaryRank([0, 3], 'mean')).to.equal(1); // 1.5
      expect(summaryRank([2, 3, 3, 3], 'mean')).to.equal(2); // 2.75
      expect(summaryRank([3, 3], 'mean')).to.equal(3);
    });

    it('empty: no rank', () => {
      for (const rule of ['median', 'min', 'mean'] as const)
        expect(summaryRank([], rule), rule).to.equal(undefined);
    });

    it('does not change its input', () => {
      const ranks = [3, 1, 2];
      summaryRank(ranks);
      expect(ranks).to.deep.equal([3, 1, 2]);
    });
  });

  describe('groupSummary', () => {
    it('leaves out unsure, skipped, unrated and unknown-level capacities and counts rated/total', () => {
      const doc = validFramework();
      doc.groups[0].capacities.push(
        { id: 'c3', label: 'c3' },
        { id: 'c4', label: 'c4' },
        { id: 'c5', label: 'c5' },
      );
      const m = load(doc);
      const ratings = {
        dei: { status: 'rated', levelId: 'leading' },
        agency: { status: 'unsure', levelId: 'emerging' },
        c3: { status: 'skipped', levelId: 'emerging' },
        c4: { status: 'rated', levelId: 'expert' },
        // c5 unrated
      } as Profile['ratings'];
      const s = groupSummary(m, ratings, 'culture')!;
      expect(s.group.id).to.equal('culture');
      expect(s.rated).to.equal(1);
      expect(s.total).to.equal(5);
      expect(s.level!.id).to.equal('leading');
      expect(s.rule).to.equal('median');
    });

    it('uses the rule', () => {
      const doc = validFramework();
      doc.groups[0].capacities.push({ id: 'c3', label: 'c3' });
      const m = load(doc);
      const ratings = {
        dei: { status: 'rated', levelId: 'leading' },
        agency: { status: 'rated', levelId: 'emerging' },
        c3: { status: 'rated', levelId: 'leading' },
      } as Profile['ratings'];
      expect(groupSummary(m, ratings, 'culture')!.level!.id).to.equal('leading');
      expect(groupSummary(m, ratings, 'culture', 'min')!.level!.id).to.equal('emerging');
      expect(groupSummary(m, ratings, 'culture', 'mean')!.level!.id).to.equal('developing'); // 4/3
      expect(groupSummary(m, ratings, 'culture', 'mean')!.rated).to.equal(3);
    });

    it('nothing rated: no level, 0 rated; unknown group: undefined', () => {
      const s = groupSummary(model, {}, 'data')!;
      expect(s.level).to.equal(undefined);
      expect(s.rated).to.equal(0);
      expect(s.total).to.equal(1);
      expect(groupSummary(model, undefined, 'culture')!.rated).to.equal(0);
      expect(groupSummary(model, {}, 'nope')).to.equal(undefined);
    });
  });

  describe('recommend', () => {
    it('a partial profile: actions and resources for the current level, the next level, considerations at the summary level', () => {
      const profile = validProfile(); // dei rated developing, agency unsure, routines skipped
      const result = recommend(model, profile);
      expect(result.map((g) => g.summary.group.id)).to.deep.equal(['culture', 'data']);

      const [culture, data] = result;
      expect(culture.summary.level!.id).to.equal('developing');
      expect(culture.summary.rated).to.equal(1);
      expect(culture.summary.total).to.equal(2);
      expect(culture.considerations).to.deep.equal(model.considerations('culture', 'developing'));
      expect(culture.considerations!.items).to.deep.equal(['culture at developing']);
      expect(culture.considerations!.overrides.map((o) => o.capacityId)).to.deep.equal(['agency']);

      const [dei, agency] = culture.capacities;
      expect(dei.capacity.id).to.equal('dei');
      expect(dei.group.id).to.equal('culture');
      expect(dei.rating).to.deep.equal(profile.ratings.dei);
      expect(dei.level!.id).to.equal('developing');
      expect(dei.next!.id).to.equal('leading');
      expect(ids(dei.actions)).to.deep.equal(['dei-developing']);
      expect(ids(dei.resources)).to.deep.equal(['equity-guide', 'agency-tool']);

      expect(agency.rating).to.deep.equal({ status: 'unsure' });
      expect(agency.level).to.equal(undefined);
      expect(agency.next).to.equal(undefined);
      expect(agency.actions).to.deep.equal([]);
      expect(agency.resources).to.deep.equal([]);

      expect(data.summary.level).to.equal(undefined);
      expect(data.considerations).to.equal(undefined);
      expect(data.capacities[0].level).to.equal(undefined);
    });

    it('at the top level there is no next level, and resources follow the level', () => {
      const profile = withRating(emptyProfile(model), 'dei', { status: 'rated', levelId: 'leading' });
      const dei = recommendFor(model, profile, 'dei')!;
      expect(dei.level!.id).to.equal('leading');
      expect(dei.next).to.equal(undefined);
      expect(ids(dei.actions)).to.deep.equal(['dei-leading']);
      expect(ids(dei.resources)).to.deep.equal(['agency-tool']);
      const culture = recommend(model, profile)[0];
      expect(culture.considerations!.levelId).to.equal('leading');
      expect(culture.considerations!.items).to.deep.equal(['culture at leading']);
    });

    it('a group-tagged resource reaches a rated capacity of that group', () => {
      const profile = withRating(emptyProfile(model), 'routines', { status: 'rated', levelId: 'emerging' });
      const routines = recommendFor(model, profile, 'routines')!;
      expect(ids(routines.resources)).to.deep.equal(['data-video']);
      expect(routines.next!.id).to.equal('developing');
      expect(recommend(model, profile)[1].considerations!.items).to.deep.equal(['data at emerging']);
    });

    it('the summary rule reaches the considerations', () => {
      let profile = emptyProfile(model);
      profile = withRating(profile, 'dei', { status: 'rated', levelId: 'leading' });
      profile = withRating(profile, 'agency', { status: 'rated', levelId: 'emerging' });
      expect(recommend(model, profile)[0].considerations!.levelId).to.equal('emerging'); // lower median
      expect(recommend(model, profile, 'min')[0].considerations!.levelId).to.equal('emerging');
      expect(recommend(model, profile, 'mean')[0].considerations!.levelId).to.equal('developing');
      expect(recommend(model, profile, 'mean')[0].summary.rule).to.equal('mean');
    });

    it('nothing rated: no levels, no actions, no resources, no considerations', () => {
      for (const profile of [undefined, emptyProfile(model)]) {
        const result = recommend(model, profile);
        expect(result).to.have.length(2);
        for (const g of result) {
          expect(g.summary.level).to.equal(undefined);
          expect(g.summary.rated).to.equal(0);
          expect(g.considerations).to.equal(undefined);
          for (const c of g.capacities) {
            expect(c.level).to.equal(undefined);
            expect(c.next).to.equal(undefined);
            expect(c.actions).to.deep.equal([]);
            expect(c.resources).to.deep.equal([]);
          }
        }
      }
    });

    it('recommendFor an unknown capacity is undefined', () => {
      expect(recommendFor(model, validProfile(), 'nope')).to.equal(undefined);
    });
  });
});
