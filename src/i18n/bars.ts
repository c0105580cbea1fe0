/**
 * UI strings of <blueprint-bars> (framework text comes from the JSON). English and Spanish; other locales
 * fall back to English through `localized`. Built from the words for the framework's parts (`w`), which
 * Spanish uses without articles so that a word of either gender reads right.
 */
import { answerTables } from './answers.js';
import type { StringTables, Words } from './index.js';
import { a, plural } from './plural.js';

const en = (w: Words) => ({
  chartLabel: (title: string) => `${title}: team profile`,
  summary: (rated: number, total: number, unsure: number) =>
    `${rated} of ${plural('en', total, { one: `# ${w.capacity}`, other: `# ${w.capacities}` })} rated at ${a(w.level)}` +
    (unsure ? `, ${unsure} not sure yet.` : '.'),
  comparedWith: (label: string) => ` Outlines show ${label}.`,
  spreadShown: ' Range marks show how far apart the raters were.',
  /** "Student Agency: Developing (2 of 4)" */
  atLevel: (capacity: string, level: string, position: number, count: number) =>
    `${capacity}: ${level} (${position} of ${count})`,
  levelPosition: (level: string, position: number, count: number) => `${level} (${position} of ${count})`,
  withStatus: (capacity: string, status: string) => `${capacity}: ${status}`,
  clearedKeptNote: (capacity: string) => `${capacity}: ${w.level} cleared, note kept (not sure yet)`,
  ...answerTables.en.inline,
  barsLabel: w.Capacities,
  hint: `Arrow keys move between ${w.capacities}.`,
  hintSelect: 'Enter takes you to its questions.',
  editKeys: (up: string, down: string) =>
    `${up} and ${down} show ${a(w.level)} on the bar; Enter sets it, Escape cancels; Delete clears the ${w.level} and keeps the note.`,
  previewIdle: `Point at ${a(w.level)} on a bar to see it before you set it.`,
  /** What a click (pointer), a second tap (touch) or Enter (keyboard) would set. */
  preview: (capacity: string, level: string, via: 'pointer' | 'touch' | 'keyboard') =>
    `${capacity}: ${level}. ${via === 'touch' ? 'Tap again to set it.' : via === 'keyboard' ? 'Press Enter to set it, Escape to cancel.' : 'Click to set it.'}`,
  previewCancelled: `Cancelled: the ${w.level} stays as it was.`,
  celebrate: `Every ${w.capacity} has an answer. Well done, team!`,
  levelKey: w.Levels,
  download: 'Download the chart',
  downloadSvg: 'SVG',
  downloadPng: 'PNG',
  downloadFailed: (kind: string, why: string) => `The ${kind} picture could not be made: ${why}`,
  up: 'Up arrow',
  down: 'Down arrow',
  right: 'Right arrow',
  left: 'Left arrow',
  showTable: 'Show the data table',
  hideTable: 'Hide the data table',
  tableCaption: (title: string) => `${title}: ${w.level} of each ${w.capacity}`,
  capacity: w.Capacity,
  group: w.Group,
  level: w.Level,
  change: (label: string) => `Change since ${label}`,
  ratersColumn: `Raters’ ${w.levels}`,
  from: (a: string, b: string) => `from ${a} to ${b}`,
  same: (a: string) => `no change (${a})`,
  range: (min: string, max: string) => (min === max ? `all at ${min}` : `${min} to ${max}`),
  counts: (parts: string[], rated: number, others: number) =>
    `${parts.join(', ')} (${plural('en', rated, { one: '# rater', other: '# raters' })}` +
    (others ? `; ${others} without ${a(w.level)})` : ')'),
  noRaters: 'no raters',
  legend: 'Key',
  legendUnsure: 'Not sure yet (short hatched mark)',
  legendSkipped: 'Skipped (short mark with a dash)',
  legendEmpty: 'Not answered yet (dashed slot)',
  legendCompare: (label: string) => `${label} (dashed outline)`,
  legendSpread: `Range of the raters’ ${w.levels}`,
  comparison: 'the comparison',
  noSnapshot: (name: string) => `This profile has no snapshot “${name}” to compare with.`,
});

export type BarsStrings = ReturnType<typeof en>;

// Spanish (bars.es.ts) and the library's other languages load with the first element that speaks them (es.ts).
export const barsStrings: StringTables<BarsStrings> = { en };
