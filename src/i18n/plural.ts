/**
 * Counted words through the reader's own plural rules (Intl.PluralRules): English and Spanish have two
 * forms, Polish four, Arabic six. Tables call it instead of `n === 1 ? … : …`; a partner's table
 * (registerLocale) calls it with the forms its language needs.
 */
import { intlLocale } from '../framework/text.js';
import { plainNumber } from './plain-number.js';
import { plainPlural } from './plain-plural.js';

/** The forms of a counted phrase; `#` stands for the number. `other` is required, as in every language. */
export type PluralForms = { readonly other: string } & {
  readonly [form in Intl.LDMLPluralRule]?: string;
};

// One PluralRules and one NumberFormat per language: making them is far slower than using them. The
// NumberFormat only when a number needs it (plain-number.ts writes English's and Spanish's).
const rules = new Map<string | undefined, Intl.PluralRules>();
const numbers = new Map<string | undefined, Intl.NumberFormat>();

/**
 * The form of `forms` that `n` takes in `locale`, with `#` replaced by `n` written for that locale
 * (`plural('pl', 3, { one: '# plik', few: '# pliki', many: '# plików', other: '# pliku' })` → "3 pliki").
 */
export function plural(locale: string | undefined, n: number, forms: PluralForms): string {
  const plain = plainPlural(locale, n);
  if (plain) return (forms[plain] ?? forms.other).replace('#', plainNumber(locale, n)!);
  let rule = rules.get(locale);
  if (!rule) rules.set(locale, (rule = new Intl.PluralRules(intlLocale(locale))));
  let written = plainNumber(locale, n);
  if (written === undefined) {
    let format = numbers.get(locale);
    if (!format) numbers.set(locale, (format = new Intl.NumberFormat(intlLocale(locale))));
    written = format.format(n);
  }
  return (forms[rule.select(n)] ?? forms.other).replace('#', written);
}

/**
 * English's indefinite article before a framework's word ("a level", "an area"), by its first letter: right
 * for the words frameworks use for their parts, if not for every English word ("an hour").
 */
export const a = (word: string, start?: boolean): string =>
  `${/^[aeiou]/i.test(word) ? (start ? 'An' : 'an') : start ? 'A' : 'a'} ${word}`;
