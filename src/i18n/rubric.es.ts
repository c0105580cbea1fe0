/**
 * `<capacity-rubric>`'s words in Spanish (rubric.ts has the English and the notes): a file of its own so
 * that they load only on a page that speaks Spanish (src/i18n/es.ts).
 */
import { answerTables } from './answers.js';
import type { Words } from './index.js';
import { plural } from './plural.js';
import type { RubricStrings } from './rubric.js';

export const es = (w: Words): RubricStrings => ({
  showFullText: 'Mostrar el texto completo',
  showLessText: 'Mostrar menos',
  progress: (answered: number, total: number) =>
    `${answered} de ${plural('es', total, { one: `# ${w.capacity}`, other: `# ${w.capacities}` })} con respuesta`,
  groupProgress: (group: string, answered: number, total: number) =>
    `${group}: ${answered} de ${total} con respuesta`,
  nextUnanswered: 'Ir a la siguiente pregunta sin responder',
  allAnswered: `Cada ${w.capacity} tiene respuesta.`,
  stepPosition: (position: number, total: number) => `${w.Capacity} ${position} de ${total}`,
  previous: `${w.Capacity} anterior`,
  next: `${w.Capacity} siguiente`,
  stepsLabel: `Moverse entre ${w.capacities}`,
  unsure: answerTables.es.unsure,
  skip: 'Omitir',
  skipped: answerTables.es.skipped,
  otherAnswers: 'O bien:',
  clear: 'Borrar respuesta',
  clearWithNote: 'Borrar respuesta y nota',
  chosen: 'Elegido',
  generalDescription: 'Descripción general; el marco no tiene una específica aquí.',
  noDescription: 'El marco no tiene una descripción aquí.',
  definition: 'Qué significa',
  lookFors: (n: number) => `Qué observar (${n})`,
  prompts: (n: number) => `Preguntas para conversar (${n})`,
  note: 'Nota',
  noteFor: (capacity: string) => `sobre ${capacity}`,
  noteHint: 'Se guarda con la respuesta al salir del cuadro.',
  noteHintUnanswered: `Se guarda al salir del cuadro. Una nota sin elegir ${w.level} se guarda como «Todavía no estamos seguros».`,
  answer: 'Respuesta',
  notAnswered: answerTables.es.unanswered,
  unknownLevel: (id: string) => `${w.Level} que no está en este marco («${id}»)`,
  group: w.Group,
  noGroup: (id: string) => `No hay ${w.group} «${id}» en este marco.`,
  noCapacity: (id: string) => `No hay ${w.capacity} «${id}» en este marco.`,
  nothingToShow: 'Nada que mostrar',
  // Fewer stops (issue 15)
  about: (capacity: string) => `Sobre ${capacity}`,
  nextUnansweredIs: (capacity: string) => `Siguiente sin responder: ${capacity}`,
  clearFor: (capacity: string) => `Borrar respuesta de ${capacity}`,
  clearWithNoteFor: (capacity: string) => `Borrar respuesta y nota de ${capacity}`,
  takeBack: 'Para quitar una respuesta, elíjala otra vez.',
});
