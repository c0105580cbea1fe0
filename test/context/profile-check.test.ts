/**
 * A widget's new `profile` object, validated reusing what the parser said of the answers of the last profile
 * accepted (src/controllers/profile-check.ts, issue 14): the result must be the parser's own, the same frozen
 * copy for a profile it accepts and the same errors for one it refuses, whatever was validated before.
 */
import { expect } from '@open-wc/testing';
import { ProfileCheck } from '../../src/controllers/profile-check.js';
import {
  parseFramework,
  parseProfile,
  type FrameworkModel,
  type Profile,
  type Rating,
} from '../../src/framework/index.js';
import { validFramework } from '../framework/fixtures.js';

let model: FrameworkModel;
let other: FrameworkModel;
let ids: string[];
let levels: string[];

before(() => {
  const parsed = parseFramework(validFramework());
  if (!parsed.ok) throw new Error('fixture framework is invalid');
  model = parsed.value;
  const again = parseFramework(validFramework());
  if (!again.ok) throw new Error('fixture framework is invalid');
  other = again.value;
  ids = model.capacities.map((c) => c.id);
  levels = model.levels.map((l) => l.id);
});

/** A profile rating capacity i at level `at(i)` (a new object every time, as a page's state gives them). */
const profileOf = (at: (i: number) => number | Rating, extra: Record<string, unknown> = {}): Profile => ({
  schema: 'blueprint-profile/1',
  frameworkId: model.id,
  ...extra,
  ratings: Object.fromEntries(
    ids.map((id, i) => {
      const a = at(i);
      return [id, typeof a === 'number' ? { status: 'rated', levelId: levels[a % levels.length] } : a];
    }),
  ),
});

/** Deeply frozen, like the parser's copies. */
function deepFrozen(value: unknown): boolean {
  if (!value || typeof value !== 'object') return true;
  return Object.isFrozen(value) && Object.values(value).every(deepFrozen);
}

