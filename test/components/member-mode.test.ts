/**
 * Member mode (issue 17): `<capacity-rubric>` inside `<blueprint-provider mode="member">` is one member's
 * private answer sheet: who is answering (name, role), the capacities, then "Send my answers" (a link, a
 * file, a QR code). Driven through the public surface: clicks, keys, what a person sees, events.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/components/capacity-rubric/define.js';
import '../../src/components/blueprint-provider/define.js';
import type { CapacityRubric } from '../../src/components/capacity-rubric/capacity-rubric.js';
import type { BlueprintProvider } from '../../src/components/blueprint-provider/blueprint-provider.js';
import { QR_LIMIT } from '../../src/components/capacity-rubric/member-sheet.js';
import { parseProfile, profileTextFromFragment } from '../../src/framework/index.js';
import type { BpProfileEditEvent } from '../../src/events/index.js';
import type { Profile } from '../../src/framework/schema.js';
import { heavy } from '../support/heavy.js';

const SAMPLE = new URL('../../src/data/improvement-teams.json', import.meta.url).href;
const GROUP = 'network-operations';

/** The sample framework with the roles a team gathers (1.1). */
async function frameworkWithRoles(): Promise<Record<string, unknown>> {
  const doc = (await (await fetch(SAMPLE)).json()) as Record<string, unknown>;
  return {
    ...doc,
    roles: [
      { id: 'teacher', label: { en: 'Teacher', es: 'Docente' }, summary: { en: 'You teach at the school.' } },
      { id: 'family', label: { en: 'Family', es: 'Familia' }, summary: { en: 'A parent or caregiver.' } },
      { id: 'student', label: { en: 'Student', es: 'Estudiante' } },
    ],
  };
}

let framework: Record<string, unknown>;
before(async () => {
  framework = await frameworkWithRoles();
  // The QR encoder is this library's own code, fetched from the test server on first use: loaded here so
  // that the no-network test below sees only what member mode itself would send.
  await import('../../src/components/capacity-rubric/member-qr.js');
});

const root = (el: CapacityRubric) => el.shadowRoot!;
const part = (el: CapacityRubric, name: string) => root(el).querySelector<HTMLElement>(`[part~="${name}"]`);
const text = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const button = (el: CapacityRubric, label: string) =>
  [...root(el).querySelectorAll<HTMLButtonElement>('button')].find((b) => text(b) === label);

function deepActive(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** Asserts focus by identity (chai would print a whole DOM tree on failure, which can stall the page). */
function expectFocusOn(target: Element | null | undefined) {
  const active = deepActive();
  const name = (e: Element | null | undefined) =>
    e ? `<${e.localName} id="${e.id}">${text(e).slice(0, 40)}` : 'nothing';
  expect(active === target, `expected focus on ${name(target)}, found ${name(active)}`).to.be.true;
}

async function memberSheet(options: { group?: string; lang?: string } = {}) {
  const provider = await fixture<BlueprintProvider>(
    html`<blueprint-provider mode="member" persist="off" lang=${options.lang ?? 'en'} .framework=${framework}
      ><capacity-rubric group=${options.group ?? GROUP}></capacity-rubric
    ></blueprint-provider>`,
  );
  const el = provider.querySelector('capacity-rubric')!;
  await waitUntil(() => part(el, 'member-who') && part(el, 'member-send'), 'the member sheet shows');
  await el.updateComplete;
  return { provider, el, store: provider.store };
}

/**
 * Catches the download `saveFile` starts: the Blob and the file name. The link's click is replaced, so the
 * browser saves nothing (a real download stalls a headless test page).
 */
function catchDownload() {
  const caught: { name?: string; blob?: Blob } = {};
  const original = URL.createObjectURL.bind(URL);
  const click = HTMLAnchorElement.prototype.click; // eslint-disable-line @typescript-eslint/unbound-method -- restored below
  const blobs = new Map<string, Blob>();
  URL.createObjectURL = (blob: Blob | MediaSource) => {
    const url = `blob:test/${blobs.size}`;
    if (blob instanceof Blob) blobs.set(url, blob);
    return url;
  };
  HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
    caught.name = this.download;
    caught.blob = blobs.get(this.href);
  };
  return {
    caught,
    restore() {
      URL.createObjectURL = original;
      HTMLAnchorElement.prototype.click = click;
    },
  };
}

