/**
 * UI strings of the report's "How the team sees it" part (issue 17), in English and Spanish. Level, role
 * and capacity names come from the framework.
 */
import { localized, type StringTables } from './index.js';

const en = {
  title: 'How the team sees it',
  intro: (n: number) => `${n} ${n === 1 ? 'member' : 'members'} answered.`,
  capacity: 'Capacity',
  agreed: 'Team’s level',
  members: 'Members’ answers',
  tableLabel: 'Agreed levels and members’ answers, per capacity',
  note: 'Why',
  none: 'Not agreed yet',
  allAgreed: (n: number, level: string) => `All ${n} chose ${level}`,
  chose: (k: number, n: number, level: string) => `${k} of ${n} chose ${level}`,
  unsure: (k: number) => `${k} not sure`,
  noAnswers: 'No member answered',
  rolesTitle: 'Where roles differ',
  rolesNone: 'No role sees a capacity a whole level apart from the others.',
  roleDiffers: (role: string, capacity: string, lower: boolean, mine: string, others: string) =>
    `${role} see ${capacity} ${lower ? 'lower' : 'higher'} than the others (${mine} vs ${others})`,
};

export type ReportTeamStrings = typeof en;

const es: ReportTeamStrings = {
  title: 'Cómo lo ve el equipo',
  intro: (n: number) => `Respondieron ${n} ${n === 1 ? 'miembro' : 'miembros'}.`,
  capacity: 'Capacidad',
  agreed: 'Nivel del equipo',
  members: 'Respuestas de los miembros',
  tableLabel: 'Niveles acordados y respuestas de los miembros, por capacidad',
  note: 'Por qué',
  none: 'Aún sin acuerdo',
  allAgreed: (n: number, level: string) => `Los ${n} eligieron ${level}`,
  chose: (k: number, n: number, level: string) => `${k} de ${n} eligieron ${level}`,
  unsure: (k: number) => `${k} no están seguros`,
  noAnswers: 'Ningún miembro respondió',
  rolesTitle: 'Dónde difieren los roles',
  rolesNone: 'Ningún rol ve una capacidad un nivel entero distinta de los demás.',
  roleDiffers: (role: string, capacity: string, lower: boolean, mine: string, others: string) =>
    `${role} ven ${capacity} ${lower ? 'más bajo' : 'más alto'} que los demás (${mine} frente a ${others})`,
};

const tables: StringTables<ReportTeamStrings> = { en, es };

export const reportTeamStrings = (locale: string | undefined): ReportTeamStrings => localized(tables, locale);
