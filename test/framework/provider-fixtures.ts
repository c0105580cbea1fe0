/* eslint-disable @typescript-eslint/no-unsafe-assignment, @typescript-eslint/no-unsafe-member-access -- fixture documents are untyped JSON (Doc) */
/**
 * The fixture framework (fixtures.ts) with four providers, for the find-support tests (not a test file):
 * `late` names one level, `early` two (and a mailto contact, two capacities), `all` names none (every level,
 * an https contact), `data` has no details at all (no contact).
 */
import { type Doc, validFramework } from './fixtures.js';

export function withProviders(): Doc {
  const doc = validFramework();
  delete doc.resources[0].providerId; // the fixture's own provider is replaced
  doc.providers = [
    {
      id: 'late',
      name: 'Late Partners',
      capacityIds: ['dei'],
      levelIds: ['leading'],
      languages: ['en'],
      summary: 'For teams far along.',
    },
    {
      id: 'early',
      name: { en: 'Early Coaching', es: 'Asesoría Temprana' },
      url: 'https://example.org/early',
      capacityIds: ['dei', 'agency'],
      levelIds: ['emerging', 'developing'],
      languages: ['es-MX', 'en'],
      regions: ['North', 'Online'],
      contact: 'mailto:early@example.org',
      summary: { en: 'Coaches for new teams.', es: 'Asesores para equipos nuevos.' },
    },
    {
      id: 'all',
      name: 'All Levels Lab',
      capacityIds: ['dei'],
      levelIds: [],
      languages: ['es'],
      regions: ['north'],
      contact: 'https://example.org/all',
    },
    { id: 'data', name: 'Data Friends', capacityIds: ['routines'] },
  ];
  return doc;
}
