/**
 * `<team-session>` (issue 17): three members answer in three separate browser contexts (the `bp-member`
 * server command, test/support/member-plugin.mjs), and their links and files are gathered here, in the
 * facilitator's page, into the team's profile. Driven as a facilitator would: paste, pick, drop, click,
 * keyboard; asserted on what a person sees, on focus, on events, on the stored profile, and with axe.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { executeServerCommand, sendKeys } from '@web/test-runner-commands';
import '../../src/components/blueprint-provider/define.js';
import '../../src/components/blueprint-bars/define.js';
import '../../src/components/team-session/define.js';
import type { BlueprintProvider } from '../../src/components/blueprint-provider/blueprint-provider.js';
import type { TeamSession } from '../../src/components/team-session/team-session.js';
import type { BpErrorEvent, BpWarningEvent } from '../../src/events/index.js';
import { parseProfile, type Profile } from '../../src/framework/index.js';
import { heavy } from '../support/heavy.js';
import { validFramework } from '../framework/fixtures.js';

const ROLES = [
  { id: 'teacher', label: { en: 'Teacher', es: 'Docente' } },
  { id: 'family', label: { en: 'Family', es: 'Familia' } },
  { id: 'leader', label: { en: 'School leader', es: 'Dirección' } },
];
const FRAMEWORK = { ...(validFramework() as Record<string, unknown>), roles: ROLES };

interface Sent {
  link: string;
  json: string;
  requests: string[];
}

/**
 * dei: leading, emerging, developing (2 levels apart); routines: developing, developing, leading (1);
 * agency: developing × 3 (0). So the agenda is dei, routines, agency; and the family sees dei lower.
 */
const MEMBERS = [
  {
    respondent: { name: 'Ana', role: 'teacher' },
    answers: { dei: 'leading', agency: 'developing', routines: 'developing' },
    updatedAt: '2026-05-01T10:00:00.000Z',
  },
  {
    respondent: { name: 'Ben', role: 'family' },
    answers: { dei: 'emerging', agency: 'developing', routines: 'developing' },
    updatedAt: '2026-05-01T10:05:00.000Z',
  },
  {
    respondent: { role: 'leader' },
    answers: { dei: 'developing', agency: 'developing', routines: 'leading' },
    updatedAt: '2026-05-01T10:09:00.000Z',
  },
];

const root = (el: TeamSession) => el.shadowRoot!;
const $ = <E extends Element = HTMLElement>(el: TeamSession, selector: string) =>
  root(el).querySelector<E>(selector)!;
const text = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const status = (el: TeamSession) => text($(el, '[role="status"]'));

/** Every request the page makes from now on (fetch, XHR, beacons, and any resource the page loads). */
function watchNetwork() {
  const seen: string[] = [];
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) seen.push(entry.name);
  });
  observer.observe({ type: 'resource', buffered: false });
  // Kept to put back afterwards (called through `call`, with their own `this`).
  const fetch = window.fetch.bind(window);
  const nav = window.navigator;
  // eslint-disable-next-line @typescript-eslint/unbound-method
  const open = XMLHttpRequest.prototype.open;
  const beacon = nav.sendBeacon.bind(nav);
  window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
    seen.push(`fetch ${String(input instanceof Request ? input.url : input)}`);
    return fetch(input, init);
  };
  XMLHttpRequest.prototype.open = function (this: XMLHttpRequest, ...args: unknown[]) {
    seen.push(`xhr ${String(args[1])}`);
    return (open as (...a: unknown[]) => void).apply(this, args);
  };
  nav.sendBeacon = (url: string | URL, data?: BodyInit | null) => {
    seen.push(`beacon ${String(url)}`);
    return beacon(url, data);
  };
  return {
    seen,
    stop() {
      observer.disconnect();
      window.fetch = fetch;
      XMLHttpRequest.prototype.open = open;
      nav.sendBeacon = beacon;
    },
  };
}

async function session(profile?: Profile): Promise<{ provider: BlueprintProvider; el: TeamSession }> {
  const provider = await fixture<BlueprintProvider>(html`
    <blueprint-provider persist="off" .framework=${structuredClone(FRAMEWORK)} .profile=${profile}>
      <team-session></team-session>
      <blueprint-bars spread></blueprint-bars>
    </blueprint-provider>
  `);
  const el = provider.querySelector('team-session')!;
  await waitUntil(() => root(el).querySelector('[part~="gather"]'), 'the session did not render');
  provider.store.clock = () => new Date('2026-05-02T09:00:00.000Z');
  return { provider, el };
}

