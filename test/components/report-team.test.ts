/**
 * The report with members' answers (issue 17): "How the team sees it" (agreement per capacity and where
 * roles differ, in words), and the tools' options for members' names (CSV) and answers (share link).
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/components/blueprint-provider/define.js';
import '../../src/components/blueprint-report/define.js';
import type { BlueprintProvider } from '../../src/components/blueprint-provider/blueprint-provider.js';
import type { BlueprintReport } from '../../src/components/blueprint-report/blueprint-report.js';
import type { Profile } from '../../src/framework/index.js';
import { loadModel, ratedProfile, validFramework } from '../framework/fixtures.js';
import { heavy } from '../support/heavy.js';

const roles = [
  { id: 'staff', label: { en: 'Staff' } },
  { id: 'family', label: { en: 'Families' } },
];
const doc = { ...(validFramework() as object), roles };
const model = loadModel(doc);
const rate = (levelId: string) => ({ status: 'rated' as const, levelId });

/** Five members: on "dei" the staff chose Leading and the families Emerging; on "agency" all chose Developing. */
function teamProfile(): Profile {
  const base = ratedProfile({ dei: 'developing', agency: 'developing' }, model);
  return {
    ...base,
    ratings: { ...base.ratings, dei: { ...base.ratings.dei, note: 'We split the difference.' } },
    raters: [
      { id: 'm1', name: 'Ana', role: 'staff', ratings: { dei: rate('leading'), agency: rate('developing') } },
      { id: 'm2', name: 'Bo', role: 'staff', ratings: { dei: rate('leading'), agency: rate('developing') } },
      { id: 'm3', role: 'staff', ratings: { dei: rate('leading'), agency: rate('developing') } },
      { id: 'm4', role: 'family', ratings: { dei: rate('emerging'), agency: rate('developing') } },
      { id: 'm5', role: 'family', ratings: { dei: rate('emerging'), agency: rate('developing') } },
    ],
  };
}

const text = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

describe('<blueprint-report> with members’ answers (issue 17)', function () {
  heavy(this, 'axe over a whole report on a 2-core machine shared by other work');

  it('says how the team sees it: agreement per capacity and where roles differ, in words', async () => {
    const el = await fixture<BlueprintReport>(
      html`<blueprint-report .framework=${doc} .profile=${teamProfile()}></blueprint-report>`,
    );
    await waitUntil(() => el.shadowRoot!.querySelector('[part~="team"]'), 'the team part loads');
    const team = el.shadowRoot!.querySelector('[part~="team"]')!;
    expect(text(team.querySelector('h3'))).to.equal('How the team sees it');
    expect(text(team)).to.contain('5 members answered.');
    const rows = [...team.querySelectorAll('tbody tr')].map((r) => [...r.children].map((c) => text(c)));
    expect(rows).to.deep.include([
      'Diversity, equity and inclusion',
      'Developing',
      '3 of 5 chose Leading; 2 of 5 chose Emerging',
      'We split the difference.',
    ]);
    expect(rows).to.deep.include(['Student agency', 'Developing', 'All 5 chose Developing', '']);
    expect(rows).to.deep.include(['Data routines', 'Not agreed yet', 'No member answered', '']);
    const differences = [...team.querySelectorAll('.team-roles li')].map((li) => text(li));
    expect(differences).to.deep.equal([
      'Staff see Diversity, equity and inclusion higher than the others (Leading vs Emerging)',
      'Families see Diversity, equity and inclusion lower than the others (Emerging vs Leading)',
    ]);
    await expect(el).to.be.accessible();
  });

  it('on a phone the table scrolls in its own named, focusable box; nothing leaves the report', async () => {
    const el = await fixture<BlueprintReport>(
      html`<div style="width: 320px">
        <blueprint-report .framework=${doc} .profile=${teamProfile()}></blueprint-report>
      </div>`,
    ).then((wrap) => wrap.querySelector('blueprint-report')!);
    await waitUntil(() => el.shadowRoot!.querySelector('[part~="team"]'), 'the team part loads');
    const box = el.shadowRoot!.querySelector<HTMLElement>('.team-table')!;
    expect(box.getAttribute('role')).to.equal('region');
    expect(box.getAttribute('aria-label')).to.equal('Agreed levels and members’ answers, per capacity');
    expect(box.tabIndex).to.equal(0);
    const report = el.getBoundingClientRect();
    const shown = box.getBoundingClientRect();
    expect(shown.right, 'the box stays inside the report').to.be.at.most(report.right + 0.5);
    expect(getComputedStyle(box).overflowX).to.equal('auto');
    // Words are never split to fit: a cell is at least as wide as its longest word.
    for (const cell of box.querySelectorAll('th, td'))
      expect(cell.scrollWidth, text(cell)).to.be.at.most(cell.clientWidth + 1);
    await expect(el).to.be.accessible();
  });

  it('keeps members’ names out of the CSV and their answers out of the link unless the facilitator asks', async () => {
    // In a provider that reads share links: only there does the report offer "Copy a share link".
    const el = await fixture<BlueprintProvider>(
      html`<blueprint-provider persist="off" .framework=${doc} .profile=${teamProfile()}
        ><blueprint-report></blueprint-report
      ></blueprint-provider>`,
    ).then((p) => p.querySelector<BlueprintReport>('blueprint-report')!);
    await waitUntil(() => el.shadowRoot?.querySelector('#share-raters'), 'the report renders');
    await el.updateComplete;
    const header = (csv: string) => csv.replace('\uFEFF', '').split('\r\n')[0];
    expect(header(el.csv()!)).to.contain(
      '"Member 1 (Staff)","Member 2 (Staff)","Member 3 (Staff)","Member 4 (Families)"',
    );
    expect(header(el.csv({ names: true })!)).to.contain('"Ana (Staff)","Bo (Staff)","Member 3 (Staff)"');
    const names = el.shadowRoot!.querySelector<HTMLInputElement>('#csv-names')!;
    const raters = el.shadowRoot!.querySelector<HTMLInputElement>('#share-raters')!;
    expect(text(names.closest('label'))).to.equal('Include members’ names');
    expect(text(raters.closest('label'))).to.equal('Include members’ answers');
    const decode = (link: string) =>
      JSON.parse(atob(new URL(link).hash.split('=')[1].replace(/-/g, '+').replace(/_/g, '/'))) as Profile;
    expect(decode(el.shareLink()!).raters).to.equal(undefined);
    expect(decode(el.shareLink({ raters: true })!).raters).to.have.length(5);
    // The notice says which.
    [...el.shadowRoot!.querySelectorAll('button')].find((b) => text(b) === 'Copy a share link')!.click();
    await waitUntil(() => text(el.shadowRoot!.querySelector('[part~="share"]')), 'the link is made');
    expect(text(el.shadowRoot!.querySelector('[part~="share"]'))).to.contain(
      'The link has the team’s answers; members’ answers are not in it.',
    );
    raters.click();
    [...el.shadowRoot!.querySelectorAll('button')].find((b) => text(b) === 'Copy a share link')!.click();
    await waitUntil(
      () => text(el.shadowRoot!.querySelector('[part~="share"]')).includes('each member’s answers'),
      'the notice says the members are in',
    );
  });
});
