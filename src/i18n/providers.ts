/**
 * UI strings of `<provider-list>` and of the report's "Find support" section, in English and Spanish. The
 * filter words it shares with the resource library (Filters, Clear all filters, dimension names) come from
 * that table (src/i18n/resources.ts); provider names, summaries and regions come from the framework JSON.
 */
import { localized, type StringTables, type Words } from './index.js';
import { plural } from './plural.js';

const en = (w: Words) => ({
  findSupport: 'Find support',
  region: 'Region',
  listLabel: 'Support providers',
  results: (n: number) => plural('en', n, { one: '# provider', other: '# providers' }),
  noProviders: 'This framework lists no support providers yet.',
  noResults: 'No provider matches these filters.',
  resetFilters: 'Clear the filters',
  /** The list starts filtered to what the team needs most; `names` is a list of capacity names. */
  teamFilter: (names: string) => `Showing providers for your team’s priorities and growth areas: ${names}.`,
  showEveryone: 'Show every provider',
  worksOn: 'Works on',
  languages: 'Languages',
  regions: 'Regions',
  website: 'Visit their website',
  supportWith: 'Support with',
  ask: 'Ask for support',
  /** After "Ask for support", for screen readers: "Ask for support from Sample Data Partners with Data routines". */
  askSuffix: (provider: string, capacity: string) => ` from ${provider} with ${capacity}`,
  noContact: 'This provider has not shared a way to reach them here. Try their website.',
  includeAnswers: 'Include our answers when we ask for support',
  includeHint: `If you leave this off, only the provider, the topic and your ${w.level} are passed on. Your answers stay on this device.`,
  mailSubject: (capacity: string) => `Support with ${capacity}`,
  openedPage: (provider: string) => `Opened the contact page of ${provider} in a new tab.`,
  openedMail: (provider: string) => `Opened an email to ${provider}.`,
  priority: 'Priority',
  growthArea: 'Growth area',
  yourLevel: (level: string) => `Your ${w.level}: ${level}`,
  teamIntro: 'Providers who work on your team’s priorities and growth areas.',
  teamEmpty: `Mark a priority or rate your team’s ${w.capacities}, and the providers who can help with them will appear here.`,
  noneForCapacity: 'No provider in this framework works on this one yet.',
  otherLevels: `No provider lists your ${w.level} for this one; these work on it with teams at other ${w.levels}:`,
});

export type ProviderStrings = ReturnType<typeof en>;

const es = (w: Words): ProviderStrings => ({
  findSupport: 'Buscar apoyo',
  region: 'Región',
  listLabel: 'Proveedores de apoyo',
  results: (n: number) => plural('es', n, { one: '# proveedor', other: '# proveedores' }),
  noProviders: 'Este marco todavía no incluye proveedores de apoyo.',
  noResults: 'Ningún proveedor coincide con estos filtros.',
  resetFilters: 'Quitar los filtros',
  teamFilter: (names: string) =>
    `Se muestran proveedores para las prioridades y áreas de crecimiento de su equipo: ${names}.`,
  showEveryone: 'Mostrar todos los proveedores',
  worksOn: 'Trabaja en',
  languages: 'Idiomas',
  regions: 'Regiones',
  website: 'Visitar su sitio web',
  supportWith: 'Apoyo con',
  ask: 'Pedir apoyo',
  askSuffix: (provider: string, capacity: string) => ` a ${provider} con ${capacity}`,
  noContact: 'Este proveedor no ha compartido aquí una forma de contactarlo. Pruebe su sitio web.',
  includeAnswers: 'Incluir nuestras respuestas al pedir apoyo',
  includeHint: `Si no lo marca, solo se comunican el proveedor, el tema y su ${w.level}. Sus respuestas se quedan en este dispositivo.`,
  mailSubject: (capacity: string) => `Apoyo con ${capacity}`,
  openedPage: (provider: string) => `Se abrió la página de contacto de ${provider} en una pestaña nueva.`,
  openedMail: (provider: string) => `Se abrió un correo para ${provider}.`,
  priority: 'Prioridad',
  growthArea: 'Área de crecimiento',
  yourLevel: (level: string) => `Su ${w.level}: ${level}`,
  teamIntro: 'Proveedores que trabajan en las prioridades y áreas de crecimiento de su equipo.',
  teamEmpty: `Marque una prioridad o califique cada ${w.capacity} de su equipo, y aquí aparecerán los proveedores que pueden ayudar.`,
  noneForCapacity: 'Ningún proveedor de este marco trabaja todavía en esto.',
  otherLevels: `Ningún proveedor indica su ${w.level} aquí; estos trabajan en esto con equipos en otros puntos de la escala:`,
});

const tables: StringTables<ProviderStrings> = { en, es };

/** The provider widgets' strings for `locale` (best match), else English. */
export function providerStrings(locale: string | undefined, words?: Words): ProviderStrings {
  return localized('providers', tables, locale, words);
}
