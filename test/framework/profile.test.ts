/* eslint-disable @typescript-eslint/no-unsafe-assignment, @typescript-eslint/no-unsafe-member-access, @typescript-eslint/no-unsafe-argument -- the tests break untyped JSON documents (Doc) on purpose */
/**
 * Team profiles: parseProfile against a framework, the immutable profile operations, and exact
 * export → import round trips (serializeProfile → parseProfile → serializeProfile), including a
 * fast-check property over random valid profiles.
 */
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import {
  type FrameworkModel,
  type Profile,
  LIBRARY_EXTENSION,
  emptyProfile,
  levelOfRating,
  parseFramework,
  parseProfile,
  prioritiesOf,
  progress,
  ratedLevel,
  ratingOf,
  serializeProfile,
  withPriorities,
  withRating,
} from '../../src/framework/index.js';
import {
  CAPACITY_IDS,
  type Doc,
  LEVEL_IDS,
  expectClean,
  expectOnlyError,
  expectWarning,
  showIssues,
  validFramework,
  validProfile,
} from './fixtures.js';

let model: FrameworkModel;

before(() => {
  const result = parseFramework(validFramework());
  if (!result.ok) throw new Error(showIssues(result.errors));
  model = result.value;
});

function profileWith(change: (p: Doc) => void): Doc {
  const p = validProfile();
  change(p);
  return p;
}

const NOW = new Date('2026-05-06T07:08:09.010Z');

