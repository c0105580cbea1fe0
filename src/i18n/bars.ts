/**
 * UI strings of <blueprint-bars> (framework text comes from the JSON). English and Spanish; other locales
 * fall back to English through `localized`.
 */
import { answerTables } from './answers.js';
import type { StringTables } from './index.js';

const en = {
  chartLabel: (title: string) => `${title}: team profile`,
  summary: (rated: number, total: number, unsure: number) =>
    `${rated} of ${total} ${total === 1 ? 'capacity' : 'capacities'} rated at a level` +
    (unsure ? `, ${unsure} not sure yet.` : '.'),
  comparedWith: (label: string) => ` Outlines show ${label}.`,
  spreadShown: ' Range marks show how far apart the raters were.',
  /** "Student Agency: Developing (2 of 4)" */
  atLevel: (capacity: string, level: string, position: number, count: number) =>
    `${capacity}: ${level} (${position} of ${count})`,
  levelPosition: (level: string, position: number, count: number) => `${level} (${position} of ${count})`,
  withStatus: (capacity: string, status: string) => `${capacity}: ${status}`,
  clearedKeptNote: (capacity: string) => `${capacity}: level cleared, note kept (not sure yet)`,
  ...answerTables.en.inline,
  barsLabel: 'Capacities',
  hint: 'Arrow keys move between capacities.',
  hintSelect: 'Enter takes you to its questions.',
  editKeys: (up: string, down: string) =>
    `${up} and ${down} show a level on the bar; Enter sets it, Escape cancels; Delete clears the level and keeps the note.`,
  previewIdle: 'Point at a level on a bar to see it before you set it.',
  /** What a click (pointer), a second tap (touch) or Enter (keyboard) would set. */
  preview: (capacity: string, level: string, via: 'pointer' | 'touch' | 'keyboard') =>
    `${capacity}: ${level}. ${via === 'touch' ? 'Tap again to set it.' : via === 'keyboard' ? 'Press Enter to set it, Escape to cancel.' : 'Click to set it.'}`,
  previewCancelled: 'Cancelled: the level stays as it was.',
  celebrate: 'Every capacity has an answer. Well done, team!',
  levelKey: 'Levels',
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
  tableCaption: (title: string) => `${title}: level of each capacity`,
  capacity: 'Capacity',
  group: 'Group',
  level: 'Level',
  change: (label: string) => `Change since ${label}`,
  ratersColumn: 'Raters’ levels',
  from: (a: string, b: string) => `from ${a} to ${b}`,
  same: (a: string) => `no change (${a})`,
  range: (min: string, max: string) => (min === max ? `all at ${min}` : `${min} to ${max}`),
  counts: (parts: string[], rated: number, others: number) =>
    `${parts.join(', ')} (${rated} ${rated === 1 ? 'rater' : 'raters'}` +
    (others ? `; ${others} without a level)` : ')'),
  noRaters: 'no raters',
  legend: 'Key',
  legendUnsure: 'Not sure yet (short hatched mark)',
  legendSkipped: 'Skipped (short mark with a dash)',
  legendEmpty: 'Not answered yet (dashed slot)',
  legendCompare: (label: string) => `${label} (dashed outline)`,
  legendSpread: 'Range of the raters’ levels',
  comparison: 'the comparison',
  noSnapshot: (name: string) => `This profile has no snapshot “${name}” to compare with.`,
};

export type BarsStrings = typeof en;

const es: BarsStrings = {
  chartLabel: (title: string) => `${title}: perfil del equipo`,
  summary: (rated: number, total: number, unsure: number) =>
    `${rated} de ${total} ${total === 1 ? 'capacidad valorada' : 'capacidades valoradas'} en un nivel` +
    (unsure ? `, ${unsure} sin decidir.` : '.'),
  comparedWith: (label: string) => ` Los contornos muestran ${label}.`,
  spreadShown: ' Las marcas de rango muestran cuánto difieren los evaluadores.',
  atLevel: (capacity: string, level: string, position: number, count: number) =>
    `${capacity}: ${level} (${position} de ${count})`,
  levelPosition: (level: string, position: number, count: number) => `${level} (${position} de ${count})`,
  withStatus: (capacity: string, status: string) => `${capacity}: ${status}`,
  clearedKeptNote: (capacity: string) =>
    `${capacity}: nivel borrado, nota conservada (todavía no estamos seguros)`,
  ...answerTables.es.inline,
  barsLabel: 'Capacidades',
  hint: 'Las flechas recorren las capacidades.',
  hintSelect: 'Intro lleva a sus preguntas.',
  editKeys: (up: string, down: string) =>
    `${up} y ${down} muestran un nivel en la barra; Intro lo fija, Escape lo cancela; Suprimir borra el nivel y conserva la nota.`,
  previewIdle: 'Señale un nivel en una barra para verlo antes de fijarlo.',
  preview: (capacity: string, level: string, via: 'pointer' | 'touch' | 'keyboard') =>
    `${capacity}: ${level}. ${via === 'touch' ? 'Toque otra vez para fijarlo.' : via === 'keyboard' ? 'Pulse Intro para fijarlo o Escape para cancelar.' : 'Haga clic para fijarlo.'}`,
  previewCancelled: 'Cancelado: el nivel queda como estaba.',
  celebrate: 'Todas las capacidades tienen respuesta. ¡Bien hecho, equipo!',
  levelKey: 'Niveles',
  download: 'Descargar el gráfico',
  downloadSvg: 'SVG',
  downloadPng: 'PNG',
  downloadFailed: (kind: string, why: string) => `No se pudo crear la imagen ${kind}: ${why}`,
  up: 'Flecha arriba',
  down: 'Flecha abajo',
  right: 'Flecha derecha',
  left: 'Flecha izquierda',
  showTable: 'Mostrar la tabla de datos',
  hideTable: 'Ocultar la tabla de datos',
  tableCaption: (title: string) => `${title}: nivel de cada capacidad`,
  capacity: 'Capacidad',
  group: 'Grupo',
  level: 'Nivel',
  change: (label: string) => `Cambio desde ${label}`,
  ratersColumn: 'Niveles de los evaluadores',
  from: (a: string, b: string) => `de ${a} a ${b}`,
  same: (a: string) => `sin cambio (${a})`,
  range: (min: string, max: string) => (min === max ? `todos en ${min}` : `de ${min} a ${max}`),
  counts: (parts: string[], rated: number, others: number) =>
    `${parts.join(', ')} (${rated} ${rated === 1 ? 'evaluador' : 'evaluadores'}` +
    (others ? `; ${others} sin nivel)` : ')'),
  noRaters: 'sin evaluadores',
  legend: 'Leyenda',
  legendUnsure: 'Sin decidir (marca corta rayada)',
  legendSkipped: 'Omitida (marca corta con un guion)',
  legendEmpty: 'Sin responder todavía (hueco discontinuo)',
  legendCompare: (label: string) => `${label} (contorno discontinuo)`,
  legendSpread: 'Rango de los niveles de los evaluadores',
  comparison: 'la comparación',
  noSnapshot: (name: string) => `Este perfil no tiene la instantánea «${name}» para comparar.`,
};

export const barsStrings: StringTables<BarsStrings> = { en, es };
