/**
 * UI strings of `<team-session>` (issue 17), in English and Spanish. Framework text (capacity, level and
 * role labels) comes from the framework JSON; the reasons a file or link is refused come from
 * src/framework/team.ts (the CLI prints the same words).
 */
import { answerTables } from './answers.js';
import { localized, type StringTables, type Words } from './index.js';
import { a, plural } from './plural.js';

const members = (n: number) => plural('en', n, { one: '# member', other: '# members' });
const miembros = (n: number) => plural('es', n, { one: '# miembro', other: '# miembros' });

const en = (w: Words) => ({
  answers: answerTables.en,
  title: 'Team session',
  intro:
    'Each member answers on their own device and sends you a link or a file. Add them here; the answers stay hidden until you reveal them together.',
  gatherHeading: 'Add members’ answers',
  pasteLabel: 'Paste answer links, one per line',
  pasteAdd: 'Add the links',
  pickFiles: 'Choose answer files',
  dropHint: 'or drop answer files here',
  linkName: (n: number, short: string) => `Link ${n} (${short})`,
  tooBig: (name: string) => `${name}: this file is too big to be one member’s answers`,
  unreadable: (name: string) => `${name}: this file could not be read`,
  added: (n: number) => (n ? `Added the answers of ${members(n)}.` : 'No new answers were added.'),
  refusedCount: (n: number) => `${n} could not be used:`,
  duplicateOf: (source: string, who: string) => `${source}: already here (${who}); not added again.`,
  nothingGiven: 'Paste a link or choose a file first.',
  whoHeading: 'Who has answered',
  nobodyYet: 'Nobody has answered yet.',
  answeredCount: (n: number) => `${members(n)} answered.`,
  member: (n: number) => `Member ${n}`,
  noRole: 'No role given',
  colMember: 'Member',
  colRole: 'Role',
  colSent: 'Sent',
  colActions: 'Actions',
  unknownTime: 'Not known',
  remove: 'Remove',
  removed: (who: string) => `Removed ${who}.`,
  undo: 'Undo',
  restored: (who: string) => `${who} is back.`,
  markDuplicate: 'Mark as duplicate',
  countAgain: 'Count again',
  duplicateTag: 'Duplicate: not counted',
  markedDuplicate: (who: string) => `${who} is marked as a duplicate and not counted.`,
  countedAgain: (who: string) => `${who} is counted again.`,
  revealHeading: 'Reveal, then discuss',
  hiddenNote: (n: number) =>
    `${members(n)} answered. Their answers stay hidden until you reveal them, so early answers do not sway later ones.`,
  reveal: 'Reveal answers',
  hide: 'Hide the answers again',
  revealedNote: (n: number) => `Showing the answers of ${members(n)}.`,
  hiddenAgain: 'The answers are hidden again.',
  agendaHeading: 'What to talk about first',
  agendaRule: `${w.Capacities} where answers are furthest apart come first: the gap between the lowest and the highest ${w.level} chosen. When two have the same gap, the one with answers more spread out comes first. “Not sure” and skipped answers do not count toward the gap.`,
  agendaRange: (low: string, high: string, n: number) =>
    low === high ? `All ${n} chose ${low}` : `From ${low} to ${high} (${n} chose ${a(w.level)})`,
  agendaNone: `No ${w.level} chosen yet`,
  spread: (n: number) => plural('en', n, { one: `# ${w.level} apart`, other: `# ${w.levels} apart` }),
  countsHeading: 'How the team answered',
  shownOf: (n: number, total: number) => `Showing ${n} of ${total}, in the order of the list above.`,
  showMore: (n: number) => `Show ${n} more`,
  everyone: 'Everyone',
  chartLabel: (capacity: string) => `How members answered ${capacity}`,
  tableCaption: (capacity: string) => `Answers to ${capacity}: how many chose each`,
  colAnswer: 'Answer',
  countOf: (n: number, label: string) => `${label}: ${n}`,
  agreeHeading: `Agree on the team’s ${w.level}`,
  agreeHint: `Choose the ${w.level} the team agrees on. The members’ answers stay as they are.`,
  agreeNote: 'Why we agreed (optional)',
  agreeLevel: (level: string, n: number) => `${level} (${n} chose it)`,
  agreed: (capacity: string, level: string) => `The team’s ${w.level} for ${capacity} is now ${level}.`,
  agreedNow: (level: string) => `Agreed: ${level}`,
  notAgreed: 'Not agreed yet',
  noteSaved: (capacity: string) => `Note saved for ${capacity}.`,
  roleDiffHeading: 'Where roles see it differently',
  roleDiff: (role: string, capacity: string, dir: 'lower' | 'higher', n: number) =>
    `${role} see ${capacity} ${n === 1 ? `one ${w.level}` : `${n} ${w.levels}`} ${dir} than the others.`,
  // A long list of role differences shows the widest first (speed and reading, issue 17).
  roleDiffsAll: (n: number) => `Show all ${n} differences`,
  roleDiffsFew: (n: number) => `Show only the widest ${n}`,
  agendaAll: (n: number) => `Show the whole agenda (${n})`,
  agendaFew: (n: number) => `Show only the first ${n}`,
  // Issue 15 (words): a file named in the plain words about it.
  fileName: (name: string) => `“${name}”`,
});

export type TeamSessionStrings = ReturnType<typeof en>;

