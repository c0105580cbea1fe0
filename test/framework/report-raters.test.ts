/**
 * Team sessions (issue 17): the report's exports carry the members' answers (raters) as the facilitator
 * chooses. JSON keeps everything; the CSV has one column per member ("Member 1…" or names, roles in
 * parentheses); a share link leaves the members out unless asked, and a member's own link keeps who answered.
 */
import { expect } from '@open-wc/testing';
import {
  parseProfile,
  profileTextFromFragment,
  raterCells,
  raterHeaders,
  reportOrder,
  serializeProfile,
  shareFragment,
  toCsv,
  type Profile,
} from '../../src/framework/index.js';
import { loadModel, ratedProfile, validFramework } from './fixtures.js';

const roles = [
  { id: 'staff', label: { en: 'Staff', es: 'Personal' } },
  { id: 'family', label: { en: 'Family', es: 'Familia' } },
];
const model = loadModel({ ...validFramework(), roles });
const words = { member: (n: number) => `Member ${n}` };
const answerWords = { unsure: 'Not sure yet', skipped: 'Skipped', unanswered: '' };

function teamProfile(): Profile {
  return {
    ...ratedProfile({ dei: 'developing' }, model),
    raters: [
      {
        id: 'member-a',
        name: 'Ana',
        role: 'staff',
        submittedAt: '2026-12-01T10:00:00.000Z',
        ratings: { dei: { status: 'rated', levelId: 'leading' }, agency: { status: 'unsure' } },
      },
      {
        id: 'member-b',
        role: 'family',
        submittedAt: '2026-12-01T10:05:00.000Z',
        ratings: { dei: { status: 'rated', levelId: 'emerging' }, routines: { status: 'skipped' } },
      },
      { id: 'member-c', name: 'Cy', ratings: { dei: { status: 'rated', levelId: 'developing' } } },
    ],
  };
}

const decode = (fragment: string) => JSON.parse(profileTextFromFragment(fragment)!) as Profile;

describe('the members’ answers in the exports (issue 17)', () => {
  it('JSON export keeps raters with roles and submittedAt, and the respondent, and reads back the same', () => {
    const profile = { ...teamProfile(), respondent: { name: 'Ana', role: 'staff' } };
    const result = parseProfile(serializeProfile(profile), model);
    expect(result.ok).to.be.true;
    const back = (result as { value: Profile }).value;
    expect(back).to.deep.equal(profile);
    expect(back.raters![1]).to.include({ role: 'family', submittedAt: '2026-12-01T10:05:00.000Z' });
  });

  it('CSV: one column per member, "Member N" unless names are kept, roles in the header', () => {
    const profile = teamProfile();
    expect(raterHeaders(model, profile, 'en', words, false)).to.deep.equal([
      'Member 1 (Staff)',
      'Member 2 (Family)',
      'Member 3',
    ]);
    expect(raterHeaders(model, profile, 'en', words, true)).to.deep.equal([
      'Ana (Staff)',
      'Member 2 (Family)',
      'Cy',
    ]);
    expect(raterHeaders(model, profile, 'es', { member: (n) => `Miembro ${n}` }, false)[1]).to.equal(
      'Miembro 2 (Familia)',
    );
    const ids = reportOrder(model, profile).map((c) => c.id);
    const cells = Object.fromEntries(
      ids.map((id) => [id, raterCells(model, profile, id, 'en', answerWords)]),
    );
    const label = (id: string) => (model.level(id)!.label as { en: string }).en;
    expect(cells.dei).to.deep.equal([label('leading'), label('emerging'), label('developing')]);
    expect(cells.agency).to.deep.equal(['Not sure yet', '', '']);
    expect(cells.routines).to.deep.equal(['', 'Skipped', '']);
    // Names stay out of the file unless asked for.
    const csv = toCsv(
      ['Capacity', ...raterHeaders(model, profile, 'en', words, false)],
      [['x', ...cells.dei]],
    );
    expect(csv).to.not.contain('Ana');
    expect(raterHeaders(model, { ...profile, raters: undefined }, 'en', words, true)).to.deep.equal([]);
  });

  it('a team’s share link leaves the members out unless the facilitator includes them', () => {
    const profile = teamProfile();
    const without = shareFragment(profile, 30);
    expect(without.ok).to.be.true;
    expect(decode((without as { fragment: string }).fragment).raters).to.equal(undefined);
    const withRaters = shareFragment(profile, 30, undefined, { raters: true });
    expect(decode((withRaters as { fragment: string }).fragment).raters).to.deep.equal(profile.raters);
  });

  it('a member’s own link always carries who answered and the answers', () => {
    const member: Profile = {
      ...ratedProfile({ agency: 'leading' }, model),
      respondent: { name: 'Bo', role: 'family' },
    };
    const made = shareFragment(member, 30);
    const back = decode((made as { fragment: string }).fragment);
    expect(back.respondent).to.deep.equal({ name: 'Bo', role: 'family' });
    expect(back.ratings).to.deep.equal(member.ratings);
  });
});
