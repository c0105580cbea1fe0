/**
 * An integer written as English or Spanish write it, without Intl: the first Intl.NumberFormat of a page loads
 * the browser's number data, which measured 45 to 90 ms of a chart's first render on the bench machine (issue
 * 14), for a count like "24". Exactly what `new Intl.NumberFormat('en' | 'es').format(n)` gives for safe
 * integers (test/i18n/plain-number.test.ts checks it against Intl); undefined for every other language and
 * number, which then go through Intl.
 */
export function plainNumber(locale: string | undefined, n: number): string | undefined {
  if (!Number.isSafeInteger(n) || (locale !== 'en' && locale !== 'es')) return undefined;
  const digits = String(Math.abs(n));
  // Spanish groups thousands only from five digits on ("1000", "10.000"); English from four ("1,000").
  const grouped =
    locale === 'es' && digits.length < 5
      ? digits
      : digits.replace(/\B(?=(\d{3})+$)/g, locale === 'es' ? '.' : ',');
  return n < 0 ? `-${grouped}` : grouped;
}
