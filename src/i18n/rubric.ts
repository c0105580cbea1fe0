/**
 * UI strings of `<capacity-rubric>`, in English and Spanish. Framework text (labels, descriptors,
 * look-fors, prompts) comes from the framework JSON, never from here.
 */
import { answerTables } from './answers.js';
import { localized, type StringTables } from './index.js';

const en = {
  /** After a text too long to show whole (clipped): shows the rest, and hides it again. */
  showFullText: 'Show the full text',
  showLessText: 'Show less',
  /** "7 of 18 capacities answered" */
  progress: (answered: number, total: number) =>
    `${answered} of ${total} ${total === 1 ? 'capacity' : 'capacities'} answered`,
  /** Accessible name of the per-group progress line. */
  groupProgress: (group: string, answered: number, total: number) =>
    `${group}: ${answered} of ${total} answered`,
  nextUnanswered: 'Go to the next unanswered capacity',
  allAnswered: 'Every capacity has an answer.',
  stepPosition: (position: number, total: number) => `Capacity ${position} of ${total}`,
  previous: 'Previous capacity',
  next: 'Next capacity',
  stepsLabel: 'Move between capacities',
  unsure: answerTables.en.unsure,
  skip: 'Skip',
  skipped: answerTables.en.skipped,
  otherAnswers: 'Or:',
  clear: 'Clear answer',
  clearWithNote: 'Clear answer and note',
  chosen: 'Chosen',
  generalDescription: 'General description of this level; the framework has none for this capacity.',
  noDescription: 'The framework does not describe this level.',
  definition: 'What this capacity means',
  lookFors: (n: number) => `What to look for (${n})`,
  prompts: (n: number) => `Questions to talk about (${n})`,
  note: 'Note',
  noteFor: (capacity: string) => `for ${capacity}`,
  noteHint: 'Saved with the answer when you leave the box.',
  noteHintUnanswered:
    'Saved when you leave the box. A note without a chosen level is saved as “Not sure yet”.',
  answer: 'Answer',
  notAnswered: answerTables.en.unanswered,
  unknownLevel: (id: string) => `A level this framework does not have (“${id}”)`,
  group: 'Group',
  noGroup: (id: string) => `This framework has no group “${id}”.`,
  noCapacity: (id: string) => `This framework has no capacity “${id}”.`,
  nothingToShow: 'Nothing to show',
  // Fewer stops (issue 15): one disclosure per capacity; after an answer, the way on and the way back.
  /** The one disclosure of a capacity's definition, look-fors and prompts. */
  about: (capacity: string) => `About ${capacity}`,
  /** After an answer: goes to the next capacity without one. */
  nextUnansweredIs: (capacity: string) => `Next unanswered: ${capacity}`,
  /** "Clear answer" / "Clear answer and note" with the capacity's name, for screen readers. */
  clearFor: (capacity: string) => `Clear answer for ${capacity}`,
  clearWithNoteFor: (capacity: string) => `Clear answer and note for ${capacity}`,
  /** Said with an answered capacity's choices (where no "Clear answer" follows it). */
  takeBack: 'To take an answer back, choose it again.',
};

export type RubricStrings = typeof en;

const es: RubricStrings = {
  showFullText: 'Mostrar el texto completo',
  showLessText: 'Mostrar menos',
  progress: (answered: number, total: number) =>
    `${answered} de ${total} ${total === 1 ? 'capacidad respondida' : 'capacidades respondidas'}`,
  groupProgress: (group: string, answered: number, total: number) =>
    `${group}: ${answered} de ${total} respondidas`,
  nextUnanswered: 'Ir a la siguiente capacidad sin responder',
  allAnswered: 'Todas las capacidades tienen respuesta.',
  stepPosition: (position: number, total: number) => `Capacidad ${position} de ${total}`,
  previous: 'Capacidad anterior',
  next: 'Capacidad siguiente',
  stepsLabel: 'Moverse entre capacidades',
  unsure: answerTables.es.unsure,
  skip: 'Omitir',
  skipped: answerTables.es.skipped,
  otherAnswers: 'O bien:',
  clear: 'Borrar respuesta',
  clearWithNote: 'Borrar respuesta y nota',
  chosen: 'Elegido',
  generalDescription: 'Descripción general de este nivel; el marco no tiene una para esta capacidad.',
  noDescription: 'El marco no describe este nivel.',
  definition: 'Qué significa esta capacidad',
  lookFors: (n: number) => `Qué observar (${n})`,
  prompts: (n: number) => `Preguntas para conversar (${n})`,
  note: 'Nota',
  noteFor: (capacity: string) => `sobre ${capacity}`,
  noteHint: 'Se guarda con la respuesta al salir del cuadro.',
  noteHintUnanswered:
    'Se guarda al salir del cuadro. Una nota sin nivel elegido se guarda como «Todavía no estamos seguros».',
  answer: 'Respuesta',
  notAnswered: answerTables.es.unanswered,
  unknownLevel: (id: string) => `Un nivel que este marco no tiene («${id}»)`,
  group: 'Grupo',
  noGroup: (id: string) => `Este marco no tiene un grupo «${id}».`,
  noCapacity: (id: string) => `Este marco no tiene una capacidad «${id}».`,
  nothingToShow: 'Nada que mostrar',
  // Fewer stops (issue 15)
  about: (capacity: string) => `Sobre ${capacity}`,
  nextUnansweredIs: (capacity: string) => `Siguiente sin responder: ${capacity}`,
  clearFor: (capacity: string) => `Borrar respuesta de ${capacity}`,
  clearWithNoteFor: (capacity: string) => `Borrar respuesta y nota de ${capacity}`,
  takeBack: 'Para quitar una respuesta, elíjala otra vez.',
};

const tables: StringTables<RubricStrings> = { en, es };

/** The rubric's strings for `locale` (best match), else English. */
export function rubricStrings(locale: string | undefined): RubricStrings {
  return localized(tables, locale);
}