/** The QR code's modules, read back from the SVG path of dark runs (`M x y h n v1 h-n z`). */
function modulesOf(svg: SVGSVGElement): boolean[][] {
  const size = Number(svg.dataset.modules);
  const grid = Array.from({ length: size }, () => Array<boolean>(size).fill(false));
  const d = svg.querySelector('path')!.getAttribute('d')!;
  for (const m of d.matchAll(/M(\d+) (\d+)h(\d+)v1h-\d+z/g)) {
    const [x, y, n] = [Number(m[1]), Number(m[2]), Number(m[3])];
    for (let i = 0; i < n; i++) grid[y][x + i] = true;
  }
  return grid;
}

/** The 32 valid format-information words of a QR code: BCH(15,5) of each EC level and mask, XOR 0x5412. */
function validFormatWords(): Map<number, { ec: number; mask: number }> {
  const words = new Map<number, { ec: number; mask: number }>();
  for (let data = 0; data < 32; data++) {
    let rem = data << 10;
    for (let i = 14; i >= 10; i--) if ((rem >> i) & 1) rem ^= 0x537 << (i - 10);
    words.set(((data << 10) | rem) ^ 0x5412, { ec: data >> 3, mask: data & 7 });
  }
  return words;
}

describe('member mode (<blueprint-provider mode="member">)', function () {
  heavy(this, 'axe over the member sheet in each state, on a 2-core machine shared by other work');

  it('asks who is answering: an optional name and a role with summaries, stored as the respondent', async () => {
    const { el, store } = await memberSheet();
    const who = part(el, 'member-who')!;
    expect(text(who)).to.contain('Your answers stay on this device until you send them.');
    const legend = who.querySelector('legend');
    expect(text(legend)).to.equal('Your role');
    const labels = [...who.querySelectorAll('.member-role')].map((l) => text(l));
    expect(labels).to.deep.equal(['Teacher', 'Family', 'Student', 'Prefer not to say']);
    // Each role's summary describes its radio.
    const teacher = who.querySelector<HTMLInputElement>('input[value="teacher"]')!;
    expect(text(root(el).getElementById(teacher.getAttribute('aria-describedby')!))).to.equal(
      'You teach at the school.',
    );
    // Nothing chosen yet: "Prefer not to say" is the answer.
    expect(who.querySelector<HTMLInputElement>('input[value=""]')!.checked).to.be.true;
    await expect(el).to.be.accessible();

    const edits: BpProfileEditEvent[] = [];
    el.addEventListener('bp-profile-edit', (e) => edits.push(e));
    const name = who.querySelector<HTMLInputElement>('#member-name')!;
    name.focus();
    await sendKeys({ type: '  Ana Ruiz ' });
    await sendKeys({ press: 'Tab' }); // change fires when the field is left
    await el.updateComplete;
    expect(store.profile!.respondent).to.deep.equal({ name: 'Ana Ruiz' });
    expect(edits.map((e) => e.detail.edit.kind)).to.deep.equal(['respondent']);

    who.querySelector<HTMLInputElement>('input[value="family"]')!.focus();
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    expect(store.profile!.respondent).to.deep.equal({ name: 'Ana Ruiz', role: 'family' });
    // One polite announcement per act, in words.
    const live = [...part(el, 'member-who')!.querySelectorAll('[role="status"]'), part(el, 'member-notice')];
    expect(live.map((s) => text(s))).to.deep.equal(['Saved: Ana Ruiz, Family.', '']);
    // Focus stayed on the radio the person used.
    expectFocusOn(who.querySelector('input[value="family"]'));

    who.querySelector<HTMLInputElement>('input[value=""]')!.click();
    await el.updateComplete;
    expect(store.profile!.respondent).to.deep.equal({ name: 'Ana Ruiz' });
    await expect(el).to.be.accessible();
  });

  it('refuses a role the framework does not have, and keeps the answers', async () => {
    const { el, store } = await memberSheet();
    let error: string | undefined;
    el.addEventListener('bp-error', (e) => (error = e.detail.errors[0].message));
    expect(store.setRespondent({ role: 'principal' }, el)).to.equal(undefined);
    expect(error).to.equal('the framework has no role "principal"');
    expect(store.profile!.respondent).to.equal(undefined);
  });

  it('"Send my answers" gives a link that opens as the member\'s profile, with who answered', async () => {
    const { el, store } = await memberSheet();
    store.setRespondent({ name: 'Ana', role: 'teacher' });
    store.rate('team-roles', 'developing');
    store.writeNote('team-roles', 'We meet monthly.');
    await el.updateComplete;
    const send = part(el, 'member-send')!;
    expect(text(send)).to.contain('You have answered 1 of 17.');
    const link = send.querySelector<HTMLInputElement>('#member-link')!.value;
    expect(new URL(link).origin + new URL(link).pathname).to.equal(location.origin + location.pathname);
    const parsed = parseProfile(profileTextFromFragment(new URL(link).hash)!, store.model);
    expect(parsed.ok).to.be.true;
    const profile = (parsed as { value: Profile }).value;
    expect(profile.respondent).to.deep.equal({ name: 'Ana', role: 'teacher' });
    expect(profile.ratings['team-roles']).to.include({
      status: 'rated',
      levelId: 'developing',
      note: 'We meet monthly.',
    });
    expect(profile.raters).to.equal(undefined);
  });

  it('"Download my answers" saves the member\'s profile as a file named after the member and the day', async () => {
    const { el, store } = await memberSheet();
    store.setRespondent({ name: 'José Díaz', role: 'family' });
    store.rate('team-roles', 'emerging');
    await el.updateComplete;
    const download = catchDownload();
    try {
      button(el, 'Download my answers')!.focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
    } finally {
      download.restore();
    }
    const day = new Date().toISOString().slice(0, 10);
    expect(download.caught.name).to.equal(`improvement-teams-jose-diaz-${day}.json`);
    const saved = JSON.parse(await download.caught.blob!.text()) as Profile;
    expect(saved).to.deep.equal(store.profile);
    expect(saved.respondent).to.deep.equal({ name: 'José Díaz', role: 'family' });
    expect(text(part(el, 'member-notice'))).to.equal(
      `Downloaded “improvement-teams-jose-diaz-${day}.json”. Send this file to your facilitator.`,
    );
    // Focus stays on the button.
    expectFocusOn(button(el, 'Download my answers'));
    await expect(el).to.be.accessible();
  });

  it('draws a QR code of a short link on the device: a real QR symbol (finders, timing, format bits)', async () => {
    const { el, store } = await memberSheet();
    store.rate('team-roles', 'developing');
    await el.updateComplete;
    const show = button(el, 'Show a QR code')!;
    expect(show.getAttribute('aria-expanded')).to.equal('false');
    show.click();
    await waitUntil(() => part(el, 'member-qr')?.querySelector('svg'), 'the QR code is drawn');
    expect(show.getAttribute('aria-expanded')).to.equal('true');
    expect(text(show)).to.equal('Hide the QR code');
    expect(text(part(el, 'member-notice'))).to.equal('QR code shown. Your facilitator can scan it.');
    const svg = part(el, 'member-qr')!.querySelector('svg')!;
    expect(svg.getAttribute('role')).to.equal('img');
    expect(svg.getAttribute('aria-label')).to.equal('QR code of the link to your answers');

    const grid = modulesOf(svg);
    const size = grid.length;
    const link = root(el).querySelector<HTMLInputElement>('#member-link')!.value;
    // A version v symbol is 17 + 4v modules a side, and a version holds at most so many bytes at level L.
    const version = (size - 17) / 4;
    expect(Number.isInteger(version) && version >= 1 && version <= 40).to.be.true;
    const capacityL = [
      0, 17, 32, 53, 78, 106, 134, 154, 192, 230, 271, 321, 367, 425, 458, 520, 586, 644, 718, 792, 858, 929,
      1003, 1091, 1171, 1273, 1367, 1465, 1528, 1628, 1732, 1840, 1952, 2068, 2188, 2303, 2431, 2563, 2699,
      2809, 2953,
    ];
    expect(link.length).to.be.at.most(capacityL[version]);
    expect(link.length).to.be.above(capacityL[version - 1]);
    // Three finder patterns: a dark 7×7 ring, a light ring, a dark 3×3 core.
    const finder = (x0: number, y0: number) => {
      for (let y = 0; y < 7; y++)
        for (let x = 0; x < 7; x++) {
          const ring = Math.max(Math.abs(x - 3), Math.abs(y - 3));
          expect(grid[y0 + y][x0 + x], `finder at ${x0},${y0}: module ${x},${y}`).to.equal(ring !== 2);
        }
    };
    finder(0, 0);
    finder(size - 7, 0);
    finder(0, size - 7);
    // Timing patterns alternate, dark on even positions.
    for (let i = 8; i < size - 8; i++) {
      expect(grid[6][i]).to.equal(i % 2 === 0);
      expect(grid[i][6]).to.equal(i % 2 === 0);
    }
    // The format information (around the top-left finder, bit 14 first) is one of the 32 BCH words, and
    // its copy (split between the other two finders) says the same.
    const first = [
      ...[0, 1, 2, 3, 4, 5, 7, 8].map((x) => grid[8][x]),
      ...[7, 5, 4, 3, 2, 1, 0].map((y) => grid[y][8]),
    ];
    const second = [
      ...[1, 2, 3, 4, 5, 6, 7].map((k) => grid[size - k][8]),
      ...[8, 7, 6, 5, 4, 3, 2, 1].map((k) => grid[8][size - k]),
    ];
    const word = (bits: boolean[]) => bits.reduce((w, b) => (w << 1) | (b ? 1 : 0), 0);
    const format = validFormatWords().get(word(first));
    expect(format, `format bits ${word(first).toString(2)}`).to.not.equal(undefined);
    expect(word(second)).to.equal(word(first));
    // The dark module beside the bottom-left finder is always there.
    expect(grid[size - 8][8]).to.be.true;
    await expect(el).to.be.accessible();

    show.click();
    await el.updateComplete;
    expect(part(el, 'member-qr')?.querySelector('svg') ?? null).to.equal(null);
    expect(text(part(el, 'member-notice'))).to.equal('QR code hidden.');
  });

  it('says plainly when the link is too long for a QR code, and offers the link and the file', async () => {
    const { el, store } = await memberSheet();
    // Three capacities with long notes: a link of about 5,000 characters (a QR code holds about 2,900).
    for (const c of store.model!.group(GROUP)!.capacities)
      store.writeNote(c.id, `${c.id}: `.padEnd(1200, 'x'));
    await el.updateComplete;
    const link = root(el).querySelector<HTMLInputElement>('#member-link')!.value;
    expect(link.length).to.be.above(QR_LIMIT);
    expect(button(el, 'Show a QR code')).to.equal(undefined);
    const message = text(part(el, 'member-qr'));
    expect(message).to.equal(
      `This link is too long for a QR code (${link.length.toLocaleString('en')} characters; a QR code holds about 2,900). Send the link or the file instead.`,
    );
    expect(button(el, 'Copy the link')).to.not.equal(undefined);
    expect(button(el, 'Download my answers')).to.not.equal(undefined);
    await expect(el).to.be.accessible();
  });

  it('agrees with the encoder on how much a QR code holds', async () => {
    const { QR_MAX_BYTES, qrCode } = await import('../../src/components/capacity-rubric/member-qr.js');
    expect(QR_LIMIT).to.equal(QR_MAX_BYTES);
    expect(qrCode('x'.repeat(QR_MAX_BYTES))).to.have.property('size', 177);
    expect(qrCode('x'.repeat(QR_MAX_BYTES + 1))).to.deep.equal({ tooLong: QR_MAX_BYTES + 1 });
  });

  it('works from the keyboard alone: who, an answer, then send; focus never drops to the page', async () => {
    const { el, store } = await memberSheet();
    const who = part(el, 'member-who')!;
    who.querySelector<HTMLInputElement>('#member-name')!.focus();
    await sendKeys({ type: 'Sam' });
    await sendKeys({ press: 'Tab' });
    // Into the role group: the checked radio ("Prefer not to say") takes focus; arrows choose.
    expectFocusOn(who.querySelector('input[value=""]'));
    await sendKeys({ press: 'ArrowDown' }); // wraps to the first role
    await el.updateComplete;
    expect(store.profile!.respondent).to.deep.equal({ name: 'Sam', role: 'teacher' });
    await sendKeys({ press: 'Tab' });
    expect(text(deepActive())).to.equal('Go to “Send my answers”');
    await sendKeys({ press: 'Enter' });
    expectFocusOn(root(el).querySelector('#member-send-title'));
    // Back into the capacities with Shift+Tab and answer one with the keyboard.
    const first = root(el).querySelector<HTMLInputElement>('[data-capacity] input[type="radio"]')!;
    first.focus();
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    expect(Object.keys(store.profile!.ratings)).to.have.length(1);
    // Then to the send tools: the link field, "Copy the link", "Download my answers", "Show a QR code".
    root(el).querySelector<HTMLElement>('#member-send-title')!.focus();
    await sendKeys({ press: 'Tab' });
    expectFocusOn(root(el).querySelector('#member-link'));
    await sendKeys({ press: 'Tab' });
    expect(text(deepActive())).to.equal('Copy the link');
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => text(part(el, 'member-notice')), 'the copy is said');
    expect([
      'Link copied. Paste it in a message to your facilitator.',
      'Your browser did not allow copying. Select the link and copy it.',
    ]).to.include(text(part(el, 'member-notice')));
    expect(deepActive()?.localName).to.be.oneOf(['button', 'input']);
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Tab' });
    expect(text(deepActive())).to.equal('Show a QR code');
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => part(el, 'member-qr')?.querySelector('svg'), 'the QR code is drawn');
    expect(text(deepActive())).to.equal('Hide the QR code');
    expect(deepActive() === document.body, 'focus dropped to the page').to.be.false;
  });

  it('speaks Spanish with the provider', async () => {
    const { el } = await memberSheet({ lang: 'es' });
    expect(text(part(el, 'member-who'))).to.contain('Sus respuestas se quedan en este dispositivo');
    expect(text(part(el, 'member-who')!.querySelector('.member-role'))).to.contain('Docente');
    expect(button(el, 'Descargar mis respuestas')).to.not.equal(undefined);
  });

  it('is not there outside member mode, nor in a read-only rubric', async () => {
    const provider = await fixture<BlueprintProvider>(
      html`<blueprint-provider persist="off" .framework=${framework}
        ><capacity-rubric group=${GROUP}></capacity-rubric
      ></blueprint-provider>`,
    );
    const el = provider.querySelector('capacity-rubric')!;
    await waitUntil(() => root(el).querySelector('[data-capacity]'), 'the rubric shows');
    expect(part(el, 'member-who')).to.equal(null);
    provider.mode = 'member';
    await waitUntil(() => part(el, 'member-who'), 'member mode applies when the attribute comes later');
    el.readonly = true;
    await el.updateComplete;
    expect(part(el, 'member-who')).to.equal(null);
  });

  it('sends nothing anywhere: no request while a member answers, copies, downloads and shows the QR code', async () => {
    const requests: string[] = [];
    const observer = new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) requests.push(entry.name);
    });
    observer.observe({ type: 'resource', buffered: false });
    const download = { restore: () => {} };
    try {
      const { el, store } = await memberSheet();
      const caught = catchDownload();
      download.restore = () => caught.restore();
      const who = part(el, 'member-who')!;
      who.querySelector<HTMLInputElement>('#member-name')!.focus();
      await sendKeys({ type: 'Lee' });
      await sendKeys({ press: 'Tab' });
      who.querySelector<HTMLInputElement>('input[value="student"]')!.click();
      root(el).querySelector<HTMLInputElement>('[data-capacity] input[type="radio"]')!.click();
      await el.updateComplete;
      button(el, 'Copy the link')!.click();
      button(el, 'Download my answers')!.click();
      button(el, 'Show a QR code')!.click();
      await waitUntil(() => part(el, 'member-qr')?.querySelector('svg'), 'the QR code is drawn');
      expect(store.profile!.respondent).to.deep.equal({ name: 'Lee', role: 'student' });
      expect(caught.caught.blob).to.be.instanceOf(Blob);
      // Let the browser report any resource it fetched.
      await new Promise((r) => requestAnimationFrame(() => setTimeout(r)));
    } finally {
      download.restore();
      observer.disconnect();
    }
    // Resource timing lists every fetch, XMLHttpRequest, beacon, image and script the page requests. A
    // framework given as a property loads nothing; a blob: URL (the download) is the page's own memory.
    // The library's own modules (fetched from the test server the first time a template needs them) are code,
    // not data: any other request would be member mode sending something.
    const code = (r: string) =>
      new URL(r).origin === location.origin && /\.(m?js|ts)$/.test(new URL(r).pathname);
    expect(requests.filter((r) => !r.startsWith('blob:') && !code(r))).to.deep.equal([]);
  });
});
