/**
 * `blueprint-widgets merge` (issue 17) and `blueprint-widgets aggregate` (issue 19), run for real in Node
 * through the `bp-cli` server command. Each is checked against the pure functions the elements use
 * (`mergeMembers`, `readCohort` + `aggregate` + `aggregateToCsv`), so the CLI and the page agree.
 */
import { expect } from '@open-wc/testing';
import {
  aggregate,
  aggregateToCsv,
  emptyProfile,
  mergeMembers,
  parseFramework,
  profileToFragment,
  readCohort,
  readMemberAnswers,
  serializeProfile,
  type FrameworkModel,
  type MemberAnswers,
  type Profile,
} from '../../src/framework/index.js';
import { generateCohort } from '../support/cohort-generator.js';
import { runCli, type CliResult } from '../support/cli.js';
import { validFramework } from './fixtures.js';

const ROLES = [
  { id: 'teacher', label: 'Teacher' },
  { id: 'family', label: 'Family' },
];
const frameworkDoc = (): Record<string, unknown> => ({ ...(validFramework() as object), roles: ROLES });

function model(): FrameworkModel {
  const parsed = parseFramework(frameworkDoc());
  if (!parsed.ok) throw new Error(parsed.errors.map((e) => e.message).join('\n'));
  return parsed.value;
}

const dump = (r: CliResult) => `code ${r.code}\n--- stdout\n${r.stdout}\n--- stderr\n${r.stderr}`;
const json = (v: unknown) => JSON.stringify(v, null, 2);

function member(
  m: FrameworkModel,
  name: string,
  role: string,
  levels: Record<string, string>,
  at: string,
): Profile {
  return {
    ...emptyProfile(m),
    respondent: { name, role },
    updatedAt: at,
    ratings: Object.fromEntries(
      Object.entries(levels).map(([id, levelId]) => [id, { status: 'rated', levelId }]),
    ),
  };
}

