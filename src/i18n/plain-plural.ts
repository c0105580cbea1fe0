/**
 * The plural form of an integer in English or Spanish, without Intl: the first Intl.PluralRules of a page loads
 * the browser's plural data, about 2.5 ms of a chart's first render on the bench machine (issue 14), to say
 * whether "24 capacities" takes "one" or "other". Exactly what `new Intl.PluralRules('en' | 'es').select(n)`
 * gives for safe integers (test/i18n/plain-plural.test.ts checks it against Intl); undefined for every other
 * language and number, which then go through Intl.
 */
export function plainPlural(locale: string | undefined, n: number): Intl.LDMLPluralRule | undefined {
  if (!Number.isSafeInteger(n) || (locale !== 'en' && locale !== 'es')) return undefined;
  const i = Math.abs(n);
  if (i === 1) return 'one';
  // Spanish (CLDR 42): "many" for whole millions ("1 millón de capacidades"), which a table may word apart.
  return locale === 'es' && i !== 0 && i % 1_000_000 === 0 ? 'many' : 'other';
}
