/**
 * Counts across a network (src/framework/aggregate.ts) and teams at the same stage (same-stage.ts), checked
 * against counts made independently in test/support/cohort-generator.ts on a generated cohort of 50 teams.
 */
import { expect } from '@open-wc/testing';
import {
  aggregate,
  aggregateToCsv,
  createAggregator,
  parseFramework,
  readCohort,
  sameStage,
  suppressRow,
  type FrameworkModel,
  type Profile,
} from '../../src/framework/index.js';
import { countByHand, generateCohort, groupCountsByHand } from '../support/cohort-generator.js';

let model: FrameworkModel;
let profiles: Profile[];

before(async () => {
  const text = await (await fetch(new URL('../../src/data/improvement-teams.json', import.meta.url))).text();
  const parsed = parseFramework(text);
  if (!parsed.ok) throw new Error('the sample framework should parse');
  model = parsed.value;
  profiles = readCohort(generateCohort(model), model).teams.map((t) => t.profile);
});

describe('aggregate', () => {
  it('counts every capacity and group like an independent count (nothing hidden with minTeams 0)', () => {
    const agg = aggregate(model, profiles, { minTeams: 0 });
    expect(agg.teams).to.equal(50);
    expect(agg.capacities).to.deep.equal(countByHand(model, profiles));
    expect(agg.groups).to.deep.equal(groupCountsByHand(model, profiles));
  });

  it('folds one team at a time to the same result', () => {
    const aggregator = createAggregator(model, { minTeams: 5 });
    for (const p of profiles) aggregator.add(p);
    expect(aggregator.teams).to.equal(50);
    expect(aggregator.result()).to.deep.equal(aggregate(model, profiles));
  });

  it('hides exactly the small counts, and enough others that none can be worked out', () => {
    const raw = countByHand(model, profiles);
    const agg = aggregate(model, profiles, { minTeams: 5 });
    let hiddenSomewhere = false;
    for (const [id, row] of Object.entries(agg.capacities)) {
      const counts = raw[id];
      const hidden = Object.keys(row).filter((k) => row[k] === null);
      // Every small non-zero count is hidden; every shown count is the real one.
      for (const k of Object.keys(row)) {
        if (counts[k] > 0 && counts[k] < 5) expect(row[k], `${id}/${k}`).to.equal(null);
        if (row[k] !== null) expect(row[k]).to.equal(counts[k]);
      }
      // The hidden cells of a row together describe at least 5 teams (or none is hidden).
      const hiddenSum = hidden.reduce((s, k) => s + counts[k], 0);
      if (hidden.length) {
        hiddenSomewhere = true;
        expect(hiddenSum, id).to.be.at.least(5);
      }
    }
    expect(hiddenSomewhere, 'the generated cohort has small counts').to.be.true;
  });

  it('hides every cell when fewer teams than minTeams are counted', () => {
    const agg = aggregate(model, profiles.slice(0, 4), { minTeams: 5 });
    expect(agg.teams).to.equal(4);
    for (const row of [...Object.values(agg.capacities), ...Object.values(agg.groups)])
      expect(Object.values(row).every((c) => c === null)).to.be.true;
  });
});

describe('suppressRow', () => {
  it('hides a lone small cell and the smallest other one, so the total does not give it away', () => {
    expect(suppressRow([0, 0, 2, 48], 5)).to.deep.equal([0, 0, null, null]);
    expect(suppressRow([3, 10, 37], 5)).to.deep.equal([null, null, 37]);
  });
  it('stops when the hidden cells describe enough teams and cannot be worked out', () => {
    expect(suppressRow([3, 3, 44], 5)).to.deep.equal([null, null, 44]);
    // Five cells of 1 add up to 5, but each is then known to be 1: one more is hidden.
    expect(suppressRow([1, 1, 1, 1, 1, 45], 5)).to.deep.equal([null, null, null, null, null, null]);
    expect(suppressRow([5, 20, 25], 5)).to.deep.equal([5, 20, 25]);
    expect(suppressRow([1, 2], 0)).to.deep.equal([1, 2]);
  });
});

describe('aggregateToCsv', () => {
  it('writes groups then capacities, hidden counts as "hidden", names with neutralized formulas', () => {
    const agg = aggregate(model, profiles);
    const lines = aggregateToCsv(model, agg)
      .replace(/^\uFEFF/, '')
      .trimEnd()
      .split('\r\n');
    expect(lines[0]).to.equal(
      `"kind","id","name","group","teams",${[...model.levels.map((l) => l.id), 'unsure', 'skipped', 'unanswered', 'unrated'].map((b) => `"${b}"`).join(',')}`,
    );
    expect(lines).to.have.length(1 + model.groups.length + model.capacities.length);
    const first = model.capacities[0];
    const row = lines[1 + model.groups.length].split(',');
    expect(row.slice(0, 2)).to.deep.equal(['"capacity"', `"${first.id}"`]);
    const hiddenCount = Object.values(agg.capacities[first.id]).filter((c) => c === null).length;
    expect(row.filter((c) => c === '"hidden"')).to.have.length(hiddenCount);
  });
});

describe('sameStage', () => {
  it('puts every team in exactly one set, stable from run to run, explained by its rule', () => {
    const sets = sameStage(model, profiles);
    const all = sets.flatMap((s) => s.teams).sort((a, b) => a - b);
    expect(all).to.deep.equal(profiles.map((_, i) => i));
    expect(sameStage(model, profiles)).to.deep.equal(sets);
    for (const s of sets.filter((x) => x.rule === 'same-groups')) {
      expect(s.teams.length).to.be.at.least(2);
      const ranks = (i: number) =>
        model.groups.map((g) => aggregate(model, [profiles[i]], { minTeams: 0 }).groups[g.id]);
      for (const i of s.teams) expect(ranks(i)).to.deep.equal(ranks(s.teams[0]));
    }
    for (const s of sets) expect(s.teams).to.deep.equal([...s.teams].sort((a, b) => a - b));
  });
});
