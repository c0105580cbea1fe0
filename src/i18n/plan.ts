/**
 * UI strings of `<action-plan>` and of the report's plan and "Since last time" parts (issue 18), in English
 * and Spanish. The framework's own words (capacity names, levels, actions) come from the JSON; the words
 * "capacity" and "level" stay in this table, never in templates, so a framework's `terms` can replace them.
 */
import { localized, type StringTables, type Words } from './index.js';
import { a, plural } from './plural.js';
import type { PlanExportWords } from '../framework/plan-export.js';
import type { PlanStatus } from '../framework/schema.js';

const items = (n: number) => (n === 1 ? '1 item' : `${n} items`);

const en = (w: Words) => ({
  title: 'Our plan',
  intro:
    'Turn your priorities into steps: who does what, by when, and how you will know it worked. Changes are saved as you go.',
  fromPriorities: 'Suggested by your priorities',
  noPriorities: `Mark up to 3 ${w.capacities} as priorities (in the report) to see suggested actions here, or add your own step.`,
  notRatedYet: `Choose ${a(w.level)} for this ${w.capacity} first to see the actions suggested for it.`,
  noSuggestions: `The framework suggests no action at this ${w.level}.`,
  atLevel: (level: string) => `You are at ${level}.`,
  addToPlan: 'Add to our plan',
  inPlan: 'In your plan',
  addOwn: 'Add your own step',
  newTitle: 'New step',
  empty: 'Your plan is empty. Add a suggested action above, or add your own step.',
  filterStatus: 'Show',
  filterOwner: 'Owner',
  allStatuses: 'All steps',
  overdueOnly: 'Overdue',
  anyOwner: 'Anyone',
  noOwner: 'No owner yet',
  showing: (n: number, total: number) => `Showing ${n} of ${items(total)}.`,
  noneMatch: 'No step matches these filters.',
  status: { planned: 'Planned', doing: 'Doing', done: 'Done', dropped: 'Dropped' } as Record<
    PlanStatus,
    string
  >,
  // Field labels.
  fieldTitle: 'Step',
  fieldCapacity: w.Capacity,
  fieldOwner: 'Owner',
  fieldDue: 'Due date',
  fieldStatus: 'Status',
  fieldMeasure: 'How we will know it worked',
  fieldResources: 'Resources from the library',
  fieldNote: 'Note',
  noResources: `No resource in the library matches this ${w.capacity} yet.`,
  owner: (name: string) => `Owner: ${name}`,
  due: (date: string) => `Due ${date}`,
  overdue: 'Overdue',
  overdueSince: (date: string) => `Overdue: it was due ${date}`,
  stale: 'No longer in this framework',
  staleCapacity: (id: string) =>
    `The ${w.capacity} "${id}" is no longer in this framework. The step is kept.`,
  staleAction: (id: string) => `The suggested action "${id}" is no longer in this framework.`,
  staleResource: (id: string) => `Resource "${id}" (no longer in this framework)`,
  edit: 'Edit details',
  closeEdit: 'Close details',
  moveUp: 'Move up',
  moveDown: 'Move down',
  remove: 'Remove',
  undo: 'Undo',
  // Announcements (one per action).
  added: (title: string) => `Added "${title}" to your plan.`,
  saved: (field: string, title: string) => `Saved the ${field.toLowerCase()} of "${title}".`,
  removed: (title: string) => `Removed "${title}".`,
  restored: (title: string) => `Brought back "${title}".`,
  moved: (title: string, position: number, total: number) => `Moved "${title}" to ${position} of ${total}.`,
  exported: (file: string) => `Saved ${file}.`,
  noDates: 'No step has a due date yet, so there is nothing to put in a calendar.',
  // Movement since the step was planned.
  movedUp: (from: string, to: string) => `Moved up from ${from} to ${to} since this was planned`,
  stayed: (level: string) => `Still at ${level} since this was planned`,
  movedDown: (from: string, to: string) => `Went down from ${from} to ${to} since this was planned`,
  // Exports.
  exportCsv: 'Download the plan (CSV)',
  exportIcs: 'Add due dates to a calendar (.ics)',
  csvHeader: [
    'Step',
    w.Capacity,
    'Owner',
    'Due date',
    'Status',
    'How we will know it worked',
    'Resources',
    'Note',
  ],
  calendarName: 'Our plan',
  statusLabel: 'Status',
  tableCaption: 'Our plan',
  // The report's "Since last time".
  sinceTitle: 'Since last time',
  sinceNow: (date: string) => `Since the moment saved on ${date}:`,
  sinceBetween: (from: string, to: string) => `Nothing changed since ${to}. Between ${from} and ${to}:`,
  wentUp: 'Moved up',
  wentDown: 'Went down',
  change: (name: string, from: string, to: string) => `${name}: from ${from} to ${to}`,
  noChange: (same: number) =>
    same
      ? `No answer changed ${w.level} (${plural('en', same, { one: `# ${w.capacity}`, other: `# ${w.capacities}` })} answered both times).`
      : `No ${w.capacity} was answered at ${a(w.level)} both times, so there is nothing to compare yet.`,
  stillSame: (n: number) =>
    plural('en', n, {
      one: `# other ${w.capacity} stayed at the same ${w.level}.`,
      other: `# other ${w.capacities} stayed at the same ${w.level}.`,
    }),
  // Issue 15 (words): an empty plan with no suggested action above it.
  emptyNothingAbove: 'Your plan is empty.',
});

export type PlanStrings = ReturnType<typeof en>;

