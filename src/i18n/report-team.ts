/**
 * UI strings of the report's "How the team sees it" part (issue 17), in English and Spanish. Level, role
 * and capacity names come from the framework.
 */
import { localized, type StringTables, type Words } from './index.js';
import { a, plural } from './plural.js';

const en = (w: Words) => ({
  title: 'How the team sees it',
  intro: (n: number) => `${plural('en', n, { one: '# member', other: '# members' })} answered.`,
  capacity: w.Capacity,
  agreed: `Team’s ${w.level}`,
  members: 'Members’ answers',
  tableLabel: `Agreed ${w.levels} and members’ answers, per ${w.capacity}`,
  note: 'Why',
  none: 'Not agreed yet',
  allAgreed: (n: number, level: string) => `All ${n} chose ${level}`,
  chose: (k: number, n: number, level: string) => `${k} of ${n} chose ${level}`,
  unsure: (k: number) => `${k} not sure`,
  noAnswers: 'No member answered',
  rolesTitle: 'Where roles differ',
  rolesNone: `No role sees ${a(w.capacity)} a whole ${w.level} apart from the others.`,
  roleDiffers: (role: string, capacity: string, lower: boolean, mine: string, others: string) =>
    `${role} see ${capacity} ${lower ? 'lower' : 'higher'} than the others (${mine} vs ${others})`,
});

export type ReportTeamStrings = ReturnType<typeof en>;

const es = (w: Words): ReportTeamStrings => ({
  title: 'Cómo lo ve el equipo',
  intro: (n: number) => plural('es', n, { one: 'Respondió # miembro.', other: 'Respondieron # miembros.' }),
  capacity: w.Capacity,
  agreed: `${w.Level} del equipo`,
  members: 'Respuestas de los miembros',
  tableLabel: `Acuerdos y respuestas de los miembros, por ${w.capacity}`,
  note: 'Por qué',
  none: 'Aún sin acuerdo',
  allAgreed: (n: number, level: string) => `Los ${n} eligieron ${level}`,
  chose: (k: number, n: number, level: string) => `${k} de ${n} eligieron ${level}`,
  unsure: (k: number) => `${k} no están seguros`,
  noAnswers: 'Ningún miembro respondió',
  rolesTitle: 'Dónde difieren los roles',
  rolesNone: 'Ningún rol difiere de los demás en un paso completo de la escala.',
  roleDiffers: (role: string, capacity: string, lower: boolean, mine: string, others: string) =>
    `${role} ven ${capacity} ${lower ? 'más bajo' : 'más alto'} que los demás (${mine} frente a ${others})`,
});

const tables: StringTables<ReportTeamStrings> = { en, es };

export const reportTeamStrings = (locale: string | undefined, words?: Words): ReportTeamStrings =>
  localized('reportTeam', tables, locale, words);
