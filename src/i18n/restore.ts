/**
 * The words of the report's "Open saved answers" panel (issue 15, "answers come back"): a file or a share
 * link opened, what it will change, and what is wrong with one that cannot be used. Loaded with the panel
 * (src/components/blueprint-report/report-restore.ts), not with the report.
 */
import { localized } from './index.js';

/** What a file or link holds, for its preview. */
export interface Holds {
  readonly answers: number;
  readonly notes: number;
  readonly moments: number;
  readonly steps: number;
}

/** "a, b and c" / "a, b y c". */
const list = (items: readonly string[], and: string) =>
  items.length > 1 ? `${items.slice(0, -1).join(', ')} ${and} ${items.at(-1)}` : (items[0] ?? '');

const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

const en = {
  dropHint: 'Drop a file of saved answers (.json) here, or choose one.',
  chooseFile: 'Choose a file',
  linkLabel: 'Or paste a share link',
  openLink: 'Open the link',
  theLink: 'the share link',
  preview: 'What will change',
  summary: (holds: Holds, team: string | undefined, date: string | undefined) =>
    `${list(
      [
        count(holds.answers, 'answer', 'answers'),
        ...(holds.notes ? [count(holds.notes, 'note', 'notes')] : []),
        ...(holds.moments ? [count(holds.moments, 'saved moment', 'saved moments')] : []),
        ...(holds.steps ? [count(holds.steps, 'plan step', 'plan steps')] : []),
      ],
      'and',
    )}${team ? ` from “${team}”` : ''}${date ? `, saved ${date}` : ''}.`,
  differ: (n: number) =>
    n === 0
      ? 'They are the same as your answers now.'
      : n === 1
        ? '1 answer differs from yours.'
        : `${n} answers differ from yours.`,
  keptAt: (key: string) =>
    `Your answers now will be kept in this browser (under “${key}”), so you can bring them back.`,
  notKept: 'This page does not save answers: download yours first if you want to keep them.',
  apply: 'Open these answers',
  cancel: 'Cancel',
  opened: (name: string) => `The answers from ${name} are open.`,
  keptNow: (key: string) => `Your earlier answers are kept in this browser under “${key}”.`,
  // What is wrong with a file or a link, in plain words; `name` is the file's name or "the share link".
  notJson: (name: string) =>
    `${name} could not be opened: it is not a file of saved answers (it is not JSON text).`,
  notProfile: (name: string) =>
    `${name} could not be opened: it is not a file of saved answers from these widgets.`,
  isFramework: (name: string) =>
    `${name} could not be opened: it is a framework, not a team's saved answers.`,
  isCohort: (name: string) =>
    `${name} could not be opened: it holds many teams' answers (a network file), not one team's.`,
  otherFramework: (name: string, id: string, here: string) =>
    `${name} could not be opened: it holds answers for another framework (“${id}”), not “${here}”.`,
  invalid: (name: string, problem: string) => `${name} could not be opened: ${problem}.`,
  unreadable: (name: string) => `${name} could not be read. Try saving it again, then open it.`,
  tooBig: (name: string) => `${name} is too big to be a team’s saved answers, so it was not opened.`,
  noLink: 'This link has no saved answers in it. Copy the whole share link, then paste it here.',
  cutShort: 'This link is cut short or damaged: copy the whole share link again, then paste it here.',
  nothingKept: 'Nothing was changed: your answers are as they were.',
  // Issue 15 (words): answers saved by a newer version of the widgets.
  tooNew: (name: string) =>
    `${name} could not be opened: it was saved by a newer version of these widgets. Ask the people who run this website to update them.`,
};

export type RestoreStrings = typeof en;

const es: RestoreStrings = {
  dropHint: 'Suelte aquí un archivo de respuestas guardadas (.json), o elija uno.',
  chooseFile: 'Elegir un archivo',
  linkLabel: 'O pegue un enlace para compartir',
  openLink: 'Abrir el enlace',
  theLink: 'el enlace',
  preview: 'Qué va a cambiar',
  summary: (holds, team, date) =>
    `${list(
      [
        count(holds.answers, 'respuesta', 'respuestas'),
        ...(holds.notes ? [count(holds.notes, 'nota', 'notas')] : []),
        ...(holds.moments ? [count(holds.moments, 'momento guardado', 'momentos guardados')] : []),
        ...(holds.steps ? [count(holds.steps, 'paso del plan', 'pasos del plan')] : []),
      ],
      'y',
    )}${team ? ` de «${team}»` : ''}${date ? `, guardado el ${date}` : ''}.`,
  differ: (n) =>
    n === 0
      ? 'Son iguales a sus respuestas actuales.'
      : n === 1
        ? '1 respuesta es distinta de las suyas.'
        : `${n} respuestas son distintas de las suyas.`,
  keptAt: (key) =>
    `Sus respuestas actuales se guardarán en este navegador (en «${key}»), para poder recuperarlas.`,
  notKept: 'Esta página no guarda respuestas: descargue las suyas antes si quiere conservarlas.',
  apply: 'Abrir estas respuestas',
  cancel: 'Cancelar',
  opened: (name) => `Las respuestas de ${name} están abiertas.`,
  keptNow: (key) => `Sus respuestas anteriores se guardan en este navegador en «${key}».`,
  notJson: (name) => `No se pudo abrir ${name}: no es un archivo de respuestas guardadas (no es texto JSON).`,
  notProfile: (name) =>
    `No se pudo abrir ${name}: no es un archivo de respuestas guardadas de estos widgets.`,
  isFramework: (name) => `No se pudo abrir ${name}: es un marco, no las respuestas guardadas de un equipo.`,
  isCohort: (name) =>
    `No se pudo abrir ${name}: tiene las respuestas de muchos equipos (un archivo de red), no las de uno.`,
  otherFramework: (name, id, here) =>
    `No se pudo abrir ${name}: tiene respuestas de otro marco («${id}»), no de «${here}».`,
  invalid: (name, problem) => `No se pudo abrir ${name}: ${problem}.`,
  unreadable: (name) => `No se pudo leer ${name}. Guárdelo de nuevo y vuelva a abrirlo.`,
  tooBig: (name) =>
    `${name} es demasiado grande para ser las respuestas guardadas de un equipo; no se abrió.`,
  noLink: 'Este enlace no lleva respuestas guardadas. Copie el enlace completo y péguelo aquí.',
  cutShort: 'Este enlace está cortado o dañado: copie de nuevo el enlace completo y péguelo aquí.',
  nothingKept: 'No se cambió nada: sus respuestas siguen como estaban.',
  tooNew: (name) =>
    `No se pudo abrir ${name}: lo guardó una versión más nueva de estos widgets. Pida a quienes administran este sitio web que los actualicen.`,
};

/** The panel's words for `locale` (best match), else English. */
export const restoreStrings = (locale: string | undefined): RestoreStrings =>
  localized('restore', { en, es }, locale);
