/**
 * How complete a framework's translations are (`blueprint-widgets translations`, `validate
 * --require-locale`). Every Text of the document counts: the fields the schema types as Text or Name
 * (labels, titles, summaries, each item of lists of texts…), found by walking the document with the
 * schemas of schema.ts, as parse.ts's `schemaGaps` walks them, so no field can be missed or listed by hand.
 * The default locale's plain strings are the source: a plain string counts as translated in the default
 * locale only; an object `{ "en": …, "es": … }` counts in each locale it has (a non-empty string).
 */
import * as v from 'valibot';
import { toPointer, type PathSegment } from './json-pointer.js';
import { FrameworkSchema, NameSchema, TextSchema } from './schema.js';

/** One locale's count. */
export interface LocaleCompleteness {
  readonly translated: number;
  readonly total: number;
  /** JSON Pointers of the texts without this locale, in document order. */
  readonly missing: readonly string[];
}

type Walked = v.GenericSchema & {
  readonly wrapped?: v.GenericSchema;
  readonly entries?: Record<string, v.GenericSchema>;
  readonly value?: v.GenericSchema;
  readonly item?: v.GenericSchema;
};

const TEXT_SCHEMAS = new Set<unknown>([NameSchema, TextSchema]);

/** Every Text of a framework document, with its JSON Pointer, in the document's order. */
export function textsOf(doc: unknown): { path: string; text: unknown }[] {
  const found: { path: string; text: unknown }[] = [];
  const path: PathSegment[] = [];
  const walk = (schema: Walked, value: unknown): void => {
    if (value === undefined) return;
    if (TEXT_SCHEMAS.has(schema)) {
      found.push({ path: toPointer(path), text: value });
      return;
    }
    switch (schema.type) {
      case 'optional':
        return walk(schema.wrapped as Walked, value);
      case 'array':
        if (Array.isArray(value))
          value.forEach((item, i) => {
            path.push(i);
            walk(schema.item as Walked, item);
            path.pop();
          });
        return;
      case 'loose_object':
      case 'object':
      case 'record': {
        if (!value || typeof value !== 'object' || Array.isArray(value)) return;
        const record = value as Record<string, unknown>;
        // In the document's order, so that missing texts are listed as a person reads the file.
        for (const key of Object.keys(record)) {
          if (schema.type !== 'record' && !Object.hasOwn(schema.entries ?? {}, key)) continue;
          path.push(key);
          walk((schema.type === 'record' ? schema.value : schema.entries![key]) as Walked, record[key]);
          path.pop();
        }
        return;
      }
    }
  };
  walk(FrameworkSchema, doc);
  return found;
}

/** Whether `text` has `locale` (a plain string is in the default locale). */
function hasLocale(text: unknown, locale: string, defaultLocale: string): boolean {
  if (typeof text === 'string') return locale === defaultLocale && text.trim() !== '';
  if (!text || typeof text !== 'object') return false;
  const s = (text as Record<string, unknown>)[locale];
  return typeof s === 'string' && s.trim() !== '';
}

/**
 * Per locale, how many of the document's texts it has and which it lacks. The locales are the default
 * one, every locale any text of the document has, and `also`, in that order.
 */
export function translationCompleteness(
  doc: unknown,
  also: readonly string[] = [],
): Record<string, LocaleCompleteness> {
  const defaultLocale =
    doc && typeof doc === 'object' && typeof (doc as { defaultLocale?: unknown }).defaultLocale === 'string'
      ? (doc as { defaultLocale: string }).defaultLocale
      : 'en';
  const texts = textsOf(doc);
  const locales = new Set([defaultLocale]);
  for (const { text } of texts)
    if (text && typeof text === 'object') for (const key of Object.keys(text)) locales.add(key);
  for (const l of also) locales.add(l);
  const out: Record<string, LocaleCompleteness> = {};
  for (const locale of locales) {
    const missing = texts.filter((t) => !hasLocale(t.text, locale, defaultLocale)).map((t) => t.path);
    out[locale] = { translated: texts.length - missing.length, total: texts.length, missing };
  }
  return out;
}
