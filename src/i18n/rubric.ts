/**
 * UI strings of `<capacity-rubric>`, in English and Spanish. Framework text (labels, descriptors,
 * look-fors, prompts) comes from the framework JSON, never from here.
 */
import { answerTables } from './answers.js';
import { localized, type StringTables, type Words } from './index.js';
import { a, plural } from './plural.js';

const en = (w: Words) => ({
  /** After a text too long to show whole (clipped): shows the rest, and hides it again. */
  showFullText: 'Show the full text',
  showLessText: 'Show less',
  /** "7 of 18 capacities answered" */
  progress: (answered: number, total: number) =>
    `${answered} of ${plural('en', total, { one: `# ${w.capacity}`, other: `# ${w.capacities}` })} answered`,
  /** Accessible name of the per-group progress line. */
  groupProgress: (group: string, answered: number, total: number) =>
    `${group}: ${answered} of ${total} answered`,
  nextUnanswered: `Go to the next unanswered ${w.capacity}`,
  allAnswered: `Every ${w.capacity} has an answer.`,
  stepPosition: (position: number, total: number) => `${w.Capacity} ${position} of ${total}`,
  previous: `Previous ${w.capacity}`,
  next: `Next ${w.capacity}`,
  stepsLabel: `Move between ${w.capacities}`,
  unsure: answerTables.en.unsure,
  skip: 'Skip',
  skipped: answerTables.en.skipped,
  otherAnswers: 'Or:',
  clear: 'Clear answer',
  clearWithNote: 'Clear answer and note',
  chosen: 'Chosen',
  generalDescription: `General description of this ${w.level}; the framework has none for this ${w.capacity}.`,
  noDescription: `The framework does not describe this ${w.level}.`,
  definition: `What this ${w.capacity} means`,
  lookFors: (n: number) => `What to look for (${n})`,
  prompts: (n: number) => `Questions to talk about (${n})`,
  note: 'Note',
  noteFor: (capacity: string) => `for ${capacity}`,
  noteHint: 'Saved with the answer when you leave the box.',
  noteHintUnanswered: `Saved when you leave the box. A note without a chosen ${w.level} is saved as “Not sure yet”.`,
  answer: 'Answer',
  notAnswered: answerTables.en.unanswered,
  unknownLevel: (id: string) => `${a(w.level, true)} this framework does not have (“${id}”)`,
  group: w.Group,
  noGroup: (id: string) => `This framework has no ${w.group} “${id}”.`,
  noCapacity: (id: string) => `This framework has no ${w.capacity} “${id}”.`,
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
});

export type RubricStrings = ReturnType<typeof en>;

// Spanish (rubric.es.ts) loads with the first element that speaks it (es.ts).
const tables: StringTables<RubricStrings> = { en };

/** The rubric's strings for `locale` (best match), else English. */
export function rubricStrings(locale: string | undefined, words?: Words): RubricStrings {
  return localized('rubric', tables, locale, words);
}
