/** A facilitator's page (issue 17): five members' answers gathered, revealed, some agreed. */
import '../src/all.js';
import type { BlueprintProvider } from '../src/components/blueprint-provider/blueprint-provider.js';
import sample from '../src/data/improvement-teams.json';

const framework = {
  ...sample,
  roles: [
    { id: 'teacher', label: { en: 'Teacher', es: 'Docente' } },
    { id: 'leader', label: { en: 'School leader', es: 'Dirección' } },
    { id: 'family', label: { en: 'Family', es: 'Familia' } },
  ],
};
const capacities = sample.groups.flatMap((g) => g.capacities.map((c) => c.id));
const levels = sample.levels.map((l) => l.id);
const who = [
  { name: 'Ana', role: 'teacher' },
  { name: 'Ben', role: 'family' },
  { role: 'leader' },
  { name: 'Dolores', role: 'family' },
  { name: 'Eli', role: 'teacher' },
];
const raters = who.map((w, m) => ({
  id: `member-${m + 1}`,
  ...w,
  submittedAt: new Date(Date.UTC(2026, 4, 1, 9, m * 7)).toISOString(),
  ratings: Object.fromEntries(
    capacities.map((id, c) => [
      id,
      (c + m) % 9 === 0
        ? { status: 'unsure' }
        : { status: 'rated', levelId: levels[(c * (m + 1) + (w.role === 'family' ? 0 : 2)) % levels.length] },
    ]),
  ),
}));
const provider = document.querySelector<BlueprintProvider>('blueprint-provider')!;
provider.framework = framework;
provider.profile = {
  schema: 'blueprint-profile/1',
  frameworkId: sample.id,
  frameworkVersion: sample.version,
  ratings: { [capacities[0]]: { status: 'rated', levelId: levels[1], note: 'We talked it through.' } },
  raters,
} as never;
