/**
 * Team sessions (src/framework/team.ts, issue 17): reading one member's answers from a link or a file,
 * merging members into the team's profile as raters, and what the facilitator sees once revealed. Also the
 * store operations (answers.ts), the raters in the three-way merge (merge.ts) and the role rules (parse.ts).
 */
import { expect } from '@open-wc/testing';
import {
  applyOperation,
  disagreement,
  distribution,
  emptyProfile,
  mergeMembers,
  parseFramework,
  parseProfile,
  profileToFragment,
  raterFromMember,
  readMemberAnswers,
  roleDifferences,
  sameMember,
  type FrameworkModel,
  type MemberAnswers,
  type Profile,
  type Rating,
} from '../../src/framework/index.js';
import { mergeProfiles } from '../../src/framework/merge.js';
import { validFramework, type Doc } from './fixtures.js';

const ROLES = [
  { id: 'teacher', label: 'Teacher' },
  { id: 'family', label: { en: 'Family', es: 'Familia' } },
  { id: 'leader', label: 'School leader' },
];

function teamModel(extra: Doc = {}): FrameworkModel {
  const parsed = parseFramework({ ...validFramework(), roles: ROLES, ...extra });
  if (!parsed.ok) throw new Error(parsed.errors.map((e) => e.message).join('\n'));
  return parsed.value;
}

const rated = (levelId: string): Rating => ({ status: 'rated', levelId });

/** One member's own profile, as "Send my answers" makes it. */
function memberProfile(
  model: FrameworkModel,
  ratings: Record<string, Rating>,
  respondent: { name?: string; role?: string },
  updatedAt = '2026-05-01T10:00:00.000Z',
): Profile {
  return { ...emptyProfile(model), respondent, updatedAt, ratings };
}

const linkOf = (p: Profile) => `https://school.example/blueprint/#${profileToFragment(p)}`;

function read(model: FrameworkModel, name: string, text: string): MemberAnswers {
  const result = readMemberAnswers(model, { name, text });
  if (!result.ok) throw new Error(result.message);
  return result.member;
}

