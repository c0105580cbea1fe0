/**
 * UI strings of `<blueprint-network>` (issue 19), in English and Spanish. Framework words (capacity, group
 * and level names) come from the JSON; the words for the framework's parts ("area", "level") stay here so a
 * later "terms" feature can replace them in one place.
 */
import { answerTables } from './answers.js';
import { localized, type StringTables, type Words } from './index.js';
import { a, plural as counted } from './plural.js';

/** English's and Spanish's two forms, through Intl.PluralRules like a registered language's. */
const plural = (n: number, one: string, other: string) => counted('en', n, { one, other });

/**
 * A partner's attribute key as a label: "school-level" → "School level". The keys are the partner's own
 * words, written as identifiers in the cohort; the same in every language.
 */
export const attributeName = (key: string): string => {
  const words = key.replace(/[-_]+/g, ' ').trim();
  return words ? words[0].toLocaleUpperCase() + words.slice(1) : key;
};

const en = (w: Words) => ({
  answers: answerTables.en,
  defaultTitle: 'Your network',
  /** "40 teams" / "Showing 12 of 40 teams" */
  teamCount: (n: number) => `${n} ${plural(n, 'team', 'teams')}`,
  showingOf: (shown: number, total: number) =>
    `Showing ${shown} of ${total} ${plural(total, 'team', 'teams')}`,
  /** What a team is called while names are off (by its place in the cohort). */
  teamLabel: (n: number) => `Team ${n}`,
  showNames: 'Show team names',
  controls: 'Choose the teams to show',
  filterBy: (key: string) => attributeName(key),
  anyValue: 'All',
  compareBy: 'Compare by',
  noCompare: 'No comparison',
  sortBy: 'Sort teams by',
  cohortOrder: 'Order in the file',
  // The overall level: the framework's own word, not "stage" ("Teams at the same stage" is the idea, not a level).
  overall: `Overall ${w.level}`,
  order: 'Order',
  highestFirst: `Highest ${w.level} first`,
  lowestFirst: `Lowest ${w.level} first`,
  sorted: (by: string, highest: boolean) =>
    `Teams sorted by ${by}, ${highest ? 'highest' : 'lowest'} ${w.level} first.`,
  // Privacy
  privacy: (min: number, names: boolean) =>
    `To protect teams, any number that describes fewer than ${min} teams is hidden (shown as “hidden”), along with enough other numbers that it cannot be worked out. ${names ? 'Team names are shown.' : 'Team names are hidden: teams are numbered by their place in the file.'}`,
  tooFewInView: (n: number, min: number) =>
    `${n} ${plural(n, 'team is', 'teams are')} in view. Details are shown only for ${min} teams or more, so that no team can be picked out. Choose fewer filters to see more.`,
  hidden: 'hidden',
  hiddenCount: (n: number) => `${n} ${plural(n, 'team', 'teams')} in hidden numbers`,
  // Heatmap
  heatmap: 'Where each team stands',
  heatmapHint: `Each row is a team; each column is ${a(w.capacity)} of the framework. The number is the ${w.level} (1 is the first ${w.level}). Use the arrow keys to move between cells.`,
  heatmapCaption: `${w.Levels} of each team, by ${w.capacity}`,
  team: 'Team',
  legend: 'Key',
  levelNumber: (n: number, label: string) => `${n} = ${label}`,
  shortUnsure: '?',
  shortSkipped: '–',
  pageOf: (first: number, last: number, total: number) => `Teams ${first}–${last} of ${total}`,
  previousPage: 'Previous teams',
  nextPage: 'Next teams',
  // Distributions
  distributions: `How many teams are at each ${w.level}`,
  distributionsHint: `For each ${w.capacity}, the number of teams at each ${w.level}. The table below has the same numbers.`,
  groupSummaries: `Summary by ${w.group}`,
  groupSummariesHint: `For each ${w.group}, the number of teams at each summary ${w.level} (the middle ${w.level} of the ${w.capacities} a team rated).`,
  unrated: 'Not rated yet',
  dataTable: 'The numbers as a table',
  area: w.Capacity,
  group: w.Group,
  teamsColumn: 'Teams',
  comparing: (key: string) => `Side by side by ${key}`,
  valueTeams: (value: string, n: number) => `${value} (${n} ${plural(n, 'team', 'teams')})`,
  barLabel: (name: string) => `${name}: teams at each ${w.level}`,
  // Same stage
  sameStage: 'Teams at the same stage',
  sameStageHint: `Teams that could learn from each other. First, teams whose summary ${w.level} is the same in every ${w.group}; then the others, by their overall ${w.level} (the middle of their ${w.group} ${w.levels}).`,
  sameGroups: (levels: string) => `Same ${w.level} in every ${w.group}: ${levels}`,
  sameOverall: (level: string) => `Overall ${w.level}: ${level}`,
  notRated: 'Nothing rated yet',
  groupAt: (group: string, level: string) => `${group}: ${level}`,
  // Data
  dataProblems: (errors: number, warnings: number) =>
    [
      errors ? `${errors} ${plural(errors, 'problem', 'problems')} left teams out` : '',
      warnings ? `${warnings} ${plural(warnings, 'note', 'notes')} about the data` : '',
    ]
      .filter(Boolean)
      .join(' · '),
  leftOut: 'Left out',
  note: 'Note',
  inFile: (file: string) => `In ${file}`,
  empty:
    'No teams to show yet. Give this element a cohort (a src URL, a cohort property or an inline JSON script), or add team profile files below.',
  addFiles: 'Add team profile files',
  addFilesHint: 'Choose or drop JSON profile files; each file is one team. Nothing is sent anywhere.',
  dropHere: 'Drop team profile files here',
  filesAdded: (teams: number, problems: number) =>
    `${teams} ${plural(teams, 'team', 'teams')} added.${problems ? ` ${problems} ${plural(problems, 'problem', 'problems')} found, listed above.` : ''}`,
  reading: 'Reading the teams…',
  download: 'Download',
  downloadCsv: 'Counts (CSV)',
  downloadCohort: 'All teams (cohort JSON)',
  csvFileName: 'network-counts.csv',
  cohortFileName: 'network-cohort.json',
});