describe('ProfileCheck: a new profile object validated as the parser would', () => {
  it('accepts what the parser accepts, with the same frozen copy, answers in the given order', () => {
    const check = new ProfileCheck();
    const first = profileOf((i) => i);
    const a = check.check(parseProfile, first, model);
    expect(a).to.deep.equal({ ...parseProfile(first, model), warnings: a.warnings });
    // Every answer changed, each to a value the last profile had (for another capacity), and one new one.
    const second = profileOf((i) => (i === 0 ? { status: 'unsure', note: 'new' } : i + 1), { team: 'Ours' });
    const b = check.check(parseProfile, second, model);
    const whole = parseProfile(second, model);
    expect(b.ok).to.equal(true);
    expect(whole.ok).to.equal(true);
    if (!b.ok || !whole.ok) return;
    expect(b.value).to.deep.equal(whole.value);
    expect(Object.keys(b.value)).to.deep.equal(Object.keys(whole.value));
    expect(Object.keys(b.value.ratings)).to.deep.equal(Object.keys(second.ratings));
    expect(deepFrozen(b.value)).to.equal(true);
    expect(b.value).not.to.equal(second);
  });

  it('gives the parser only the answers the last profile accepted did not have', () => {
    const check = new ProfileCheck();
    const given: number[] = [];
    const spy = (input: unknown, m: FrameworkModel | undefined) => {
      given.push(Object.keys((input as Profile).ratings).length);
      return parseProfile(input, m);
    };
    check.check(
      spy,
      profileOf((i) => i),
      model,
    );
    check.check(
      spy,
      profileOf((i) => i + 1),
      model,
    );
    check.check(
      spy,
      profileOf((i) => (i === 0 ? { status: 'skipped' } : i + 2)),
      model,
    );
    // The same answers again, as new objects (a page's state after a change elsewhere).
    check.check(
      spy,
      profileOf((i) => (i === 0 ? { status: 'skipped' } : i + 2)),
      model,
    );
    expect(given).to.deep.equal([ids.length, 0, 1, 0]);
  });

  it("learns the first profile's answers from the parser's copy, a first profile given as JSON text too", () => {
    // The first check is the parser alone (most widgets never get a second profile); the answers it accepted
    // are learned when a second one comes, from its frozen copy, so that a first profile that was text (or held
    // answers of a class) is reused as well.
    const check = new ProfileCheck();
    const given: number[] = [];
    const spy = (input: unknown, m: FrameworkModel | undefined) => {
      given.push(typeof input === 'string' ? -1 : Object.keys((input as Profile).ratings).length);
      return parseProfile(input, m);
    };
    const first = check.check(spy, JSON.stringify(profileOf((i) => i)), model);
    expect(first).to.deep.equal(parseProfile(JSON.stringify(profileOf((i) => i)), model));
    const second = profileOf((i) => (i === 0 ? { status: 'unsure' } : i));
    const result = check.check(spy, second, model);
    expect(given).to.deep.equal([-1, 1]);
    expect(result).to.deep.equal({ ...parseProfile(second, model), warnings: result.warnings });
  });

  it('refuses what the parser refuses, with the errors of a whole validation', () => {
    const check = new ProfileCheck();
    check.check(
      parseProfile,
      profileOf((i) => i),
      model,
    );
    // One answer "rated" without a level, the others seen before.
    const bad = profileOf((i) => (i === 1 ? { status: 'rated' } : i));
    const result = check.check(parseProfile, bad, model);
    expect(result.ok).to.equal(false);
    expect(result.errors).to.deep.equal(parseProfile(bad, model).errors);
    expect(result.errors.map((e) => e.path)).to.include(`/ratings/${ids[1]}/levelId`);
    // A wrong shape for a value seen before (a number for a level), and a document for another framework.
    const wrongShape = profileOf((i) =>
      i === 2 ? ({ status: 'rated', levelId: 3 } as unknown as Rating) : i,
    );
    expect(check.check(parseProfile, wrongShape, model).errors).to.deep.equal(
      parseProfile(wrongShape, model).errors,
    );
    const elsewhere = { ...profileOf((i) => i), frameworkId: 'another' };
    const refused = check.check(parseProfile, elsewhere, model);
    expect(refused.ok).to.equal(false);
    expect(refused.errors).to.deep.equal(parseProfile(elsewhere, model).errors);
  });

  it('keeps an answer under the key "__proto__" as a whole validation does', () => {
    const check = new ProfileCheck();
    check.check(
      parseProfile,
      profileOf((i) => i),
      model,
    );
    const hostile = JSON.parse(
      `{"schema":"blueprint-profile/1","frameworkId":${JSON.stringify(model.id)},"ratings":{"__proto__":{"status":"rated","levelId":${JSON.stringify(levels[0])}}}}`,
    ) as Profile;
    const result = check.check(parseProfile, hostile, model);
    expect(result.ok).to.equal(true);
    if (!result.ok) return;
    expect(Object.hasOwn(result.value.ratings, '__proto__')).to.equal(true);
    expect(Object.getPrototypeOf(result.value.ratings)).to.equal(Object.prototype);
  });

  it('takes nothing from a profile it refused, nor across frameworks', () => {
    const check = new ProfileCheck();
    const bad = profileOf((i) => (i === 0 ? { status: 'rated' } : i));
    expect(check.check(parseProfile, bad, model).ok).to.equal(false);
    expect(check.check(parseProfile, bad, model).errors).to.deep.equal(parseProfile(bad, model).errors);
    const good = profileOf((i) => i);
    expect(check.check(parseProfile, good, model).ok).to.equal(true);
    const again = profileOf((i) => i + 2);
    const result = check.check(parseProfile, again, other);
    expect(result).to.deep.equal({ ...parseProfile(again, other), warnings: result.warnings });
  });

  it('leaves what is not plain data to the parser (text, getters that throw, class instances)', () => {
    const check = new ProfileCheck();
    check.check(
      parseProfile,
      profileOf((i) => i),
      model,
    );
    const text = JSON.stringify(profileOf((i) => i + 1));
    expect(check.check(parseProfile, text, model)).to.deep.equal(parseProfile(text, model));
    const hostile = profileOf((i) => i);
    Object.defineProperty(hostile.ratings, ids[0], {
      enumerable: true,
      get() {
        throw new Error('no');
      },
    });
    const result = check.check(parseProfile, hostile, model);
    expect(result.ok).to.equal(false);
    expect(result.errors).to.deep.equal(parseProfile(hostile, model).errors);
    class Answer {
      status = 'rated';
      levelId = levels[0];
    }
    const instances = profileOf((i) => (i === 0 ? (new Answer() as Rating) : i));
    const r = check.check(parseProfile, instances, model);
    expect(r.ok).to.equal(parseProfile(instances, model).ok);
  });
});
