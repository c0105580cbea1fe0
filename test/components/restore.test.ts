/**
 * Issue 15, "answers come back": the report's "Open saved answers" (a file chosen or dropped, a share link
 * pasted; a preview first; the current answers kept under `<key>:before-restore`), and share links read by
 * default (a fresh browser context on a plain provider; "Keep my own answers instead"; a page that opts out).
 */
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { executeServerCommand, sendKeys } from '@web/test-runner-commands';
import '../../src/components/blueprint-provider/define.js';
import '../../src/components/blueprint-report/define.js';
import {
  storageKeyFor,
  type BlueprintProvider,
} from '../../src/components/blueprint-provider/blueprint-provider.js';
import type { BlueprintReport } from '../../src/components/blueprint-report/blueprint-report.js';
import { clearFrameworkCache } from '../../src/context/loader.js';
import type { BpErrorEvent, BpProfileChangeEvent } from '../../src/events/index.js';
import { profileTextFromFragment, type Profile } from '../../src/framework/index.js';
import { heavy } from '../support/heavy.js';

const SAMPLE = new URL('../../src/data/improvement-teams.json', import.meta.url).href;
const SAMPLE_PROFILE = new URL('../../src/data/improvement-teams.profile.json', import.meta.url).href;
const BELE = new URL('../../src/data/bele.json', import.meta.url).href;

interface Doc {
  id: string;
  title: { en: string } | string;
  groups: { capacities: { id: string }[] }[];
  levels: { id: string }[];
}
let sample: Doc;
let sampleProfile: Profile;

const text = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const shadow = (el: HTMLElement) => el.shadowRoot!;
const q = <T extends Element = HTMLElement>(el: HTMLElement, selector: string) =>
  shadow(el).querySelector<T>(selector);
const buttonNamed = (el: HTMLElement, label: string) =>
  [...shadow(el).querySelectorAll<HTMLButtonElement>('button')].find((b) => text(b) === label);
/** The element focused inside the report (through its shadow root). */
const focused = (el: HTMLElement) => shadow(el).activeElement;

/** A plain provider with a report, the sample framework loaded and the report's tools drawn. */
async function page(attributes = html``) {
  const provider = await fixture<BlueprintProvider>(
    html`<blueprint-provider .framework=${sample} ${attributes}
      ><blueprint-report></blueprint-report
    ></blueprint-provider>`,
  );
  const report = provider.querySelector<BlueprintReport>('blueprint-report')!;
  await waitUntil(() => q(report, '#restore-toggle'), 'the report never drew its tools', { timeout: 15000 });
  return { provider, report };
}

/** Presses "Open saved answers" and waits for its panel (its code is loaded on first use). */
async function openPanel(report: BlueprintReport) {
  q<HTMLButtonElement>(report, '#restore-toggle')!.click();
  await waitUntil(() => q(report, '#restore-file'), 'the panel never opened');
  await report.updateComplete;
}

/** Chooses `file` in the panel's file picker, as the browser's dialog would. */
function choose(report: BlueprintReport, file: File) {
  const input = q<HTMLInputElement>(report, '#restore-file')!;
  const files = new DataTransfer();
  files.items.add(file);
  input.files = files.files;
  input.dispatchEvent(new Event('change', { bubbles: true }));
}

const preview = (report: BlueprintReport) => q(report, '.restore-preview');
const alertText = (report: BlueprintReport) => text(q(report, '.restore-error'));

/** What the preview should say of `p` against `now`, counted from the documents themselves. */
function expectedSummary(p: Profile, now: Profile): string {
  const ratings = Object.values(p.ratings);
  const notes = ratings.filter((r) => r.note).length;
  const ids = new Set([...Object.keys(p.ratings), ...Object.keys(now.ratings)]);
  const differ = [...ids].filter((id) => {
    const [a, b] = [p.ratings[id], now.ratings[id]];
    return a?.status !== b?.status || a?.levelId !== b?.levelId || (a?.note ?? '') !== (b?.note ?? '');
  }).length;
  const date = new Intl.DateTimeFormat('en', { dateStyle: 'long' }).format(new Date(p.updatedAt!));
  const parts = [`${ratings.length} answers`, `${notes} notes`, `${p.snapshots!.length} saved moments`];
  return (
    `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)} from “${p.team}”, saved ${date}. ` +
    `${differ} answers differ from yours.`
  );
}