export type NetworkStrings = ReturnType<typeof en>;

const es = (w: Words): NetworkStrings => ({
  answers: answerTables.es,
  defaultTitle: 'Su red',
  teamCount: (n: number) => `${n} ${plural(n, 'equipo', 'equipos')}`,
  showingOf: (shown: number, total: number) =>
    `Se muestran ${shown} de ${total} ${plural(total, 'equipo', 'equipos')}`,
  teamLabel: (n: number) => `Equipo ${n}`,
  showNames: 'Mostrar los nombres de los equipos',
  controls: 'Elija los equipos que se muestran',
  filterBy: (key: string) => attributeName(key),
  anyValue: 'Todos',
  compareBy: 'Comparar por',
  noCompare: 'Sin comparación',
  sortBy: 'Ordenar equipos por',
  cohortOrder: 'Orden en el archivo',
  overall: `${w.Level} general`,
  order: 'Orden',
  highestFirst: 'De mayor a menor',
  lowestFirst: 'De menor a mayor',
  sorted: (by: string, highest: boolean) =>
    `Equipos ordenados por ${by}, ${highest ? 'de mayor a menor' : 'de menor a mayor'}.`,
  privacy: (min: number, names: boolean) =>
    `Para proteger a los equipos, todo número que describe a menos de ${min} equipos se oculta (aparece como “oculto”), junto con otros números suficientes para que no se pueda deducir. ${names ? 'Se muestran los nombres de los equipos.' : 'Los nombres de los equipos están ocultos: los equipos se numeran por su lugar en el archivo.'}`,
  tooFewInView: (n: number, min: number) =>
    `Hay ${n} ${plural(n, 'equipo', 'equipos')} a la vista. Los detalles se muestran solo a partir de ${min} equipos, para que no se pueda identificar a ningún equipo. Elija menos filtros para ver más.`,
  hidden: 'oculto',
  hiddenCount: (n: number) => `${n} ${plural(n, 'equipo', 'equipos')} en números ocultos`,
  heatmap: 'Dónde está cada equipo',
  heatmapHint: `Cada fila es un equipo; cada columna, una parte del marco (${w.capacities}). El número es la posición en la escala de ${w.levels} (1 es la primera). Use las flechas para moverse entre las celdas.`,
  heatmapCaption: `${w.Levels} de cada equipo, por ${w.capacity}`,
  team: 'Equipo',
  legend: 'Clave',
  levelNumber: (n: number, label: string) => `${n} = ${label}`,
  shortUnsure: '?',
  shortSkipped: '–',
  pageOf: (first: number, last: number, total: number) => `Equipos ${first}–${last} de ${total}`,
  previousPage: 'Equipos anteriores',
  nextPage: 'Equipos siguientes',
  distributions: `Cuántos equipos hay en cada ${w.level}`,
  distributionsHint: `Para cada ${w.capacity}, el número de equipos en cada ${w.level}. La tabla de abajo tiene los mismos números.`,
  groupSummaries: `Resumen por ${w.group}`,
  groupSummariesHint: `Para cada ${w.group}, el número de equipos en cada ${w.level} de resumen (el punto medio de lo que calificó el equipo).`,
  unrated: 'Sin calificar todavía',
  dataTable: 'Los números en una tabla',
  area: w.Capacity,
  group: w.Group,
  teamsColumn: 'Equipos',
  comparing: (key: string) => `Lado a lado por ${key}`,
  valueTeams: (value: string, n: number) => `${value} (${n} ${plural(n, 'equipo', 'equipos')})`,
  barLabel: (name: string) => `${name}: equipos en cada ${w.level}`,
  sameStage: 'Equipos en la misma etapa',
  sameStageHint: `Equipos que pueden aprender unos de otros. Primero, los equipos que coinciden en cada ${w.group}; luego los demás, por su ${w.level} general (el punto medio de sus ${w.groups}).`,
  sameGroups: (levels: string) => `Coinciden en cada ${w.group}: ${levels}`,
  sameOverall: (level: string) => `${w.Level} general: ${level}`,
  notRated: 'Nada calificado todavía',
  groupAt: (group: string, level: string) => `${group}: ${level}`,
  dataProblems: (errors: number, warnings: number) =>
    [
      errors ? `${errors} ${plural(errors, 'problema dejó', 'problemas dejaron')} equipos fuera` : '',
      warnings ? `${warnings} ${plural(warnings, 'nota', 'notas')} sobre los datos` : '',
    ]
      .filter(Boolean)
      .join(' · '),
  leftOut: 'Fuera',
  note: 'Nota',
  inFile: (file: string) => `En ${file}`,
  empty:
    'Todavía no hay equipos. Dé a este elemento una cohorte (una URL en src, la propiedad cohort o un script JSON en línea), o agregue abajo archivos de perfiles de equipo.',
  addFiles: 'Agregar archivos de perfiles de equipo',
  addFilesHint:
    'Elija o suelte archivos JSON de perfiles; cada archivo es un equipo. No se envía nada a ninguna parte.',
  dropHere: 'Suelte aquí los archivos de perfiles de equipo',
  filesAdded: (teams: number, problems: number) =>
    `${teams} ${plural(teams, 'equipo agregado', 'equipos agregados')}.${problems ? ` Se encontraron ${problems} ${plural(problems, 'problema', 'problemas')}, listados arriba.` : ''}`,
  reading: 'Leyendo los equipos…',
  download: 'Descargar',
  downloadCsv: 'Números (CSV)',
  downloadCohort: 'Todos los equipos (JSON de cohorte)',
  csvFileName: 'red-numeros.csv',
  cohortFileName: 'red-cohorte.json',
});

const tables: StringTables<NetworkStrings> = { en, es };

/** The network view's strings for `locale` (English when it has no table). */
export const networkStrings = (locale: string | undefined, words?: Words): NetworkStrings =>
  localized('network', tables, locale, words);
