/**
 * The validator's frozen copy (src/framework/frozen-copy.ts) walks plain data instead of a JSON round trip
 * (issue 14): for every value it must give what `JSON.parse(JSON.stringify(value))` gives, frozen all through.
 */
import { expect } from '@open-wc/testing';
import { frozenJsonCopy } from '../../src/framework/frozen-copy.js';
import { parseFramework, parseProfile } from '../../src/framework/parse.js';
import { validFramework, validProfile } from './fixtures.js';

const roundTrip = (value: unknown): unknown => JSON.parse(JSON.stringify(value)) as unknown;

/** Own keys in order, values, and frozenness, all the way down, of two JSON values. */
function expectSameJson(actual: unknown, expected: unknown, at = '(root)'): void {
  if (!expected || typeof expected !== 'object') {
    expect(Object.is(actual, expected), `${at}: ${String(actual)} is ${String(expected)}`).to.equal(true);
    return;
  }
  expect(actual, at).to.be.an(Array.isArray(expected) ? 'array' : 'object');
  expect(Object.isFrozen(actual), `${at} is frozen`).to.equal(true);
  expect(Object.getPrototypeOf(actual), `${at}'s prototype`).to.equal(Object.getPrototypeOf(expected));
  expect(Reflect.ownKeys(actual as object), `${at}'s keys`).to.deep.equal(Reflect.ownKeys(expected));
  for (const key of Object.keys(expected))
    expectSameJson(
      (actual as Record<string, unknown>)[key],
      (expected as Record<string, unknown>)[key],
      `${at}/${key}`,
    );
}

const cases: [string, () => unknown][] = [
  ['plain data, numeric keys first as JSON orders them', () => ({ b: 1, 2: 'x', a: [true, null, 'é'] })],
  ['-0, which JSON reads back as 0', () => ({ n: -0, list: [-0] })],
  ['NaN and Infinity, which JSON writes as null', () => ({ a: NaN, b: [Infinity, -Infinity] })],
  [
    'undefined, functions and symbols: dropped in objects, null in lists',
    () => ({
      u: undefined,
      f: () => 1,
      s: Symbol('s'),
      list: [undefined, () => 1, Symbol('t')],
      kept: 1,
    }),
  ],
  ['a hole in a list', () => ({ list: [1, , 3] })], // eslint-disable-line no-sparse-arrays
  ['a Date and an object with toJSON', () => ({ when: new Date(0), custom: { toJSON: () => ({ x: 1 }) } })],
  [
    'a Map, a Set, a class instance and boxed values',
    () => {
      class Point {
        x = 1;
        y = 2;
      }
      return {
        map: new Map([[1, 2]]),
        set: new Set([1]),
        point: new Point(),
        boxed: [new String('s'), new Number(2), Object(false)],
      };
    },
  ],
  ['an object without a prototype', () => Object.assign(Object.create(null) as object, { a: { b: 1 } })],
  [
    'a key "__proto__" (an own key, never the prototype)',
    () => JSON.parse('{"__proto__":{"a":1},"b":[{"__proto__":2}]}') as unknown,
  ],
  ['a proxy, as Vue and MobX give', () => new Proxy({ a: [1, 2], b: { c: 'd' } }, {})],
  ['a proxy of a list', () => ({ list: new Proxy([1, { a: 2 }], {}) })],
  ['a lone surrogate in a string', () => ({ s: '\ud800x', [`k\udc00`]: 1 })],
];

describe('frozenJsonCopy', () => {
  for (const [what, make] of cases)
    it(`gives what a JSON round trip gives: ${what}`, () => {
      const value = make();
      expectSameJson(frozenJsonCopy(value), roundTrip(value));
    });

  it('copies, never freezes the caller’s own objects', () => {
    const value = { a: { b: [1] } };
    const copy = frozenJsonCopy(value);
    expect(copy).to.not.equal(value);
    expect(copy.a).to.not.equal(value.a);
    expect(Object.isFrozen(value) || Object.isFrozen(value.a) || Object.isFrozen(value.a.b)).to.equal(false);
  });

  it('throws what a getter throws, and what JSON throws for a bigint', () => {
    const hostile = {
      get a(): never {
        throw new Error('no reading this');
      },
    };
    expect(() => frozenJsonCopy(hostile)).to.throw('no reading this');
    let json = '';
    try {
      JSON.stringify({ n: 1n });
    } catch (e) {
      json = (e as Error).message;
    }
    expect(() => frozenJsonCopy({ n: 1n })).to.throw(json);
  });

  it('keeps what parseFramework and parseProfile return for objects the same as for their JSON text', () => {
    const framework = validFramework() as unknown as Record<string, unknown>;
    framework.extensions = { 'x-odd': { when: new Date(0), list: [undefined, NaN] } };
    const fromObject = parseFramework(framework);
    const fromText = parseFramework(JSON.stringify(framework));
    expect(fromObject.ok && fromText.ok).to.equal(true);
    if (!fromObject.ok || !fromText.ok) return;
    expectSameJson(fromObject.value.framework, fromText.value.framework);
    expect(fromObject.warnings).to.deep.equal(fromText.warnings);
    const profile = parseProfile(validProfile(), fromObject.value);
    const profileText = parseProfile(JSON.stringify(validProfile()), fromObject.value);
    expect(profile.ok && profileText.ok).to.equal(true);
    if (profile.ok && profileText.ok) expectSameJson(profile.value, profileText.value);
  });
});
