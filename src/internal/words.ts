/**
 * Values from the data in words, for the resource widgets and the report: facet values and dates. Apart
 * from view.ts, which the rubric uses too, so that the script tag's core (which carries a module whole) does
 * not ship them to pages that never show these elements.
 */
import type { FrameworkModel } from '../framework/model.js';
import { intlLocale, type Text } from '../framework/text.js';
import { shownText, type ShownText } from './view.js';

/**
 * A facet value as a person reads it: its label (the vocabulary's, or the one given), else, for
 * `languages`, the language's name in `locale` ("es" → "Spanish"), else the id itself.
 */
export function facetValueText(
  model: FrameworkModel | undefined,
  facet: string,
  id: string,
  locale: string | undefined,
  label: Text | undefined = model?.facetLabel(facet, id),
): ShownText {
  if (label !== undefined) return shownText(model, label, locale);
  if (facet === 'languages') {
    try {
      const name = new Intl.DisplayNames([intlLocale(locale) ?? 'en'], { type: 'language' }).of(id);
      if (name) return { text: name, lang: undefined };
    } catch {
      /* not a language tag this browser knows: show it as it is */
    }
  }
  return { text: id, lang: undefined };
}

// One formatter per language and style: making an Intl.DateTimeFormat costs far more than using it, and a
// report or a plan formats a date per row.
const formats = new Map<string, Intl.DateTimeFormat>();

/** A date (`2026-03-14`) or date-time from the data, in words for `locale`; the text itself when it is no date. */
export function formatDate(value: string, locale: string | undefined, dateStyle: 'medium' | 'long'): string {
  const date = new Date(value.length === 10 ? `${value}T00:00:00` : value);
  if (Number.isNaN(date.getTime())) return value;
  const key = `${locale}|${dateStyle}`;
  let format = formats.get(key);
  if (!format) formats.set(key, (format = new Intl.DateTimeFormat(intlLocale(locale), { dateStyle })));
  return format.format(date);
}
