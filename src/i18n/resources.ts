/**
 * UI strings of `<resource-card>` and `<resource-library>`, in English and Spanish. Resource text and
 * vocabulary labels come from the framework JSON, never from here.
 */
import { localized, type StringTables, type Words } from './index.js';
import { plural } from './plural.js';

const en = (w: Words) => ({
  /** After a text too long to show whole (clipped): shows the rest, and hides it again. */
  showFullText: 'Show the full text',
  showLessText: 'Show less',
  opensNewTab: '(opens in a new tab)',
  /** Names of the filter dimensions and facets; a facet not listed here is shown with its own name. */
  dimensions: {
    group: `${w.Capacity} ${w.group}`,
    capacity: w.Capacity,
    level: w.Level,
    type: 'Type',
    format: 'Format',
    cost: 'Cost',
    audience: 'Audience',
    languages: 'Language',
  } as Readonly<Record<string, string>>,
  minutes: 'Time',
  helpsWith: 'Helps with',
  levels: w.Levels,
  everyLevel: `Every ${w.level}`,
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
    `${first} and ${plural('en', more, { one: `# more ${w.capacity}`, other: `# more ${w.capacities}` })}`,
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
  results: (n: number) => plural('en', n, { one: '# resource', other: '# resources' }),
  matchedResults: (n: number) =>
    `${plural('en', n, { one: '# resource', other: '# resources' })} matched to your team`,
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
  noAnswersYet: `Rate your team’s ${w.capacities} to see the resources that fit where you are. Meanwhile, here is every resource.`,
  noneMatched: `None of this framework’s resources is tagged for the ${w.levels} your team chose yet. Here is every resource.`,
  libraryEmpty: 'This framework has no resources yet.',
});

export type ResourceStrings = ReturnType<typeof en>;

const es = (w: Words): ResourceStrings => ({
  showFullText: 'Mostrar el texto completo',
  showLessText: 'Mostrar menos',
  opensNewTab: '(se abre en una pestaña nueva)',
  dimensions: {
    group: `${w.Group} de ${w.capacities}`,
    capacity: w.Capacity,
    level: w.Level,
    type: 'Tipo',
    format: 'Formato',
    cost: 'Costo',
    audience: 'Público',
    languages: 'Idioma',
  },
  minutes: 'Tiempo',
  helpsWith: 'Ayuda con',
  levels: w.Levels,
  everyLevel: `Cualquier ${w.level}`,
  offeredBy: 'Ofrecido por',
  updated: 'Actualizado',
  aboutResource: 'Sobre este recurso',
  whySuggested: 'Por qué se sugiere',
  forCapacityAt: (capacity: string, level: string) => `Para ${capacity} (${w.level}: ${level})`,
  andReason: (first: string, second: string) => `${first} y ${second}`,
  andMore: (first: string, more: number) =>
    `${first} y ${plural('es', more, { one: `# ${w.capacity} más`, other: `# ${w.capacities} más` })}`,
  capacityAt: (capacity: string, level: string) => `${capacity} (${w.level}: ${level})`,
  noResource: (id: string) => `Este marco no tiene un recurso «${id}».`,
  resourceRefused: 'No se pudo mostrar este recurso',
  waitingForResource: 'Esperando un recurso. Indique la propiedad resource, o un resource-id y un marco.',
  search: 'Buscar recursos',
  searchHint: 'Palabras del título, el resumen, la editorial o las etiquetas.',
  filters: 'Filtros',
  filtersActive: (n: number) => `Filtros (${plural('es', n, { one: '# activo', other: '# activos' })})`,
  show: 'Mostrar',
  matched: 'Para su equipo',
  all: 'Todos los recursos',
  results: (n: number) => plural('es', n, { one: '# recurso', other: '# recursos' }),
  matchedResults: (n: number) =>
    `${plural('es', n, { one: '# recurso elegido', other: '# recursos elegidos' })} para su equipo`,
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
  noAnswersYet: `Califique cada ${w.capacity} de su equipo para ver los recursos que le corresponden. Mientras tanto, aquí están todos.`,
  noneMatched: 'Ningún recurso de este marco está etiquetado para lo que eligió su equipo. Aquí están todos.',
  libraryEmpty: 'Este marco todavía no tiene recursos.',
});

const tables: StringTables<ResourceStrings> = { en, es };

/** The resource widgets' strings for `locale` (best match), else English. */
export function resourceStrings(locale: string | undefined, words?: Words): ResourceStrings {
  return localized('resources', tables, locale, words);
}

/** A dimension's or facet's name: the table's, else the facet id made readable ("reading-level" → "Reading level"). */
export function dimensionName(t: ResourceStrings, dimension: string): string {
  const known = Object.hasOwn(t.dimensions, dimension) ? t.dimensions[dimension] : undefined;
  if (known) return known;
  const words = dimension.replace(/[-_]+/g, ' ').trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}
