/**
 * The widgets' words per locale: the library's tables (English and Spanish, one file per element in
 * src/i18n/), the languages and overrides a partner adds with `registerLocale`, and the framework's own
 * `terms` for its parts. A table is picked once per render; the words for the framework's parts come in as
 * a `Words` argument, so "capacity" becomes "commitment" by the table's own grammar, never by replacing text.
 */
import type { FrameworkModel } from '../framework/model.js';
import { matchLocale } from '../framework/text.js';
import { notifyLocaleChange } from '../internal/locale.js';
import { termTables, type TermStrings } from './terms.js';
import type { StringTables, Table, TermKey, Words } from './types.js';

export type { StringTables, Table, TermKey, Words } from './types.js';

type Layer = Table<object>;

/** Registered tables: tag → table name → layers, in the order they were registered. */
const registered: Record<string, Record<string, Layer[]>> = {};
let version = 0;

/**
 * Adds a language, or overrides any of the widgets' words in one (`registerLocale('en', { bars: { download:
 * 'Save the chart' } })`), without forking the library. `strings` maps table names to some or all of their
 * texts, or to a function of the framework's words (`(w) => ({ … })`). Elements already on the page show
 * the new words at once. A text it names that no table has, and, for a new language, any text it leaves out
 * (shown in English), are reported once with a `bp-warning` on the document (locale-check.ts). Typed
 * (`LocaleInput`) where it is exported: locale-strings.ts.
 */
export function registerLocale(tag: string, strings: object): void {
  const own = (registered[tag] ??= {});
  for (const [name, layer] of Object.entries(strings ?? {}) as [string, Layer][])
    if (layer) (own[name] ??= []).push(layer);
  version++;
  void import('./locale-check.js').then((m) => m.checkTables(tag, strings)).catch(() => {});
  notifyLocaleChange();
}

/**
 * The library's languages other than English whose tables come in a file of their own (issue 14: the
 * core's elements carry only English; load-locale.ts fetches the file when an element first speaks the
 * language, in parallel with the framework), by tag: their tables once in, `{}` if the file failed
 * (English, the fallback).
 */
const library: Record<string, Readonly<Record<string, object>> | undefined> = { es: undefined };

/** The library's language `locale` speaks whose file has not loaded yet ('es' for `es-MX`), if any. */
export function pendingLibraryTag(locale: string | undefined): string | undefined {
  const tag = matchLocale(['en', ...Object.keys(library)], locale);
  return tag && tag in library && !library[tag] ? tag : undefined;
}

/** A language's file has loaded (load-locale.ts): its tables join the library's, and elements render again. */
export function addLibraryTables(tag: string, tables: Readonly<Record<string, object>>): void {
  library[tag] = tables;
  version++;
  notifyLocaleChange();
}

/** Every locale the widgets speak: the library's and the registered ones. */
export const registeredLocales = (): string[] => [...new Set(['en', 'es', ...Object.keys(registered)])];

const build = (table: Layer, w: Words): object =>
  typeof table == 'function' ? (table as (words: Words) => object)(w) : table;

/** The tag the widgets speak for `locale`: the best match among the library's and the registered ones. */
const tagFor = (tables: object, locale: string | undefined) =>
  matchLocale([...Object.keys(tables), ...Object.keys(library), ...Object.keys(registered)], locale) ?? 'en';

/** The library's own table `name` in `tag`: the element's, else the one loaded with its language (es.ts). */
const ownTable = (name: string, tables: object, tag: string): Layer | undefined =>
  Object.hasOwn(tables, tag) ? (tables as Record<string, Layer>)[tag] : library[tag]?.[name];

const memo = new Map<string, [Words, number, unknown]>();

/**
 * The table `name` for `locale`: English, under the library's table for its language, under the registered
 * layers for its language and then its own tag (`es` under `es-MX`). Built once per words and registration.
 */
export function localized<T>(
  name: string,
  tables: StringTables<T>,
  locale: string | undefined,
  words: Words = wordsFor(undefined, locale),
): T {
  const tag = tagFor(tables, locale);
  const hit = memo.get(name + tag);
  if (hit && hit[0] === words && hit[1] === version) return hit[2] as T;
  const en = build(tables.en as Layer, words);
  const out = { ...en };
  const chain = [...new Set([tag.toLowerCase().split('-')[0], tag])];
  for (const t of chain) {
    const own = ownTable(name, tables, t);
    if (own) Object.assign(out, build(own, words));
  }
  const layers = chain.flatMap((t) =>
    (registered[t]?.[name] ?? []).map((l) => [t, build(l, words)] as const),
  );
  for (const [, texts] of layers) Object.assign(out, texts);
  // A partner's words: checked, in a file loaded only then, for texts no table has and texts left out.
  if (chain.some((t) => registered[t]))
    void import('./locale-check.js')
      .then((m) =>
        m.checkLocale(name, tag, en, layers, !chain.some((t) => ownTable(name, tables, t) || t in library)),
      )
      .catch(() => {});
  memo.set(name + tag, [words, version, out]);
  return out as T;
}

const wordsMemo = new WeakMap<object, Map<string, [number, Words]>>();
const NO_MODEL = {};
/** The terms table is not built from words. */
const NO_WORDS = {} as Words;

/**
 * The words for the framework's parts in `locale`: the framework's `terms` in that language (the tag the
 * widgets speak, so a French page without French words says "capacity" with the English table), else the
 * table's. A framework that gives only one of a pair (`capacity` without `capacities`) uses it for both,
 * rather than mixing its word with the library's. The same object for the same model, locale and
 * registrations, so views can compare it to know when to redraw.
 */
export function wordsFor(model: FrameworkModel | undefined, locale: string | undefined): Words {
  let byTag = wordsMemo.get(model ?? NO_MODEL);
  if (!byTag) wordsMemo.set(model ?? NO_MODEL, (byTag = new Map<string, [number, Words]>()));
  const tag = tagFor(termTables, locale);
  const hit = byTag.get(tag);
  if (hit?.[0] === version) return hit[1];
  const own = localized<TermStrings>('terms', termTables, tag, NO_WORDS);
  const terms = model?.framework.terms;
  const term = (key: TermKey) => {
    const text = terms?.[key];
    if (typeof text == 'string') return matchLocale([model!.defaultLocale], tag) ? text : undefined;
    const match = text && matchLocale(Object.keys(text), tag);
    return match ? text[match] : undefined;
  };
  const words: Record<string, string> = {};
  for (const [one, many] of [
    ['capacity', 'capacities'],
    ['group', 'groups'],
    ['level', 'levels'],
  ] as const) {
    const a = term(one) ?? term(many);
    words[one] = a ?? own[one];
    words[many] = term(many) ?? a ?? own[many];
  }
  for (const key of Object.keys(words))
    words[key[0].toUpperCase() + key.slice(1)] = words[key].charAt(0).toUpperCase() + words[key].slice(1);
  byTag.set(tag, [version, words as Words]);
  return words as Words;
}
