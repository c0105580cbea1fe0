/**
 * The library's own UI strings, per locale (framework text comes from the JSON). English and Spanish;
 * a locale without a table falls back to English.
 */
import { matchLocale } from '../framework/text.js';

const en = {
  loading: 'Loading the framework…',
  waiting:
    'Waiting for a framework. Give this element a src URL, a framework property, or an inline JSON script.',
  loadFailed: 'The framework could not be loaded',
  loadFailedFrom: (src: string) => `The framework could not be loaded from ${src}`,
  profileRefused: 'These answers could not be used',
  moreErrors: (n: number) => `…and ${n} more ${n === 1 ? 'problem' : 'problems'}`,
};

export type Strings = typeof en;

const es: Strings = {
  loading: 'Cargando el marco…',
  waiting: 'Esperando un marco. Indique una URL en src, la propiedad framework o un script JSON en línea.',
  loadFailed: 'No se pudo cargar el marco',
  loadFailedFrom: (src: string) => `No se pudo cargar el marco desde ${src}`,
  profileRefused: 'No se pudieron usar estas respuestas',
  moreErrors: (n: number) => `…y ${n} ${n === 1 ? 'problema más' : 'problemas más'}`,
};

const tables: Record<string, Strings> = { en, es };

/** The string table for `locale` (best match), else English. */
export function strings(locale: string | undefined): Strings {
  return tables[matchLocale(Object.keys(tables), locale) ?? 'en'];
}

/** The locales the library's UI is translated into. */
export const UI_LOCALES = Object.keys(tables);