describe('CLI: blueprint-widgets merge', function () {
  // Each run starts Node and bundles the CLI once per test run (the first call): well over mocha's 5 s on
  // two busy cores.
  this.timeout(60000);
  const m = model();
  const ana = member(
    m,
    'Ana',
    'teacher',
    { dei: 'developing', agency: 'leading' },
    '2026-05-01T10:00:00.000Z',
  );
  const ben = member(m, 'Ben', 'family', { dei: 'emerging', agency: 'leading' }, '2026-05-01T11:00:00.000Z');
  const cy = member(m, 'Cy', 'family', { dei: 'leading', routines: 'emerging' }, '2026-05-01T12:00:00.000Z');
  const link = (p: Profile) => `https://school.example/blueprint/#${profileToFragment(p)}`;

  it('files and links become the same raters as in the page, written with -o', async () => {
    const r = await runCli(
      ['merge', 'fw.json', 'ana.json', link(ben), 'cy.json', '-o', 'team.json', '--json'],
      { 'fw.json': json(frameworkDoc()), 'ana.json': serializeProfile(ana), 'cy.json': serializeProfile(cy) },
    );
    expect(r.code, dump(r)).to.equal(0);
    const outcome = JSON.parse(r.stdout) as { added: { id: string; name: string }[]; raters: number };
    expect(outcome.raters).to.equal(3);
    expect(outcome.added.map((a) => a.name)).to.deep.equal(['Ana', 'Ben', 'Cy']);

    // The same merge as <team-session> does, through team.ts: the same ids, names and roles.
    const members: MemberAnswers[] = [ana, ben, cy].map((p, i) => {
      const read = readMemberAnswers(m, { name: `m${i}`, text: serializeProfile(p) });
      if (!read.ok) throw new Error(read.message);
      return read.member;
    });
    const expected = mergeMembers(m, emptyProfile(m), members).added;
    expect(outcome.added.map((a) => a.id)).to.deep.equal(expected.map((r) => r.id));
  });

  it('prints the team profile when there is no -o, and the outcome on stderr', async () => {
    const r = await runCli(['merge', 'fw.json', 'ana.json'], {
      'fw.json': json(frameworkDoc()),
      'ana.json': serializeProfile(ana),
    });
    expect(r.code, dump(r)).to.equal(0);
    const team = JSON.parse(r.stdout) as Profile;
    expect(team.raters).to.have.length(1);
    expect(team.raters![0]).to.include({ name: 'Ana', role: 'teacher' });
    expect(team.ratings, 'the team rating is not set by members').to.deep.equal({});
    expect(r.stderr).to.include('merged   Ana, Teacher');
    expect(r.stderr).to.include('1 merged, 0 already there, 0 refused');
  });

  it('--into keeps the team profile and skips a member already gathered', async () => {
    const first = await runCli(['merge', 'fw.json', 'ana.json', '-o', 'team.json'], {
      'fw.json': json(frameworkDoc()),
      'ana.json': serializeProfile(ana),
    });
    expect(first.code, dump(first)).to.equal(0);
    const team = {
      ...emptyProfile(m),
      team: 'North High',
      ratings: { dei: { status: 'rated' as const, levelId: 'leading' } },
    };
    const withAna = mergeMembers(m, team, [{ source: 'ana.json', profile: ana, warnings: [] }]).profile;
    const r = await runCli(
      ['merge', 'fw.json', 'ana.json', 'ben.json', '--into', 'team.json', '-o', 'team.json'],
      {
        'fw.json': json(frameworkDoc()),
        'ana.json': serializeProfile(ana),
        'ben.json': serializeProfile(ben),
        'team.json': serializeProfile(withAna),
      },
    );
    expect(r.code, dump(r)).to.equal(0);
    expect(r.stdout).to.include('skipped  ana.json: already gathered');
    expect(r.stdout).to.include('merged   Ben, Family');
    expect(r.stdout).to.include("the team's profile has 2 raters: written to team.json");
  });

  it('every bad input is named with what is wrong, and the rest still merge (code 1)', async () => {
    const other = { ...ana, frameworkId: 'another-framework' };
    const cut = link(ben).slice(0, -25);
    const r = await runCli(
      [
        'merge',
        'fw.json',
        'other.json',
        'fw.json',
        'notes.csv',
        cut,
        'missing.json',
        'cy.json',
        '-o',
        'team.json',
      ],
      {
        'fw.json': json(frameworkDoc()),
        'other.json': serializeProfile(other),
        'notes.csv': 'capacity,level\ndei,emerging\n',
        'cy.json': serializeProfile(cy),
      },
    );
    expect(r.code, dump(r)).to.equal(1);
    const refused = r.stdout.split('\n').filter((l) => l.startsWith('refused'));
    expect(refused, dump(r)).to.have.length(5);
    expect(refused[0]).to.include(
      'other.json: these answers are for another framework ("another-framework")',
    );
    expect(refused[1]).to.include("fw.json: this is a framework file, not a member's answers");
    expect(refused[2]).to.include('notes.csv: this is not a file of answers');
    expect(refused[3]).to.match(
      /link 1 \(https:\/\/school\.example\/blueprint\/\): this link was cut short or changed/,
    );
    expect(refused[4]).to.include('missing.json: cannot be read: no such file');
    expect(r.stdout).to.include('merged   Cy, Family');
    expect(r.stdout).to.include('1 merged, 0 already there, 5 refused');
  });

  it('a team profile that cannot be used stops before anything is written', async () => {
    const r = await runCli(['merge', 'fw.json', 'ana.json', '--into', 'team.json', '-o', 'team.json'], {
      'fw.json': json(frameworkDoc()),
      'ana.json': serializeProfile(ana),
      'team.json': '{"schema": "blueprint-profile/1"',
    });
    expect(r.code, dump(r)).to.equal(1);
    expect(r.stderr).to.include("team.json: the team's profile cannot be used, so nothing was merged");
  });

  it('a usage mistake: code 2 with the merge usage', async () => {
    const r = await runCli(['merge', 'fw.json']);
    expect(r.code, dump(r)).to.equal(2);
    expect(r.stderr).to.include('Usage: blueprint-widgets merge <framework.json> <member files or links…>');
  });
});