describe('parseProfile', () => {
  it('a valid profile parses with no errors and no warnings, unchanged', () => {
    const input = validProfile();
    const result = parseProfile(input, model);
    expectClean(result);
    expect(result.value).to.deep.equal(validProfile());
  });

  it('without a framework, only the shape is checked', () => {
    const result = parseProfile(
      profileWith((p) => ((p.frameworkId = 'another'), (p.ratings.ghost = { status: 'unsure' }))),
    );
    expectClean(result);
    expect(result.value!.frameworkId).to.equal('another');
  });

  it('parses JSON text, and reports malformed text with line and column', () => {
    expectClean(parseProfile(JSON.stringify(validProfile()), model));
    const r = parseProfile('{\n  "schema": "blueprint-profile/1",\n  "ratings": {,}\n}', model);
    expectOnlyError(r, '', ['not valid JSON', 'line 3, column 15'], 'json');
  });

  it('the returned profile is deep-frozen', () => {
    const value = parseProfile(validProfile(), model).value as Doc;
    expect(() => (value.ratings.dei.levelId = 'leading')).to.throw(TypeError);
    expect(() => (value.team = 'B')).to.throw(TypeError);
  });

  describe('errors', () => {
    it('wrong schema', () => {
      const r = parseProfile(
        profileWith((p) => (p.schema = 'blueprint-profile/2')),
        model,
      );
      expectOnlyError(
        r,
        '/schema',
        ['unknown schema "blueprint-profile/2"', 'reads "blueprint-profile/1"'],
        'schema-version',
      );
    });

    it('a framework document given as a profile', () => {
      const r = parseProfile(validFramework(), model);
      expectOnlyError(r, '/schema', ['This is a framework document, not a profile'], 'schema-version');
    });

    it('missing schema, frameworkId or ratings', () => {
      for (const field of ['schema', 'frameworkId', 'ratings']) {
        const r = parseProfile(
          profileWith((p) => delete p[field]),
          model,
        );
        expectOnlyError(r, `/${field}`, [`required field "${field}" is missing`], 'shape');
      }
    });

    it('ratings that are not an object of ratings', () => {
      expectOnlyError(
        parseProfile(
          profileWith((p) => (p.ratings = 'none')),
          model,
        ),
        '/ratings',
        ['expected an object of capacity ids to ratings', 'received "none"'],
      );
      expectOnlyError(
        parseProfile(
          profileWith((p) => (p.ratings = [])),
          model,
        ),
        '/ratings',
        ['expected an object of capacity ids to ratings', 'received Array'],
      );
      expectOnlyError(
        parseProfile(
          profileWith((p) => (p.snapshots[0].ratings = [])),
          model,
        ),
        '/snapshots/0/ratings',
        ['received Array'],
      );
      expectOnlyError(
        parseProfile(
          profileWith((p) => (p.ratings.dei = 'developing')),
          model,
        ),
        '/ratings/dei',
        ['expected a rating: { status, levelId?, note?, ratedAt? }', 'received "developing"'],
      );
    });

    it('a bad status', () => {
      const r = parseProfile(
        profileWith((p) => (p.ratings.agency.status = 'done')),
        model,
      );
      expectOnlyError(
        r,
        '/ratings/agency/status',
        ['expected a status: "rated", "unsure" or "skipped"', 'received "done"'],
        'shape',
      );
    });

    it('a missing status', () => {
      const r = parseProfile(
        profileWith((p) => delete p.ratings.routines.status),
        model,
      );
      expectOnlyError(r, '/ratings/routines/status', ['required field "status" is missing']);
    });

    it('rated without levelId', () => {
      const r = parseProfile(
        profileWith((p) => delete p.ratings.dei.levelId),
        model,
      );
      expectOnlyError(
        r,
        '/ratings/dei/levelId',
        ['a rating with status "rated" needs a levelId'],
        'missing-level',
      );
      // Also without a framework, and in snapshots and raters.
      expectOnlyError(
        parseProfile(profileWith((p) => delete p.ratings.dei.levelId)),
        '/ratings/dei/levelId',
        ['needs a levelId'],
      );
      expectOnlyError(
        parseProfile(
          profileWith((p) => delete p.snapshots[0].ratings.dei.levelId),
          model,
        ),
        '/snapshots/0/ratings/dei/levelId',
        ['needs a levelId'],
      );
      expectOnlyError(
        parseProfile(
          profileWith((p) => delete p.raters[1].ratings.dei.levelId),
          model,
        ),
        '/raters/1/ratings/dei/levelId',
        ['needs a levelId'],
      );
    });

    it('unsure and skipped need no levelId', () => {
      expectClean(
        parseProfile(
          profileWith((p) => (p.ratings = { dei: { status: 'unsure' }, agency: { status: 'skipped' } })),
          model,
        ),
      );
    });

    it('a frameworkId mismatch is an error', () => {
      const r = parseProfile(
        profileWith((p) => (p.frameworkId = 'other-fw')),
        model,
      );
      expectOnlyError(
        r,
        '/frameworkId',
        ['answers framework "other-fw"', 'the loaded framework is "test-fw"'],
        'framework-mismatch',
      );
    });

    it('bad ids, dates and types', () => {
      expectOnlyError(
        parseProfile(
          profileWith((p) => (p.frameworkId = 'Test FW')),
          model,
        ),
        '/frameworkId',
        ['expected an id'],
      );
      expectOnlyError(
        parseProfile(
          profileWith((p) => (p.updatedAt = 'yesterday')),
          model,
        ),
        '/updatedAt',
        ['expected an ISO date-time', '"yesterday"'],
      );
      expectOnlyError(
        parseProfile(
          profileWith((p) => (p.ratings.dei.ratedAt = '2026-03-01')),
          model,
        ),
        '/ratings/dei/ratedAt',
        ['expected an ISO date-time'],
      );
      expectOnlyError(
        parseProfile(
          profileWith((p) => (p.snapshots[0].takenAt = 'fall')),
          model,
        ),
        '/snapshots/0/takenAt',
        ['expected a date (YYYY-MM-DD) or an ISO date-time'],
      );
      expectOnlyError(
        parseProfile(
          profileWith((p) => delete p.snapshots[0].takenAt),
          model,
        ),
        '/snapshots/0/takenAt',
        ['required field "takenAt" is missing'],
      );
      expectOnlyError(
        parseProfile(
          profileWith((p) => (p.raters[0].id = 'Ana!')),
          model,
        ),
        '/raters/0/id',
        ['expected an id'],
      );
      expectOnlyError(
        parseProfile(
          profileWith((p) => (p.team = 3)),
          model,
        ),
        '/team',
        ['expected a string', 'received 3'],
      );
      expectOnlyError(
        parseProfile(
          profileWith((p) => (p.ratings.dei.note = ['a'])),
          model,
        ),
        '/ratings/dei/note',
        ['expected a string'],
      );
      expectOnlyError(
        parseProfile(
          profileWith((p) => (p.extensions = [1])),
          model,
        ),
        '/extensions',
        ['expected an object', 'received Array'],
      );
    });

    it('a snapshot taken at a date-time is fine', () => {
      expectClean(
        parseProfile(
          profileWith((p) => (p.snapshots[0].takenAt = '2025-09-01T12:00:00Z')),
          model,
        ),
      );
    });

    it('ratings keyed "__proto__", "constructor" or "prototype" are checked, never a crash', () => {
      const text = JSON.stringify(validProfile()).replace('"ratings":{', '"ratings":{"__proto__":null,');
      let r!: ReturnType<typeof parseProfile>;
      expect(() => (r = parseProfile(text, model))).to.not.throw();
      expectOnlyError(r, '/ratings/__proto__', ['expected a rating', 'received null']);
      const r2 = parseProfile(
        profileWith((p) => (p.raters[0].ratings.constructor = { status: 'bogus' })),
        model,
      );
      expectOnlyError(r2, '/raters/0/ratings/constructor/status', ['expected a status', '"bogus"']);
      // A valid rating under such a key is a rating for an unknown capacity: kept, with a warning.
      const r3 = parseProfile(
        profileWith((p) => (p.ratings.prototype = { status: 'unsure' })),
        model,
      );
      expectWarning(r3, '/ratings/prototype', ['no capacity with id "prototype"']);
      expect(r3.value!.ratings.prototype).to.deep.equal({ status: 'unsure' });
    });
  });

  describe('warnings (the profile loads, nothing is dropped)', () => {
    it('a frameworkVersion mismatch', () => {
      const r = parseProfile(
        profileWith((p) => (p.frameworkVersion = '1.0.0')),
        model,
      );
      const w = expectWarning(
        r,
        '/frameworkVersion',
        ['version "1.0.0"', 'the loaded version is "2.1.0"'],
        'version-mismatch',
      );
      expect(r.warnings).to.deep.equal([w]);
      expect(r.value!.frameworkVersion).to.equal('1.0.0');
    });

    it('an unknown capacity: a warning, and the rating is kept', () => {
      const r = parseProfile(
        profileWith((p) => (p.ratings.ghost = { status: 'rated', levelId: 'leading', note: 'kept' })),
        model,
      );
      expectWarning(
        r,
        '/ratings/ghost',
        ['no capacity with id "ghost" in framework "test-fw"', 'the rating is kept'],
        'unknown-id',
      );
      expect(r.warnings).to.have.length(1);
      expect(r.value!.ratings.ghost).to.deep.equal({ status: 'rated', levelId: 'leading', note: 'kept' });
    });

    it('an unknown level: a warning, and the rating is kept', () => {
      const r = parseProfile(
        profileWith((p) => (p.ratings.dei.levelId = 'expert')),
        model,
      );
      expectWarning(
        r,
        '/ratings/dei/levelId',
        ['no level with id "expert"', 'levels are emerging, developing, leading', 'the rating is kept'],
        'unknown-id',
      );
      expect(r.warnings).to.have.length(1);
      expect(r.value!.ratings.dei.levelId).to.equal('expert');
      // ... and it places the capacity at no level.
      expect(ratedLevel(model, r.value!.ratings, 'dei')).to.equal(undefined);
    });

    it('capacity ids with "/" and "~" are escaped in the path', () => {
      const r = parseProfile(
        profileWith((p) => (p.ratings['a/b~c'] = { status: 'unsure' })),
        model,
      );
      expectWarning(r, '/ratings/a~1b~0c', ['no capacity with id "a/b~c"']);
    });

    it('in snapshots', () => {
      const r = parseProfile(
        profileWith((p) => {
          p.snapshots[0].ratings.ghost = { status: 'unsure' };
          p.snapshots[0].ratings.dei.levelId = 'expert';
        }),
        model,
      );
      expectWarning(r, '/snapshots/0/ratings/ghost', ['no capacity with id "ghost"'], 'unknown-id');
      expectWarning(r, '/snapshots/0/ratings/dei/levelId', ['no level with id "expert"'], 'unknown-id');
      expect(r.warnings).to.have.length(2);
      expect(r.value!.snapshots![0].ratings.ghost).to.deep.equal({ status: 'unsure' });
      expect(r.value!.snapshots![0].ratings.dei.levelId).to.equal('expert');
    });

    it('in raters', () => {
      const r = parseProfile(
        profileWith((p) => {
          p.raters[1].ratings.ghost = { status: 'skipped' };
          p.raters[0].ratings.dei.levelId = 'expert';
        }),
        model,
      );
      expectWarning(r, '/raters/1/ratings/ghost', ['no capacity with id "ghost"'], 'unknown-id');
      expectWarning(r, '/raters/0/ratings/dei/levelId', ['no level with id "expert"'], 'unknown-id');
      expect(r.warnings).to.have.length(2);
      expect(r.value!.raters![1].ratings.ghost).to.deep.equal({ status: 'skipped' });
    });

    it('duplicate rater ids', () => {
      const r = parseProfile(
        profileWith((p) => (p.raters[1].id = 'ana')),
        model,
      );
      expectWarning(
        r,
        '/raters/1/id',
        ['duplicate rater id "ana"', 'first used at /raters/0/id'],
        'duplicate-id',
      );
    });

    describe('the priorities extension', () => {
      const at = `/extensions/${LIBRARY_EXTENSION}/priorities`;

      it('more than 3 priorities', () => {
        const r = parseProfile(
          profileWith(
            (p) => (p.extensions[LIBRARY_EXTENSION].priorities = ['dei', 'agency', 'routines', 'dei']),
          ),
          model,
        );
        expectWarning(r, at, ['at most 3 priorities are used', 'the first 3 count'], 'extension');
        expect(r.warnings).to.have.length(1);
        expect(r.value!.extensions![LIBRARY_EXTENSION]).to.deep.equal({
          priorities: ['dei', 'agency', 'routines', 'dei'],
        });
        expect(prioritiesOf(r.value)).to.deep.equal(['dei', 'agency', 'routines']);
      });

      it('an unknown capacity id', () => {
        const r = parseProfile(
          profileWith((p) => (p.extensions[LIBRARY_EXTENSION].priorities = ['dei', 'ghost'])),
          model,
        );
        expectWarning(r, `${at}/1`, ['no capacity with id "ghost"', 'kept but not used'], 'unknown-id');
        expect(r.warnings).to.have.length(1);
        expect(prioritiesOf(r.value)).to.deep.equal(['dei', 'ghost']);
      });

      it('not a list of ids', () => {
        const r = parseProfile(
          profileWith((p) => (p.extensions[LIBRARY_EXTENSION].priorities = 'dei')),
          model,
        );
        expectWarning(r, at, ['expected a list of capacity ids'], 'extension');
        expect(prioritiesOf(r.value)).to.deep.equal([]);
      });

      it('the library extension not an object', () => {
        const r = parseProfile(
          profileWith((p) => (p.extensions[LIBRARY_EXTENSION] = ['dei'])),
          model,
        );
        expectWarning(
          r,
          `/extensions/${LIBRARY_EXTENSION}`,
          ['expected an object', 'kept but not used'],
          'extension',
        );
        expect(r.value!.extensions![LIBRARY_EXTENSION]).to.deep.equal(['dei']);
      });

      it('exactly 3 known priorities are fine', () => {
        expectClean(
          parseProfile(
            profileWith((p) => (p.extensions[LIBRARY_EXTENSION].priorities = ['routines', 'dei', 'agency'])),
            model,
          ),
        );
      });
    });
  });
});

