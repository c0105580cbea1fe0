/**
 * <blueprint-bars>' words in Spanish (bars.ts has the English and the notes): a file of its own so that the
 * script tag and the bars' npm import load them only on a page that speaks Spanish (src/i18n/es.ts).
 */
import { answerTables } from './answers.js';
import type { BarsStrings } from './bars.js';
import type { Words } from './index.js';
import { plural } from './plural.js';

export const es = (w: Words): BarsStrings => ({
  chartLabel: (title: string) => `${title}: perfil del equipo`,
  summary: (rated: number, total: number, unsure: number) =>
    `${rated} de ${plural('es', total, { one: `# ${w.capacity}`, other: `# ${w.capacities}` })} con ${w.level}` +
    (unsure ? `, ${unsure} sin decidir.` : '.'),
  comparedWith: (label: string) => ` Los contornos muestran ${label}.`,
  spreadShown: ' Las marcas de rango muestran cuánto difieren los evaluadores.',
  atLevel: (capacity: string, level: string, position: number, count: number) =>
    `${capacity}: ${level} (${position} de ${count})`,
  levelPosition: (level: string, position: number, count: number) => `${level} (${position} de ${count})`,
  withStatus: (capacity: string, status: string) => `${capacity}: ${status}`,
  clearedKeptNote: (capacity: string) =>
    `${capacity}: sin ${w.level}, nota conservada (todavía no estamos seguros)`,
  ...answerTables.es.inline,
  barsLabel: w.Capacities,
  hint: `Las flechas pasan de ${w.capacity} en ${w.capacity}.`,
  hintSelect: 'Intro lleva a sus preguntas.',
  editKeys: (up: string, down: string) =>
    `${up} y ${down} muestran cada ${w.level} en la barra; Intro fija la elección, Escape la cancela; Suprimir deja la barra sin ${w.level} y conserva la nota.`,
  previewIdle: `Señale una barra para ver cada ${w.level} antes de elegir.`,
  preview: (capacity: string, level: string, via: 'pointer' | 'touch' | 'keyboard') =>
    `${capacity}: ${level}. ${via === 'touch' ? 'Toque otra vez para confirmar.' : via === 'keyboard' ? 'Pulse Intro para confirmar o Escape para cancelar.' : 'Haga clic para confirmar.'}`,
  previewCancelled: 'Cancelado: la respuesta queda como estaba.',
  celebrate: `Cada ${w.capacity} tiene respuesta. ¡Bien hecho, equipo!`,
  levelKey: w.Levels,
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
  tableCaption: (title: string) => `${title}: ${w.level} de cada ${w.capacity}`,
  capacity: w.Capacity,
  group: w.Group,
  level: w.Level,
  change: (label: string) => `Cambio desde ${label}`,
  ratersColumn: `${w.Levels} de los evaluadores`,
  from: (a: string, b: string) => `de ${a} a ${b}`,
  same: (a: string) => `sin cambio (${a})`,
  range: (min: string, max: string) => (min === max ? `todos en ${min}` : `de ${min} a ${max}`),
  counts: (parts: string[], rated: number, others: number) =>
    `${parts.join(', ')} (${plural('es', rated, { one: '# evaluador', other: '# evaluadores' })}` +
    (others ? `; ${others} sin ${w.level})` : ')'),
  noRaters: 'sin evaluadores',
  legend: 'Leyenda',
  legendUnsure: 'Sin decidir (marca corta rayada)',
  legendSkipped: 'Omitida (marca corta con un guion)',
  legendEmpty: 'Sin responder todavía (hueco discontinuo)',
  legendCompare: (label: string) => `${label} (contorno discontinuo)`,
  legendSpread: `Rango de ${w.levels} de los evaluadores`,
  comparison: 'la comparación',
  noSnapshot: (name: string) => `Este perfil no tiene la instantánea «${name}» para comparar.`,
});
