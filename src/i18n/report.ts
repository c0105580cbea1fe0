/**
 * UI strings of `<blueprint-report>`, in English and Spanish. Framework text (labels, descriptors,
 * actions) comes from the framework JSON.
 */
import { answerTables } from './answers.js';
import { localized, type StringTables, type Words } from './index.js';
import { a, plural } from './plural.js';

const capacities = (w: Words, n: number) =>
  plural('en', n, { one: `# ${w.capacity}`, other: `# ${w.capacities}` });

const en = (w: Words) => ({
  reportFor: (team: string) => `Report for ${team}`,
  version: (v: string) => `version ${v}`,
  dated: (date: string) => `as of ${date}`,
  answered: (n: number, total: number) => `${n} of ${capacities(w, total)} answered.`,
  stillOpen: 'Still open:',
  stillOpenChoose: 'Still open (choose one to go to it):',
  alsoOpen: 'Also still open:',
  allAnswered: `Every ${w.capacity} has an answer.`,
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
  prioritiesHint: (max: number) =>
    `Mark up to ${max} ${w.capacities} as priorities: the report starts with them.`,
  priority: 'Priority',
  makePriority: 'Make this a priority',
  prioritiesFull: (max: number) => `You already have ${max} priorities. Unmark one to choose this.`,
  highlights: 'Strengths and growth areas',
  overall: 'Overall',
  strengths: (level: string) => `Strengths (at ${level}):`,
  growth: (level: string) => `Growth areas (at ${level}):`,
  tieTop: (n: number, level: string) => `${capacities(w, n)} share the highest ${w.level}, ${level}.`,
  tieBottom: (n: number, level: string) => `${capacities(w, n)} share the lowest ${w.level}, ${level}.`,
  even: (level: string) =>
    `Every rated ${w.capacity} is at ${level}: none stands out as a strength or a growth area.`,
  noneRated: `Rate ${w.capacities} to see your strengths and growth areas.`,
  considerations: 'Equity considerations',
  whereYouAre: 'Where you are',
  growthLooks: 'What growth looks like',
  atTop: `This is the top ${w.level}: keep it up and help others get there.`,
  actions: 'Suggested actions',
  noActions: `The framework suggests no actions for this ${w.level}.`,
  resources: 'Resources',
  noResources: `No resources are tagged for this ${w.level}.`,
  resourcesShown: (shown: number, total: number) => `Showing ${shown} of ${total} resources.`,
  showAllResources: (total: number) => `Show all ${total} resources`,
  showingAllResources: (total: number, capacity: string) => `Showing all ${total} resources for ${capacity}.`,
  note: 'Your note',
  notAnswered: 'Not answered yet.',
  unsure: answerTables.en.unsure,
  skipped: answerTables.en.skipped,
  unknownLevel: (id: string) => `${a(w.level, true)} this framework does not have (“${id}”).`,
  csvHeader: [w.Capacity, w.Group, w.Level, 'Note', 'Actions'],
  // Team sessions (issue 17): the members' answers in the CSV and the share link.
  member: (n: number) => `Member ${n}`,
  csvNames: 'Include members’ names',
  shareRaters: 'Include members’ answers',
  shareRatersOut: 'The link has the team’s answers; members’ answers are not in it.',
  shareRatersIn: 'The link has the team’s answers and each member’s answers.',
  // "Open saved answers" (issue 15, "restore"): the tool that opens its panel.
  openSaved: 'Open saved answers',
  // look-parts (issue 15): an empty report says what to do once, at the top.
  noneRatedStart: `Nothing is rated yet. Rate the ${w.capacities} still open below, and your strengths and growth areas will show here.`,
  groupNoneRated: `Nothing rated in this ${w.group} yet.`,
});

export type ReportStrings = ReturnType<typeof en>;

const capacidades = (w: Words, n: number) =>
  plural('es', n, { one: `# ${w.capacity}`, other: `# ${w.capacities}` });

const es = (w: Words): ReportStrings => ({
  reportFor: (team: string) => `Informe de ${team}`,
  version: (v: string) => `versión ${v}`,
  dated: (date: string) => `al ${date}`,
  answered: (n: number, total: number) => `${n} de ${capacidades(w, total)} con respuesta.`,
  stillOpen: 'Sin responder:',
  stillOpenChoose: 'Sin responder (elija cualquiera para ir allí):',
  alsoOpen: 'También sin responder:',
  allAnswered: `Cada ${w.capacity} tiene respuesta.`,
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
    `Marque como prioridad hasta ${max} ${w.capacities}: el informe empieza por esas prioridades.`,
  priority: 'Prioridad',
  makePriority: 'Marcar como prioridad',
  prioritiesFull: (max: number) => `Ya tiene ${max} prioridades. Desmarque una para elegir esta.`,
  highlights: 'Fortalezas y áreas de crecimiento',
  overall: 'En general',
  strengths: (level: string) => `Fortalezas (${w.level}: ${level}):`,
  growth: (level: string) => `Áreas de crecimiento (${w.level}: ${level}):`,
  tieTop: (n: number, level: string) => `${capacidades(w, n)} están en lo más alto: ${level}.`,
  tieBottom: (n: number, level: string) => `${capacidades(w, n)} están en lo más bajo: ${level}.`,
  even: (level: string) =>
    `Cada ${w.capacity} con respuesta está en ${level}: nada destaca como fortaleza ni como área de crecimiento.`,
  noneRated: `Califique ${w.capacities} para ver sus fortalezas y áreas de crecimiento.`,
  considerations: 'Consideraciones de equidad',
  whereYouAre: 'Dónde están',
  growthLooks: 'Cómo se ve el crecimiento',
  atTop: 'Esto es lo más alto de la escala: sigan así y ayuden a otros a llegar.',
  actions: 'Acciones sugeridas',
  noActions: 'El marco no sugiere acciones aquí.',
  resources: 'Recursos',
  noResources: 'Ningún recurso corresponde a esta respuesta.',
  resourcesShown: (shown: number, total: number) => `Se muestran ${shown} de ${total} recursos.`,
  showAllResources: (total: number) => `Mostrar los ${total} recursos`,
  showingAllResources: (total: number, capacity: string) =>
    `Se muestran los ${total} recursos de ${capacity}.`,
  note: 'Su nota',
  notAnswered: 'Sin responder todavía.',
  unsure: answerTables.es.unsure,
  skipped: answerTables.es.skipped,
  unknownLevel: (id: string) => `${w.Level} que no está en este marco («${id}»).`,
  csvHeader: [w.Capacity, w.Group, w.Level, 'Nota', 'Acciones'],
  member: (n: number) => `Miembro ${n}`,
  csvNames: 'Incluir los nombres de los miembros',
  shareRaters: 'Incluir las respuestas de los miembros',
  shareRatersOut: 'El enlace tiene las respuestas del equipo; las de cada miembro no están en él.',
  shareRatersIn: 'El enlace tiene las respuestas del equipo y las de cada miembro.',
  // "Open saved answers" (issue 15, "restore"): the tool that opens its panel.
  openSaved: 'Abrir respuestas guardadas',
  // look-parts (issue 15)
  noneRatedStart:
    'Todavía no hay nada calificado. Califique lo que queda sin responder abajo, y aquí aparecerán sus fortalezas y áreas de crecimiento.',
  groupNoneRated: 'Todavía no hay nada calificado aquí.',
});

const tables: StringTables<ReportStrings> = { en, es };

/** The report's strings for `locale` (best match), else English. */
export function reportStrings(locale: string | undefined, words?: Words): ReportStrings {
  return localized('report', tables, locale, words);
}
