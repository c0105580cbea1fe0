/**
 * The words for an answer that is not a level, one table for every widget (the rubric's choices, the
 * bars and their table, the report and its CSV). `inline` is the same words inside a sentence
 * ("Family Engagement: not sure yet").
 */
import type { AnswerWords } from '../framework/answers.js';

export interface AnswerStrings extends AnswerWords {
  readonly inline: AnswerWords;
}

const en: AnswerStrings = {
  unsure: 'Not sure yet',
  skipped: 'Skipped',
  unanswered: 'Not answered yet',
  inline: { unsure: 'not sure yet', skipped: 'skipped', unanswered: 'not answered' },
};

const es: AnswerStrings = {
  unsure: 'Todavía no estamos seguros',
  skipped: 'Omitida',
  unanswered: 'Sin responder todavía',
  inline: { unsure: 'todavía no estamos seguros', skipped: 'omitida', unanswered: 'sin responder' },
};

// Not a table of its own in registerLocale: each table that shows these words carries them (rubric.unsure…).
const tables = { en, es };

/** Read by the rubric's, the bars' and the report's string tables. */
export { tables as answerTables };
