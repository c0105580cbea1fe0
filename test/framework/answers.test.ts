/**
 * The rules for a team's answers (src/framework/answers.ts): what each act does to a rating, whichever
 * widget it came from. Pure functions, with a fixed clock.
 */
import { expect } from '@open-wc/testing';
import {
  answerKind,
  applyOperation,
  parseFramework,
  prioritiesOf,
  ratingAfter,
  type FrameworkModel,
  type Profile,
  type Rating,
} from '../../src/framework/index.js';
import { validFramework } from './fixtures.js';

const T0 = new Date('2026-03-01T10:00:00.000Z');
const T1 = new Date('2026-03-02T10:00:00.000Z');

let model: FrameworkModel;
let capacityId: string;
let levels: string[];

before(() => {
  const parsed = parseFramework(validFramework());
  if (!parsed.ok) throw new Error('fixture framework is invalid');
  model = parsed.value;
  capacityId = model.capacities[0].id;
  levels = model.levels.map((l) => l.id);
});

const profileWith = (rating?: Rating): Profile => ({
  schema: 'blueprint-profile/1',
  frameworkId: model.id,
  ratings: rating ? { [capacityId]: rating } : {},
});

describe('answers: the rules of a rating', () => {
  it('rating a level is a fresh answer: stamped anew, the note and a host page’s own fields kept', () => {
    const previous: Rating = {
      status: 'unsure',
      note: 'ask the coach',
      ratedAt: T0.toISOString(),
      hostField: 7,
    };
    const next = ratingAfter(previous, { kind: 'rate', capacityId, levelId: levels[1] }, T1);
    expect(next).to.deep.equal({
      status: 'rated',
      levelId: levels[1],
      note: 'ask the coach',
      hostField: 7,
      ratedAt: T1.toISOString(),
    });
  });

  it('choosing the answer a capacity already has changes nothing (same object)', () => {
    const rated: Rating = { status: 'rated', levelId: levels[0], ratedAt: T0.toISOString() };
    expect(ratingAfter(rated, { kind: 'rate', capacityId, levelId: levels[0] }, T1)).to.equal(rated);
    const unsure: Rating = { status: 'unsure' };
    expect(ratingAfter(unsure, { kind: 'unsure', capacityId }, T1)).to.equal(unsure);
    const skipped: Rating = { status: 'skipped' };
    expect(ratingAfter(skipped, { kind: 'skip', capacityId }, T1)).to.equal(skipped);
    const profile = profileWith(rated);
    expect(applyOperation(profile, { kind: 'rate', capacityId, levelId: levels[0] }, T1)).to.equal(profile);
  });

  it('"not sure yet" and "skip" drop the level and keep the note', () => {
    const rated: Rating = { status: 'rated', levelId: levels[2], note: 'n' };
    expect(ratingAfter(rated, { kind: 'unsure', capacityId }, T1)).to.deep.equal({
      status: 'unsure',
      note: 'n',
      ratedAt: T1.toISOString(),
    });
    expect(ratingAfter(rated, { kind: 'skip', capacityId }, T1)).to.deep.equal({
      status: 'skipped',
      note: 'n',
      ratedAt: T1.toISOString(),
    });
  });

  it('clearing keeps the note only when asked: as "not sure yet"; otherwise the rating goes', () => {
    const withNote: Rating = { status: 'rated', levelId: levels[2], note: 'n', ratedAt: T0.toISOString() };
    expect(ratingAfter(withNote, { kind: 'clear', capacityId, keepNote: true }, T1)).to.deep.equal({
      status: 'unsure',
      note: 'n',
      ratedAt: T1.toISOString(),
    });
    expect(ratingAfter(withNote, { kind: 'clear', capacityId, keepNote: false }, T1)).to.equal(undefined);
    const noNote: Rating = { status: 'rated', levelId: levels[2] };
    expect(ratingAfter(noNote, { kind: 'clear', capacityId, keepNote: true }, T1)).to.equal(undefined);
    expect(ratingAfter(undefined, { kind: 'clear', capacityId, keepNote: true }, T1)).to.equal(undefined);
    const unsureNote: Rating = { status: 'unsure', note: 'n' };
    expect(ratingAfter(unsureNote, { kind: 'clear', capacityId, keepNote: true }, T1)).to.equal(unsureNote);
  });

  it('a note keeps the answer and its stamp; on an unanswered capacity it is saved as "not sure yet"', () => {
    const rated: Rating = { status: 'rated', levelId: levels[1], ratedAt: T0.toISOString() };
    expect(ratingAfter(rated, { kind: 'note', capacityId, text: 'why' }, T1)).to.deep.equal({
      ...rated,
      note: 'why',
    });
    expect(ratingAfter(undefined, { kind: 'note', capacityId, text: 'why' }, T1)).to.deep.equal({
      status: 'unsure',
      note: 'why',
      ratedAt: T1.toISOString(),
    });
    expect(
      ratingAfter({ ...rated, note: 'why' }, { kind: 'note', capacityId, text: '  ' }, T1),
    ).to.deep.equal(rated);
    expect(ratingAfter(undefined, { kind: 'note', capacityId, text: ' ' }, T1)).to.equal(undefined);
    const same: Rating = { ...rated, note: 'why' };
    expect(ratingAfter(same, { kind: 'note', capacityId, text: 'why' }, T1)).to.equal(same);
  });

  it('applyOperation dates the profile, keeps unknown fields, and never changes its input', () => {
    const profile = {
      ...profileWith(),
      team: 'Team A',
      extensions: { other: { x: 1 } },
      future: true,
    } as Profile;
    const frozen = JSON.stringify(profile);
    const next = applyOperation(profile, { kind: 'rate', capacityId, levelId: levels[0] }, T1);
    expect(JSON.stringify(profile)).to.equal(frozen);
    expect(next.updatedAt).to.equal(T1.toISOString());
    expect(next.ratings[capacityId]).to.deep.equal({
      status: 'rated',
      levelId: levels[0],
      ratedAt: T1.toISOString(),
    });
    expect((next as Record<string, unknown>)['future']).to.equal(true);
    expect(next.extensions).to.deep.equal({ other: { x: 1 } });
  });

  it('priorities: at most three, each once, other extension data kept; the same list is no change', () => {
    const ids = model.capacities.map((c) => c.id);
    const profile = { ...profileWith(), extensions: { 'blueprint-widgets': { other: 1 } } } as Profile;
    const next = applyOperation(
      profile,
      { kind: 'priorities', capacityIds: [ids[0], ids[0], ids[1], ids[2], ids[3]] },
      T1,
    );
    expect(prioritiesOf(next)).to.deep.equal([ids[0], ids[1], ids[2]]);
    expect((next.extensions?.['blueprint-widgets'] as { other: number }).other).to.equal(1);
    expect(applyOperation(next, { kind: 'priorities', capacityIds: [ids[0], ids[1], ids[2]] }, T1)).to.equal(
      next,
    );
  });

  it('a snapshot copies the ratings of this moment, labelled and dated', () => {
    const profile = profileWith({ status: 'rated', levelId: levels[1] });
    const next = applyOperation(profile, { kind: 'snapshot', label: '  Fall  ' }, T1);
    expect(next.snapshots).to.deep.equal([
      { takenAt: T1.toISOString(), label: 'Fall', ratings: profile.ratings },
    ]);
    expect(next.snapshots![0].ratings).to.not.equal(profile.ratings);
  });

  it('answerKind: rated only at a level the framework has', () => {
    expect(answerKind(undefined, model)).to.equal('unanswered');
    expect(answerKind({ status: 'rated', levelId: levels[0] }, model)).to.equal('rated');
    expect(answerKind({ status: 'rated', levelId: 'nope' }, model)).to.equal('unanswered');
    expect(answerKind({ status: 'rated' }, model)).to.equal('unanswered');
    expect(answerKind({ status: 'unsure' }, model)).to.equal('unsure');
    expect(answerKind({ status: 'skipped' }, model)).to.equal('skipped');
  });
});
