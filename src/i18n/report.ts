/**
 * UI strings of `<blueprint-report>`, in English and Spanish. Framework text (labels, descriptors,
 * actions) comes from the framework JSON.
 */
import { answerTables } from './answers.js';
import { localized, type StringTables } from './index.js';

const capacities = (n: number) => `${n} ${n === 1 ? 'capacity' : 'capacities'}`;

const en = {
  reportFor: (team: string) => `Report for ${team}`,
  version: (v: string) => `version ${v}`,
  dated: (date: string) => `as of ${date}`,
  answered: (n: number, total: number) => `${n} of ${capacities(total)} answered.`,
  stillOpen: 'Still open:',
  stillOpenChoose: 'Still open (choose one to go to it):',
  alsoOpen: 'Also still open:',
  allAnswered: 'Every capacity has an answer.',
  tools: 'Report tools',
  print: 'Print the report',
  downloadJson: 'Download the answers (JSON)',
  downloadCsv: 'Download the table (CSV)',
  snapshotLabel: 'Label for this moment (optional)',
  saveMoment: 'Save this moment',
  savedMoment: (date: string) => `Saved a snapshot of ${date}.`,
  // Issue 18: a labelled moment is named by its label.
  savedLabel: (label: string) => `Saved ‘${label}’.`,
  shareLink: 'Copy a share link',
  shareCopied: 'Link copied. It carries your answers in the link itself; anyone with it can read them.',
  shareManual: 'Copy this link. It carries your answers; anyone with it can read them.',
  shareLeftOut: (n: number) =>
    `The link leaves out ${n === 1 ? '1 saved moment' : `${n} saved moments`} to stay short enough to open.`,
  shareTooLong:
    'Your answers are too long for a link that opens everywhere. Download the answers (JSON) and send the file instead.',
  compareWith: 'Compare with',
  compareNone: 'No comparison',
  profile: 'Your profile',
  priorities: 'Your priorities',
  prioritiesHint: (max: number) => `Mark up to ${max} capacities as priorities: the report starts with them.`,
  priority: 'Priority',
  makePriority: 'Make this a priority',
  prioritiesFull: (max: number) => `You already have ${max} priorities. Unmark one to choose this.`,
  highlights: 'Strengths and growth areas',
  overall: 'Overall',
  strengths: (level: string) => `Strengths (at ${level}):`,
  growth: (level: string) => `Growth areas (at ${level}):`,
  tieTop: (n: number, level: string) => `${capacities(n)} share the highest level, ${level}.`,
  tieBottom: (n: number, level: string) => `${capacities(n)} share the lowest level, ${level}.`,
  even: (level: string) =>
    `Every rated capacity is at ${level}: none stands out as a strength or a growth area.`,
  noneRated: 'Rate capacities to see your strengths and growth areas.',
  considerations: 'Equity considerations',
  whereYouAre: 'Where you are',
  growthLooks: 'What growth looks like',
  atTop: 'This is the top level: keep it up and help others get there.',
  actions: 'Suggested actions',
  noActions: 'The framework suggests no actions for this level.',
  resources: 'Resources',
  noResources: 'No resources are tagged for this level.',
  resourcesShown: (shown: number, total: number) => `Showing ${shown} of ${total} resources.`,
  showAllResources: (total: number) => `Show all ${total} resources`,
  showingAllResources: (total: number, capacity: string) => `Showing all ${total} resources for ${capacity}.`,
  note: 'Your note',
  notAnswered: 'Not answered yet.',
  unsure: answerTables.en.unsure,
  skipped: answerTables.en.skipped,
  unknownLevel: (id: string) => `A level this framework does not have (“${id}”).`,
  csvHeader: ['Capacity', 'Group', 'Level', 'Note', 'Actions'],
  // Team sessions (issue 17): the members' answers in the CSV and the share link.
  member: (n: number) => `Member ${n}`,
  csvNames: 'Include members’ names',
  shareRaters: 'Include members’ answers',
  shareRatersOut: 'The link has the team’s answers; members’ answers are not in it.',
  shareRatersIn: 'The link has the team’s answers and each member’s answers.',
  // "Open saved answers" (issue 15, "restore"): the tool that opens its panel.
  openSaved: 'Open saved answers',
  // look-parts (issue 15): an empty report says what to do once, at the top.
  noneRatedStart:
    'Nothing is rated yet. Rate the capacities still open below, and your strengths and growth areas will show here.',
  groupNoneRated: 'Nothing rated in this group yet.',
};

export type ReportStrings = typeof en;

const capacidades = (n: number) => `${n} ${n === 1 ? 'capacidad' : 'capacidades'}`;

