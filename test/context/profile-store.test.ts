/**
 * The profile store on its own (the provider's kind, which also validates what comes in and saves): the order of a change (stored, saved, subscribers told, then the events),
 * validation only of what comes in from outside, and persistence; and selecting a capacity (the cancelable
 * `bp-capacity-select`, the selection targets, `canSelect`).
 */
import { expect } from '@open-wc/testing';
import { PersistentProfileStore } from '../../src/context/persistent-profile-store.js';
import { ProfileStore, type SelectionTarget, type StoreChange } from '../../src/context/profile-store.js';
import {
  parseFramework,
  parseProfile,
  serializeProfile,
  type FrameworkModel,
} from '../../src/framework/index.js';
import type {
  BpCapacitySelectEvent,
  BpErrorEvent,
  BpProfileChangeEvent,
  BpRatingChangeEvent,
} from '../../src/events/index.js';
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
    // A list of kept versions (issue 16): the newest is this one.
    expect(
      (JSON.parse(localStorage.getItem(`${KEY}:unreadable`)!) as { text: string }[]).at(-1)!.text,
    ).to.equal('{ not json');
    expect(third.announced.map((e) => e.type)).to.include('bp-warning');
    localStorage.removeItem(`${KEY}:unreadable`);
  });
});

describe('ProfileStore: selecting a capacity', () => {
  /** A target that shows `ids` and records what it was asked to show. */
  function target(ids: readonly string[]) {
    const shown: string[] = [];
    const t: SelectionTarget = { canShow: (id) => ids.includes(id), show: (id) => void shown.push(id) };
    return { t, shown };
  }

  function attached() {
    const s = new ProfileStore();
    s.attach(model);
    const changes: StoreChange[] = [];
    s.subscribe((change) => changes.push(change));
    return { s, changes };
  }

  it('fires a cancelable, composed bp-capacity-select on the origin, then records the selection and tells the subscribers', () => {
    const { s, changes } = attached();
    const origin = new EventTarget();
    const log: string[] = [];
    origin.addEventListener('bp-capacity-select', (e) => {
      const event = e as BpCapacitySelectEvent;
      expect(event.cancelable).to.be.true;
      expect(event.bubbles && event.composed).to.be.true;
      log.push(`event ${event.detail.capacityId}, selected before: ${String(s.selected)}`);
    });
    const id = model.capacities[1].id;
    // Nothing can show it: still recorded (a page's listener may act), and false says nothing moved.
    expect(s.select(id, origin)).to.be.false;
    expect(log).to.deep.equal([`event ${id}, selected before: undefined`]);
    expect(s.selected).to.equal(id);
    expect(changes).to.deep.equal(['selected']);
    // The same one again: nothing new to tell.
    s.select(id, origin);
    expect(changes).to.deep.equal(['selected']);
    // Without an origin (code on the page) there is no event, the selection still happens.
    s.select(model.capacities[0].id);
    expect(s.selected).to.equal(model.capacities[0].id);
    expect(log).to.have.length(2);
  });

  it('asks the targets in the order they registered: the first that can show the capacity shows it', () => {
    const { s } = attached();
    const [a, b, c] = model.capacities.map((x) => x.id);
    const first = target([a]);
    const second = target([a, b]);
    s.addSelectionTarget(first.t);
    s.addSelectionTarget(second.t);
    expect(s.select(a)).to.be.true;
    expect(s.select(b)).to.be.true;
    expect(first.shown).to.deep.equal([a]);
    expect(second.shown).to.deep.equal([b]);
    // No target shows c: false, but the selection is recorded.
    expect(s.select(c)).to.be.false;
    expect(s.selected).to.equal(c);
    expect([...first.shown, ...second.shown]).to.not.include(c);
  });

  it('canSelect says whether a target can show a capacity (or any, without an id)', () => {
    const s = new ProfileStore();
    const [a, b] = model.capacities.map((x) => x.id);
    const { t } = target([a]);
    s.addSelectionTarget(t);
    // No framework yet: nothing can be selected.
    expect(s.canSelect()).to.be.false;
    s.attach(model);
    expect(s.canSelect()).to.be.true;
    expect(s.canSelect(a)).to.be.true;
    expect(s.canSelect(b)).to.be.false;
    expect(s.canSelect('nope')).to.be.false;
    const none = new ProfileStore();
    none.attach(model);
    expect(none.canSelect()).to.be.false;
    none.addSelectionTarget(target([]).t);
    expect(none.canSelect()).to.be.false;
  });

  it('an unknown capacity is refused with bp-error on the origin, like any act: nothing is selected or shown', () => {
    const { s, changes } = attached();
    const { t, shown } = target(model.capacities.map((c) => c.id).concat('nope'));
    s.addSelectionTarget(t);
    changes.length = 0;
    const origin = new EventTarget();
    const events: Event[] = [];
    origin.addEventListener('bp-error', (e) => events.push(e));
    origin.addEventListener('bp-capacity-select', (e) => events.push(e));
    expect(s.select('nope', origin)).to.be.false;
    expect(events.map((e) => e.type)).to.deep.equal(['bp-error']);
    expect((events[0] as BpErrorEvent).detail.errors[0].message).to.equal(
      'the framework has no capacity "nope"',
    );
    expect(s.selected).to.equal(undefined);
    expect(shown).to.deep.equal([]);
    expect(changes).to.deep.equal([]);
    // Without an origin, the store announces it (the provider's store fires it on the provider).
    const { s: announcing, announced } = store();
    announcing.attach(model);
    expect(announcing.select('nope')).to.be.false;
    expect(announced.map((e) => e.type)).to.include('bp-error');
  });

  it('preventDefault() stops it: the selection stays, no target shows it, the subscribers hear nothing', () => {
    const { s, changes } = attached();
    const [a, b] = model.capacities.map((x) => x.id);
    const { t, shown } = target([a, b]);
    s.addSelectionTarget(t);
    s.select(a);
    changes.length = 0;
    shown.length = 0;
    const origin = new EventTarget();
    origin.addEventListener('bp-capacity-select', (e) => e.preventDefault());
    expect(s.select(b, origin)).to.be.false;
    expect(s.selected).to.equal(a);
    expect(shown).to.deep.equal([]);
    expect(changes).to.deep.equal([]);
  });

  it('unregistering a target stops it being asked, and the subscribers hear of both', () => {
    const { s, changes } = attached();
    const a = model.capacities[0].id;
    const { t, shown } = target([a]);
    const unregister = s.addSelectionTarget(t);
    expect(changes).to.deep.equal(['targets']);
    expect(s.canSelect(a)).to.be.true;
    unregister();
    expect(changes).to.deep.equal(['targets', 'targets']);
    // A second call changes nothing and tells nobody.
    unregister();
    expect(changes).to.have.length(2);
    expect(s.canSelect(a)).to.be.false;
    expect(s.select(a)).to.be.false;
    expect(shown).to.deep.equal([]);
  });

  it('a selection belongs to its framework: another framework clears it', () => {
    const { s } = attached();
    s.select(model.capacities[0].id);
    const other = parseFramework({ ...validFramework(), id: 'other-fw' });
    if (!other.ok) throw new Error('fixture framework is invalid');
    s.attach(other.value);
    expect(s.selected).to.equal(undefined);
    expect(s.profile?.ratings).to.deep.equal({});
  });
});