/** Pastes `lines` into the links box (as typed text) and presses "Add the links". */
async function paste(el: TeamSession, lines: string[]) {
  const box = $<HTMLTextAreaElement>(el, '#links');
  box.value = lines.join('\n');
  box.dispatchEvent(new Event('input', { bubbles: true }));
  await el.updateComplete;
  $(el, '.add-links').click();
  await el.updateComplete;
}

/** Files as the file picker gives them. */
function pick(el: TeamSession, files: File[]) {
  const input = $<HTMLInputElement>(el, '#files');
  const transfer = new DataTransfer();
  for (const f of files) transfer.items.add(f);
  input.files = transfer.files;
  input.dispatchEvent(new Event('change', { bubbles: true }));
}

/** Files dropped on the drop area. */
function drop(el: TeamSession, files: File[]) {
  const transfer = new DataTransfer();
  for (const f of files) transfer.items.add(f);
  const area = $(el, '[part~="drop"]');
  area.dispatchEvent(new DragEvent('dragover', { dataTransfer: transfer, bubbles: true, cancelable: true }));
  area.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
}

const jsonFile = (name: string, value: unknown) =>
  new File([typeof value === 'string' ? value : JSON.stringify(value)], name, { type: 'application/json' });

describe('<team-session>', function () {
  heavy(this, 'three members answer in three browser contexts; axe over the session in every state');
  let sent: Sent[];

  before(async function () {
    heavy(this, 'three incognito browser contexts, each loading a page and answering through the rubric');
    sent = [];
    // One after the other: each member's device is its own context, opened and closed in turn.
    for (const m of MEMBERS)
      sent.push(await executeServerCommand<Sent, object>('bp-member', { framework: FRAMEWORK, ...m }));
  });

  it('each member answered on their own device, sending a link and a file, with no request', () => {
    for (const [i, s] of sent.entries()) {
      expect(s.link, `member ${i + 1}`).to.match(/#bp-profile=/);
      const own = JSON.parse(s.json) as Profile;
      expect(own.respondent).to.deep.equal(MEMBERS[i].respondent);
      expect(Object.fromEntries(Object.entries(own.ratings).map(([k, r]) => [k, r.levelId]))).to.deep.equal(
        MEMBERS[i].answers,
      );
      expect(s.requests, `member ${i + 1}'s page`).to.deep.equal([]);
    }
  });

  it('merges two links and a file into three raters with roles; hidden until reveal; no request', async () => {
    const { provider, el } = await session();
    // axe first: it loads its own script, which is the test's request, not the session's.
    await expect(el).to.be.accessible();
    const network = watchNetwork();
    try {
      await paste(el, [sent[0].link, sent[1].link]);
      expect(provider.store.profile!.raters).to.have.length(2);
      expect($<HTMLTextAreaElement>(el, '#links').value).to.equal('');
      expect(status(el)).to.equal('Added the answers of 2 members.');
      pick(el, [jsonFile('member-3.json', sent[2].json)]);
      await waitUntil(() => provider.store.profile!.raters?.length === 3, 'the file was not merged');
      await el.updateComplete;
      const raters = provider.store.profile!.raters!;
      expect(raters.map((r) => [r.name, r.role])).to.deep.equal([
        ['Ana', 'teacher'],
        ['Ben', 'family'],
        [undefined, 'leader'],
      ]);
      expect(raters.map((r) => r.submittedAt)).to.deep.equal(MEMBERS.map((m) => m.updatedAt));
      expect(provider.store.profile!.ratings).to.deep.equal({});
      // Who answered: names (or "Member 3"), roles, when; nothing of their levels.
      const rows = [...root(el).querySelectorAll('[part~="members"] tbody tr')].map((tr) =>
        [...tr.querySelectorAll('th, td')].slice(0, 2).map(text),
      );
      expect(rows).to.deep.equal([
        ['Ana', 'Teacher'],
        ['Ben', 'Family'],
        ['Member 3', 'School leader'],
      ]);
      const shown = text(root(el) as unknown as Element);
      expect(shown).to.contain('3 members answered. Their answers stay hidden until you reveal them');
      for (const level of ['Emerging', 'Developing', 'Leading']) expect(shown).to.not.contain(level);
      expect(root(el).querySelector('[part~="table"], [part~="bar"], [part~="agenda"]')).to.equal(null);
      expect(network.seen).to.deep.equal([]);
      await expect(el).to.be.accessible();
    } finally {
      network.stop();
    }
  });

  it('reveals the counts by role and the agenda, widest disagreement first, keeping focus in place', async () => {
    const { provider, el } = await session();
    await paste(
      el,
      sent.map((s) => s.link),
    );
    expect(provider.store.profile!.raters).to.have.length(3);
    const reveal = $(el, '.reveal');
    reveal.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    await el.updateComplete;
    expect(el.revealed).to.equal(true);
    expect(root(el).activeElement).to.equal($(el, '.hide'));
    expect(status(el)).to.equal('Showing the answers of 3 members.');
    const agenda = [...root(el).querySelectorAll('.agenda li')].map(text);
    expect(agenda).to.deep.equal([
      'Diversity, equity and inclusion: From Emerging to Leading (3 chose a level)',
      'Data routines: From Developing to Leading (3 chose a level)',
      'Student agency: All 3 chose Developing',
    ]);
    expect(text($(el, '[part~="agenda"]'))).to.contain('furthest apart come first');
    expect(text($(el, '.role-diffs'))).to.contain('Family see Diversity, equity and inclusion');
    // The first capacity's table: rows are answers, columns everyone and each role.
    const table = root(el).querySelector('[part~="capacity"] table')!;
    const cells = [...table.querySelectorAll('tr')].map((tr) => [...tr.children].map(text));
    expect(cells).to.deep.equal([
      ['Answer', 'Everyone', 'Teacher', 'Family', 'School leader'],
      ['Emerging', '1', '0', '1', '0'],
      ['Developing', '1', '0', '0', '1'],
      ['Leading', '1', '1', '0', '0'],
    ]);
    expect(
      root(el).querySelectorAll('[part~="capacity"]')[0].querySelectorAll('[part~="bar"]'),
    ).to.have.length(4);
    await expect(el).to.be.accessible();
    // Hiding again: the counts go, focus goes back to "Reveal".
    $(el, '.hide').click();
    await el.updateComplete;
    await el.updateComplete;
    expect(root(el).querySelector('[part~="table"]')).to.equal(null);
    expect(root(el).activeElement).to.equal($(el, '.reveal'));
  });

  it('agrees on a level with a note: the team rating changes, the raters stay; export and import keep them', async () => {
    const { provider, el } = await session();
    await paste(
      el,
      sent.map((s) => s.link),
    );
    el.revealed = true;
    await el.updateComplete;
    const card = root(el).querySelector<HTMLElement>('[part~="capacity"]')!;
    const note = card.querySelector('textarea')!;
    note.focus();
    await sendKeys({ type: 'Families see less of it' });
    const developing = [...card.querySelectorAll<HTMLButtonElement>('.level')][1];
    developing.focus();
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    const profile = provider.store.profile!;
    expect(profile.ratings.dei).to.include({
      status: 'rated',
      levelId: 'developing',
      note: 'Families see less of it',
    });
    expect(profile.raters).to.have.length(3);
    expect(root(el).activeElement).to.equal(developing);
    expect(developing.getAttribute('aria-pressed')).to.equal('true');
    expect(text(card.querySelector('.agreed'))).to.equal('Agreed: Developing');
    expect(status(el)).to.equal('The team’s level for Diversity, equity and inclusion is now Developing.');
    await expect(el).to.be.accessible();

    // Export → import keeps raters and roles (and the agreed level).
    const again = parseProfile(JSON.stringify(profile), provider.store.model);
    expect(again.ok).to.equal(true);
    const { provider: other, el: otherEl } = await session(again.value);
    expect(other.store.profile!.raters).to.deep.equal(profile.raters);
    expect(other.store.profile!.ratings.dei.levelId).to.equal('developing');
    expect(root(otherEl).querySelectorAll('[part~="members"] tbody tr')).to.have.length(3);
  });

  it('refuses every bad input with its own message naming it; nothing gathered is lost; the rest merge', async () => {
    const { provider, el } = await session();
    await paste(el, [sent[0].link]);
    const before = provider.store.profile!.raters!;
    const errors: BpErrorEvent[] = [];
    const warnings: BpWarningEvent[] = [];
    el.addEventListener('bp-error', (e) => errors.push(e));
    el.addEventListener('bp-warning', (e) => warnings.push(e));
    const cut = sent[1].link.slice(0, sent[1].link.length - 20);
    const other = { ...(JSON.parse(sent[2].json) as Profile), frameworkId: 'another-framework' };
    const older = { ...(JSON.parse(sent[2].json) as Profile), frameworkVersion: '1.0.0' };
    await paste(el, [cut, sent[0].link, sent[1].link]);
    pick(el, [
      jsonFile('other.json', other),
      jsonFile('older.json', older),
      jsonFile('framework.json', FRAMEWORK),
      new File(['capacity,level\ndei,leading\n'], 'answers.csv', { type: 'text/csv' }),
      new File([new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13])], 'photo.png'),
      jsonFile('member-3.json', sent[2].json),
    ]);
    await waitUntil(() => provider.store.profile!.raters?.length === 3, 'the good file was not merged');
    await el.updateComplete;
    // Plain words naming each file (issue 15), the technical reason of each behind "Technical details".
    const problems = [...root(el).querySelectorAll('[part~="problems"] li')].map(text);
    expect(problems).to.deep.equal([
      '“other.json” holds answers for another framework. Ask the member to answer with this team’s link.',
      '“older.json” holds answers for another version of this framework. Ask the member to answer again with this team’s link.',
      '“framework.json” is not a member’s answers. Ask the member to send their answers again.',
      '“answers.csv” is not a file of answers (perhaps a spreadsheet, a picture or a document). Ask the member for the file the widgets saved.',
      '“photo.png” is not a file of answers (perhaps a spreadsheet, a picture or a document). Ask the member for the file the widgets saved.',
    ]);
    const technical = [...root(el).querySelectorAll('[part~="error-detail"] li')].map(text);
    expect(technical[0]).to.match(
      /^other\.json: these answers are for another framework \("another-framework"\)/,
    );
    expect(technical[1]).to.match(/^older\.json: these answers are for version "1\.0\.0" of "test-fw"/);
    expect(technical[2]).to.equal("framework.json: this is a framework file, not a member's answers");
    expect(technical[3]).to.match(/^answers\.csv: this is not a file of answers \(it is not JSON/);
    expect(technical[4]).to.match(/^photo\.png: this is not a file of answers/);
    expect(status(el)).to.equal('Added the answers of 1 member. 5 could not be used:');
    // The pasted batch before: the cut link refused, Ana already here, Ben added.
    expect(errors[0].detail.errors.map((e) => e.message)).to.have.length(1);
    expect(errors[0].detail.errors[0].message).to.match(/^Link 1 \(.+\): this link was cut short or changed/);
    expect(warnings[0].detail.warnings.map((w) => w.message)).to.include.members([
      `Link 2 (${sent[0].link.slice(0, 28)}…${sent[0].link.slice(-16)}): already here (Ana); not added again.`,
    ]);
    // The cut link stays in the box to fix; nothing gathered is lost.
    expect($<HTMLTextAreaElement>(el, '#links').value).to.equal(cut);
    const raters = provider.store.profile!.raters!;
    expect(raters.slice(0, before.length)).to.deep.equal(before);
    expect(raters.map((r) => r.name)).to.deep.equal(['Ana', 'Ben', undefined]);
    await expect(el).to.be.accessible();
  });

  it('takes 100 files dropped at once in one act', async () => {
    const { provider, el } = await session();
    const edits: Event[] = [];
    el.addEventListener('bp-profile-edit', (e) => edits.push(e));
    const template = JSON.parse(sent[0].json) as Profile;
    const files = Array.from({ length: 100 }, (_, i) =>
      jsonFile(`member-${i + 1}.json`, {
        ...template,
        respondent: { name: `Person ${i + 1}`, role: ROLES[i % 3].id },
        updatedAt: new Date(Date.UTC(2026, 4, 1, 10, i)).toISOString(),
      }),
    );
    drop(el, files);
    await waitUntil(() => provider.store.profile!.raters?.length === 100, 'the 100 files were not merged');
    await el.updateComplete;
    expect(edits).to.have.length(1);
    expect(status(el)).to.equal('Added the answers of 100 members.');
    expect(root(el).querySelectorAll('[part~="members"] tbody tr')).to.have.length(100);
  });

  it('removes a member with undo and marks one as a duplicate, keeping focus and announcing once', async () => {
    const { provider, el } = await session();
    await paste(
      el,
      sent.map((s) => s.link),
    );
    const ben = provider.store.profile!.raters![1];
    const remove = $(el, `[data-rater="${ben.id}"] .remove`);
    remove.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    await el.updateComplete;
    expect(provider.store.profile!.raters!.map((r) => r.name)).to.deep.equal(['Ana', undefined]);
    expect(status(el)).to.equal('Removed Ben.');
    expect(root(el).activeElement).to.equal($(el, '.undo'));
    await expect(el).to.be.accessible();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    await el.updateComplete;
    expect(provider.store.profile!.raters!.map((r) => r.id)).to.include(ben.id);
    expect(status(el)).to.equal('Ben is back.');
    expect(root(el).activeElement).to.equal($(el, `[data-rater="${ben.id}"] .remove`));

    const toggle = $(el, `[data-rater="${ben.id}"] .duplicate-toggle`);
    toggle.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(provider.store.profile!.raters!.find((r) => r.id === ben.id)).to.include({ duplicate: true });
    expect(status(el)).to.equal('Ben is marked as a duplicate and not counted.');
    expect(root(el).activeElement).to.equal(toggle);
    // Its name says whom it acts on (the name part is for screen readers).
    expect(text(toggle)).to.equal('Count again, Ben');
    expect(text($(el, '[part~="reveal"] p'))).to.match(/^2 members answered/);
    await expect(el).to.be.accessible();
  });

  it('speaks Spanish with lang="es"', async () => {
    const { el } = await session();
    el.lang = 'es';
    // The Spanish words load on first use (issue 14): "Cargando" until they are in, never English.
    await waitUntil(
      () => $(el, '.title') && text($(el, '.title')) === 'Sesión de equipo',
      'never in Spanish',
    );
    expect(text($(el, '.reveal'))).to.equal('Mostrar las respuestas');
  });

  it('lists the 12 capacities furthest apart and the 12 widest role differences first, with buttons for the rest', async () => {
    // 20 capacities (the fixture's three, and 17 copies of its first), two roles two levels apart on each.
    const doc = structuredClone(FRAMEWORK) as unknown as {
      groups: { capacities: { id: string; label: unknown }[] }[];
    };
    const first = doc.groups[0].capacities[0];
    for (let i = 0; i < 17; i++)
      doc.groups[0].capacities.push({ ...first, id: `c${i}`, label: `Copy ${i + 1}` });
    const ids = doc.groups.flatMap((g) => g.capacities.map((c) => c.id));
    const ratings = (levelId: string) =>
      Object.fromEntries(ids.map((id) => [id, { status: 'rated', levelId }]));
    const profile = {
      schema: 'blueprint-profile/1',
      frameworkId: 'test-fw',
      frameworkVersion: '2.1.0',
      ratings: {},
      raters: [
        { id: 'a', name: 'Ana', role: 'teacher', ratings: ratings('leading') },
        { id: 'b', name: 'Ben', role: 'family', ratings: ratings('emerging') },
      ],
    };
    const provider = await fixture<BlueprintProvider>(html`
      <blueprint-provider persist="off" .framework=${doc} .profile=${profile}>
        <team-session revealed></team-session>
      </blueprint-provider>
    `);
    const el = provider.querySelector('team-session')!;
    await waitUntil(() => root(el).querySelector('.agenda'), 'the agenda did not render');
    expect(root(el).querySelectorAll('.agenda li')).to.have.length(12);
    expect(root(el).querySelectorAll('.role-diffs li')).to.have.length(12);
    const agendaToggle = $(el, '.agenda-toggle');
    expect(text(agendaToggle)).to.equal('Show the whole agenda (20)');
    expect(agendaToggle.getAttribute('aria-expanded')).to.equal('false');
    agendaToggle.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(root(el).querySelectorAll('.agenda li')).to.have.length(20);
    expect(root(el).activeElement).to.equal(agendaToggle);
    expect(text(agendaToggle)).to.equal('Show only the first 12');
    expect(agendaToggle.getAttribute('aria-expanded')).to.equal('true');
    // Both roles differ from the other on all 20 capacities: 40 differences.
    const diffsToggle = $(el, '.role-diffs-toggle');
    expect(text(diffsToggle)).to.equal('Show all 40 differences');
    diffsToggle.click();
    await el.updateComplete;
    expect(root(el).querySelectorAll('.role-diffs li')).to.have.length(40);
    // The counts are drawn six capacities at a time; "Show more" draws six more and moves focus to the first.
    expect(root(el).querySelectorAll('[part~="capacity"]')).to.have.length(6);
    $(el, '.show-more').focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    const cards = root(el).querySelectorAll('[part~="capacity"]');
    expect(cards).to.have.length(12);
    expect(root(el).activeElement).to.equal(cards[6].querySelector('h3, h4, h5, h6'));
    await expect(el).to.be.accessible();
  });
});
