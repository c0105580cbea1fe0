/**
 * The report's derived values (src/framework/report.ts) and the profile edits behind it (profile.ts):
 * highlights with ties, report order with priorities, CSV cells, the share-link fragment, snapshots.
 */
import { expect } from '@open-wc/testing';
import {
  applyEdit,
  highlights,
  neutralizeCell,
  profileTextFromFragment,
  profileToFragment,
  reportOrder,
  reportRows,
  toCsv,
  withPriorities,
  withSnapshot,
} from '../../src/framework/index.js';
import { loadModel, ratedProfile } from './fixtures.js';

const ids = (list: readonly { id: string }[]) => list.map((x) => x.id);

describe('highlights', () => {
  it('keeps every capacity tied at the top or the bottom, and says when all are even', () => {
    const model = loadModel();
    const h = highlights(model, ratedProfile({ dei: 'leading', agency: 'leading', routines: 'emerging' }));
    expect(ids(h.strengths)).to.deep.equal(['dei', 'agency']);
    expect(ids(h.growth)).to.deep.equal(['routines']);
    expect([h.highest?.id, h.lowest?.id, h.rated, h.even]).to.deep.equal(['leading', 'emerging', 3, false]);
    const even = highlights(model, ratedProfile({ dei: 'developing', agency: 'developing' }));
    expect(even.even).to.be.true;
    expect(highlights(model, undefined)).to.deep.include({ rated: 0, even: false, strengths: [] });
  });
});

describe('reportOrder', () => {
  it('puts the priorities first, in their order, then framework order; unknown ids are ignored', () => {
    const model = loadModel();
    const profile = withPriorities(ratedProfile({}), ['routines', 'ghost', 'dei']);
    expect(ids(reportOrder(model, profile))).to.deep.equal(['routines', 'dei', 'agency']);
  });
});

describe('CSV', () => {
  it('neutralizes every formula start (=, +, -, @, tab, carriage return) and nothing else', () => {
    for (const v of ['=1+1', '+1', '-1', '@SUM(A1)', '\t=1', '\r=1'])
      expect(neutralizeCell(v)).to.equal(`'${v}`);
    for (const v of ['', 'Plain', ' 1', '1-2', 'a@b', ' \u00A0words = more', '\u200Bword'])
      expect(neutralizeCell(v)).to.equal(v);
  });

  // Issue 16, finding 12 (formula starts after spaces, zero-width characters and full-width forms): see
  // test/faults/validator.test.ts, 'faults: CSV cells'.

  it('quotes every field, doubles quotes, ends records with CRLF, starts with a BOM', () => {
    expect(toCsv(['a', 'b'], [['x "y"', 'line\nbreak']])).to.equal(
      '\uFEFF"a","b"\r\n"x ""y""","line\nbreak"\r\n',
    );
  });
});

describe('share fragment', () => {
  it('round-trips any profile text, Unicode included, among other fragment parameters', () => {
    const profile = { ...ratedProfile({ dei: 'leading' }), team: 'Équipe ✓ 学校' };
    const fragment = profileToFragment(profile);
    expect(fragment).to.match(/^bp-profile=[A-Za-z0-9_-]+$/);
    expect(JSON.parse(profileTextFromFragment(`#${fragment}`)!)).to.deep.equal(profile);
    expect(JSON.parse(profileTextFromFragment(`section=2&${fragment}`)!)).to.deep.equal(profile);
  });

  it('says nothing for a fragment without a profile, or a damaged one', () => {
    for (const f of ['', '#', '#top', '#bp-profile=', '#bp-profile=%%%', '#bp-profile=_w']) {
      expect(profileTextFromFragment(f), f).to.equal(undefined);
    }
  });
});

describe('snapshots and edits', () => {
  it('a snapshot copies the current ratings, dated, with an optional label; earlier ones are kept', () => {
    const now = new Date('2026-05-01T10:00:00.000Z');
    const first = withSnapshot(ratedProfile({ dei: 'emerging' }), '  Kick-off ', now);
    expect(first.snapshots).to.deep.equal([
      { takenAt: now.toISOString(), label: 'Kick-off', ratings: first.ratings },
    ]);
    const second = applyEdit(first, { kind: 'snapshot' }, new Date('2026-06-01T10:00:00.000Z'));
    expect(second.snapshots!.map((s) => s.label)).to.deep.equal(['Kick-off', undefined]);
    expect(second.updatedAt).to.equal('2026-06-01T10:00:00.000Z');
  });

  it('a priorities edit keeps at most three and the rest of the extension', () => {
    const base = {
      ...ratedProfile({}),
      extensions: { 'blueprint-widgets': { other: 1 }, host: { keep: true } },
    };
    const p = applyEdit(base, { kind: 'priorities', capacityIds: ['a', 'b', 'a', 'c', 'd'] });
    expect(p.extensions).to.deep.equal({
      'blueprint-widgets': { other: 1, priorities: ['a', 'b', 'c'] },
      host: { keep: true },
    });
  });
});

describe('reportRows', () => {
  it('words each answer, and keeps the id of a level the framework does not have (kept, with a warning, on import)', () => {
    const model = loadModel();
    const profile = ratedProfile({ dei: 'developing', agency: 'retired-level' }, model);
    profile.ratings['routines'] = { status: 'unsure' };
    const words = { unsure: 'Not sure yet', skipped: 'Skipped', unanswered: '' };
    const answers = Object.fromEntries(
      reportRows(model, profile, 'en', words).map((r) => [r.capacity, r.level]),
    );
    const label = (id: string) => model.text(model.capacity(id)!.label, 'en');
    expect(answers[label('dei')]).to.equal(model.text(model.level('developing')!.label, 'en'));
    expect(answers[label('agency')]).to.equal('retired-level');
    expect(answers[label('routines')]).to.equal('Not sure yet');
  });
});
