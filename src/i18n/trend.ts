/**
 * UI strings of `<blueprint-trend>` (progress over time, issue 18), in English and Spanish. Group, capacity
 * and level names and the saved moments' labels come from the framework and the profile.
 */
import type { StringTables } from './index.js';

const en = {
  chartLabel: (title: string) => `${title}: progress over time`,
  /** The chart's description: what is drawn, for people who do not see it. */
  description: (lines: number, moments: number, kind: 'groups' | 'capacities') =>
    `${lines} ${kind === 'groups' ? (lines === 1 ? 'group' : 'groups') : lines === 1 ? 'capacity' : 'capacities'} ` +
    `over ${moments} ${moments === 1 ? 'moment' : 'moments'}: the saved moments and now. The data table has every value.`,
  now: 'Now',
  onlyNow:
    'No saved moments yet. Save this moment (in the report) to start seeing change over time. For now, the chart shows where your team is today.',
  groupsNote: (group: string) =>
    `Each group’s line is the middle level of its answered capacities. The shading shows the spread of ${group}, from its lowest level to its highest; move to another line to see its spread.`,
  /** A group's level in the table, with its capacities' spread: "Developing (Beginning to Practicing)". */
  withSpread: (level: string, lo: string, hi: string) => `${level} (${lo} to ${hi})`,
  missingLevels: (ids: string) =>
    `Some saved answers use a level this framework no longer has (${ids}). They are left out, so a line has a gap there.`,
  /** When a point is: "in Fall 2025"; `undefined` for now. */
  when: (moment: string | undefined) => (moment === undefined ? 'now' : `in ${moment}`),
  /** A point's name: "Inclusive Culture: Developing in Fall 2025" (`when` says the moment). */
  point: (line: string, level: string, when: string) => `${line}: ${level} ${when}`,
  /** Said when a point is reached, with the point before it on the line. */
  pointFrom: (line: string, before: string, beforeWhen: string, level: string, when: string) =>
    `${line}: ${before} ${beforeWhen}, ${level} ${when}`,
  notAnswered: 'not answered',
  oldLevel: (id: string) => `a level no longer in this framework (“${id}”)`,
  pointsLabel: 'Points on the chart',
  hint: 'Arrow keys move between points: left and right through time, up and down between lines. Home and End go to the first and last moment.',
  showTable: 'Show the data table',
  hideTable: 'Hide the data table',
  tableCaption: (title: string) => `${title}: level at each moment`,
  tableRegion: 'Data table (scrolls sideways)',
  groupColumn: 'Group',
  capacityColumn: 'Capacity',
  legend: 'Key',
  noGroup: (id: string) => `This framework has no group “${id}”. The chart shows every group.`,
};

export type TrendStrings = typeof en;

const es: TrendStrings = {
  chartLabel: (title: string) => `${title}: avance en el tiempo`,
  description: (lines: number, moments: number, kind: 'groups' | 'capacities') =>
    `${lines} ${kind === 'groups' ? (lines === 1 ? 'grupo' : 'grupos') : lines === 1 ? 'capacidad' : 'capacidades'} ` +
    `en ${moments} ${moments === 1 ? 'momento' : 'momentos'}: los momentos guardados y ahora. La tabla de datos tiene todos los valores.`,
  now: 'Ahora',
  onlyNow:
    'Todavía no hay momentos guardados. Guarde este momento (en el informe) para empezar a ver el cambio en el tiempo. Por ahora, el gráfico muestra dónde está su equipo hoy.',
  groupsNote: (group: string) =>
    `La línea de cada grupo es el nivel intermedio de sus capacidades respondidas. El sombreado muestra el rango de ${group}, de su nivel más bajo al más alto; vaya a otra línea para ver el suyo.`,
  withSpread: (level: string, lo: string, hi: string) => `${level} (de ${lo} a ${hi})`,
  missingLevels: (ids: string) =>
    `Algunas respuestas guardadas usan un nivel que este marco ya no tiene (${ids}). Se dejan fuera, así que la línea tiene un hueco ahí.`,
  when: (moment: string | undefined) => (moment === undefined ? 'ahora' : `en ${moment}`),
  point: (line: string, level: string, when: string) => `${line}: ${level} ${when}`,
  pointFrom: (line: string, before: string, beforeWhen: string, level: string, when: string) =>
    `${line}: ${before} ${beforeWhen}, ${level} ${when}`,
  notAnswered: 'sin responder',
  oldLevel: (id: string) => `un nivel que ya no está en este marco («${id}»)`,
  pointsLabel: 'Puntos del gráfico',
  hint: 'Las flechas recorren los puntos: izquierda y derecha en el tiempo, arriba y abajo entre líneas. Inicio y Fin van al primer y al último momento.',
  showTable: 'Mostrar la tabla de datos',
  hideTable: 'Ocultar la tabla de datos',
  tableCaption: (title: string) => `${title}: nivel en cada momento`,
  tableRegion: 'Tabla de datos (se desplaza de lado)',
  groupColumn: 'Grupo',
  capacityColumn: 'Capacidad',
  legend: 'Leyenda',
  noGroup: (id: string) => `Este marco no tiene un grupo «${id}». El gráfico muestra todos los grupos.`,
};

export const trendStrings: StringTables<TrendStrings> = { en, es };
