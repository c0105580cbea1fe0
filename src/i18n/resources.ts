/**
 * UI strings of `<resource-card>` and `<resource-library>`, in English and Spanish. Resource text and
 * vocabulary labels come from the framework JSON, never from here.
 */
import { localized, type StringTables } from './index.js';

const plural = (n: number, one: string, many: string) => (n === 1 ? one : many);

const en = {
  /** After a text too long to show whole (clipped): shows the rest, and hides it again. */
  showFullText: 'Show the full text',
  showLessText: 'Show less',
  opensNewTab: '(opens in a new tab)',
  /** Names of the filter dimensions and facets; a facet not listed here is shown with its own name. */
  dimensions: {
    group: 'Capacity group',
    capacity: 'Capacity',
    level: 'Level',
    type: 'Type',
    format: 'Format',
    cost: 'Cost',
    audience: 'Audience',
    languages: 'Language',
  } as Readonly<Record<string, string>>,
  minutes: 'Time',
  helpsWith: 'Helps with',
  levels: 'Levels',
  everyLevel: 'Every level',
  offeredBy: 'Offered by',
  updated: 'Updated',
  aboutResource: 'About this resource',
  whySuggested: 'Why it was suggested',
  /** "For Family Engagement at Beginning" */
  forCapacityAt: (capacity: string, level: string) => `For ${capacity} at ${level}`,
  /** Joins two reasons: "For A at Beginning and B at Developing". */
  andReason: (first: string, second: string) => `${first} and ${second}`,
  /** "For Student Agency at Beginning and 4 more capacities" */
  andMore: (first: string, more: number) =>
    `${first} and ${more} more ${more === 1 ? 'capacity' : 'capacities'}`,
  capacityAt: (capacity: string, level: string) => `${capacity} at ${level}`,
  noResource: (id: string) => `This framework has no resource “${id}”.`,
  resourceRefused: 'This resource could not be shown',
  waitingForResource:
    'Waiting for a resource. Give this card a resource property, or a resource-id and a framework.',
  // Library
  search: 'Search resources',
  searchHint: 'Words in the title, summary, publisher or tags.',
  filters: 'Filters',
  filtersActive: (n: number) => `Filters (${n} active)`,
  show: 'Show',
  matched: 'Matched to your team',
  all: 'All resources',
  results: (n: number) => `${n} ${plural(n, 'resource', 'resources')}`,
  matchedResults: (n: number) => `${n} ${plural(n, 'resource', 'resources')} matched to your team`,
  resultsList: 'Resources',
  activeFilters: 'Active filters',
  removeFilter: (dimension: string, value: string) => `Remove filter ${dimension}: ${value}`,
  searchChip: (query: string) => `Search: “${query}”`,
  removeSearch: (query: string) => `Remove search “${query}”`,
  clearAll: 'Clear all filters',
  noResults: 'No resources match these filters and this search.',
  resetFilters: 'Clear the filters and search',
  showMore: (n: number) => `Show ${n} more`,
  shownOf: (shown: number, total: number) => `Showing ${shown} of ${total}`,
  noAnswersYet:
    'Rate your team’s capacities to see the resources that fit where you are. Meanwhile, here is every resource.',
  noneMatched:
    'None of this framework’s resources is tagged for the levels your team chose yet. Here is every resource.',
  libraryEmpty: 'This framework has no resources yet.',
};

export type ResourceStrings = typeof en;

const es: ResourceStrings = {
  showFullText: 'Mostrar el texto completo',
  showLessText: 'Mostrar menos',
  opensNewTab: '(se abre en una pestaña nueva)',
  dimensions: {
    group: 'Grupo de capacidades',
    capacity: 'Capacidad',
    level: 'Nivel',
    type: 'Tipo',
    format: 'Formato',
    cost: 'Costo',
    audience: 'Público',
    languages: 'Idioma',
  },
  minutes: 'Tiempo',
  helpsWith: 'Ayuda con',
  levels: 'Niveles',
  everyLevel: 'Todos los niveles',
  offeredBy: 'Ofrecido por',
  updated: 'Actualizado',
  aboutResource: 'Sobre este recurso',
  whySuggested: 'Por qué se sugiere',
  forCapacityAt: (capacity: string, level: string) => `Para ${capacity} en el nivel ${level}`,
  andReason: (first: string, second: string) => `${first} y ${second}`,
  andMore: (first: string, more: number) =>
    `${first} y ${more} ${more === 1 ? 'capacidad más' : 'capacidades más'}`,
  capacityAt: (capacity: string, level: string) => `${capacity} en el nivel ${level}`,
  noResource: (id: string) => `Este marco no tiene un recurso «${id}».`,
  resourceRefused: 'No se pudo mostrar este recurso',
  waitingForResource: 'Esperando un recurso. Indique la propiedad resource, o un resource-id y un marco.',
  search: 'Buscar recursos',
  searchHint: 'Palabras del título, el resumen, la editorial o las etiquetas.',
  filters: 'Filtros',
  filtersActive: (n: number) => `Filtros (${n} ${n === 1 ? 'activo' : 'activos'})`,
  show: 'Mostrar',
  matched: 'Para su equipo',
  all: 'Todos los recursos',
  results: (n: number) => `${n} ${plural(n, 'recurso', 'recursos')}`,
  matchedResults: (n: number) => `${n} ${plural(n, 'recurso elegido', 'recursos elegidos')} para su equipo`,
  resultsList: 'Recursos',
  activeFilters: 'Filtros activos',
  removeFilter: (dimension: string, value: string) => `Quitar el filtro ${dimension}: ${value}`,
  searchChip: (query: string) => `Búsqueda: «${query}»`,
  removeSearch: (query: string) => `Quitar la búsqueda «${query}»`,
  clearAll: 'Quitar todos los filtros',
  noResults: 'Ningún recurso coincide con estos filtros y esta búsqueda.',
  resetFilters: 'Quitar los filtros y la búsqueda',
  showMore: (n: number) => `Mostrar ${n} más`,
  shownOf: (shown: number, total: number) => `Se muestran ${shown} de ${total}`,
  noAnswersYet:
    'Califique las capacidades de su equipo para ver los recursos que corresponden a su nivel. Mientras tanto, aquí están todos.',
  noneMatched:
    'Ningún recurso de este marco está etiquetado para los niveles que eligió su equipo. Aquí están todos.',
  libraryEmpty: 'Este marco todavía no tiene recursos.',
};

const tables: StringTables<ResourceStrings> = { en, es };

/** The resource widgets' strings for `locale` (best match), else English. */
export function resourceStrings(locale: string | undefined): ResourceStrings {
  return localized(tables, locale);
}

/** A dimension's or facet's name: the table's, else the facet id made readable ("reading-level" → "Reading level"). */
export function dimensionName(t: ResourceStrings, dimension: string): string {
  const known = Object.hasOwn(t.dimensions, dimension) ? t.dimensions[dimension] : undefined;
  if (known) return known;
  const words = dimension.replace(/[-_]+/g, ' ').trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}
