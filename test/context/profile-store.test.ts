/**
 * The profile store on its own (the provider's kind, which also validates what comes in and saves): the order of a change (stored, saved, subscribers told, then the events),
 * validation only of what comes in from outside, and persistence.
 */
import { expect } from '@open-wc/testing';
import { PersistentProfileStore } from '../../src/context/persistent-profile-store.js';
import {
  parseFramework,
  parseProfile,
  serializeProfile,
  type FrameworkModel,
} from '../../src/framework/index.js';
import type { BpProfileChangeEvent, BpRatingChangeEvent } from '../../src/events/index.js';
import { validFramework } from '../framework/fixtures.js';

let model: FrameworkModel;
before(() => {
  const parsed = parseFramework(validFramework());
  if (!parsed.ok) throw new Error('fixture framework is invalid');
  model = parsed.value;
});

const KEY = 'blueprint-widgets:test:store';
afterEach(() => localStorage.removeItem(KEY));

function store(log: string[] = []) {
  const announced: Event[] = [];
  const s = new PersistentProfileStore({
    announce: (e) => {
      log.push(`announce ${e.type}`);
      announced.push(e);
    },
    parse: parseProfile,
  });
  return { s, announced };
}

describe('ProfileStore', () => {
  it('stores, saves and tells its subscribers before any event fires; the events carry the stored profile', () => {
    const log: string[] = [];
    const { s, announced } = store(log);
    s.persistence = { mode: 'local', key: KEY };
    s.attach(model);
    log.length = 0;
    announced.length = 0;
    s.subscribe(() => log.push(`subscriber sees ${s.profile?.ratings[model.capacities[0].id]?.levelId}`));
    const origin = new EventTarget();
    origin.addEventListener('bp-rating-change', (e) => {
      log.push(`saved: ${localStorage.getItem(KEY) === serializeProfile(s.profile!)}`);
      log.push(`rating-change is stored: ${(e as BpRatingChangeEvent).detail.profile === s.profile}`);
    });
    const capacity = model.capacities[0].id;
    const level = model.levels[1].id;
    const stored = s.rate(capacity, level, origin);
    expect(stored).to.equal(s.profile);
    expect(log).to.deep.equal([
      `subscriber sees ${level}`,
      'announce bp-profile-change',
      'saved: true',
      'rating-change is stored: true',
    ]);
    expect((announced[0] as BpProfileChangeEvent).detail).to.deep.equal({
      profile: s.profile,
      reason: 'rating',
    });
  });

  it('an act that changes nothing stores nothing and fires nothing', () => {
    const { s, announced } = store();
    s.attach(model);
    const capacity = model.capacities[0].id;
    s.rate(capacity, model.levels[0].id);
    const before = s.profile;
    announced.length = 0;
    let told = 0;
    s.subscribe(() => told++);
    expect(s.rate(capacity, model.levels[0].id)).to.equal(before);
    expect(s.writeNote(capacity, '')).to.equal(before);
    expect(told).to.equal(0);
    expect(announced).to.have.length(0);
  });

  it('validates what comes in: an invalid profile is refused with located errors and the answers stay', () => {
    const { s, announced } = store();
    s.attach(model);
    s.rate(model.capacities[0].id, model.levels[0].id);
    const before = s.profile;
    announced.length = 0;
    const result = s.set({
      schema: 'blueprint-profile/1',
      frameworkId: model.id,
      ratings: { nope: { status: 'x' } },
    });
    expect(result.ok).to.be.false;
    expect(s.profile).to.equal(before);
    expect(s.errors.length).to.be.greaterThan(0);
    expect(s.errors[0].path).to.match(/^\/ratings\/nope/);
    expect(announced.map((e) => e.type)).to.deep.equal(['bp-error']);
    // A valid one replaces it, and clears the errors.
    expect(s.set(serializeProfile(before!)).ok).to.be.true;
    expect(s.errors).to.deep.equal([]);
  });

  it('restores saved answers, keeps unreadable ones aside, and moves them when the key changes', () => {
    const first = store();
    first.s.persistence = { mode: 'local', key: KEY };
    first.s.attach(model);
    first.s.rate(model.capacities[0].id, model.levels[2].id);
    const saved = localStorage.getItem(KEY);

    const second = store();
    second.s.persistence = { mode: 'local', key: KEY };
    second.s.attach(model);
    expect(serializeProfile(second.s.profile!)).to.equal(saved);

    second.s.persistence = { mode: 'local', key: `${KEY}:moved` };
    second.s.saveNow();
    expect(localStorage.getItem(KEY)).to.equal(null);
    expect(localStorage.getItem(`${KEY}:moved`)).to.equal(saved);
    localStorage.removeItem(`${KEY}:moved`);

    localStorage.setItem(KEY, '{ not json');
    const third = store();
    third.s.persistence = { mode: 'local', key: KEY };
    third.s.attach(model);
    expect(third.s.profile!.ratings).to.deep.equal({});
    expect(localStorage.getItem(`${KEY}:unreadable`)).to.equal('{ not json');
    expect(third.announced.map((e) => e.type)).to.include('bp-warning');
    localStorage.removeItem(`${KEY}:unreadable`);
  });
});