describe('readMemberAnswers', () => {
  let model: FrameworkModel;
  let ana: Profile;
  before(() => {
    model = teamModel();
    ana = memberProfile(
      model,
      { dei: rated('leading'), agency: { status: 'unsure' } },
      { name: 'Ana', role: 'teacher' },
    );
  });

  it('reads a full share link, a bare fragment and a file, all to the same answers', () => {
    const link = linkOf(ana);
    const fromLink = read(model, 'link 1', link);
    const fromFragment = read(model, 'link 2', link.slice(link.indexOf('#')));
    const fromBare = read(model, 'link 3', profileToFragment(ana));
    const fromFile = read(model, 'ana.json', JSON.stringify(ana, null, 2));
    for (const m of [fromLink, fromFragment, fromBare, fromFile]) {
      expect(m.profile.ratings).to.deep.equal(ana.ratings);
      expect(m.profile.respondent).to.deep.equal({ name: 'Ana', role: 'teacher' });
    }
    expect(fromFile.source).to.equal('ana.json');
  });

  it('refuses answers for another framework, naming it and the file', () => {
    const other = { ...ana, frameworkId: 'another-fw' };
    const result = readMemberAnswers(model, { name: 'maria.json', text: JSON.stringify(other) });
    expect(result.ok).to.equal(false);
    if (result.ok) return;
    expect(result.problem).to.equal('other-framework');
    expect(result.message).to.match(/^maria\.json: /);
    expect(result.message).to.contain('"another-fw"').and.contain(`"${model.id}"`);
  });

  it('refuses answers for another version, saying both versions', () => {
    const older = { ...ana, frameworkVersion: '1.0.0' };
    const result = readMemberAnswers(model, { name: 'link 4', text: linkOf(older) });
    expect(result.ok).to.equal(false);
    if (result.ok) return;
    expect(result.problem).to.equal('other-version');
    expect(result.message)
      .to.contain('"1.0.0"')
      .and.contain(`"${model.version}"`)
      .and.match(/^link 4: /);
  });

  it('refuses a link cut short or edited, in every way it can break', () => {
    const link = linkOf(ana);
    const cuts = [
      link.slice(0, link.length - 7), // cut short: not complete JSON
      link.slice(0, link.indexOf('=') + 6), // cut to a few characters
      link.replace(/bp-profile=./, 'bp-profile=!'), // an edited character: not base64
      `https://x.example/#bp-profile=${btoa('{"schema":"blueprint-profile/1"}').replace(/=+$/, '')}`, // fails the checks
    ];
    for (const [i, text] of cuts.entries()) {
      const result = readMemberAnswers(model, { name: `link ${i + 1}`, text });
      expect(result.ok, text).to.equal(false);
      if (result.ok) continue;
      expect(result.problem, text).to.equal('broken-link');
      expect(result.message).to.match(new RegExp(`^link ${i + 1}: this link was cut short or changed`));
    }
    const none = readMemberAnswers(model, { name: 'link 9', text: 'https://school.example/blueprint/' });
    expect(none.ok).to.equal(false);
    if (!none.ok) expect(none.problem).to.equal('no-answers-link');
  });

  it("refuses a file that is not a member's answers: a framework, a cohort, a CSV, an image, a list, empty", () => {
    const cases: [string, string, RegExp][] = [
      ['framework.json', JSON.stringify(validFramework()), /a framework file, not a member's answers/],
      [
        'cohort.json',
        JSON.stringify({ schema: 'blueprint-cohort/1', frameworkId: 'x', teams: [] }),
        /cohort/,
      ],
      ['answers.csv', 'capacity,level\ndei,leading\n', /not a file of answers \(it is not JSON/],
      ['photo.png', '\uFFFDPNG\r\n\u001a\n\u0000\u0000\u0000\rIHDR', /not a file of answers/],
      ['list.json', '[1, 2]', /a list, not a member's answers/],
      ['empty.json', '   ', /empty/],
      ['broken.json', '{"schema": "blueprint-profile/1", ', /JSON cannot be read/],
    ];
    for (const [name, text, pattern] of cases) {
      const result = readMemberAnswers(model, { name, text });
      expect(result.ok, name).to.equal(false);
      if (result.ok) continue;
      expect(result.problem, name).to.equal('not-answers');
      expect(result.message, name)
        .to.match(new RegExp(`^${name.replace('.', '\\.')}: `))
        .and.match(pattern);
    }
  });

  it('refuses a profile that fails the checks (with its path) and one with nothing answered', () => {
    const bad = { ...ana, ratings: { dei: { status: 'rated' } } };
    const result = readMemberAnswers(model, { name: 'bad.json', text: JSON.stringify(bad) });
    expect(result.ok).to.equal(false);
    if (!result.ok) {
      expect(result.problem).to.equal('invalid');
      expect(result.message).to.contain('/ratings/dei/levelId');
    }
    const empty = readMemberAnswers(model, {
      name: 'none.json',
      text: JSON.stringify({ ...ana, ratings: {} }),
    });
    expect(empty.ok).to.equal(false);
    if (!empty.ok) expect(empty.problem).to.equal('empty');
  });

  it('keeps a role the framework does not have, with a warning', () => {
    const odd = memberProfile(model, { dei: rated('emerging') }, { role: 'janitor' });
    const m = read(model, 'odd.json', JSON.stringify(odd));
    expect(m.profile.respondent?.role).to.equal('janitor');
    expect(m.warnings.map((w) => w.path)).to.include('/respondent/role');
  });
});

describe('mergeMembers', () => {
  let model: FrameworkModel;
  let members: MemberAnswers[];
  let team: Profile;
  const NOW = new Date('2026-05-02T09:00:00.000Z');
  before(() => {
    model = teamModel();
    const profiles = [
      memberProfile(
        model,
        { dei: rated('leading'), agency: rated('developing') },
        { name: 'Ana', role: 'teacher' },
        '2026-05-01T10:00:00.000Z',
      ),
      memberProfile(
        model,
        { dei: rated('emerging'), agency: rated('developing') },
        { role: 'family' },
        '2026-05-01T10:05:00.000Z',
      ),
      memberProfile(
        model,
        { dei: rated('developing'), routines: { status: 'skipped' } },
        { name: ' Lee ', role: 'leader' },
        '2026-05-01T10:09:00.000Z',
      ),
    ];
    members = profiles.map((p, i) => read(model, `member-${i + 1}.json`, JSON.stringify(p)));
    team = {
      ...emptyProfile(model),
      team: 'Lincoln',
      ratings: { dei: { ...rated('developing'), note: 'ours' } },
    };
  });

  it("adds each member as a rater with name, role, submittedAt and answers; the team's own ratings stay", () => {
    const { profile, added, duplicates, issues } = mergeMembers(model, team, members, NOW);
    expect(added).to.have.length(3);
    expect(duplicates).to.deep.equal([]);
    expect(issues).to.deep.equal([]);
    expect(profile.ratings).to.equal(team.ratings);
    expect(profile.team).to.equal('Lincoln');
    expect(profile.updatedAt).to.equal(NOW.toISOString());
    const [a, b, c] = profile.raters!;
    expect(a).to.deep.include({ name: 'Ana', role: 'teacher', submittedAt: '2026-05-01T10:00:00.000Z' });
    expect(b).to.not.have.property('name');
    expect(b.role).to.equal('family');
    expect(c.name).to.equal('Lee');
    expect(c.ratings).to.deep.equal({ dei: rated('developing'), routines: { status: 'skipped' } });
    for (const r of profile.raters!) expect(r.id).to.match(/^member-[a-z0-9]+$/);
    // The merged profile is valid, and keeps its raters and roles through export and import.
    const again = parseProfile(JSON.stringify(profile), model);
    expect(again.ok).to.equal(true);
    if (again.ok) expect(again.value.raters).to.deep.equal(profile.raters);
  });

  it('derives the same rater id for the same answers every time (browser and CLI agree)', () => {
    const one = raterFromMember(members[0].profile);
    const two = raterFromMember(structuredClone(members[0].profile));
    expect(one.id).to.equal(two.id);
    expect(raterFromMember(members[1].profile).id).to.not.equal(one.id);
  });

  it('leaves out the same member sent twice (in one batch, and again later), keeping what was gathered', () => {
    const first = mergeMembers(model, team, [members[0], members[1], members[0]], NOW);
    expect(first.added).to.have.length(2);
    expect(first.duplicates).to.deep.equal([{ source: 'member-1.json', raterId: first.added[0].id }]);
    const second = mergeMembers(model, first.profile, [members[1], members[2]], NOW);
    expect(second.added.map((r) => r.name)).to.deep.equal(['Lee']);
    expect(second.duplicates).to.deep.equal([{ source: 'member-2.json', raterId: first.added[1].id }]);
    expect(second.profile.raters).to.have.length(3);
    expect(second.profile.raters!.slice(0, 2)).to.deep.equal(first.profile.raters);
    // Nothing new: the very same profile back.
    expect(mergeMembers(model, second.profile, [members[2]], NOW).profile).to.equal(second.profile);
  });

  it('says who is the same member: same name and time, or (without a time) the same name, role and answers', () => {
    const r = raterFromMember(members[0].profile);
    expect(sameMember(r, { ...r, id: 'x', ratings: {} })).to.equal(true); // re-sent after an edit: same time
    expect(sameMember(r, { ...r, submittedAt: '2026-06-01T00:00:00.000Z' })).to.equal(false);
    const noTime = { ...r, submittedAt: undefined };
    expect(sameMember(noTime, { ...noTime, id: 'y', name: ' ana ' })).to.equal(true);
    expect(sameMember(noTime, { ...noTime, role: 'family' })).to.equal(false);
  });

  it('keeps a member with a role the framework does not have, with a located warning', () => {
    const odd = read(
      model,
      'odd.json',
      JSON.stringify(memberProfile(model, { dei: rated('leading') }, { role: 'janitor' })),
    );
    const { added, issues } = mergeMembers(model, team, [odd], NOW);
    expect(added).to.have.length(1);
    expect(issues).to.have.length(1);
    expect(issues[0]).to.include({ severity: 'warning', path: '/raters/0/role' });
    expect(issues[0].message).to.contain('odd.json').and.contain('janitor');
  });
});

describe('raters as store operations', () => {
  const model = teamModel();
  const T = new Date('2026-05-03T09:00:00.000Z');
  const base: Profile = {
    ...emptyProfile(model),
    ratings: { dei: { ...rated('emerging'), note: 'first look' } },
    raters: [
      { id: 'a', ratings: { dei: rated('leading') } },
      { id: 'b', ratings: { dei: rated('emerging') } },
    ],
  };

  it('adds raters, skipping ids already there', () => {
    const next = applyOperation(
      base,
      {
        kind: 'add-raters',
        raters: [
          { id: 'a', ratings: {} },
          { id: 'c', ratings: {} },
        ],
      },
      T,
    );
    expect(next.raters!.map((r) => r.id)).to.deep.equal(['a', 'b', 'c']);
    expect(next.raters![0]).to.equal(base.raters![0]);
    expect(applyOperation(base, { kind: 'add-raters', raters: [{ id: 'b', ratings: {} }] }, T)).to.equal(
      base,
    );
  });

  it('removes a rater, and marks or unmarks one as a duplicate (kept, not counted)', () => {
    const removed = applyOperation(base, { kind: 'remove-rater', raterId: 'a' }, T);
    expect(removed.raters!.map((r) => r.id)).to.deep.equal(['b']);
    expect(applyOperation(base, { kind: 'remove-rater', raterId: 'zz' }, T)).to.equal(base);
    const marked = applyOperation(base, { kind: 'mark-duplicate', raterId: 'b', duplicate: true }, T);
    expect(marked.raters![1]).to.include({ id: 'b', duplicate: true });
    expect(distribution(model, marked)[0].all.total).to.equal(1);
    const unmarked = applyOperation(marked, { kind: 'mark-duplicate', raterId: 'b', duplicate: false }, T);
    expect(unmarked.raters![1]).to.not.have.property('duplicate');
    expect(applyOperation(unmarked, { kind: 'mark-duplicate', raterId: 'b', duplicate: false }, T)).to.equal(
      unmarked,
    );
  });

  it("agrees on a level with a note on why: the team's rating changes, the raters stay", () => {
    const agreed = applyOperation(
      base,
      { kind: 'agree', capacityId: 'dei', levelId: 'developing', note: 'Most of us saw it' },
      T,
    );
    expect(agreed.ratings.dei).to.deep.equal({
      status: 'rated',
      levelId: 'developing',
      note: 'Most of us saw it',
      ratedAt: T.toISOString(),
    });
    expect(agreed.raters).to.equal(base.raters);
    // Without a note, the note already there stays.
    const kept = applyOperation(base, { kind: 'agree', capacityId: 'dei', levelId: 'leading' }, T);
    expect(kept.ratings.dei.note).to.equal('first look');
    // The same level and note again changes nothing.
    expect(
      applyOperation(
        agreed,
        { kind: 'agree', capacityId: 'dei', levelId: 'developing', note: 'Most of us saw it' },
        T,
      ),
    ).to.equal(agreed);
  });
});

describe('raters in the three-way merge', () => {
  const p = (raters: Profile['raters'], updatedAt: string): Profile => ({
    schema: 'blueprint-profile/1',
    frameworkId: 'fw',
    ratings: {},
    raters,
    updatedAt,
  });
  const r = (id: string, submittedAt: string, levelId = 'one') => ({
    id,
    submittedAt,
    ratings: { a: rated(levelId) },
  });

  it('keeps raters added on both sides (a union by id)', () => {
    const base = p([r('x', '2026-01-01T00:00:00Z')], '2026-01-01T00:00:00Z');
    const mine = p([r('x', '2026-01-01T00:00:00Z'), r('m', '2026-01-02T00:00:00Z')], '2026-01-02T00:00:00Z');
    const theirs = p(
      [r('x', '2026-01-01T00:00:00Z'), r('t', '2026-01-03T00:00:00Z')],
      '2026-01-03T00:00:00Z',
    );
    const merged = mergeProfiles(base, mine, theirs).profile;
    expect(merged.raters!.map((x) => x.id)).to.deep.equal(['x', 't', 'm']);
    // Symmetric in content.
    expect(
      mergeProfiles(base, theirs, mine)
        .profile.raters!.map((x) => x.id)
        .sort(),
    ).to.deep.equal(['m', 't', 'x']);
  });

  it('keeps a removal made on one side, and the later submittedAt when both changed one rater', () => {
    const base = p([r('x', '2026-01-01T00:00:00Z'), r('y', '2026-01-01T00:00:00Z')], '2026-01-01T00:00:00Z');
    const mine = p([r('x', '2026-01-01T00:00:00Z')], '2026-01-02T00:00:00Z'); // removed y
    const theirs = p(
      [r('x', '2026-01-01T00:00:00Z'), r('y', '2026-01-01T00:00:00Z')],
      '2026-01-03T00:00:00Z',
    );
    expect(mergeProfiles(base, mine, theirs).profile.raters!.map((x) => x.id)).to.deep.equal(['x']);
    const later = p(
      [r('x', '2026-01-05T00:00:00Z', 'two'), r('y', '2026-01-01T00:00:00Z')],
      '2026-01-02T00:00:00Z',
    );
    const earlier = p(
      [r('x', '2026-01-04T00:00:00Z', 'three'), r('y', '2026-01-01T00:00:00Z')],
      '2026-01-09T00:00:00Z',
    );
    const merged = mergeProfiles(base, later, earlier).profile;
    expect(merged.raters![0].ratings.a.levelId).to.equal('two');
  });
});

describe('distribution, disagreement and role differences', () => {
  const model = teamModel();
  // dei: teacher leading, teacher leading, family emerging, leader developing → spread 2
  // agency: developing ×2, unsure, (family none) → spread 0
  // routines: emerging, developing (both teachers) → spread 1
  const profile: Profile = {
    ...emptyProfile(model),
    ratings: {},
    raters: [
      {
        id: 't1',
        role: 'teacher',
        ratings: { dei: rated('leading'), agency: rated('developing'), routines: rated('emerging') },
      },
      {
        id: 't2',
        role: 'teacher',
        ratings: { dei: rated('leading'), agency: rated('developing'), routines: rated('developing') },
      },
      { id: 'f1', role: 'family', ratings: { dei: rated('emerging'), routines: { status: 'skipped' } } },
      { id: 'l1', role: 'leader', ratings: { dei: rated('developing'), agency: { status: 'unsure' } } },
      { id: 'n1', ratings: { dei: rated('nope') } },
    ],
  };

  it('counts each level, not sure, skipped and unanswered per capacity, overall and by role', () => {
    const [dei, agency, routines] = distribution(model, profile, { byRole: true });
    expect(dei.capacityId).to.equal('dei');
    expect(dei.all).to.deep.equal({ levels: [1, 1, 2], unsure: 0, skipped: 0, unanswered: 1, total: 5 });
    expect(agency.all).to.deep.equal({ levels: [0, 2, 0], unsure: 1, skipped: 0, unanswered: 2, total: 5 });
    expect(routines.all).to.deep.equal({ levels: [1, 1, 0], unsure: 0, skipped: 1, unanswered: 2, total: 5 });
    expect(dei.byRole.map((g) => g.roleId)).to.deep.equal(['teacher', 'family', 'leader', undefined]);
    expect(dei.byRole[0].counts.levels).to.deep.equal([0, 0, 2]);
    expect(dei.byRole[1].counts.levels).to.deep.equal([1, 0, 0]);
    expect(distribution(model, profile)[0].byRole).to.deep.equal([]);
  });

  it('orders capacities by spread, widest first, then by variance, then framework order', () => {
    const rows = disagreement(model, profile);
    expect(rows.map((r) => [r.capacityId, r.spread])).to.deep.equal([
      ['dei', 2],
      ['routines', 1],
      ['agency', 0],
    ]);
    expect(rows[0]).to.include({ lowestLevelId: 'emerging', highestLevelId: 'leading', answered: 4 });
    // Equal spreads: the larger variance first.
    const tie: Profile = {
      ...profile,
      raters: [
        {
          id: 'a',
          ratings: { dei: rated('emerging'), agency: rated('emerging'), routines: rated('emerging') },
        },
        { id: 'b', ratings: { dei: rated('leading'), agency: rated('leading'), routines: rated('leading') } },
        {
          id: 'c',
          ratings: { dei: rated('emerging'), agency: rated('developing'), routines: rated('leading') },
        },
      ],
    };
    expect(disagreement(model, tie).map((r) => r.capacityId)).to.deep.equal(['dei', 'routines', 'agency']);
  });

  it('finds where a role sees a capacity a level or more apart from the others', () => {
    // dei: the family chose emerging (0); the others leading, leading, developing (median 2). The teachers
    // chose leading (2); the others emerging, developing (median 0.5).
    const diffs = roleDifferences(model, profile);
    const family = diffs.find((d) => d.capacityId === 'dei' && d.roleId === 'family');
    expect(family).to.deep.equal({
      capacityId: 'dei',
      roleId: 'family',
      roleMedian: 0,
      othersMedian: 2,
      difference: -2,
    });
    const teacher = diffs.find((d) => d.capacityId === 'dei' && d.roleId === 'teacher');
    expect(teacher?.difference).to.equal(1.5);
    // Agency: everyone who chose a level chose developing; routines: only teachers chose one. Neither listed.
    expect(diffs.filter((d) => d.capacityId !== 'dei')).to.deep.equal([]);
    expect(diffs.map((d) => d.roleId)).to.deep.equal(['family', 'teacher', 'leader']);
    expect(Math.abs(diffs[0].difference)).to.be.at.least(Math.abs(diffs[diffs.length - 1].difference));
  });
});

describe('role rules in the parser', () => {
  it('refuses a framework with two roles of one id', () => {
    const result = parseFramework({
      ...validFramework(),
      roles: [...ROLES, { id: 'teacher', label: 'Again' }],
    });
    expect(result.ok).to.equal(false);
    expect(result.errors.map((e) => [e.path, e.code])).to.deep.include(['/roles/3/id', 'duplicate-id']);
  });

  it('warns, keeping the answers, about a rater or respondent role the framework does not have', () => {
    const model = teamModel();
    const result = parseProfile(
      {
        ...emptyProfile(model),
        respondent: { role: 'principal' },
        raters: [
          { id: 'a', role: 'teacher', ratings: {} },
          { id: 'b', role: 'coach', ratings: {} },
        ],
      },
      model,
    );
    expect(result.ok).to.equal(true);
    expect(result.warnings.map((w) => w.path)).to.deep.equal(['/raters/1/role', '/respondent/role']);
    expect(result.warnings[0].message).to.contain('teacher');
    if (result.ok) expect(result.value.raters![1].role).to.equal('coach');
  });
});
