/**
 * Reading a cohort (src/framework/cohort.ts): a cohort document, a plain array of profiles and dropped
 * profile files; every bad input is reported at its path and the rest load.
 */
import { expect } from '@open-wc/testing';
import {
  cohortFromProfiles,
  parseFramework,
  readCohort,
  readCohortInSlices,
  serializeCohort,
  type FrameworkModel,
} from '../../src/framework/index.js';
import { generateCohort } from '../support/cohort-generator.js';

let model: FrameworkModel;

before(async () => {
  const text = await (await fetch(new URL('../../src/data/improvement-teams.json', import.meta.url))).text();
  const parsed = parseFramework(text);
  if (!parsed.ok) throw new Error('the sample framework should parse');
  model = parsed.value;
});

const clone = <T>(v: T): T => JSON.parse(JSON.stringify(v)) as T;
const paths = (list: readonly { path: string }[]) => list.map((i) => i.path);

describe('readCohort', () => {
  it('reads every team of a generated cohort of 50, with ids, names and attributes', () => {
    const doc = generateCohort(model);
    const result = readCohort(doc, model);
    expect(result.errors).to.deep.equal([]);
    expect(result.teams.map((t) => t.id)).to.deep.equal(doc.teams.map((t) => t.id));
    expect(result.teams[4].name).to.equal('Generated team 5');
    expect(result.teams[4].attributes).to.deep.equal(doc.teams[4].attributes);
    expect(result.title).to.equal('Generated cohort');
  });

  it('warns (and keeps the team) for capacities and levels the framework does not have', () => {
    const doc = generateCohort(model);
    const result = readCohort(doc, model);
    const unknown = result.warnings.filter((w) => w.code === 'unknown-id');
    expect(unknown.length).to.be.greaterThan(0);
    expect(unknown[0].path).to.match(/^\/teams\/\d+\/profile\/ratings\//);
    expect(unknown[0].message).to.contain('not counted');
    expect(result.teams).to.have.length(50);
  });

  it('leaves out a team answering another framework, with its path, and reads the rest', () => {
    const doc = clone(generateCohort(model, { teams: 6 }));
    doc.teams[3].profile.frameworkId = 'another-framework';
    const result = readCohort(doc, model);
    expect(paths(result.errors)).to.deep.equal(['/teams/3/profile/frameworkId']);
    expect(result.errors[0].code).to.equal('framework-mismatch');
    expect(result.errors[0].message).to.contain('left out');
    expect(result.teams.map((t) => t.id)).to.deep.equal(['t001', 't002', 't003', 't005', 't006']);
  });

  it('leaves out a repeated team id (the first one stays) and a refused profile', () => {
    const doc = clone(generateCohort(model, { teams: 5 }));
    doc.teams[2].id = 't001';
    (doc.teams[4].profile as { ratings: unknown }).ratings = 'none';
    const result = readCohort(doc, model);
    expect(paths(result.errors)).to.deep.equal(['/teams/2/id', '/teams/4/profile/ratings']);
    expect(result.errors[0].code).to.equal('duplicate-id');
    expect(result.teams.map((t) => t.id)).to.deep.equal(['t001', 't002', 't004']);
  });

  it('reads a plain array of profiles as teams team-1, team-2…, named by their profile', () => {
    const profiles = generateCohort(model, { teams: 3 }).teams.map((t) => t.profile);
    const result = readCohort(JSON.stringify(profiles), model);
    expect(result.teams.map((t) => [t.id, t.name])).to.deep.equal([
      ['team-1', 'Generated team 1'],
      ['team-2', 'Generated team 2'],
      ['team-3', 'Generated team 3'],
    ]);
  });

  it('an empty cohort and a cohort of one are cohorts, with a note; never an exception', () => {
    const empty = readCohort({ schema: 'blueprint-cohort/1', frameworkId: model.id, teams: [] }, model);
    expect(empty.teams).to.deep.equal([]);
    expect(empty.errors).to.deep.equal([]);
    expect(empty.warnings.map((w) => w.code)).to.deep.equal(['few-teams']);
    const one = readCohort(
      generateCohort(model, { teams: 1 }).teams.map((t) => t.profile),
      model,
    );
    expect(one.teams).to.have.length(1);
    expect(one.warnings.some((w) => w.code === 'few-teams' && w.message.includes('only one'))).to.be.true;
  });

  it('refuses what is not a cohort with a located error', () => {
    expect(readCohort('{ nope', model).errors[0].code).to.equal('json');
    const profile = readCohort(generateCohort(model, { teams: 1 }).teams[0].profile, model);
    expect(profile.errors[0].path).to.equal('/schema');
    expect(profile.errors[0].message).to.contain('one team profile');
    expect(readCohort(42, model).errors[0].path).to.equal('');
    const hostile = {
      schema: 'blueprint-cohort/1',
      frameworkId: model.id,
      get teams(): never {
        throw new Error('no');
      },
    };
    expect(readCohort(hostile, model).errors[0].message).to.contain('could not be read');
  });

  it('says when the cohort names another framework, and still reads the teams answering this one', () => {
    const doc = clone(generateCohort(model, { teams: 2 }));
    (doc as { frameworkId: string }).frameworkId = 'elsewhere';
    const result = readCohort(doc, model);
    expect(paths(result.errors)).to.deep.equal(['/frameworkId']);
    expect(result.teams).to.have.length(2);
  });

  it('reads in slices (a task after every team here) to the same result', async () => {
    const doc = clone(generateCohort(model));
    doc.teams[7].profile.frameworkId = 'another-framework';
    const sliced = await readCohortInSlices(JSON.stringify(doc), model, { sliceMs: -1 });
    expect(sliced).to.deep.equal(readCohort(doc, model));
    expect(sliced.teams).to.have.length(49);
  });

  it('round-trips through serializeCohort', () => {
    const first = readCohort(generateCohort(model, { teams: 7 }), model);
    const again = readCohort(serializeCohort(first), model);
    expect(again.teams).to.deep.equal(first.teams);
    expect(again.title).to.equal(first.title);
  });
});

describe('cohortFromProfiles', () => {
  it('makes one team per profile file, named by the profile or the file; issues name the file', () => {
    const [a, b] = generateCohort(model, { teams: 2 }).teams.map((t) => t.profile);
    const noName = { ...b, team: undefined };
    const result = cohortFromProfiles(
      [
        { name: 'North High.json', text: JSON.stringify(a) },
        { name: 'south-middle.json', text: JSON.stringify(noName) },
        { name: 'notes.txt', text: 'hello' },
        { name: 'framework.json', text: JSON.stringify({ schema: 'blueprint-framework/1' }) },
        { name: 'North High (copy).json', text: JSON.stringify(a) },
      ],
      model,
    );
    expect(result.teams.map((t) => [t.id, t.name])).to.deep.equal([
      ['north-high', 'Generated team 1'],
      ['south-middle', 'south-middle'],
      ['north-high-copy', 'Generated team 1'],
    ]);
    expect(result.errors.map((e) => e.file)).to.deep.equal(['notes.txt', 'framework.json']);
    expect(result.errors[0].message).to.contain('notes.txt');
    expect(result.errors[1].message).to.contain('not a team profile');
  });
});
