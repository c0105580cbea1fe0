/**
 * English's and Spanish's numbers written without Intl (src/i18n/plain-number.ts, issue 14: the first
 * Intl.NumberFormat of a page costs a chart's first render tens of milliseconds) are exactly Intl's.
 */
import { expect } from '@open-wc/testing';
import { plainNumber } from '../../src/i18n/plain-number.js';
import { plural } from '../../src/i18n/plural.js';

const samples = [
  0,
  1,
  2,
  9,
  10,
  99,
  100,
  999,
  1000,
  1001,
  1234,
  9999,
  10000,
  12345,
  99999,
  100000,
  123456,
  999999,
  1000000,
  1234567,
  20000000,
  123456789,
  2147483647,
  Number.MAX_SAFE_INTEGER,
  -1,
  -999,
  -1000,
  -12345,
  -1234567,
];

describe('plainNumber', () => {
  for (const locale of ['en', 'es'] as const)
    it(`writes ${locale} integers as Intl.NumberFormat does`, () => {
      const intl = new Intl.NumberFormat(locale);
      for (const n of samples) expect(plainNumber(locale, n), `${n}`).to.equal(intl.format(n));
    });

  it('leaves other languages and numbers to Intl', () => {
    for (const locale of [undefined, 'en-IN', 'de', 'ar', 'es-MX', 'pl'])
      expect(plainNumber(locale, 1234), String(locale)).to.equal(undefined);
    for (const n of [1.5, NaN, Infinity, 2 ** 60])
      expect(plainNumber('en', n), String(n)).to.equal(undefined);
  });

  it('is what plural() writes, in English, Spanish and through Intl elsewhere', () => {
    const forms = { one: '# item', other: '# items' };
    expect(plural('en', 1, forms)).to.equal('1 item');
    expect(plural('en', 2000, forms)).to.equal('2,000 items');
    expect(plural('es', 2000, forms)).to.equal('2000 items');
    expect(plural('es', 20000, forms)).to.equal('20.000 items');
    expect(plural('de', 20000, forms)).to.equal(`${new Intl.NumberFormat('de').format(20000)} items`);
    expect(plural('en', 1.5, forms)).to.equal(`${new Intl.NumberFormat('en').format(1.5)} items`);
  });
});
