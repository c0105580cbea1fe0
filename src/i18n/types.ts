/** The types the string tables share (types only, so that tables and the registry import no value of each other's). */

/** The framework's parts, singular and plural (framework-format.md, `terms`). */
export type TermKey = 'capacity' | 'capacities' | 'group' | 'groups' | 'level' | 'levels';

/**
 * The words for the framework's parts in one language: the framework's `terms`, else the table's own.
 * Lower case as inside a sentence (`capacity`), capitalized for the start of one (`Capacity`).
 */
export type Words = Readonly<Record<TermKey | Capitalize<TermKey>, string>>;

/** A table of strings, or one built from the words for the framework's parts. */
export type Table<T> = T | ((words: Words) => T);

/** String tables per locale; English is required and is the fallback. */
export type StringTables<T> = { readonly en: Table<T> } & { readonly [locale: string]: Table<T> };
