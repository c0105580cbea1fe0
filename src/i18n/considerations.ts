/**
 * UI strings of `<equity-considerations>`, in English and Spanish. The considerations themselves, and
 * group, capacity and level names, come from the framework JSON.
 */
import { localized, type StringTables, type Words } from './index.js';
import { plural } from './plural.js';

const en = (w: Words) => ({
  /** After a text too long to show whole (clipped): shows the rest, and hides it again. */
  showFullText: 'Show the full text',
  showLessText: 'Show less',
  /** "at Developing, from your team’s answers for 3 of 3 capacities" */
  basedOn: (level: string, rated: number, total: number) =>
    `at ${level}, from your team’s answers for ${rated} of ${plural('en', total, { one: `# ${w.capacity}`, other: `# ${w.capacities}` })}`,
  atLevel: (level: string) => `at ${level}`,
  /** For a capacity at the team's level for it. */
  capacityRatedAt: (level: string) => `at ${level}, your team’s ${w.level} for this ${w.capacity}`,
  rateGroupFirst: `Rate the ${w.capacities} in this ${w.group} to see the considerations for your team’s ${w.level}.`,
  rateCapacityFirst: `Rate this ${w.capacity} to see the considerations for your team’s ${w.level}.`,
  noEntry: (group: string, level: string) =>
    `The framework has no equity considerations for ${group} at ${level}.`,
  forCapacity: (capacity: string) => `For ${capacity}`,
  capacitySpecific: `Specific to this ${w.capacity}.`,
  fromGroup: (group: string) => `The considerations for ${group} as a whole.`,
  yourLevel: `Your team’s ${w.level}`,
  allLevels: `At every ${w.level}`,
  noGroup: (id: string) => `This framework has no ${w.group} “${id}”.`,
  noLevel: (id: string) => `This framework has no ${w.level} “${id}”.`,
  noCapacity: (id: string) => `This framework has no ${w.capacity} “${id}”.`,
  capacityNotInGroup: (capacity: string, group: string) =>
    `The ${w.capacity} “${capacity}” is not in the ${w.group} “${group}”.`,
  nothingToShow: 'Nothing to show',
});

export type ConsiderationStrings = ReturnType<typeof en>;

const es = (w: Words): ConsiderationStrings => ({
  showFullText: 'Mostrar el texto completo',
  showLessText: 'Mostrar menos',
  basedOn: (level: string, rated: number, total: number) =>
    `${w.level}: ${level}, según las respuestas de su equipo en ${rated} de ${plural('es', total, { one: `# ${w.capacity}`, other: `# ${w.capacities}` })}`,
  atLevel: (level: string) => `${w.level}: ${level}`,
  capacityRatedAt: (level: string) => `${w.level}: ${level}, la respuesta de su equipo`,
  rateGroupFirst: `Califique cada ${w.capacity} para ver las consideraciones que corresponden a su equipo.`,
  rateCapacityFirst: 'Responda primero para ver las consideraciones que corresponden a su equipo.',
  noEntry: (group: string, level: string) =>
    `El marco no tiene consideraciones de equidad para ${group} (${w.level}: ${level}).`,
  forCapacity: (capacity: string) => `Para ${capacity}`,
  capacitySpecific: 'Consideraciones específicas.',
  fromGroup: (group: string) => `Las consideraciones para ${group} en conjunto.`,
  yourLevel: `${w.Level} de su equipo`,
  allLevels: `En cada ${w.level}`,
  noGroup: (id: string) => `No hay ${w.group} «${id}» en este marco.`,
  noLevel: (id: string) => `No hay ${w.level} «${id}» en este marco.`,
  noCapacity: (id: string) => `No hay ${w.capacity} «${id}» en este marco.`,
  capacityNotInGroup: (capacity: string, group: string) => `«${capacity}» no pertenece a «${group}».`,
  nothingToShow: 'Nada que mostrar',
});

const tables: StringTables<ConsiderationStrings> = { en, es };

/** The considerations' strings for `locale` (best match), else English. */
export function considerationStrings(locale: string | undefined, words?: Words): ConsiderationStrings {
  return localized('considerations', tables, locale, words);
}
