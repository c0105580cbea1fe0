/**
 * English's and Spanish's plural forms chosen without Intl (src/i18n/plain-plural.ts, issue 14: the first
 * Intl.PluralRules of a page costs a chart's first render milliseconds) are exactly Intl's.
 */
import { expect } from '@open-wc/testing';
import { plainPlural } from '../../src/i18n/plain-plural.js';
import { plural } from '../../src/i18n/plural.js';

// Every integer up to 2,100 (each ending, each hundred), whole and near thousands and millions, the largest safe
// integers, and negatives.
const samples = [
  ...Array.from({ length: 2101 }, (_, i) => i),
  9999,
  10000,
  100000,
  999999,
  1000000,
  1000001,
  2000000,
  2500000,
  20000000,
  1000000000,
  2147483647,
  Number.MAX_SAFE_INTEGER,
  Number.MAX_SAFE_INTEGER - 1,
  ...[1, 2, 1000, 1000000, 3000000].map((n) => -n),
];

describe('plainPlural', () => {
  for (const locale of ['en', 'es'] as const)
    it(`chooses ${locale} plural forms of integers as Intl.PluralRules does`, () => {
      const intl = new Intl.PluralRules(locale);
      for (const n of samples) expect(plainPlural(locale, n), `${n}`).to.equal(intl.select(n));
    });

  it('leaves other languages and numbers to Intl', () => {
    for (const locale of [undefined, 'en-IN', 'de', 'ar', 'es-MX', 'pl'])
      expect(plainPlural(locale, 1), String(locale)).to.equal(undefined);
    for (const n of [1.5, 1.0000001, NaN, Infinity, 2 ** 60])
      expect(plainPlural('en', n), String(n)).to.equal(undefined);
  });

  it('is what plural() picks: the form, else "other", in English, Spanish and through Intl elsewhere', () => {
    const forms = { one: '# capacity', other: '# capacities' };
    expect(plural('en', 1, forms)).to.equal('1 capacity');
    expect(plural('en', 0, forms)).to.equal('0 capacities');
    expect(plural('en', 24, forms)).to.equal('24 capacities');
    expect(plural('es', 1, { one: '# capacidad', other: '# capacidades' })).to.equal('1 capacidad');
    // Spanish's "many" where the table words it, else "other".
    const es = { one: '# capacidad', many: '# de capacidades', other: '# capacidades' };
    expect(plural('es', 1000000, es)).to.equal('1.000.000 de capacidades');
    expect(plural('es', 1000000, forms)).to.equal('1.000.000 capacities');
    expect(plural('en', 1.5, forms)).to.equal(`${new Intl.NumberFormat('en').format(1.5)} capacities`);
    const pl = { one: '# plik', few: '# pliki', many: '# plików', other: '# pliku' };
    expect(plural('pl', 3, pl)).to.equal('3 pliki');
  });
});
