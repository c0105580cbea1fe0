/**
 * The library's own UI strings, per locale (framework text comes from the JSON). English and Spanish;
 * a locale without a table falls back to English; a partner adds one with `registerLocale` (registry.ts).
 */
import { plural } from './plural.js';
import { localized, registeredLocales, type StringTables } from './registry.js';

const en = {
  loading: 'Loading the framework…',
  waiting:
    'Waiting for a framework. Give this element a src URL, a framework property, or an inline JSON script.',
  profileRefused: 'These answers could not be used',
  unavailable: 'Not available: the framework could not be loaded (the message above says why).',
  elementFailed: 'This part of the page could not be loaded. Check your connection and reload the page.',
  moreErrors: (n: number) => `…and ${plural('en', n, { one: '# more problem', other: '# more problems' })}`,
  // Loads that end (issue 16).
  tryAgain: 'Try again',
  // Issue 14: the short error box, shown until the plain words load (src/internal/failure-box.ts), or if they cannot.
  failedShort: {
    framework: 'The framework could not be loaded.',
    answers: 'The answers could not be loaded.',
    teams: 'The teams could not be loaded.',
  },
};

export type Strings = typeof en;

const es: Strings = {
  loading: 'Cargando el marco…',
  waiting: 'Esperando un marco. Indique una URL en src, la propiedad framework o un script JSON en línea.',
  profileRefused: 'No se pudieron usar estas respuestas',
  unavailable: 'No disponible: no se pudo cargar el marco (el mensaje de arriba explica por qué).',
  elementFailed: 'No se pudo cargar esta parte de la página. Revise su conexión y vuelva a cargar la página.',
  moreErrors: (n: number) => `…y ${plural('es', n, { one: '# problema más', other: '# problemas más' })}`,
  // Loads that end (issue 16).
  tryAgain: 'Intentar de nuevo',
  // Issue 14: the short error box, shown until the plain words load (src/internal/failure-box.ts), or if they cannot.
  failedShort: {
    framework: 'No se pudo cargar el marco.',
    answers: 'No se pudieron cargar las respuestas.',
    teams: 'No se pudieron cargar los equipos.',
  },
};

export { localized, type StringTables, type Words } from './registry.js';

const tables: StringTables<Strings> = { en, es };

/** The shared strings (loading, errors) for `locale`. */
export function strings(locale: string | undefined): Strings {
  return localized('common', tables, locale);
}

/** The locales the library's UI is translated into (its own; `registeredLocales()` adds the partners'). */
export const UI_LOCALES = Object.keys(tables);
export { registeredLocales };
