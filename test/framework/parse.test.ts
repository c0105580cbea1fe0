/* eslint-disable @typescript-eslint/no-unsafe-assignment, @typescript-eslint/no-unsafe-member-access, @typescript-eslint/no-unsafe-call, @typescript-eslint/no-unsafe-return -- the tests break untyped JSON documents (Doc) on purpose */
/**
 * parseFramework: every rule of framework-format.md (version 1) has a test with a document that breaks it.
 * Each test starts from the valid fixture (fixtures.ts), breaks one thing and checks the exact JSON Pointer
 * of the error or warning and that its message says what was expected.
 */
import { expect } from '@open-wc/testing';
import { parseFramework, parseJson, parseProfile, FrameworkModel } from '../../src/framework/index.js';
import {
  type Doc,
  deleteAt,
  expectClean,
  expectError,
  expectOnlyError,
  expectWarning,
  setAt,
  showIssues,
  validFramework,
} from './fixtures.js';

const LEVELS_LIST = 'levels are emerging, developing, leading';
const GROUPS_LIST = 'groups are culture, data';
const CAPACITIES_LIST = 'capacities are dei, agency, routines';

/** The fixture with `change` applied. */
function broken(change: (doc: Doc) => void): Doc {
  const doc = validFramework();
  change(doc);
  return doc;
}

