/**
 * The library's own words for the framework's parts, used where a framework gives no `terms` of its own in
 * the reader's language (framework-format.md, "Additions in 1.1"). Written as they appear inside a
 * sentence; the tables capitalize them at the start of one (`Words`, src/i18n/registry.ts).
 */
import type { TermKey } from './types.js';

export type TermStrings = Readonly<Record<TermKey, string>>;

const en: TermStrings = {
  capacity: 'capacity',
  capacities: 'capacities',
  group: 'group',
  groups: 'groups',
  level: 'level',
  levels: 'levels',
};

const es: TermStrings = {
  capacity: 'capacidad',
  capacities: 'capacidades',
  group: 'grupo',
  groups: 'grupos',
  level: 'nivel',
  levels: 'niveles',
};

export const termTables = { en, es };
