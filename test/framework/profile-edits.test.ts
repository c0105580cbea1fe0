// The DOM-free edits work in a page that never loads the validator (parse.ts registers the same code for the
// store's applyOperation; a bundler may leave parse.ts out of a page that imports only these). This file imports
// nothing that loads parse.ts: each test file runs in a page of its own.
import { expect } from '@open-wc/testing';
import { applyEdit, withPriorities, withSnapshot } from '../../src/framework/profile-edits.js';
import type { Profile } from '../../src/framework/schema.js';

const profile: Profile = {
  schema: 'blueprint-profile/1',
  frameworkId: 'f',
  ratings: { a: { status: 'rated', levelId: 'l2' } },
};
const now = new Date('2026-12-07T06:00:00.000Z');

describe('profile edits without the validator', () => {
  it('takes a snapshot, sets priorities and applies an edit', () => {
    const snap = withSnapshot(profile, ' Kick-off ', now);
    expect(snap.snapshots).to.deep.equal([
      { takenAt: now.toISOString(), label: 'Kick-off', ratings: profile.ratings },
    ]);
    const prio = withPriorities(profile, ['a', 'b', 'a', 'c', 'd'], now);
    expect(applyEdit(profile, { kind: 'priorities', capacityIds: ['a', 'b', 'c'] }, now)).to.deep.equal(prio);
    expect(profile.snapshots, 'the input is not changed').to.equal(undefined);
  });
});