describe('profile operations', () => {
  /** A deep copy to compare against after an operation. */
  const snapshot = (p: unknown) => JSON.parse(JSON.stringify(p)) as unknown;

  describe('emptyProfile', () => {
    it('answers the model, with no ratings', () => {
      expect(emptyProfile(model)).to.deep.equal({
        schema: 'blueprint-profile/1',
        frameworkId: 'test-fw',
        frameworkVersion: '2.1.0',
        ratings: {},
      });
      expect(emptyProfile(model, 'Team B').team).to.equal('Team B');
      expectClean(parseProfile(emptyProfile(model, 'Team B'), model));
    });

    it('returns a new object each time', () => {
      const a = emptyProfile(model);
      const b = emptyProfile(model);
      expect(a).to.not.equal(b);
      expect(a.ratings).to.not.equal(b.ratings);
    });
  });

  describe('withRating', () => {
    it('adds a rating without changing the input, stamping ratedAt and updatedAt', () => {
      const input = validProfile();
      input['x-host'] = { keep: true };
      const before = snapshot(input);
      const out = withRating(input, 'agency', { status: 'rated', levelId: 'leading' }, NOW);
      expect(snapshot(input)).to.deep.equal(before);
      expect(out).to.not.equal(input);
      expect(out.ratings.agency).to.deep.equal({
        status: 'rated',
        levelId: 'leading',
        ratedAt: '2026-05-06T07:08:09.010Z',
      });
      expect(out.updatedAt).to.equal('2026-05-06T07:08:09.010Z');
      // Everything else is kept, unknown fields and extensions included.
      expect((out as Doc)['x-host']).to.deep.equal({ keep: true });
      expect(out.extensions).to.deep.equal(input.extensions);
      expect(out.snapshots).to.deep.equal(input.snapshots);
      expect(out.raters).to.deep.equal(input.raters);
      expect(out.ratings.dei).to.deep.equal(input.ratings.dei);
      expectClean(parseProfile(out, model));
    });

    it('keeps a given ratedAt and unknown fields of the rating', () => {
      const rating = { status: 'unsure', ratedAt: '2020-01-01T00:00:00Z', confidence: 0.4 } as Doc;
      const out = withRating(validProfile(), 'dei', rating, NOW);
      expect(out.ratings.dei).to.deep.equal({
        status: 'unsure',
        ratedAt: '2020-01-01T00:00:00Z',
        confidence: 0.4,
      });
    });

    it('removes a rating when given undefined', () => {
      const input = validProfile();
      const out = withRating(input, 'dei', undefined, NOW);
      expect(Object.keys(out.ratings)).to.deep.equal(['agency', 'routines']);
      expect(input.ratings.dei).to.not.equal(undefined);
    });

    it('works on a frozen, parsed profile', () => {
      const parsed = parseProfile(validProfile(), model).value!;
      const out = withRating(parsed, 'routines', { status: 'rated', levelId: 'emerging' }, NOW);
      expect(out.ratings.routines.levelId).to.equal('emerging');
      expect(parsed.ratings.routines).to.deep.equal({ status: 'skipped', note: 'Later.' });
    });
  });

  describe('priorities', () => {
    it('withPriorities sets at most 3 distinct ids, keeping other extension data, input unchanged', () => {
      const input = validProfile();
      input.extensions[LIBRARY_EXTENSION].collapsed = ['data'];
      const before = snapshot(input);
      const out = withPriorities(input, ['routines', 'routines', 'agency', 'dei', 'ghost'], NOW);
      expect(snapshot(input)).to.deep.equal(before);
      expect(out.extensions![LIBRARY_EXTENSION]).to.deep.equal({
        priorities: ['routines', 'agency', 'dei'],
        collapsed: ['data'],
      });
      expect(out.extensions!.host).to.deep.equal({ theme: 'dark', list: [1, 2, 3] });
      expect(out.updatedAt).to.equal(NOW.toISOString());
      expect(out.ratings).to.deep.equal(input.ratings);
      expect(prioritiesOf(out)).to.deep.equal(['routines', 'agency', 'dei']);
    });

    it('withPriorities on a profile without extensions', () => {
      const input = emptyProfile(model);
      const out = withPriorities(input, ['dei'], NOW);
      expect(out.extensions).to.deep.equal({ [LIBRARY_EXTENSION]: { priorities: ['dei'] } });
      expect(input.extensions).to.equal(undefined);
      expectClean(parseProfile(out, model));
    });

    it('prioritiesOf reads the extension defensively', () => {
      expect(prioritiesOf(undefined)).to.deep.equal([]);
      expect(prioritiesOf(emptyProfile(model))).to.deep.equal([]);
      expect(prioritiesOf(validProfile())).to.deep.equal(['dei', 'routines']);
      const odd = profileWith(
        (p) => (p.extensions[LIBRARY_EXTENSION].priorities = ['dei', 7, 'agency', null, 'routines', 'x']),
      );
      expect(prioritiesOf(odd)).to.deep.equal(['dei', 'agency', 'routines']);
    });

    it('prioritiesOf returns a new array', () => {
      const p = validProfile();
      const list = prioritiesOf(p);
      list.push('x');
      expect(p.extensions[LIBRARY_EXTENSION].priorities).to.deep.equal(['dei', 'routines']);
    });
  });

  describe('progress, ratingOf, levelOfRating', () => {
    it('counts answers by status, without changing the input', () => {
      const input = validProfile();
      input.ratings.ghost = { status: 'rated', levelId: 'leading' };
      const before = snapshot(input);
      expect(progress(model, input)).to.deep.equal({
        total: 3,
        rated: 1,
        unsure: 1,
        skipped: 1,
        answered: 3,
      });
      expect(progress(model, input, ['dei', 'agency'])).to.deep.equal({
        total: 2,
        rated: 1,
        unsure: 1,
        skipped: 0,
        answered: 2,
      });
      expect(progress(model, undefined)).to.deep.equal({
        total: 3,
        rated: 0,
        unsure: 0,
        skipped: 0,
        answered: 0,
      });
      expect(progress(model, emptyProfile(model))).to.deep.equal({
        total: 3,
        rated: 0,
        unsure: 0,
        skipped: 0,
        answered: 0,
      });
      expect(snapshot(input)).to.deep.equal(before);
    });

    it('ratingOf reads own ratings only', () => {
      const p = validProfile();
      expect(ratingOf(p, 'agency')).to.deep.equal({ status: 'unsure' });
      expect(ratingOf(p, 'nope')).to.equal(undefined);
      expect(ratingOf(p, 'constructor')).to.equal(undefined);
      expect(ratingOf(p, 'toString')).to.equal(undefined);
      expect(ratingOf(undefined, 'dei')).to.equal(undefined);
    });

    it('levelOfRating: only a rated answer at a known level has a level', () => {
      expect(levelOfRating(model, { status: 'rated', levelId: 'leading' })!.id).to.equal('leading');
      expect(levelOfRating(model, { status: 'unsure', levelId: 'leading' })).to.equal(undefined);
      expect(levelOfRating(model, { status: 'rated', levelId: 'expert' })).to.equal(undefined);
      expect(levelOfRating(model, undefined)).to.equal(undefined);
    });
  });
});