describe('CLI: blueprint-widgets aggregate', function () {
  this.timeout(60000);
  const m = model();
  const cohort = generateCohort(m, { teams: 50, seed: 7 });

  it('the CSV equals the network view export of the same cohort', async () => {
    const files = { 'fw.json': json(frameworkDoc()), 'cohort.json': json(cohort) };
    const expected = aggregateToCsv(m, aggregate(m, readCohort(cohort, m).teams));
    const r = await runCli(['aggregate', 'fw.json', 'cohort.json'], files);
    expect(r.code, dump(r)).to.equal(0);
    expect(r.stdout).to.equal(expected.replace(/\r\n$/, '\n'));
    // With -o the same text goes to a file, and the run says where (the test cannot read the run's folder).
    const written = await runCli(['aggregate', 'fw.json', 'cohort.json', '-o', 'out.csv'], files);
    expect(written.code, dump(written)).to.equal(0);
    expect(written.stderr).to.include('50 teams counted: written to out.csv');
  });

  it('--json has the documented shape, small counts null, for a cohort, profile files and JSON Lines alike', async () => {
    const read = readCohort(cohort, m);
    const expected = aggregate(m, read.teams, { minTeams: 8 });
    const profiles = read.teams.map((t) => t.profile);
    const files: Record<string, string> = {
      'fw.json': json(frameworkDoc()),
      'cohort.json': json(cohort),
      'teams.jsonl': profiles.map((p) => JSON.stringify(p)).join('\n') + '\n',
    };
    profiles.forEach(
      (p, i) => (files[`folder/team-${String(i).padStart(2, '0')}.json`] = serializeProfile(p)),
    );
    for (const source of ['cohort.json', 'teams.jsonl', 'folder']) {
      const r = await runCli(['aggregate', 'fw.json', source, '--json', '--min-teams', '8'], files);
      expect(r.code, `${source}\n${dump(r)}`).to.equal(0);
      const out = JSON.parse(r.stdout) as typeof expected;
      expect(Object.keys(out)).to.deep.equal(['teams', 'capacities', 'groups']);
      expect(out, source).to.deep.equal(JSON.parse(JSON.stringify(expected)));
      expect(
        Object.values(out.capacities).some((row) => Object.values(row).includes(null)),
        'some counts are hidden',
      ).to.equal(true);
    }
  });

  it('teams that cannot be used are named with their path and left out; the rest are counted (code 1)', async () => {
    const doc = structuredClone(cohort) as { teams: { id: string; profile: { frameworkId: string } }[] };
    doc.teams[3].profile.frameworkId = 'another';
    doc.teams[5].id = doc.teams[4].id;
    const r = await runCli(['aggregate', 'fw.json', 'cohort.json', '--json', '--min-teams', '0'], {
      'fw.json': json(frameworkDoc()),
      'cohort.json': json(doc),
    });
    expect(r.code, dump(r)).to.equal(1);
    expect(r.stderr).to.include('/teams/3/profile/frameworkId');
    expect(r.stderr).to.include('/teams/5/id');
    expect((JSON.parse(r.stdout) as { teams: number }).teams).to.equal(48);
  });

  it('too few teams: every count hidden and said; a bad --min-teams is a usage mistake', async () => {
    const one = readCohort(cohort, m).teams[0].profile;
    const r = await runCli(['aggregate', 'fw.json', 'one.json', '--json'], {
      'fw.json': json(frameworkDoc()),
      'one.json': serializeProfile(one),
    });
    expect(r.code, dump(r)).to.equal(0);
    expect(r.stderr).to.include('Only 1 team counted, fewer than --min-teams 5: every count is hidden.');
    const out = JSON.parse(r.stdout) as { capacities: Record<string, Record<string, number | null>> };
    expect(
      Object.values(out.capacities)
        .flatMap((row) => Object.values(row))
        .filter((v) => v !== null && v > 0),
    ).to.deep.equal([]);

    const bad = await runCli(['aggregate', 'fw.json', 'one.json', '--min-teams', 'five']);
    expect(bad.code, dump(bad)).to.equal(2);
    expect(bad.stderr).to.include('--min-teams needs a whole number of teams');
  });
});