const es = (w: Words): PlanStrings => ({
  title: 'Nuestro plan',
  intro:
    'Convierta sus prioridades en pasos: quién hace qué, para cuándo y cómo sabrán que funcionó. Los cambios se guardan al momento.',
  fromPriorities: 'Sugerido por sus prioridades',
  noPriorities: `Marque como prioridad hasta 3 ${w.capacities} (en el informe) para ver acciones sugeridas aquí, o agregue un paso propio.`,
  notRatedYet: 'Responda primero para ver las acciones sugeridas.',
  noSuggestions: 'El marco no sugiere ninguna acción aquí.',
  atLevel: (level: string) => `Están en ${level}.`,
  addToPlan: 'Agregar a nuestro plan',
  inPlan: 'En su plan',
  addOwn: 'Agregar un paso propio',
  newTitle: 'Paso nuevo',
  empty: 'Su plan está vacío. Agregue una acción sugerida arriba, o un paso propio.',
  filterStatus: 'Mostrar',
  filterOwner: 'Responsable',
  allStatuses: 'Todos los pasos',
  overdueOnly: 'Atrasados',
  anyOwner: 'Cualquiera',
  noOwner: 'Sin responsable aún',
  showing: (n: number, total: number) => `Se muestran ${n} de ${total === 1 ? '1 paso' : `${total} pasos`}.`,
  noneMatch: 'Ningún paso coincide con estos filtros.',
  status: { planned: 'Planeado', doing: 'En curso', done: 'Hecho', dropped: 'Descartado' },
  fieldTitle: 'Paso',
  fieldCapacity: w.Capacity,
  fieldOwner: 'Responsable',
  fieldDue: 'Fecha límite',
  fieldStatus: 'Estado',
  fieldMeasure: 'Cómo sabremos que funcionó',
  fieldResources: 'Recursos de la biblioteca',
  fieldNote: 'Nota',
  noResources: 'Todavía no hay recursos de la biblioteca para esto.',
  owner: (name: string) => `Responsable: ${name}`,
  due: (date: string) => `Para el ${date}`,
  overdue: 'Atrasado',
  overdueSince: (date: string) => `Atrasado: era para el ${date}`,
  stale: 'Ya no está en este marco',
  staleCapacity: (id: string) => `"${id}" ya no está en este marco. El paso se conserva.`,
  staleAction: (id: string) => `La acción sugerida "${id}" ya no está en este marco.`,
  staleResource: (id: string) => `Recurso "${id}" (ya no está en este marco)`,
  edit: 'Editar detalles',
  closeEdit: 'Cerrar detalles',
  moveUp: 'Subir',
  moveDown: 'Bajar',
  remove: 'Quitar',
  undo: 'Deshacer',
  added: (title: string) => `Se agregó "${title}" a su plan.`,
  saved: (field: string, title: string) => `Se guardó: ${field.toLowerCase()} de "${title}".`,
  removed: (title: string) => `Se quitó "${title}".`,
  restored: (title: string) => `Se recuperó "${title}".`,
  moved: (title: string, position: number, total: number) =>
    `"${title}" pasó al lugar ${position} de ${total}.`,
  exported: (file: string) => `Se guardó ${file}.`,
  noDates: 'Ningún paso tiene fecha límite todavía, así que no hay nada que poner en un calendario.',
  movedUp: (from: string, to: string) => `Subió de ${from} a ${to} desde que se planeó`,
  stayed: (level: string) => `Sigue en ${level} desde que se planeó`,
  movedDown: (from: string, to: string) => `Bajó de ${from} a ${to} desde que se planeó`,
  exportCsv: 'Descargar el plan (CSV)',
  exportIcs: 'Agregar las fechas a un calendario (.ics)',
  csvHeader: [
    'Paso',
    w.Capacity,
    'Responsable',
    'Fecha límite',
    'Estado',
    'Cómo sabremos que funcionó',
    'Recursos',
    'Nota',
  ],
  calendarName: 'Nuestro plan',
  statusLabel: 'Estado',
  tableCaption: 'Nuestro plan',
  sinceTitle: 'Desde la última vez',
  sinceNow: (date: string) => `Desde el momento guardado el ${date}:`,
  sinceBetween: (from: string, to: string) => `Nada cambió desde el ${to}. Entre el ${from} y el ${to}:`,
  wentUp: 'Subieron',
  wentDown: 'Bajaron',
  change: (name: string, from: string, to: string) => `${name}: de ${from} a ${to}`,
  noChange: (same: number) =>
    same
      ? `Ninguna respuesta cambió de ${w.level} (${plural('es', same, { one: `# ${w.capacity}`, other: `# ${w.capacities}` })} con respuesta las dos veces).`
      : `Ninguna respuesta tuvo ${w.level} las dos veces, así que aún no hay nada que comparar.`,
  stillSame: (n: number) =>
    plural('es', n, {
      one: `# ${w.capacity} más no cambió de ${w.level}.`,
      other: `# ${w.capacities} más no cambiaron de ${w.level}.`,
    }),
  emptyNothingAbove: 'Su plan está vacío.',
});

const tables: StringTables<PlanStrings> = { en, es };

/** The action plan's strings for `locale`. */
export function planStrings(locale: string | undefined, words?: Words): PlanStrings {
  return localized('plan', tables, locale, words);
}

/** The words of the plan's CSV and calendar files in `locale`. */
export function planExportWords(locale: string | undefined, words?: Words): PlanExportWords {
  const t = planStrings(locale, words);
  return {
    csvHeader: t.csvHeader,
    status: t.status,
    capacity: t.fieldCapacity,
    owner: t.fieldOwner,
    statusLabel: t.statusLabel,
    measure: t.fieldMeasure,
    note: t.fieldNote,
    calendarName: t.calendarName,
  };
}
