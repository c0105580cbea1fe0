/**
 * The report's words for owners' names in a share link (issue 18), apart from the action plan's table so
 * that the report's own file carries only these three (its size budget is nearly spent).
 */
import { localized, type StringTables } from './index.js';

const en = {
  shareOwners: "Include the plan's owners (names) in the link",
  shareWithOwners: "The plan's owners (names) are in the link.",
  shareWithoutOwners: "The plan's owners (names) are left out of the link.",
};

export type ShareOwnerStrings = typeof en;

const es: ShareOwnerStrings = {
  shareOwners: 'Incluir en el enlace los responsables del plan (nombres)',
  shareWithOwners: 'Los responsables del plan (nombres) van en el enlace.',
  shareWithoutOwners: 'Los responsables del plan (nombres) no van en el enlace.',
};

const tables: StringTables<ShareOwnerStrings> = { en, es };

export const shareOwnerStrings = (locale: string | undefined): ShareOwnerStrings =>
  localized('shareOwners', tables, locale);