const es: ReportStrings = {
  reportFor: (team: string) => `Informe de ${team}`,
  version: (v: string) => `versión ${v}`,
  dated: (date: string) => `al ${date}`,
  answered: (n: number, total: number) => `${n} de ${capacidades(total)} respondidas.`,
  stillOpen: 'Sin responder:',
  stillOpenChoose: 'Sin responder (elija una para ir a ella):',
  alsoOpen: 'También sin responder:',
  allAnswered: 'Todas las capacidades tienen respuesta.',
  tools: 'Herramientas del informe',
  print: 'Imprimir el informe',
  downloadJson: 'Descargar las respuestas (JSON)',
  downloadCsv: 'Descargar la tabla (CSV)',
  snapshotLabel: 'Nombre de este momento (opcional)',
  saveMoment: 'Guardar este momento',
  savedMoment: (date: string) => `Se guardó una instantánea del ${date}.`,
  savedLabel: (label: string) => `Se guardó «${label}».`,
  shareLink: 'Copiar un enlace para compartir',
  shareCopied:
    'Enlace copiado. Lleva sus respuestas en el propio enlace: cualquiera que lo tenga puede leerlas.',
  shareManual: 'Copie este enlace. Lleva sus respuestas: cualquiera que lo tenga puede leerlas.',
  shareLeftOut: (n: number) =>
    `El enlace deja fuera ${n === 1 ? '1 momento guardado' : `${n} momentos guardados`} para que se pueda abrir.`,
  shareTooLong:
    'Sus respuestas son demasiado largas para un enlace que se abra en todas partes. Descargue las respuestas (JSON) y envíe el archivo.',
  compareWith: 'Comparar con',
  compareNone: 'Sin comparación',
  profile: 'Su perfil',
  priorities: 'Sus prioridades',
  prioritiesHint: (max: number) =>
    `Marque hasta ${max} capacidades como prioridades: el informe empieza por ellas.`,
  priority: 'Prioridad',
  makePriority: 'Marcar como prioridad',
  prioritiesFull: (max: number) => `Ya tiene ${max} prioridades. Desmarque una para elegir esta.`,
  highlights: 'Fortalezas y áreas de crecimiento',
  overall: 'En general',
  strengths: (level: string) => `Fortalezas (en el nivel ${level}):`,
  growth: (level: string) => `Áreas de crecimiento (en el nivel ${level}):`,
  tieTop: (n: number, level: string) => `${capacidades(n)} comparten el nivel más alto, ${level}.`,
  tieBottom: (n: number, level: string) => `${capacidades(n)} comparten el nivel más bajo, ${level}.`,
  even: (level: string) =>
    `Todas las capacidades calificadas están en el nivel ${level}: ninguna destaca como fortaleza ni como área de crecimiento.`,
  noneRated: 'Califique capacidades para ver sus fortalezas y áreas de crecimiento.',
  considerations: 'Consideraciones de equidad',
  whereYouAre: 'Dónde están',
  growthLooks: 'Cómo se ve el crecimiento',
  atTop: 'Este es el nivel más alto: sigan así y ayuden a otros a llegar.',
  actions: 'Acciones sugeridas',
  noActions: 'El marco no sugiere acciones para este nivel.',
  resources: 'Recursos',
  noResources: 'Ningún recurso está etiquetado para este nivel.',
  resourcesShown: (shown: number, total: number) => `Se muestran ${shown} de ${total} recursos.`,
  showAllResources: (total: number) => `Mostrar los ${total} recursos`,
  showingAllResources: (total: number, capacity: string) =>
    `Se muestran los ${total} recursos de ${capacity}.`,
  note: 'Su nota',
  notAnswered: 'Sin responder todavía.',
  unsure: answerTables.es.unsure,
  skipped: answerTables.es.skipped,
  unknownLevel: (id: string) => `Un nivel que este marco no tiene («${id}»).`,
  csvHeader: ['Capacidad', 'Grupo', 'Nivel', 'Nota', 'Acciones'],
  member: (n: number) => `Miembro ${n}`,
  csvNames: 'Incluir los nombres de los miembros',
  shareRaters: 'Incluir las respuestas de los miembros',
  shareRatersOut: 'El enlace tiene las respuestas del equipo; las de cada miembro no están en él.',
  shareRatersIn: 'El enlace tiene las respuestas del equipo y las de cada miembro.',
  // "Open saved answers" (issue 15, "restore"): the tool that opens its panel.
  openSaved: 'Abrir respuestas guardadas',
  // look-parts (issue 15)
  noneRatedStart:
    'Todavía no hay nada calificado. Califiquen las capacidades sin responder de abajo, y aquí aparecerán sus fortalezas y áreas de crecimiento.',
  groupNoneRated: 'Todavía no hay nada calificado en este grupo.',
};

const tables: StringTables<ReportStrings> = { en, es };

/** The report's strings for `locale` (best match), else English. */
export function reportStrings(locale: string | undefined): ReportStrings {
  return localized(tables, locale);
}