describe('parseFramework', () => {
  describe('the valid fixture', () => {
    it('parses with ok=true, no errors and no warnings', () => {
      const result = parseFramework(validFramework());
      expectClean(result);
      expect(result.errors).to.deep.equal([]);
      expect(result.value).to.be.instanceOf(FrameworkModel);
      expect(result.value!.id).to.equal('test-fw');
      expect(result.value!.version).to.equal('2.1.0');
      expect(result.value!.capacities.map((c) => c.id)).to.deep.equal(['dei', 'agency', 'routines']);
    });

    it('parses from JSON text as well as from a value', () => {
      const result = parseFramework(JSON.stringify(validFramework(), null, 2));
      expectClean(result);
      expect(result.value!.framework).to.deep.equal(validFramework());
    });

    it('a valid document may omit every optional field', () => {
      const doc = {
        schema: 'blueprint-framework/1',
        id: 'bare',
        version: '1',
        title: 'Bare',
        levels: [
          { id: 'a', rank: 0, label: 'A' },
          { id: 'b', rank: 1, label: 'B' },
        ],
        groups: [{ id: 'g', label: 'G', capacities: [{ id: 'c', label: 'C' }] }],
      };
      const result = parseFramework(doc);
      expect(result.ok, showIssues(result.errors)).to.equal(true);
      expect(result.value!.defaultLocale).to.equal('en');
      // Only coverage warnings, never errors, for what is optional.
      expect(result.warnings.map((w) => w.code).sort()).to.deep.equal([
        'missing-action',
        'missing-descriptor',
        'missing-equity',
      ]);
    });
  });

  describe('wrong types', () => {
    it('a rank given as a string', () => {
      const r = parseFramework(broken((d) => (d.levels[1].rank = '1')));
      expectOnlyError(r, '/levels/1/rank', ['expected a rank (a number)', 'received "1"'], 'shape');
    });

    it('a fractional or negative rank', () => {
      expectOnlyError(parseFramework(broken((d) => (d.levels[1].rank = 1.5))), '/levels/1/rank', [
        'whole-number rank',
        '1.5',
      ]);
      expectOnlyError(parseFramework(broken((d) => (d.levels[0].rank = -1))), '/levels/0/rank', [
        'rank of 0 or more',
        '-1',
      ]);
    });

    it('a label given as a number', () => {
      const r = parseFramework(broken((d) => (d.groups[0].label = 42)));
      expectOnlyError(
        r,
        '/groups/0/label',
        ['expected text', 'a string, or an object of language tags to strings', 'received 42'],
        'shape',
      );
    });

    it('a Text object with a non-string value', () => {
      const r = parseFramework(
        broken((d) => (d.groups[1].capacities[0].label = { en: 'Data routines', es: 7 })),
      );
      expectOnlyError(r, '/groups/1/capacities/0/label/es', [
        'expected a string for this language',
        'received 7',
      ]);
    });

    it('a Text object with a bad language tag', () => {
      const r = parseFramework(broken((d) => (d.title = { en: 'Test', English: 'Test' })));
      expectOnlyError(r, '/title/English', ['expected a BCP-47 language tag', 'received "English"']);
      const r2 = parseFramework(broken((d) => (d.levels[0].label = { en_US: 'Emerging' })));
      expectOnlyError(r2, '/levels/0/label/en_US', ['BCP-47', '"en_US"']);
    });

    it('an empty Text object', () => {
      const r = parseFramework(broken((d) => (d.levels[2].label = {})));
      expectOnlyError(r, '/levels/2/label', ['expected at least one language in this text']);
    });

    it('a non-string version, a non-list of levels, an object of groups', () => {
      expectOnlyError(parseFramework(broken((d) => (d.version = 2))), '/version', [
        'expected a version string',
        'received 2',
      ]);
      expectOnlyError(parseFramework(broken((d) => (d.levels = 'emerging'))), '/levels', [
        'expected a list of levels',
      ]);
      expectOnlyError(parseFramework(broken((d) => (d.groups = { culture: {} }))), '/groups', [
        'expected a list of groups',
      ]);
    });

    it('lists of ids, texts and tags that are not lists', () => {
      expectOnlyError(
        parseFramework(broken((d) => (d.actions[0].resourceIds = 'equity-guide'))),
        '/actions/0/resourceIds',
        ['expected a list of resource ids'],
      );
      expectOnlyError(
        parseFramework(broken((d) => (d.resources[0].capacityIds = 'dei'))),
        '/resources/0/capacityIds',
        ['expected a list of ids'],
      );
      expectOnlyError(
        parseFramework(broken((d) => (d.equityConsiderations[0].items = 'Look at data'))),
        '/equityConsiderations/0/items',
        ['expected a list of texts'],
      );
      expectOnlyError(
        parseFramework(broken((d) => (d.resources[0].tags = ['ok', 3]))),
        '/resources/0/tags/1',
        ['expected a string tag', 'received 3'],
      );
    });

    it('resource minutes, languages and updated of the wrong kind', () => {
      expectOnlyError(
        parseFramework(broken((d) => (d.resources[0].minutes = '30'))),
        '/resources/0/minutes',
        ['expected a number of minutes', 'received "30"'],
      );
      expectOnlyError(parseFramework(broken((d) => (d.resources[0].minutes = -5))), '/resources/0/minutes', [
        '0 minutes or more',
      ]);
      expectOnlyError(
        parseFramework(broken((d) => (d.resources[0].languages = ['en', 'Spanish!']))),
        '/resources/0/languages/1',
        ['BCP-47', '"Spanish!"'],
      );
      expectOnlyError(
        parseFramework(broken((d) => (d.resources[0].updated = 'last week'))),
        '/resources/0/updated',
        ['expected a date (YYYY-MM-DD)', '"last week"'],
      );
    });

    it('a descriptor, a source field and a color of the wrong type', () => {
      const descriptor = expectOnlyError(
        parseFramework(broken((d) => (d.groups[0].capacities[0].descriptors.emerging = 'Emerging'))),
        '/groups/0/capacities/0/descriptors/emerging',
        ['Expected Object', 'received "Emerging"'],
      );
      expect(descriptor.message.match(/received/g), descriptor.message).to.have.length(1);
      const level = expectOnlyError(
        parseFramework(broken((d) => (d.levels[1] = 'developing'))),
        '/levels/1',
        ['Expected Object', 'received "developing"'],
      );
      expect(level.message.match(/received/g), level.message).to.have.length(1);
      expectOnlyError(
        parseFramework(broken((d) => (d.groups[0].capacities[0].descriptors.emerging.indicators = 'One'))),
        '/groups/0/capacities/0/descriptors/emerging/indicators',
        ['expected a list of texts'],
      );
      expectOnlyError(parseFramework(broken((d) => (d.source.license = 4))), '/source/license', [
        'expected a string',
        'received 4',
      ]);
      expectOnlyError(parseFramework(broken((d) => (d.groups[1].color = ''))), '/groups/1/color', [
        'expected a CSS color',
      ]);
      expectOnlyError(
        parseFramework(broken((d) => (d.defaultLocale = 'english language'))),
        '/defaultLocale',
        ['BCP-47'],
      );
    });

    it('an array where an object is expected (descriptors, vocabularies, extensions)', () => {
      expectOnlyError(
        parseFramework(broken((d) => (d.groups[0].capacities[1].descriptors = []))),
        '/groups/0/capacities/1/descriptors',
        ['expected an object of level ids to descriptors', 'received Array'],
      );
      expectOnlyError(parseFramework(broken((d) => (d.vocabularies = []))), '/vocabularies', [
        'expected an object',
      ]);
      expectOnlyError(parseFramework(broken((d) => (d.extensions = ['x']))), '/extensions', [
        'expected an object',
      ]);
    });

    it('a document that is not an object', () => {
      for (const value of [null, '"just text"', 12, true]) {
        const r = parseFramework(value);
        expectOnlyError(r, '', ['expected a framework document (a JSON object)']);
      }
      // An array is refused as a whole, not as six missing fields.
      expectOnlyError(parseFramework([]), '', [
        'expected a framework document (a JSON object)',
        'received an array',
      ]);
      expectOnlyError(parseProfile('[]'), '', [
        'expected a profile document (a JSON object)',
        'received an array',
      ]);
    });

    it('records keyed "__proto__", "constructor" or "prototype" are checked too, never a crash', () => {
      const text = JSON.stringify(validFramework()).replace(
        '"vocabularies":{',
        '"vocabularies":{"__proto__":null,',
      );
      let r!: ReturnType<typeof parseFramework>;
      expect(() => (r = parseFramework(text))).to.not.throw();
      expectOnlyError(r, '/vocabularies/__proto__', ['expected a list of { id, label }', 'received null']);
      const r2 = parseFramework(broken((d) => (d.vocabularies.constructor = [{ id: 'x' }])));
      expectOnlyError(r2, '/vocabularies/constructor/0/label', ['required field "label" is missing']);
      const r3 = parseFramework(
        broken((d) => {
          d.levels[2].id = 'prototype';
          d.groups.forEach((g: Doc) =>
            g.capacities.forEach(
              (c: Doc) => ((c.descriptors.prototype = c.descriptors.leading), delete c.descriptors.leading),
            ),
          );
          d.groups[1].capacities[0].descriptors.prototype = 5;
          d.equityConsiderations.forEach((e: Doc) => e.levelId === 'leading' && (e.levelId = 'prototype'));
          d.actions.forEach((a: Doc) => a.levelId === 'leading' && (a.levelId = 'prototype'));
        }),
      );
      expectOnlyError(r3, '/groups/1/capacities/0/descriptors/prototype', ['received 5']);
    });
  });

  describe('required fields', () => {
    const cases: [string, string][] = [
      ['/schema', 'schema'],
      ['/id', 'id'],
      ['/version', 'version'],
      ['/title', 'title'],
      ['/levels', 'levels'],
      ['/groups', 'groups'],
      ['/levels/1/id', 'id'],
      ['/levels/1/rank', 'rank'],
      ['/levels/1/label', 'label'],
      ['/groups/1/id', 'id'],
      ['/groups/1/label', 'label'],
      ['/groups/1/capacities', 'capacities'],
      ['/groups/0/capacities/1/id', 'id'],
      ['/groups/0/capacities/1/label', 'label'],
      ['/groups/0/capacities/1/descriptors/leading/summary', 'summary'],
      ['/equityConsiderations/3/groupId', 'groupId'],
      ['/equityConsiderations/3/levelId', 'levelId'],
      ['/equityConsiderations/3/items', 'items'],
      ['/actions/4/id', 'id'],
      ['/actions/4/capacityId', 'capacityId'],
      ['/actions/4/levelId', 'levelId'],
      ['/actions/4/title', 'title'],
      ['/resources/1/id', 'id'],
      ['/resources/1/title', 'title'],
      ['/providers/0/id', 'id'],
      ['/providers/0/name', 'name'],
      ['/anchors/0/id', 'id'],
      ['/anchors/0/label', 'label'],
      ['/vocabularies/type/1/id', 'id'],
      ['/vocabularies/type/1/label', 'label'],
    ];
    for (const [pointer, field] of cases) {
      it(`${pointer} missing`, () => {
        const r = parseFramework(deleteAt(validFramework(), pointer));
        expectOnlyError(r, pointer, [`required field "${field}" is missing`], 'shape');
      });
    }

    it('reports every missing field at once', () => {
      const r = parseFramework(
        broken((d) => (delete d.id, delete d.levels[0].label, delete d.actions[2].title)),
      );
      expect(r.ok).to.equal(false);
      expect(r.errors.map((e) => e.path).sort()).to.deep.equal([
        '/actions/2/title',
        '/id',
        '/levels/0/label',
      ]);
    });
  });

  describe('the schema field', () => {
    it('an unknown version is refused with a clear error', () => {
      const r = parseFramework(broken((d) => (d.schema = 'blueprint-framework/2')));
      expectOnlyError(
        r,
        '/schema',
        ['unknown schema "blueprint-framework/2"', 'reads "blueprint-framework/1"'],
        'schema-version',
      );
    });

    it('another format is refused', () => {
      const r = parseFramework(broken((d) => (d.schema = 'something-else')));
      expectOnlyError(
        r,
        '/schema',
        ['unknown schema "something-else"', 'blueprint-framework/1'],
        'schema-version',
      );
      expectOnlyError(
        parseFramework(broken((d) => (d.schema = 1))),
        '/schema',
        ['unknown schema 1'],
        'schema-version',
      );
    });

    it('a profile document given as a framework says so', () => {
      const profile = { schema: 'blueprint-profile/1', frameworkId: 'test-fw', ratings: {} };
      const r = parseFramework(profile);
      expectOnlyError(
        r,
        '/schema',
        ['"blueprint-profile/1"', 'This is a profile document, not a framework'],
        'schema-version',
      );
    });
  });

  describe('counts', () => {
    it('fewer than 2 levels', () => {
      const r = parseFramework(broken((d) => d.levels.splice(1)));
      expectOnlyError(r, '/levels', ['expected at least 2 levels', 'received 1']);
    });

    it('more than 7 levels', () => {
      const r = parseFramework(
        broken((d) => {
          for (let rank = 3; rank < 8; rank++)
            d.levels.push({ id: `extra-${rank}`, rank, label: `Extra ${rank}` });
        }),
      );
      expectOnlyError(r, '/levels', ['expected at most 7 levels', 'received 8']);
    });

    it('exactly 2 and exactly 7 levels are accepted', () => {
      const two = parseFramework(
        broken((d) => {
          d.levels.splice(2);
          d.groups.forEach((g: Doc) => g.capacities.forEach((c: Doc) => delete c.descriptors.leading));
          d.equityConsiderations = d.equityConsiderations.filter((e: Doc) => e.levelId !== 'leading');
          d.actions = d.actions.filter((a: Doc) => a.levelId !== 'leading');
        }),
      );
      expectClean(two);
      expect(two.ok, showIssues(two.errors)).to.equal(true);
      const seven = parseFramework(
        broken((d) => {
          for (let rank = 3; rank < 7; rank++)
            d.levels.push({ id: `extra-${rank}`, rank, label: `Extra ${rank}` });
        }),
      );
      expect(seven.ok, showIssues(seven.errors)).to.equal(true);
      expect(seven.value!.levels).to.have.length(7);
    });

    it('a group with no capacities', () => {
      const r = parseFramework(broken((d) => (d.groups[1].capacities = [])));
      expectOnlyError(r, '/groups/1/capacities', [
        'expected at least one capacity in the group',
        'received 0',
      ]);
    });

    it('no groups at all', () => {
      expectOnlyError(parseFramework(broken((d) => (d.groups = []))), '/groups', [
        'expected at least one group',
      ]);
    });
  });

  describe('ids', () => {
    for (const bad of ['Culture', '-culture', '_x', 'cul ture', 'cul/ture', 'ñandú', '']) {
      it(`refuses the id ${JSON.stringify(bad)}`, () => {
        const r = parseFramework(broken((d) => (d.anchors[0].id = bad)));
        expectOnlyError(r, '/anchors/0/id', [
          'expected an id: lowercase letters, digits, "-" or "_"',
          `received ${JSON.stringify(bad)}`,
        ]);
      });
    }

    it('accepts ids of 64 characters and refuses 65', () => {
      const ok = parseFramework(broken((d) => (d.anchors[0].id = 'a'.repeat(64))));
      expect(ok.ok, showIssues(ok.errors)).to.equal(true);
      const r = parseFramework(broken((d) => (d.anchors[0].id = 'a'.repeat(65))));
      expectOnlyError(r, '/anchors/0/id', ['expected an id of at most 64 characters']);
    });

    it('accepts digits, "-" and "_" in ids', () => {
      const r = parseFramework(broken((d) => (d.anchors[0].id = '9lives_and-more')));
      expect(r.ok, showIssues(r.errors)).to.equal(true);
    });

    it('refuses a bad id in a reference too', () => {
      const r = parseFramework(broken((d) => (d.actions[0].capacityId = 'DEI')));
      expectOnlyError(r, '/actions/0/capacityId', ['expected an id', '"DEI"']);
    });
  });

  describe('duplicate ids', () => {
    it('levels', () => {
      const r = parseFramework(broken((d) => (d.levels[2].id = 'emerging')));
      expectError(
        r,
        '/levels/2/id',
        ['duplicate level id "emerging"', 'first used at /levels/0/id'],
        'duplicate-id',
      );
    });

    it('groups', () => {
      const r = parseFramework(broken((d) => (d.groups[1].id = 'culture')));
      expectError(
        r,
        '/groups/1/id',
        ['duplicate group id "culture"', 'first used at /groups/0/id'],
        'duplicate-id',
      );
    });

    it('capacities across groups', () => {
      const r = parseFramework(broken((d) => (d.groups[1].capacities[0].id = 'dei')));
      expectError(
        r,
        '/groups/1/capacities/0/id',
        ['duplicate capacity id "dei"', 'first used at /groups/0/capacities/0/id'],
        'duplicate-id',
      );
    });

    it('capacities within a group', () => {
      const r = parseFramework(broken((d) => (d.groups[0].capacities[1].id = 'dei')));
      expectError(
        r,
        '/groups/0/capacities/1/id',
        ['duplicate capacity id "dei"', 'first used at /groups/0/capacities/0/id'],
        'duplicate-id',
      );
    });

    it('actions', () => {
      const r = parseFramework(broken((d) => (d.actions[5].id = 'dei-emerging')));
      expectOnlyError(
        r,
        '/actions/5/id',
        ['duplicate action id "dei-emerging"', 'first used at /actions/0/id'],
        'duplicate-id',
      );
    });

    it('resources', () => {
      const r = parseFramework(broken((d) => (d.resources[2].id = 'data-video')));
      expectOnlyError(
        r,
        '/resources/2/id',
        ['duplicate resource id "data-video"', 'first used at /resources/1/id'],
        'duplicate-id',
      );
    });

    it('providers', () => {
      const r = parseFramework(broken((d) => d.providers.push({ id: 'helpers', name: 'Other helpers' })));
      expectOnlyError(
        r,
        '/providers/1/id',
        ['duplicate provider id "helpers"', 'first used at /providers/0/id'],
        'duplicate-id',
      );
    });

    it('the same id in two different kinds is fine', () => {
      const r = parseFramework(broken((d) => (d.anchors[0].id = 'dei')));
      expectClean(r);
    });
  });

  describe('references that do not resolve', () => {
    it('equity groupId', () => {
      const r = parseFramework(broken((d) => (d.equityConsiderations[0].groupId = 'nope')));
      expectError(
        r,
        '/equityConsiderations/0/groupId',
        ['no group with id "nope"', GROUPS_LIST],
        'unresolved-reference',
      );
      expect(r.errors).to.have.length(1);
    });

    it('equity levelId', () => {
      const r = parseFramework(broken((d) => (d.equityConsiderations[1].levelId = 'practising')));
      expectOnlyError(
        r,
        '/equityConsiderations/1/levelId',
        ['no level with id "practising"', LEVELS_LIST],
        'unresolved-reference',
      );
    });

    it('equity capacityId', () => {
      const r = parseFramework(broken((d) => (d.equityConsiderations[6].capacityId = 'nope')));
      expectOnlyError(
        r,
        '/equityConsiderations/6/capacityId',
        ['no capacity with id "nope"', CAPACITIES_LIST],
        'unresolved-reference',
      );
    });

    it('equity capacityId of a capacity in another group', () => {
      const r = parseFramework(broken((d) => (d.equityConsiderations[6].capacityId = 'routines')));
      expectOnlyError(
        r,
        '/equityConsiderations/6/capacityId',
        ['capacity "routines" is in group "data", not in group "culture"'],
        'unresolved-reference',
      );
    });

    it('action capacityId', () => {
      const r = parseFramework(broken((d) => (d.actions[0].capacityId = 'nope')));
      expectOnlyError(
        r,
        '/actions/0/capacityId',
        ['no capacity with id "nope"', CAPACITIES_LIST],
        'unresolved-reference',
      );
    });

    it('action levelId', () => {
      const r = parseFramework(broken((d) => (d.actions[0].levelId = 'nope')));
      expectOnlyError(
        r,
        '/actions/0/levelId',
        ['no level with id "nope"', LEVELS_LIST],
        'unresolved-reference',
      );
    });

    it('action resourceIds', () => {
      const r = parseFramework(broken((d) => (d.actions[0].resourceIds = ['equity-guide', 'missing-guide'])));
      expectOnlyError(
        r,
        '/actions/0/resourceIds/1',
        ['no resource with id "missing-guide"', 'resources are equity-guide, data-video, agency-tool'],
        'unresolved-reference',
      );
    });

    it('resource capacityIds', () => {
      const r = parseFramework(broken((d) => (d.resources[0].capacityIds = ['dei', 'nope'])));
      expectOnlyError(
        r,
        '/resources/0/capacityIds/1',
        ['no capacity with id "nope"', CAPACITIES_LIST],
        'unresolved-reference',
      );
    });

    it('resource levelIds', () => {
      const r = parseFramework(broken((d) => (d.resources[0].levelIds = ['nope'])));
      expectOnlyError(
        r,
        '/resources/0/levelIds/0',
        ['no level with id "nope"', LEVELS_LIST],
        'unresolved-reference',
      );
    });

    it('resource groupIds', () => {
      const r = parseFramework(broken((d) => (d.resources[1].groupIds = ['nope'])));
      expectOnlyError(
        r,
        '/resources/1/groupIds/0',
        ['no group with id "nope"', GROUPS_LIST],
        'unresolved-reference',
      );
    });

    it('resource providerId', () => {
      const r = parseFramework(broken((d) => (d.resources[0].providerId = 'nope')));
      expectOnlyError(
        r,
        '/resources/0/providerId',
        ['no provider with id "nope"', 'providers are helpers'],
        'unresolved-reference',
      );
    });

    it('a providerId when there are no providers', () => {
      const r = parseFramework(broken((d) => delete d.providers));
      expectOnlyError(
        r,
        '/resources/0/providerId',
        ['no provider with id "helpers"', 'providers are none'],
        'unresolved-reference',
      );
    });

    it('descriptor keys', () => {
      const r = parseFramework(
        broken((d) => {
          const descriptors = d.groups[1].capacities[0].descriptors;
          descriptors.practising = descriptors.developing;
          delete descriptors.developing;
        }),
      );
      const e = expectOnlyError(
        r,
        '/groups/1/capacities/0/descriptors/practising',
        ['no level with id "practising"', LEVELS_LIST],
        'unresolved-reference',
      );
      expect(e.message).to.equal('no level with id "practising" (levels are emerging, developing, leading)');
    });

    it('provider capacityIds', () => {
      const r = parseFramework(broken((d) => (d.providers[0].capacityIds = ['nope', 'dei'])));
      expectOnlyError(
        r,
        '/providers/0/capacityIds/0',
        ['no capacity with id "nope"', CAPACITIES_LIST],
        'unresolved-reference',
      );
    });

    it('a long list of known ids is shortened', () => {
      const r = parseFramework(
        broken((d) => {
          for (let i = 0; i < 10; i++) d.anchors.push({ id: `a${i}`, label: 'x' });
          for (let i = 0; i < 10; i++) d.resources.push({ id: `r${i}`, title: 'x', capacityIds: ['dei'] });
          d.actions[0].resourceIds = ['nope'];
        }),
      );
      expectOnlyError(r, '/actions/0/resourceIds/0', ['no resource with id "nope"', '… (13 in all)']);
    });

    describe('facet values and vocabularies', () => {
      it('type not in vocabularies.type', () => {
        const r = parseFramework(broken((d) => (d.resources[0].type = 'podcast')));
        expectOnlyError(
          r,
          '/resources/0/type',
          ['"podcast" is not in vocabularies.type', 'values are guide, video, tool'],
          'unresolved-reference',
        );
      });

      it('format not in vocabularies.format', () => {
        const r = parseFramework(broken((d) => (d.resources[1].format = 'vhs')));
        expectOnlyError(r, '/resources/1/format', [
          '"vhs" is not in vocabularies.format',
          'values are pdf, online',
        ]);
      });

      it('cost not in vocabularies.cost', () => {
        const r = parseFramework(broken((d) => (d.resources[2].cost = 'cheap')));
        expectOnlyError(r, '/resources/2/cost', [
          '"cheap" is not in vocabularies.cost',
          'values are free, paid',
        ]);
      });

      it('an audience value not in vocabularies.audience', () => {
        const r = parseFramework(broken((d) => (d.resources[0].audience = ['team', 'parents'])));
        expectOnlyError(r, '/resources/0/audience/1', [
          '"parents" is not in vocabularies.audience',
          'values are team, leaders, students',
        ]);
      });

      it('an extra facet with a declared vocabulary', () => {
        const r = parseFramework(
          broken((d) => {
            d.vocabularies.topic = [{ id: 'math', label: 'Math' }];
            d.resources[1].topic = 'math';
            d.resources[2].topic = 'art';
          }),
        );
        expectOnlyError(r, '/resources/2/topic', ['"art" is not in vocabularies.topic', 'values are math']);
      });

      it('is not an error when that vocabulary is not declared', () => {
        const r = parseFramework(
          broken((d) => {
            delete d.vocabularies.type;
            delete d.vocabularies.audience;
            d.resources[0].type = 'podcast';
            d.resources[0].audience = ['anyone'];
            d.resources[0].topic = 'whatever';
          }),
        );
        expectClean(r);
        expect(r.value!.resource('equity-guide')!.type).to.equal('podcast');
      });

      it('is not an error when there are no vocabularies at all', () => {
        expectClean(parseFramework(broken((d) => (delete d.vocabularies, (d.resources[2].cost = 'cheap')))));
      });
    });
  });

  describe('level ranks', () => {
    it('a gap', () => {
      const r = parseFramework(broken((d) => (d.levels[2].rank = 3)));
      expectOnlyError(
        r,
        '/levels/2/rank',
        ['rank 3 is out of range', 'with 3 levels, ranks are 0 to 2'],
        'level-ranks',
      );
    });

    it('a duplicate', () => {
      const r = parseFramework(broken((d) => (d.levels[2].rank = 1)));
      expectOnlyError(
        r,
        '/levels/2/rank',
        ['rank 1 is used twice', 'also at /levels/1/rank', 'ranks are 0 to 2'],
        'level-ranks',
      );
    });

    it('out of range', () => {
      const r = parseFramework(broken((d) => (d.levels[0].rank = 99)));
      expectOnlyError(r, '/levels/0/rank', ['rank 99 is out of range', 'ranks are 0 to 2'], 'level-ranks');
    });

    it('starting at 1', () => {
      const r = parseFramework(broken((d) => d.levels.forEach((l: Doc) => (l.rank += 1))));
      expectOnlyError(r, '/levels/2/rank', ['rank 3 is out of range'], 'level-ranks');
    });

    it('out of order but 0..n-1 is fine', () => {
      const r = parseFramework(broken((d) => d.levels.reverse()));
      expectClean(r);
      expect(r.value!.levels.map((l) => l.id)).to.deep.equal(['emerging', 'developing', 'leading']);
    });
  });

  describe('URLs', () => {
    const refused = [
      'javascript:alert(1)',
      'JavaScript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'vbscript:msgbox(1)',
      'java\tscript:alert(1)',
      ' javascript:alert(1)',
      'java\nscript:alert(1)',
      'mailto:team@example.org',
      'ftp://example.org/file',
    ];
    const accepted = [
      'https://example.org/a?b=c#d',
      'http://example.org',
      'HTTP://EXAMPLE.ORG/X',
      './x.pdf',
      '/x',
      'x/y',
      '//cdn.example/x',
      '../up/file.pdf',
      '#fragment',
      '?query=1',
    ];
    const places: [string, string][] = [
      ['resource', '/resources/0/url'],
      ['provider', '/providers/0/url'],
      ['source', '/source/url'],
    ];
    for (const [where, pointer] of places) {
      for (const url of refused) {
        it(`${where}: refuses ${JSON.stringify(url)}`, () => {
          const r = parseFramework(setAt(validFramework(), pointer, url));
          expectOnlyError(
            r,
            pointer,
            ['expected an http:, https: or relative URL', 'received'],
            'unsafe-url',
          );
        });
      }
      it(`${where}: accepts http(s) and relative URLs`, () => {
        for (const url of accepted) {
          const r = parseFramework(setAt(validFramework(), pointer, url));
          expect(r.ok, `${url}: ${showIssues(r.errors)}`).to.equal(true);
        }
      });
    }

    it('a URL that is not a string', () => {
      const r = parseFramework(broken((d) => (d.resources[0].url = { href: 'https://example.org' })));
      expectOnlyError(r, '/resources/0/url', ['expected a URL (a string)']);
    });
  });

  describe('JSON text', () => {
    it('malformed: the message has the line and column', () => {
      const text = '{\n  "schema": "blueprint-framework/1",\n  "id": nope\n}';
      const r = parseFramework(text);
      expectOnlyError(r, '', ['not valid JSON', 'line 3, column 9'], 'json');
    });

    it('malformed with a trailing comma, a single quote, a missing colon, garbage after the value', () => {
      const cases: [string, string][] = [
        ['{\n  "a": 1,\n}', 'line 3, column 1'],
        ["{\n  'a': 1\n}", 'line 2, column 3'],
        ['{"a" 1}', 'line 1, column 6'],
        ['{"a": 1} x', 'line 1, column 10'],
        ['[1, 2,]', 'line 1, column 7'],
        ['{"a": tru}', 'line 1, column '],
        ['{"a": "b', 'line 1, column '],
      ];
      for (const [text, where] of cases) {
        const r = parseFramework(text);
        expect(r.ok, text).to.equal(false);
        expect(r.errors, text).to.have.length(1);
        expect(r.errors[0].path).to.equal('');
        expect(r.errors[0].code).to.equal('json');
        expect(r.errors[0].message, text).to.include('not valid JSON').and.include(where);
      }
    });

    it('a large document with an error deep inside: line and column, and no copy of the text', () => {
      const lines = JSON.stringify(validFramework(), null, 2).split('\n');
      const at = lines.findIndex((l) => l.includes('"Agency tool"'));
      lines[at] = lines[at].replace('"Agency tool"', "'Agency tool'");
      const text = lines.join('\n');
      const r = parseFramework(text);
      const column = lines[at].indexOf("'") + 1;
      const e = expectOnlyError(r, '', [`line ${at + 1}, column ${column}`], 'json');
      expect(e.message.length, e.message).to.be.below(200);
      expect(e.message).to.not.include('Test framework');
    });

    it('empty text', () => {
      expectOnlyError(parseFramework(''), '', ['not valid JSON', 'the text is empty'], 'json');
      expectOnlyError(parseFramework('  \n\t'), '', ['the text is empty'], 'json');
    });

    it('parseJson returns the value or a located error', () => {
      expect(parseJson('{"a":[1]}')).to.deep.equal({ ok: true, value: { a: [1] } });
      const bad = parseJson('[\n  1,\n  2\n  3\n]');
      expect(bad.ok).to.equal(false);
      if (!bad.ok) expect(bad.error.message).to.include('line 4, column 3');
    });
  });

  describe('warnings', () => {
    it('a capacity missing a descriptor for a level', () => {
      const r = parseFramework(broken((d) => delete d.groups[0].capacities[1].descriptors.leading));
      const w = expectWarning(
        r,
        '/groups/0/capacities/1/descriptors',
        ['capacity "agency" has no descriptor for level "leading"'],
        'missing-descriptor',
      );
      expect(r.warnings).to.deep.equal([w]);
    });

    it('a capacity missing descriptors for several levels names them all', () => {
      const r = parseFramework(
        broken((d) => (d.groups[1].capacities[0].descriptors = { developing: { summary: 'x' } })),
      );
      expectWarning(r, '/groups/1/capacities/0/descriptors', [
        'capacity "routines" has no descriptor for levels "emerging", "leading"',
      ]);
      expect(r.warnings).to.have.length(1);
    });

    it('a capacity without descriptors', () => {
      const r = parseFramework(broken((d) => delete d.groups[0].capacities[1].descriptors));
      expectWarning(
        r,
        '/groups/0/capacities/1',
        ['capacity "agency" has no descriptors'],
        'missing-descriptor',
      );
      expect(r.warnings).to.have.length(1);
    });

    it('a group × level without equity considerations', () => {
      const r = parseFramework(broken((d) => d.equityConsiderations.splice(5, 1)));
      expectWarning(
        r,
        '/equityConsiderations',
        ['no equity considerations for group "data" at level "leading"'],
        'missing-equity',
      );
      expect(r.warnings).to.have.length(1);
    });

    it('a capacity override does not count as the group entry', () => {
      const r = parseFramework(broken((d) => d.equityConsiderations.splice(1, 1)));
      expectWarning(
        r,
        '/equityConsiderations',
        ['no equity considerations for group "culture" at level "developing"'],
        'missing-equity',
      );
    });

    it('no equity considerations at all', () => {
      const r = parseFramework(broken((d) => delete d.equityConsiderations));
      expectWarning(r, '', ['no equity considerations'], 'missing-equity');
    });

    it('a capacity × level without actions', () => {
      const r = parseFramework(
        broken((d) => (d.actions = d.actions.filter((a: Doc) => a.id !== 'routines-leading'))),
      );
      expectWarning(
        r,
        '/actions',
        ['no actions for capacity "routines" at level "leading"'],
        'missing-action',
      );
      expect(r.warnings).to.have.length(1);
    });

    it('no actions at all', () => {
      const r = parseFramework(broken((d) => (d.actions = [])));
      expectWarning(r, '', ['the framework has no actions'], 'missing-action');
    });

    it('a resource tagged to nothing', () => {
      const r = parseFramework(broken((d) => delete d.resources[1].groupIds));
      expectWarning(
        r,
        '/resources/1',
        ['resource "data-video" is tagged to no capacity or group'],
        'untagged-resource',
      );
      expect(r.warnings).to.have.length(1);
    });

    it('a resource with empty tag lists is tagged to nothing', () => {
      const r = parseFramework(
        broken((d) => ((d.resources[2].capacityIds = []), (d.resources[2].groupIds = []))),
      );
      expectWarning(
        r,
        '/resources/2',
        ['resource "agency-tool" is tagged to no capacity or group'],
        'untagged-resource',
      );
    });

    it('warnings are kept on the model', () => {
      const r = parseFramework(broken((d) => delete d.resources[1].groupIds));
      expect(r.value!.warnings).to.deep.equal(r.warnings);
    });
  });

  describe('unknown extra fields', () => {
    it('are kept everywhere, never an error', () => {
      const doc = broken((d) => {
        d['x-partner'] = { region: 'north', codes: [1, 2, 3] };
        d.source.edition = 3;
        d.levels[0].emoji = '🌱';
        d.groups[0].owner = { name: 'Ana' };
        d.groups[0].capacities[0].weight = 0.5;
        d.groups[0].capacities[0].descriptors.emerging.examples = ['e1'];
        d.equityConsiderations[0].sourceNote = 'n';
        d.actions[0].effort = 'low';
        d.resources[0].isbn = '978-3-16-148410-0';
        d.vocabularies.type[0].icon = 'book';
        d.providers[0].phone = '+1 555';
        d.anchors[0].order = 1;
        d.extensions = { partner: { deep: { list: [{ a: null }] } }, other: true };
      });
      const r = parseFramework(doc);
      expectClean(r);
      const fw = r.value!.framework as Doc;
      expect(fw['x-partner']).to.deep.equal({ region: 'north', codes: [1, 2, 3] });
      expect(fw.source.edition).to.equal(3);
      expect(fw.levels[0].emoji).to.equal('🌱');
      expect(fw.groups[0].owner).to.deep.equal({ name: 'Ana' });
      expect(fw.groups[0].capacities[0].weight).to.equal(0.5);
      expect(fw.groups[0].capacities[0].descriptors.emerging.examples).to.deep.equal(['e1']);
      expect(fw.equityConsiderations[0].sourceNote).to.equal('n');
      expect(fw.actions[0].effort).to.equal('low');
      expect(fw.resources[0].isbn).to.equal('978-3-16-148410-0');
      expect(fw.vocabularies.type[0].icon).to.equal('book');
      expect(fw.providers[0].phone).to.equal('+1 555');
      expect(fw.anchors[0].order).to.equal(1);
      expect(fw.extensions).to.deep.equal({ partner: { deep: { list: [{ a: null }] } }, other: true });
      expect(fw.$schema).to.equal('./framework.schema.json');
      // The whole document survives as given.
      expect(fw).to.deep.equal(doc);
      expect(JSON.stringify(fw)).to.equal(JSON.stringify(doc));
    });

    it('the model sees them through its queries too', () => {
      const r = parseFramework(broken((d) => (d.resources[0].isbn = 'x')));
      expect((r.value!.resource('equity-guide') as Doc).isbn).to.equal('x');
    });
  });

  describe('the returned framework', () => {
    it('is deep-frozen: changing it throws (strict mode)', () => {
      const model = parseFramework(validFramework()).value!;
      const fw = model.framework as Doc;
      expect(Object.isFrozen(fw)).to.equal(true);
      expect(() => {
        fw.title = 'changed';
      }).to.throw(TypeError);
      expect(() => {
        fw.groups[0].capacities[0].label = 'changed';
      }).to.throw(TypeError);
      expect(() => {
        fw.levels.push({ id: 'x', rank: 3, label: 'X' });
      }).to.throw(TypeError);
      expect(() => {
        fw.extensions.partner.note = 'changed';
      }).to.throw(TypeError);
      expect(() => {
        delete fw.resources[0].url;
      }).to.throw(TypeError);
      expect(() => {
        (model as Doc).id = 'other';
      }).to.throw(TypeError);
      expect(() => {
        (model.levels as Doc).push({});
      }).to.throw(TypeError);
      expect(fw.title).to.deep.equal({ en: 'Test framework', es: 'Marco de prueba' });
    });

    it('is a copy: changing the input afterwards changes nothing', () => {
      const doc = validFramework();
      const model = parseFramework(doc).value!;
      doc.groups[0].capacities[0].label = 'changed';
      doc.levels.pop();
      expect(model.capacity('dei')!.label).to.deep.equal({
        en: 'Diversity, equity and inclusion',
        es: 'Diversidad, equidad e inclusión',
      });
      expect(model.levels).to.have.length(3);
      expect(Object.isFrozen(doc)).to.equal(false);
    });
  });
});
