/** The three-way merge of two versions of a team's profile (src/framework/merge.ts). */
import { expect } from '@open-wc/testing';
import { mergeProfiles, NOTE_JOIN, readBackupList } from '../../src/framework/merge.js';
import type { Profile, Rating } from '../../src/framework/schema.js';

const at = (minute: number) => `2026-04-01T09:${String(minute).padStart(2, '0')}:00.000Z`;
const rated = (levelId: string, minute: number, note?: string): Rating => ({
  status: 'rated',
  levelId,
  ratedAt: at(minute),
  ...(note === undefined ? {} : { note }),
});
const p = (ratings: Profile['ratings'], extra: Partial<Profile> = {}): Profile => ({
  schema: 'blueprint-profile/1',
  frameworkId: 'fw',
  ratings,
  ...extra,
});

describe('mergeProfiles', () => {
  it('keeps what each side changed since the base: answers on different capacities both land', () => {
    const base = p({ a: rated('one', 0) });
    const mine = p({ a: rated('one', 0), b: rated('two', 5) }, { updatedAt: at(5) });
    const theirs = p({ a: rated('three', 6) }, { updatedAt: at(6) });
    const { profile, joined } = mergeProfiles(base, mine, theirs);
    expect(profile.ratings).to.deep.equal({ a: rated('three', 6), b: rated('two', 5) });
    expect(profile.updatedAt).to.equal(at(6));
    expect(joined).to.deep.equal([]);
  });

  it('keeps a rating whose key is "__proto__" as an answer, never as a prototype', () => {
    // A saved profile may carry unknown ratings (kept, with a warning); JSON.parse makes "__proto__" an own key.
    const theirs = JSON.parse(
      `{"schema":"blueprint-profile/1","frameworkId":"fw","updatedAt":"${at(6)}","ratings":{"__proto__":{"status":"unsure","ratedAt":"${at(6)}"}}}`,
    ) as Profile;
    const mine = p({ a: rated('one', 5) }, { updatedAt: at(5) });
    const { profile } = mergeProfiles(p({}), mine, theirs);
    expect(Object.getPrototypeOf(profile.ratings)).to.equal(Object.prototype);
    expect(Object.keys(profile.ratings).sort()).to.deep.equal(['__proto__', 'a']);
    expect(JSON.parse(JSON.stringify(profile.ratings))).to.have.own.property('__proto__');
  });

  it('does not undo a clear or a reset made on one side (three-way, not a union)', () => {
    const base = p({ a: rated('one', 0), b: rated('two', 0) });
    const cleared = p({ b: rated('two', 0) }, { updatedAt: at(3) });
    expect(mergeProfiles(base, cleared, base).profile.ratings).to.deep.equal({ b: rated('two', 0) });
    expect(mergeProfiles(base, base, cleared).profile.ratings).to.deep.equal({ b: rated('two', 0) });
    const reset = p({}, { updatedAt: at(4) });
    const theirs = p({ a: rated('one', 0), b: rated('two', 0), c: rated('one', 2) }, { updatedAt: at(2) });
    // The reset removes what it saw; an answer it never saw (c) stays.
    expect(mergeProfiles(base, reset, theirs).profile.ratings).to.deep.equal({ c: rated('one', 2) });
  });

  it('the same capacity changed on both sides: the later answer wins, whichever side merges', () => {
    const base = p({ a: rated('one', 0) });
    const early = p({ a: rated('two', 1) }, { updatedAt: at(1) });
    const late = p({ a: rated('three', 2) }, { updatedAt: at(2) });
    expect(mergeProfiles(base, early, late).profile.ratings.a).to.deep.equal(rated('three', 2));
    expect(mergeProfiles(base, late, early).profile.ratings.a).to.deep.equal(rated('three', 2));
    // A tie is broken the same way on both sides, so two tabs agree and stop.
    const x = p({ a: rated('two', 1) });
    const y = p({ a: rated('three', 1) });
    expect(mergeProfiles(base, x, y).profile).to.deep.equal(mergeProfiles(base, y, x).profile);
  });

  it('two different notes on one capacity are both kept and said; merging again does not repeat them', () => {
    const base = p({ a: rated('one', 0, 'first') });
    const mine = p({ a: rated('one', 0, 'ask families') }, { updatedAt: at(1) });
    const theirs = p({ a: rated('two', 2, 'ask students') }, { updatedAt: at(2) });
    const { profile, joined } = mergeProfiles(base, mine, theirs);
    expect(profile.ratings.a).to.deep.equal(rated('two', 2, `ask students${NOTE_JOIN}ask families`));
    expect(joined).to.deep.equal(['a']);
    const again = mergeProfiles(base, theirs, profile);
    expect(again.profile.ratings.a.note).to.equal(`ask students${NOTE_JOIN}ask families`);
    expect(again.joined).to.deep.equal([]);
  });

  it('a note written on one side survives a level changed on the other', () => {
    const base = p({ a: rated('one', 0) });
    const mine = p({ a: rated('one', 0, 'because') }, { updatedAt: at(1) });
    const theirs = p({ a: rated('three', 2) }, { updatedAt: at(2) });
    expect(mergeProfiles(base, mine, theirs).profile.ratings.a).to.deep.equal(rated('three', 2, 'because'));
  });

  it('snapshots: both sides’ new ones are kept, oldest first; one removed on a side stays removed', () => {
    const s = (minute: number, label?: string) => ({
      takenAt: at(minute),
      ...(label ? { label } : {}),
      ratings: {},
    });
    const base = p({}, { snapshots: [s(0, 'start')] });
    const mine = p({}, { snapshots: [s(0, 'start'), s(3, 'mine')] });
    const theirs = p({}, { snapshots: [s(0, 'start'), s(2, 'theirs')] });
    expect(mergeProfiles(base, mine, theirs).profile.snapshots).to.deep.equal([
      s(0, 'start'),
      s(2, 'theirs'),
      s(3, 'mine'),
    ]);
    const removed = p({}, { snapshots: [] });
    expect(mergeProfiles(base, removed, theirs).profile.snapshots).to.deep.equal([s(2, 'theirs')]);
  });

  it('other fields: the side that changed them; both changed, the later profile; nothing new returns theirs itself', () => {
    const base = p({}, { team: 'A' });
    const mine = p({}, { team: 'B', updatedAt: at(1), extensions: { host: 1 } });
    const theirs = p({}, { team: 'C', updatedAt: at(2) });
    const { profile } = mergeProfiles(base, mine, theirs);
    expect(profile.team).to.equal('C');
    expect(profile.extensions).to.deep.equal({ host: 1 });
    const same = p({ a: rated('one', 0) });
    expect(mergeProfiles(base, base, same).profile).to.equal(same);
    expect(mergeProfiles(undefined, same, same).profile).to.equal(same);
  });
});

describe('readBackupList', () => {
  it('reads a list of kept versions, keeps an earlier single copy as one, and skips malformed entries', () => {
    const list = [{ savedAt: at(1), text: '{}' }, { nope: 1 }, null, { savedAt: at(2), text: '[]' }];
    expect(readBackupList(JSON.stringify(list))).to.deep.equal([list[0], list[3]]);
    expect(readBackupList('{ "schema": "x" }')).to.deep.equal([{ savedAt: '', text: '{ "schema": "x" }' }]);
    expect(readBackupList('{ not json')).to.deep.equal([{ savedAt: '', text: '{ not json' }]);
    expect(readBackupList(undefined)).to.deep.equal([]);
  });
});
