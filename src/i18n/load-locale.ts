/**
 * Loads the library's words for a language that comes in a file of its own (issue 14: Spanish, src/i18n/es.ts),
 * so that what the script tag loads at once, and each element an npm user imports, carry only English.
 * Elements ask `localeReady` at each update: the first that speaks Spanish starts the download, in parallel
 * with the framework's, and shows "Loading" until the words are in (never English on a Spanish page).
 */
import { addLibraryTables, pendingLibraryTag } from './registry.js';

const files: Record<string, () => Promise<{ tables: Readonly<Record<string, object>> }>> = {
  es: () => import('./es.js'),
};
const loads: Record<string, Promise<void>> = {};

/**
 * Loads the library's words for `locale` (`es`, `es-MX`…); resolves at once when they are in, for English and
 * for languages the library does not have. Never rejects: a file that cannot be fetched leaves English. Call
 * it before using a table function directly (`await loadLocale('es'); rubricStrings('es')`).
 */
export function loadLocale(locale: string | undefined): Promise<void> {
  const tag = pendingLibraryTag(locale);
  if (!tag || !files[tag]) return Promise.resolve();
  return (loads[tag] ??= files[tag]()
    .then(
      (m) => m.tables,
      () => ({}), // English stays, as for a language the library does not have
    )
    .then((tables) => addLibraryTables(tag, tables)));
}

/** Whether the library's words for `locale` are in; if not, starts loading them (the element shows "Loading"). */
export function localeReady(locale: string | undefined): boolean {
  if (!pendingLibraryTag(locale)) return true;
  void loadLocale(locale);
  return false;
}