describe('export → import', () => {
  const roundTrip = (profile: Profile) => {
    const first = serializeProfile(profile);
    const parsed = parseProfile(first, model);
    expect(parsed.ok, showIssues(parsed.errors)).to.equal(true);
    const second = serializeProfile(parsed.value!);
    return { first, second, parsed };
  };

  it('serializeProfile → parseProfile → serializeProfile is byte-identical, unknown fields and extensions included', () => {
    const p = validProfile();
    p['x-host-field'] = { nested: [1, { deep: 'yes' }], empty: {} };
    p.ratings.dei.confidence = 3;
    p.snapshots[0].source = 'paper';
    p.raters[0].role = 'coach';
    p.extensions[LIBRARY_EXTENSION].collapsed = ['culture'];
    p.extensions.other = { unicode: 'ñ — 漢字 🙂', quote: '"', backslash: '\\' };
    const { first, second, parsed } = roundTrip(p);
    expect(second).to.equal(first);
    expect(parsed.value).to.deep.equal(p);
    for (const fragment of [
      '"x-host-field"',
      '"confidence": 3',
      '"source": "paper"',
      '"role": "coach"',
      '"collapsed"',
      '漢字 🙂',
    ]) {
      expect(first).to.include(fragment);
    }
  });

  it('round-trips profiles with warnings (unknown capacity, level, other version) exactly', () => {
    const p = profileWith((d) => {
      d.frameworkVersion = '0.9';
      d.ratings.ghost = { status: 'rated', levelId: 'nowhere' };
    });
    const { first, second, parsed } = roundTrip(p);
    expect(parsed.warnings.map((w) => w.path).sort()).to.deep.equal([
      '/frameworkVersion',
      '/ratings/ghost',
      '/ratings/ghost/levelId',
    ]);
    expect(second).to.equal(first);
    expect(JSON.parse(second)).to.deep.equal(p);
  });

  it('round-trips a profile changed by the operations', () => {
    let p = parseProfile(validProfile(), model).value!;
    p = withRating(p, 'agency', { status: 'rated', levelId: 'emerging' }, NOW);
    p = withPriorities(p, ['agency'], NOW);
    const { first, second } = roundTrip(p);
    expect(second).to.equal(first);
    expect(first).to.include('"ratedAt": "2026-05-06T07:08:09.010Z"');
  });

  it('property: random valid profiles round-trip exactly', () => {
    const id = fc.stringMatching(/^[a-z0-9][a-z0-9_-]{0,15}$/);
    const capacityKey = fc.oneof(
      fc.constantFrom(...CAPACITY_IDS),
      id,
      fc.string({ minLength: 1, maxLength: 8 }),
    );
    const levelId = fc.oneof(fc.constantFrom(...LEVEL_IDS), id);
    const dateTime = fc
      .date({
        min: new Date('2000-01-01T00:00:00Z'),
        max: new Date('2099-12-31T23:59:59Z'),
        noInvalidDate: true,
      })
      .map((d) => d.toISOString());
    const date = dateTime.map((d) => d.slice(0, 10));
    const extra = fc.dictionary(
      fc.string({ minLength: 1, maxLength: 6 }).map((k) => `x-${k}`),
      fc.jsonValue({ maxDepth: 2 }),
      { maxKeys: 2 },
    );
    const rating = fc
      .tuple(
        fc.oneof(
          fc.record({ status: fc.constant('rated' as const), levelId }),
          fc.record(
            { status: fc.constantFrom('unsure' as const, 'skipped' as const), levelId },
            { requiredKeys: ['status'] },
          ),
        ),
        fc.record({ note: fc.string({ maxLength: 20 }), ratedAt: dateTime }, { requiredKeys: [] }),
        extra,
      )
      .map(([core, optional, unknown]) => ({ ...unknown, ...core, ...optional }));
    const ratings = fc.dictionary(capacityKey, rating, { maxKeys: 5 });
    const priorities = fc.subarray([...CAPACITY_IDS], { maxLength: 3 });
    const profile = fc
      .tuple(
        fc.record(
          {
            frameworkVersion: fc.constantFrom('2.1.0', '1.0', 'draft'),
            team: fc.string({ maxLength: 20 }),
            updatedAt: dateTime,
            snapshots: fc.array(
              fc.record(
                { takenAt: fc.oneof(date, dateTime), label: fc.string({ maxLength: 10 }), ratings },
                { requiredKeys: ['takenAt', 'ratings'] },
              ),
              { maxLength: 2 },
            ),
            raters: fc.uniqueArray(
              fc.record(
                { id, name: fc.string({ maxLength: 10 }), ratings },
                { requiredKeys: ['id', 'ratings'] },
              ),
              { selector: (r) => r.id, maxLength: 3 },
            ),
            extensions: fc
              .tuple(
                fc.option(priorities, { nil: undefined }),
                fc.dictionary(fc.string({ minLength: 1, maxLength: 8 }), fc.jsonValue({ maxDepth: 3 }), {
                  maxKeys: 3,
                }),
              )
              .map(([ps, other]) => {
                const ext: Record<string, unknown> = { ...other };
                delete ext[LIBRARY_EXTENSION];
                return ps === undefined ? ext : { ...ext, [LIBRARY_EXTENSION]: { priorities: ps } };
              }),
          },
          { requiredKeys: [] },
        ),
        ratings,
        extra,
      )
      .map(([optional, r, unknown]): Profile => ({
        ...unknown,
        schema: 'blueprint-profile/1',
        frameworkId: 'test-fw',
        ...optional,
        ratings: r,
      }));

    fc.assert(
      fc.property(profile, (p) => {
        const first = serializeProfile(p);
        const parsed = parseProfile(first, model);
        if (!parsed.ok) throw new Error(`refused:\n${showIssues(parsed.errors)}\n${first}`);
        expect(parsed.errors).to.have.length(0);
        const second = serializeProfile(parsed.value);
        expect(second).to.equal(first);
        // And once more through the parser, from the value rather than text.
        const again = parseProfile(JSON.parse(second), model);
        expect(again.ok).to.equal(true);
        expect(serializeProfile(again.value!)).to.equal(first);
      }),
      { numRuns: 200 },
    );
  });
});
