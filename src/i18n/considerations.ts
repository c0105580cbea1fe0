/**
 * UI strings of `<equity-considerations>`, in English and Spanish. The considerations themselves, and
 * group, capacity and level names, come from the framework JSON.
 */
import { localized, type StringTables } from './index.js';

const en = {
  /** After a text too long to show whole (clipped): shows the rest, and hides it again. */
  showFullText: 'Show the full text',
  showLessText: 'Show less',
  /** "at Developing, from your team’s answers for 3 of 3 capacities" */
  basedOn: (level: string, rated: number, total: number) =>
    `at ${level}, from your team’s answers for ${rated} of ${total} ${total === 1 ? 'capacity' : 'capacities'}`,
  atLevel: (level: string) => `at ${level}`,
  /** For a capacity at the team's level for it. */
  capacityRatedAt: (level: string) => `at ${level}, your team’s level for this capacity`,
  rateGroupFirst: 'Rate the capacities in this group to see the considerations for your team’s level.',
  rateCapacityFirst: 'Rate this capacity to see the considerations for your team’s level.',
  noEntry: (group: string, level: string) =>
    `The framework has no equity considerations for ${group} at ${level}.`,
  forCapacity: (capacity: string) => `For ${capacity}`,
  capacitySpecific: 'Specific to this capacity.',
  fromGroup: (group: string) => `The considerations for ${group} as a whole.`,
  yourLevel: 'Your team’s level',
  allLevels: 'At every level',
  noGroup: (id: string) => `This framework has no group “${id}”.`,
  noLevel: (id: string) => `This framework has no level “${id}”.`,
  noCapacity: (id: string) => `This framework has no capacity “${id}”.`,
  capacityNotInGroup: (capacity: string, group: string) =>
    `The capacity “${capacity}” is not in the group “${group}”.`,
  nothingToShow: 'Nothing to show',
};

export type ConsiderationStrings = typeof en;

const es: ConsiderationStrings = {
  showFullText: 'Mostrar el texto completo',
  showLessText: 'Mostrar menos',
  basedOn: (level: string, rated: number, total: number) =>
    `en el nivel ${level}, según las respuestas de su equipo en ${rated} de ${total} ${total === 1 ? 'capacidad' : 'capacidades'}`,
  atLevel: (level: string) => `en el nivel ${level}`,
  capacityRatedAt: (level: string) => `en el nivel ${level}, el de su equipo en esta capacidad`,
  rateGroupFirst:
    'Califique las capacidades de este grupo para ver las consideraciones para el nivel de su equipo.',
  rateCapacityFirst: 'Califique esta capacidad para ver las consideraciones para el nivel de su equipo.',
  noEntry: (group: string, level: string) =>
    `El marco no tiene consideraciones de equidad para ${group} en el nivel ${level}.`,
  forCapacity: (capacity: string) => `Para ${capacity}`,
  capacitySpecific: 'Propias de esta capacidad.',
  fromGroup: (group: string) => `Las consideraciones para ${group} en conjunto.`,
  yourLevel: 'Nivel de su equipo',
  allLevels: 'En todos los niveles',
  noGroup: (id: string) => `Este marco no tiene un grupo «${id}».`,
  noLevel: (id: string) => `Este marco no tiene un nivel «${id}».`,
  noCapacity: (id: string) => `Este marco no tiene una capacidad «${id}».`,
  capacityNotInGroup: (capacity: string, group: string) =>
    `La capacidad «${capacity}» no pertenece al grupo «${group}».`,
  nothingToShow: 'Nada que mostrar',
};

const tables: StringTables<ConsiderationStrings> = { en, es };

/** The considerations' strings for `locale` (best match), else English. */
export function considerationStrings(locale: string | undefined): ConsiderationStrings {
  return localized(tables, locale);
}
