/**
 * UI strings of `<blueprint-trend>` (progress over time, issue 18), in English and Spanish. Group, capacity
 * and level names and the saved moments' labels come from the framework and the profile.
 */
import type { StringTables, Words } from './index.js';
import { a, plural } from './plural.js';

const en = (w: Words) => ({
  chartLabel: (title: string) => `${title}: progress over time`,
  /** The chart's description: what is drawn, for people who do not see it. */
  description: (lines: number, moments: number, kind: 'groups' | 'capacities') =>
    `${plural('en', lines, kind === 'groups' ? { one: `# ${w.group}`, other: `# ${w.groups}` } : { one: `# ${w.capacity}`, other: `# ${w.capacities}` })} ` +
    `over ${plural('en', moments, { one: '# moment', other: '# moments' })}: the saved moments and now. The data table has every value.`,
  now: 'Now',
  onlyNow:
    'No saved moments yet. Save this moment (in the report) to start seeing change over time. For now, the chart shows where your team is today.',
  groupsNote: (group: string) =>
    `Each ${w.group}’s line is the middle ${w.level} of its answered ${w.capacities}. The shading shows the spread of ${group}, from its lowest ${w.level} to its highest; move to another line to see its spread.`,
  /** A group's level in the table, with its capacities' spread: "Developing (Beginning to Practicing)". */
  withSpread: (level: string, lo: string, hi: string) => `${level} (${lo} to ${hi})`,
  missingLevels: (ids: string) =>
    `Some saved answers use ${w.levels} this framework no longer has (${ids}). They are left out, so a line has a gap there.`,
  /** When a point is: "in Fall 2025"; `undefined` for now. */
  when: (moment: string | undefined) => (moment === undefined ? 'now' : `in ${moment}`),
  /** A point's name: "Inclusive Culture: Developing in Fall 2025" (`when` says the moment). */
  point: (line: string, level: string, when: string) => `${line}: ${level} ${when}`,
  /** Said when a point is reached, with the point before it on the line. */
  pointFrom: (line: string, before: string, beforeWhen: string, level: string, when: string) =>
    `${line}: ${before} ${beforeWhen}, ${level} ${when}`,
  notAnswered: 'not answered',
  oldLevel: (id: string) => `${a(w.level)} no longer in this framework (“${id}”)`,
  pointsLabel: 'Points on the chart',
  hint: 'Arrow keys move between points: left and right through time, up and down between lines. Home and End go to the first and last moment.',
  showTable: 'Show the data table',
  hideTable: 'Hide the data table',
  tableCaption: (title: string) => `${title}: ${w.level} at each moment`,
  tableRegion: 'Data table (scrolls sideways)',
  groupColumn: w.Group,
  capacityColumn: w.Capacity,
  legend: 'Key',
  noGroup: (id: string) => `This framework has no ${w.group} “${id}”. The chart shows every ${w.group}.`,
});

export type TrendStrings = ReturnType<typeof en>;

const es = (w: Words): TrendStrings => ({
  chartLabel: (title: string) => `${title}: avance en el tiempo`,
  description: (lines: number, moments: number, kind: 'groups' | 'capacities') =>
    `${plural('es', lines, kind === 'groups' ? { one: `# ${w.group}`, other: `# ${w.groups}` } : { one: `# ${w.capacity}`, other: `# ${w.capacities}` })} ` +
    `en ${plural('es', moments, { one: '# momento', other: '# momentos' })}: los momentos guardados y ahora. La tabla de datos tiene todos los valores.`,
  now: 'Ahora',
  onlyNow:
    'Todavía no hay momentos guardados. Guarde este momento (en el informe) para empezar a ver el cambio en el tiempo. Por ahora, el gráfico muestra dónde está su equipo hoy.',
  groupsNote: (group: string) =>
    `La línea de cada ${w.group} marca el punto medio de sus ${w.capacities} con respuesta. El sombreado muestra el rango de ${group}, de lo más bajo a lo más alto; vaya a otra línea para ver el suyo.`,
  withSpread: (level: string, lo: string, hi: string) => `${level} (de ${lo} a ${hi})`,
  missingLevels: (ids: string) =>
    `Algunas respuestas guardadas usan ${w.levels} que este marco ya no tiene (${ids}). Se dejan fuera, así que la línea tiene un hueco ahí.`,
  when: (moment: string | undefined) => (moment === undefined ? 'ahora' : `en ${moment}`),
  point: (line: string, level: string, when: string) => `${line}: ${level} ${when}`,
  pointFrom: (line: string, before: string, beforeWhen: string, level: string, when: string) =>
    `${line}: ${before} ${beforeWhen}, ${level} ${when}`,
  notAnswered: 'sin responder',
  oldLevel: (id: string) => `${w.level} «${id}» (ya no está en este marco)`,
  pointsLabel: 'Puntos del gráfico',
  hint: 'Las flechas recorren los puntos: izquierda y derecha en el tiempo, arriba y abajo entre líneas. Inicio y Fin van al primer y al último momento.',
  showTable: 'Mostrar la tabla de datos',
  hideTable: 'Ocultar la tabla de datos',
  tableCaption: (title: string) => `${title}: ${w.level} en cada momento`,
  tableRegion: 'Tabla de datos (se desplaza de lado)',
  groupColumn: w.Group,
  capacityColumn: w.Capacity,
  legend: 'Leyenda',
  noGroup: (id: string) => `No hay ${w.group} «${id}» en este marco. El gráfico muestra cada ${w.group}.`,
});

export const trendStrings: StringTables<TrendStrings> = { en, es };