describe('Open saved answers, and share links read by default (issue 15)', () => {
  before(async () => {
    sample = (await (await fetch(SAMPLE)).json()) as Doc;
    sampleProfile = (await (await fetch(SAMPLE_PROFILE)).json()) as Profile;
  });

  beforeEach(() => {
    localStorage.clear();
    clearFrameworkCache();
  });

  afterEach(() => localStorage.clear());

  it('a JSON export opened through the file picker: a preview first, then the identical profile, the answers before it kept under :before-restore', async function () {
    heavy(this, 'axe over a report of 17 capacities in three states');
    const { provider, report } = await page();
    expect(provider.importProfile(sampleProfile).ok).to.equal(true);
    await report.updateComplete;
    const exported = report.profileJson()!;
    // The team goes on: starts again, answers one capacity.
    provider.resetProfile();
    const first = sample.groups[0].capacities[0].id;
    provider.store.rate(first, sample.levels[0].id);
    const mine = provider.exportProfile()!;
    await report.updateComplete;

    const toggle = q<HTMLButtonElement>(report, '#restore-toggle')!;
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    await openPanel(report);
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    expect(text(q(report, '#restore-hint'))).to.equal(
      'Drop a file of saved answers (.json) here, or choose one.',
    );
    await expect(report).to.be.accessible();

    choose(report, new File([exported], 'lincoln.json', { type: 'application/json' }));
    await waitUntil(() => preview(report), 'no preview');
    const now = JSON.parse(mine) as Profile;
    expect(text(q(report, '#restore-summary'))).to.equal(
      expectedSummary(JSON.parse(exported) as Profile, now),
    );
    const key = storageKeyFor(sample.id);
    expect(text(preview(report))).to.contain(
      `Your answers now will be kept in this browser (under “${key}:before-restore”), so you can bring them back.`,
    );
    // Nothing changed yet; the preview has the focus, its summary is its name.
    expect(provider.exportProfile()).to.equal(mine);
    await waitUntil(() => focused(report) === preview(report), 'focus never went to the preview');
    await expect(report).to.be.accessible();

    const changed = oneEvent<BpProfileChangeEvent>(provider, 'bp-profile-change');
    buttonNamed(report, 'Open these answers')!.click();
    expect((await changed).detail.reason).to.equal('import');
    expect(provider.exportProfile(), 'the identical profile').to.equal(exported);
    // The answers it replaced are kept, newest last, under the documented key.
    const kept = JSON.parse(localStorage.getItem(`${key}:before-restore`)!) as { text: string }[];
    expect(kept.at(-1)!.text).to.equal(mine);
    await waitUntil(() => text(q(report, '[part~="share"]')), 'the result was never said');
    expect(text(q(report, '[part~="share"]'))).to.equal(
      `The answers from “lincoln.json” are open. Your earlier answers are kept in this browser under “${key}:before-restore”.`,
    );
    expect(q(report, '[part~="share"]')!.getAttribute('role')).to.equal('status');
    // The panel closed: focus is back on the tool that opened it, never on <body>.
    await waitUntil(() => focused(report) === toggle, 'focus was not put back on "Open saved answers"');
    expect(q(report, '#restore-panel')!.hidden).to.equal(true);
    await expect(report).to.be.accessible();
  });

  it('Cancel changes nothing and gives focus back to the file picker', async () => {
    const { provider, report } = await page();
    const before = provider.exportProfile();
    await openPanel(report);
    choose(report, new File([JSON.stringify(sampleProfile)], 'sample.json'));
    await waitUntil(() => preview(report), 'no preview');
    buttonNamed(report, 'Cancel')!.click();
    await waitUntil(() => !preview(report), 'the preview stayed');
    expect(focused(report)).to.equal(q(report, '#restore-file'));
    expect(provider.exportProfile()).to.equal(before);
    expect(localStorage.getItem(`${storageKeyFor(sample.id)}:before-restore`)).to.equal(null);
  });

  it('a file that cannot be used gets a plain message naming it and what is wrong, with bp-error; nothing is lost', async function () {
    heavy(this, 'seven bad files, then axe');
    const { provider, report } = await page();
    provider.store.rate(sample.groups[0].capacities[0].id, sample.levels[1].id);
    const before = provider.exportProfile();
    const bele = (await (await fetch(BELE)).json()) as Doc;
    await openPanel(report);
    const cases: [string, string, string][] = [
      ['notes.txt', 'Our notes from Tuesday', 'it is not a file of saved answers (it is not JSON text)'],
      ['settings.json', '{"theme":"dark"}', 'it is not a file of saved answers from these widgets'],
      ['framework.json', JSON.stringify(sample), "it is a framework, not a team's saved answers"],
      [
        'network.json',
        JSON.stringify({ schema: 'blueprint-cohort/1', frameworkId: sample.id, teams: [] }),
        "it holds many teams' answers (a network file), not one team's",
      ],
      [
        'bele-answers.json',
        JSON.stringify({ schema: 'blueprint-profile/1', frameworkId: bele.id, ratings: {} }),
        `it holds answers for another framework (“${bele.id}”), not “${typeof sample.title === 'string' ? sample.title : sample.title.en}”`,
      ],
      [
        'broken.json',
        JSON.stringify({ schema: 'blueprint-profile/1', frameworkId: sample.id, ratings: 'none' }),
        '', // the validator's own words, with the path
      ],
    ];
    for (const [name, content, why] of cases) {
      const failed = oneEvent<BpErrorEvent>(report, 'bp-error');
      choose(report, new File([content], name));
      const { detail } = await failed;
      expect(detail.source).to.equal('import');
      await waitUntil(() => alertText(report), `${name}: nothing was said`);
      const said = alertText(report);
      expect(said, name).to.match(new RegExp(`^“${name.replace('.', '\\.')}” could not be opened: `));
      if (why) expect(said).to.equal(`“${name}” could not be opened: ${why}.`);
      else expect(said).to.contain('(/ratings)');
      expect(q(report, '.restore-error')!.getAttribute('role')).to.equal('alert');
      expect(preview(report), name).to.equal(null);
      expect(provider.exportProfile(), `${name}: the answers stayed`).to.equal(before);
    }
    await expect(report).to.be.accessible();
  });

  it('a share link pasted in the field opens like a file; a cut-short or empty link is said so', async () => {
    const { provider, report } = await page();
    const other = await fixture<BlueprintReport>(
      html`<blueprint-report .framework=${sample} .profile=${sampleProfile}></blueprint-report>`,
    );
    await waitUntil(() => other.shareLink(), 'no link');
    const link = other.shareLink()!;
    await openPanel(report);
    const field = q<HTMLInputElement>(report, '#restore-link')!;

    const paste = async (value: string) => {
      field.value = value;
      field.focus();
      await sendKeys({ press: 'Enter' });
    };
    let failed = oneEvent<BpErrorEvent>(report, 'bp-error');
    await paste(link.slice(0, link.length - 40));
    expect((await failed).detail.source).to.equal('link');
    await waitUntil(() => alertText(report));
    expect(alertText(report)).to.equal(
      'This link is cut short or damaged: copy the whole share link again, then paste it here.',
    );
    failed = oneEvent<BpErrorEvent>(report, 'bp-error');
    await paste('https://example.org/our-page');
    await failed;
    await waitUntil(() => alertText(report).startsWith('This link has no saved answers'));
    // Text that is not an address at all gets the same plain words, not the browser's "enter a URL" bubble.
    failed = oneEvent<BpErrorEvent>(report, 'bp-error');
    await paste('our answers from Tuesday');
    await failed;
    await waitUntil(() => alertText(report).startsWith('This link has no saved answers'));
    // Only the fragment counts: a pasted "#bp-profile=…" alone opens too.
    await paste(new URL(link).hash);
    await waitUntil(() => preview(report), 'a bare fragment gave no preview');
    buttonNamed(report, 'Cancel')!.click();
    await waitUntil(() => !preview(report));

    await paste(link);
    await waitUntil(() => preview(report), 'no preview');
    expect(alertText(report)).to.equal('');
    buttonNamed(report, 'Open these answers')!.click();
    await waitUntil(() => provider.profile?.team === sampleProfile.team, 'the link was never opened');
    const carried = JSON.parse(profileTextFromFragment(new URL(link).hash)!) as Profile;
    expect(provider.profile!.ratings).to.deep.equal(carried.ratings);
    expect(text(q(report, '[part~="share"]'))).to.match(/^The answers from the share link are open\./);
  });

  it('a file dropped on the panel is read like a chosen one', async () => {
    const { report } = await page();
    await openPanel(report);
    const zone = q(report, '.drop')!;
    const files = new DataTransfer();
    files.items.add(new File([JSON.stringify(sampleProfile)], 'dropped.json'));
    zone.dispatchEvent(new DragEvent('dragover', { dataTransfer: files, bubbles: true, cancelable: true }));
    await report.updateComplete;
    expect(zone.classList.contains('over')).to.equal(true);
    zone.dispatchEvent(new DragEvent('drop', { dataTransfer: files, bubbles: true, cancelable: true }));
    await waitUntil(() => preview(report), 'no preview');
    expect(text(q(report, '#restore-summary'))).to.contain(`from “${sampleProfile.team}”`);
    expect(zone.classList.contains('over')).to.equal(false);
  });

  describe('share links, in a fresh browser context', () => {
    let link: string;
    before(async () => {
      const maker = await fixture<BlueprintReport>(
        html`<blueprint-report .framework=${sample} .profile=${sampleProfile}></blueprint-report>`,
      );
      await waitUntil(() => maker.shareLink(), 'no link');
      link = maker.shareLink()!;
    });

    interface Seen {
      profile: string;
      notice: string;
      keepOffered: boolean;
      copyOffered: boolean;
      hash: string;
      backups: string[];
    }
    const open = (payload: object) =>
      executeServerCommand<{ opened: Seen; kept?: Seen; requests: { url: string; type: string }[] }, object>(
        'bp-open-link',
        {
          framework: sample,
          fragment: new URL(link).hash,
          ...payload,
        },
      );

    it('a plain <blueprint-provider> opens the link’s answers, says from when, and “Keep my own answers instead” brings them back', async function () {
      heavy(this, 'a new browser context, two page loads');
      const own: Profile = {
        schema: 'blueprint-profile/1',
        frameworkId: sample.id,
        team: 'Our own',
        ratings: { [sample.groups[0].capacities[0].id]: { status: 'unsure', note: 'ask Ana' } },
      };
      const ownText = JSON.stringify(own, null, 2);
      const { opened, kept, requests } = await open({ own: ownText, keepMine: true });
      const carried = JSON.parse(profileTextFromFragment(new URL(link).hash)!) as Profile;
      const shown = JSON.parse(opened.profile) as Profile;
      expect(shown.team).to.equal(sampleProfile.team);
      expect(shown.ratings).to.deep.equal(carried.ratings);
      const date = new Intl.DateTimeFormat('en', { dateStyle: 'long' }).format(new Date(carried.updatedAt!));
      expect(opened.notice).to.equal(`You opened shared answers from ${date}. Keep my own answers instead`);
      expect(opened.keepOffered).to.equal(true);
      expect(opened.copyOffered, 'this page reads links: the report offers one').to.equal(true);
      expect(opened.hash, 'applied once: the fragment left the address').to.equal('');
      expect(opened.backups).to.include('before-link');

      const back = JSON.parse(kept!.profile) as Profile;
      expect(back.team).to.equal('Our own');
      expect(back.ratings).to.deep.equal(own.ratings);
      expect(kept!.notice).to.equal('Your own answers are back.');
      expect(kept!.backups, 'the link’s answers are kept in turn').to.include('before-restore');
      // The library's own modules load on first use; nothing else leaves the page, and nothing goes elsewhere.
      const sent = requests.filter((r) => r.type !== 'script' || new URL(r.url).origin !== location.origin);
      expect(sent, 'opening a link makes no request of its own').to.deep.equal([]);
    });

    it('in a browser that never answered, the link opens and keeping one’s own starts empty', async function () {
      heavy(this, 'a new browser context');
      const { opened, kept } = await open({ keepMine: true });
      expect(Object.keys((JSON.parse(opened.profile) as Profile).ratings)).to.have.length(
        Object.keys(sampleProfile.ratings).length,
      );
      expect(opened.keepOffered).to.equal(true);
      expect((JSON.parse(kept!.profile) as Profile).ratings).to.deep.equal({});
    });

    for (const optOut of ['ignore-shared-links', 'profile-from-hash'])
      it(`a page that opts out (${optOut === 'profile-from-hash' ? 'profile-from-hash="off"' : optOut}) ignores the fragment and hides “Copy a share link”`, async function () {
        heavy(this, 'a new browser context');
        const { opened } = await open({ optOut });
        expect((JSON.parse(opened.profile) as Profile).ratings).to.deep.equal({});
        expect(opened.notice).to.equal('');
        expect(opened.copyOffered).to.equal(false);
        expect(opened.hash, 'the fragment is left alone').to.contain('bp-profile=');
      });
  });

  it('the provider’s notice about an opened link is accessible, and its button keeps focus in the notice', async function () {
    heavy(this, 'axe over the provider and the report');
    const start = location.href;
    const own = { schema: 'blueprint-profile/1', frameworkId: sample.id, ratings: {}, team: 'Mine' };
    localStorage.setItem(storageKeyFor(sample.id), JSON.stringify(own));
    const maker = await fixture<BlueprintReport>(
      html`<blueprint-report .framework=${sample} .profile=${sampleProfile}></blueprint-report>`,
    );
    await waitUntil(() => maker.shareLink());
    history.replaceState(null, '', new URL(maker.shareLink()!).hash);
    try {
      const { provider } = await page();
      await waitUntil(() => provider.profile?.team === sampleProfile.team, 'the link was not read');
      await provider.updateComplete;
      const notice = q(provider, '[part~="notice"]')!;
      expect(notice.closest('[role="status"]')).to.exist;
      await expect(provider).to.be.accessible();
      q<HTMLButtonElement>(provider, '[part~="notice-action"]')!.focus();
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => provider.profile?.team === 'Mine', 'own answers never came back');
      await provider.updateComplete;
      expect(focused(provider)).to.equal(q(provider, '[part~="notice"]'));
    } finally {
      history.replaceState(null, '', start);
    }
  });
});