const es = (w: Words): TeamSessionStrings => ({
  answers: answerTables.es,
  title: 'Sesión de equipo',
  intro:
    'Cada miembro responde en su propio dispositivo y le envía un enlace o un archivo. Agréguelos aquí; las respuestas quedan ocultas hasta que las muestre juntos.',
  gatherHeading: 'Agregar las respuestas de los miembros',
  pasteLabel: 'Pegue los enlaces de respuestas, uno por línea',
  pasteAdd: 'Agregar los enlaces',
  pickFiles: 'Elegir archivos de respuestas',
  dropHint: 'o suelte aquí los archivos de respuestas',
  linkName: (n: number, short: string) => `Enlace ${n} (${short})`,
  tooBig: (name: string) => `${name}: este archivo es demasiado grande para ser las respuestas de un miembro`,
  unreadable: (name: string) => `${name}: no se pudo leer este archivo`,
  added: (n: number) =>
    n ? `Se agregaron las respuestas de ${miembros(n)}.` : 'No se agregaron respuestas nuevas.',
  refusedCount: (n: number) => `${n} no se ${n === 1 ? 'pudo' : 'pudieron'} usar:`,
  duplicateOf: (source: string, who: string) => `${source}: ya está aquí (${who}); no se agregó otra vez.`,
  nothingGiven: 'Primero pegue un enlace o elija un archivo.',
  whoHeading: 'Quién ha respondido',
  nobodyYet: 'Nadie ha respondido todavía.',
  answeredCount: (n: number) => `${n === 1 ? 'Respondió' : 'Respondieron'} ${miembros(n)}.`,
  member: (n: number) => `Miembro ${n}`,
  noRole: 'Sin rol indicado',
  colMember: 'Miembro',
  colRole: 'Rol',
  colSent: 'Enviado',
  colActions: 'Acciones',
  unknownTime: 'No se sabe',
  remove: 'Quitar',
  removed: (who: string) => `Se quitó a ${who}.`,
  undo: 'Deshacer',
  restored: (who: string) => `${who} está de vuelta.`,
  markDuplicate: 'Marcar como repetido',
  countAgain: 'Contar de nuevo',
  duplicateTag: 'Repetido: no se cuenta',
  markedDuplicate: (who: string) => `${who} está marcado como repetido y no se cuenta.`,
  countedAgain: (who: string) => `${who} se cuenta de nuevo.`,
  revealHeading: 'Mostrar y conversar',
  hiddenNote: (n: number) =>
    `${n === 1 ? 'Respondió' : 'Respondieron'} ${miembros(n)}. Las respuestas quedan ocultas hasta que las muestre, para que las primeras no influyan en las demás.`,
  reveal: 'Mostrar las respuestas',
  hide: 'Ocultar las respuestas otra vez',
  revealedNote: (n: number) => `Se muestran las respuestas de ${miembros(n)}.`,
  hiddenAgain: 'Las respuestas están ocultas otra vez.',
  agendaHeading: 'De qué hablar primero',
  agendaRule: `Primero va cada ${w.capacity} donde las respuestas están más lejos entre sí: la distancia entre lo más bajo y lo más alto elegido. Si hay empate, va primero donde las respuestas están más dispersas. “No estamos seguros” y las omitidas no cuentan para la distancia.`,
  agendaRange: (low: string, high: string, n: number) =>
    low === high ? `Los ${n} eligieron ${low}` : `De ${low} a ${high} (${n} con ${w.level})`,
  agendaNone: `Nadie eligió ${w.level} todavía`,
  spread: (n: number) =>
    plural('es', n, { one: `# ${w.level} de distancia`, other: `# ${w.levels} de distancia` }),
  countsHeading: 'Cómo respondió el equipo',
  shownOf: (n: number, total: number) => `Se muestran ${n} de ${total}, en el orden de la lista de arriba.`,
  showMore: (n: number) => `Mostrar ${n} más`,
  everyone: 'Todos',
  chartLabel: (capacity: string) => `Cómo respondieron los miembros a ${capacity}`,
  tableCaption: (capacity: string) => `Respuestas a ${capacity}: cuántos eligieron cada una`,
  colAnswer: 'Respuesta',
  countOf: (n: number, label: string) => `${label}: ${n}`,
  agreeHeading: 'Llegar a un acuerdo en equipo',
  agreeHint: 'Elija lo que el equipo acuerda. Las respuestas de los miembros quedan como están.',
  agreeNote: 'Por qué lo acordamos (opcional)',
  agreeLevel: (level: string, n: number) => `${level} (${n} lo ${n === 1 ? 'eligió' : 'eligieron'})`,
  agreed: (capacity: string, level: string) => `Acuerdo del equipo para ${capacity}: ${level}.`,
  agreedNow: (level: string) => `Acordado: ${level}`,
  notAgreed: 'Sin acordar todavía',
  noteSaved: (capacity: string) => `Nota guardada para ${capacity}.`,
  roleDiffHeading: 'Donde los roles lo ven distinto',
  roleDiff: (role: string, capacity: string, dir: 'lower' | 'higher', n: number) =>
    `${role} ven ${capacity} ${plural('es', n, { one: `# ${w.level}`, other: `# ${w.levels}` })} más ${dir === 'lower' ? 'bajo' : 'alto'} que los demás.`,
  roleDiffsAll: (n: number) => `Mostrar las ${n} diferencias`,
  roleDiffsFew: (n: number) => `Mostrar solo las ${n} mayores`,
  agendaAll: (n: number) => `Mostrar toda la agenda (${n})`,
  agendaFew: (n: number) => `Mostrar solo los ${n} primeros puntos`,
  fileName: (name: string) => `«${name}»`,
});

const tables: StringTables<TeamSessionStrings> = { en, es };

export function teamSessionStrings(locale: string | undefined, words?: Words): TeamSessionStrings {
  return localized('teamSession', tables, locale, words);
}
