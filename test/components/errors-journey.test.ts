/* eslint-disable @typescript-eslint/no-unsafe-assignment, @typescript-eslint/no-unsafe-member-access -- the tests break untyped JSON documents (Doc) on purpose */
/**
 * Issue 15, "errors for people": a load that fails says what happened and what to do in plain words, with
 * the technical detail behind a disclosure and a "Try again" that works once the file is there; the
 * message takes the focus only when it replaces what a person was using. Saved answers that cannot be
 * opened are said so in the page, kept aside and offered as a file. The CLI prints every error of a file
 * in one run.
 */
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { LitElement } from 'lit';
import '../../src/all.js';
import {
  clearFrameworkCache,
  storageKeyFor,
  type BlueprintProvider,
  type BpErrorEvent,
  type BpWarningEvent,
} from '../../src/index.js';
import type { Profile } from '../../src/framework/index.js';
import { runCli } from '../support/cli.js';
import { heavy } from '../support/heavy.js';
import { validFramework, validProfile } from '../framework/fixtures.js';

/** URLs the stubbed fetch below answers (never fetched for real). */
const FRAMEWORK_URL = new URL('/errors-journey/framework.json', location.href).href;
const OTHER_URL = new URL('/errors-journey/other.json', location.href).href;
const TEAMS_URL = new URL('/errors-journey/teams.json', location.href).href;

/**
 * A server whose files can be put in place during a test: `files[url]` is the body (text) served with 200;
 * any other URL under /errors-journey/ answers 404 Not Found. Other URLs go to the network.
 */
function stubServer() {
  const original = window.fetch.bind(window);
  const files = new Map<string, string>();
  const calls: string[] = [];
  window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
    const url = String(input instanceof Request ? input.url : input);
    if (!url.includes('/errors-journey/')) return original(input, init);
    calls.push(url);
    const body = files.get(url);
    return Promise.resolve(
      body === undefined
        ? new Response('Not here', { status: 404, statusText: 'Not Found' })
        : new Response(body, { status: 200 }),
    );
  };
  return { files, calls, restore: () => (window.fetch = original) };
}

const errorPart = (el: Element) => el.shadowRoot!.querySelector<HTMLElement>('[part~="error"]');
const retryButton = (el: Element) => el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="retry"]');
const words = (el: Element) =>
  el.shadowRoot!.querySelector('.failure-words')!.textContent.replace(/\s+/g, ' ').trim();
const details = (el: Element) => el.shadowRoot!.querySelector<HTMLDetailsElement>('[part~="error"] details')!;
/** The box's plain words and details load on the first failure (issue 14, failure-box.ts): wait for them. */
const fullBox = (el: Element) =>
  waitUntil(
    () => el.shadowRoot!.querySelector('[part~="error"] details'),
    'the error box with its plain words',
  );
const settled = (el: Element) => {
  const status = (el as unknown as { frameworkState: { status: string } }).frameworkState.status;
  return status === 'ready' || status === 'error';
};

describe('errors for people (issue 15)', () => {
  let server: ReturnType<typeof stubServer>;
  beforeEach(() => {
    server = stubServer();
  });
  afterEach(() => {
    server.restore();
    clearFrameworkCache();
  });

  describe('a load that fails', () => {
    it('a 404 says so in plain words, keeps the detail behind a disclosure, and "Try again" loads the file once it is there', async () => {
      const el = await fixture<LitElement>(html`<resource-library src=${FRAMEWORK_URL}></resource-library>`);
      const { detail } = await oneEvent<BpErrorEvent>(el, 'bp-error');
      // The event keeps its detail, and says the kind of failure.
      expect(detail.source).to.equal(FRAMEWORK_URL);
      expect(detail.errors[0].message).to.equal(`the server answered 404 Not Found for ${FRAMEWORK_URL}`);
      expect(detail.kind).to.equal('not-found');
      await fullBox(el);
      expect(words(el)).to.equal(
        'We could not find the framework file. Check the address in the page, or try again.',
      );
      const box = details(el);
      expect(box.open, 'the technical detail is closed').to.be.false;
      expect(box.querySelector('summary')!.textContent).to.equal('Technical details');
      expect(box.textContent).to.contain(FRAMEWORK_URL).and.contain('404 Not Found');
      expect(errorPart(el)!.getAttribute('role')).to.equal('alert');
      await expect(el).to.be.accessible();
      // Open the disclosure by keyboard: still accessible.
      box.querySelector('summary')!.focus();
      await sendKeys({ press: 'Enter' });
      expect(box.open).to.be.true;
      await expect(el).to.be.accessible();

      // The file is put in place; "Try again" fetches it and the library shows.
      server.files.set(FRAMEWORK_URL, JSON.stringify(validFramework()));
      retryButton(el)!.focus();
      const loaded = oneEvent(el, 'bp-load');
      await sendKeys({ press: 'Enter' });
      await loaded;
      await el.updateComplete;
      expect(server.calls).to.have.length(2);
      expect(errorPart(el)).to.be.null;
      expect(el.shadowRoot!.querySelector('input[type="search"]')).to.exist;
      expect(document.activeElement === el, 'the focus stayed in the element').to.be.true;
    });

    it('a broken file, a file of another kind and a framework with mistakes each get their own words', async () => {
      const cases: [body: string, kind: string, said: string][] = [
        [
          '{ "schema": "blueprint-framework/1", oops',
          'not-json',
          'The framework file is damaged: it is not a JSON file.',
        ],
        [JSON.stringify(validProfile()), 'wrong-kind', 'This file is not the kind this page needs.'],
        [
          JSON.stringify({ ...validFramework(), levels: 'four' }),
          'mistakes',
          'The framework file has mistakes, so it cannot be shown.',
        ],
      ];
      for (const [body, kind, said] of cases) {
        clearFrameworkCache();
        server.files.set(FRAMEWORK_URL, body);
        const el = await fixture<LitElement>(html`<capacity-rubric src=${FRAMEWORK_URL}></capacity-rubric>`);
        const { detail } = await oneEvent<BpErrorEvent>(el, 'bp-error');
        expect(detail.kind, body).to.equal(kind);
        await fullBox(el);
        expect(words(el)).to.contain(said);
        // The detail names the place in the document (a JSON Pointer) where there is one.
        if (kind === 'mistakes')
          expect(details(el).querySelector('li code')!.textContent).to.equal('/levels');
        await expect(el).to.be.accessible();
        el.remove();
      }
    });

    it('the same words in Spanish', async () => {
      const el = await fixture<LitElement>(
        html`<resource-library lang="es" src=${FRAMEWORK_URL}></resource-library>`,
      );
      await oneEvent(el, 'bp-error');
      await fullBox(el);
      expect(words(el)).to.equal(
        'No encontramos el archivo del marco. Revise la dirección en la página o inténtelo de nuevo.',
      );
      expect(details(el).querySelector('summary')!.textContent).to.equal('Detalles técnicos');
      await expect(el).to.be.accessible();
    });

    it('never takes the focus on the page’s first load', async () => {
      const outside = await fixture<HTMLButtonElement>(html`<button>Elsewhere</button>`);
      outside.focus();
      const el = document.createElement('resource-library');
      el.setAttribute('src', FRAMEWORK_URL);
      document.body.append(el);
      await oneEvent(el, 'bp-error');
      await (el as LitElement).updateComplete;
      expect(document.activeElement === outside, 'the focus stayed where the person was').to.be.true;
      el.remove();
    });

    it('the message takes the focus when it replaces what the person was using', async () => {
      server.files.set(FRAMEWORK_URL, JSON.stringify(validFramework()));
      const el = await fixture<LitElement & { src?: string }>(
        html`<resource-library src=${FRAMEWORK_URL}></resource-library>`,
      );
      await waitUntil(() => el.shadowRoot!.querySelector('input[type="search"]'), 'the library never showed');
      el.shadowRoot!.querySelector<HTMLInputElement>('input[type="search"]')!.focus();
      // The page points the library to a file that is not there.
      const failed = oneEvent(el, 'bp-error');
      el.src = OTHER_URL;
      await failed;
      await el.updateComplete;
      const box = errorPart(el)!;
      expect(box.getAttribute('tabindex')).to.equal('-1');
      expect(el.shadowRoot!.activeElement === box, 'the message has the focus').to.be.true;
      await expect(el).to.be.accessible();
    });

    it('a provider’s message takes the focus from a widget whose content it replaced', async () => {
      server.files.set(FRAMEWORK_URL, JSON.stringify(validFramework()));
      const provider = await fixture<BlueprintProvider>(
        html`<blueprint-provider persist="off" src=${FRAMEWORK_URL}
          ><capacity-rubric></capacity-rubric
        ></blueprint-provider>`,
      );
      const rubric = provider.querySelector('capacity-rubric')!;
      await waitUntil(
        () => rubric.shadowRoot!.querySelector('input[type="radio"]'),
        'the rubric never showed',
      );
      rubric.shadowRoot!.querySelector<HTMLInputElement>('input[type="radio"]')!.focus();
      const failed = oneEvent(provider, 'bp-error');
      provider.src = OTHER_URL;
      await failed;
      await waitUntil(
        () => provider.shadowRoot!.activeElement === errorPart(provider),
        'the provider’s message never took the focus',
      );
      expect(words(provider)).to.contain('We could not find the framework file.');
      await expect(provider).to.be.accessible();
    });

    it('the network view: its teams file missing, then there, by "Try again"', async () => {
      const el = document.createElement('blueprint-network');
      const failed = oneEvent<BpErrorEvent>(el, 'bp-error');
      el.framework = validFramework();
      el.src = TEAMS_URL;
      document.body.append(el);
      const { detail } = await failed;
      expect(detail.kind).to.equal('not-found');
      await fullBox(el);
      expect(words(el)).to.equal(
        'We could not find the teams file. Check the address in the page, or try again.',
      );
      expect(details(el).textContent).to.contain(TEAMS_URL);
      await expect(el).to.be.accessible();
      const profile = { ...(validProfile() as object), team: 'North' };
      server.files.set(
        TEAMS_URL,
        JSON.stringify({
          schema: 'blueprint-cohort/1',
          frameworkId: 'test-fw',
          teams: [{ id: 'north', profile }],
        }),
      );
      retryButton(el)!.click();
      await waitUntil(
        () => !errorPart(el) && !el.shadowRoot!.querySelector('[part~="status"]'),
        'never read',
      );
      expect(server.calls).to.have.length(2);
      el.remove();
    });
  });

  describe('saved answers that cannot be opened', () => {
    const key = storageKeyFor('test-fw');
    const damaged = '{"schema": "blueprint-profile/1", "frameworkId": "test-fw", "ratings": {"dei": ';
    afterEach(() => {
      localStorage.removeItem(key);
      localStorage.removeItem(`${key}:unreadable`);
    });

    it('are said so in the page, kept aside under <key>:unreadable, offered as a file, and survive the next save', async () => {
      localStorage.setItem(key, damaged);
      const warn = console.warn;
      console.warn = () => {};
      try {
        const provider = document.createElement('blueprint-provider');
        provider.innerHTML = '<capacity-rubric></capacity-rubric>';
        const warning = oneEvent<BpWarningEvent>(provider, 'bp-warning');
        provider.framework = validFramework();
        document.body.append(provider);
        const { detail } = await warning;
        expect(detail.source).to.equal('storage');
        expect(detail.warnings[0].message).to.contain('could not be used').and.contain(`${key}:unreadable`);
        await waitUntil(() => settled(provider));
        await provider.updateComplete;

        const notice = provider.shadowRoot!.querySelector<HTMLElement>('[part~="unreadable-notice"]')!;
        expect(notice, 'the notice is shown').to.exist;
        expect(notice.closest('[role="status"]'), 'in the polite live region').to.exist;
        expect(
          [...notice.childNodes]
            .filter((n) => !['BUTTON', 'DETAILS', '#comment'].includes(n.nodeName))
            .map((n) => n.textContent)
            .join('')
            .replace(/\s+/g, ' ')
            .trim(),
        ).to.equal(
          'Your saved answers could not be opened. We kept them aside, nothing was deleted. You can start again here.',
        );
        expect(notice.querySelector('details')!.textContent)
          .to.contain(`${key}:unreadable`)
          .and.contain('not valid JSON');
        await expect(provider).to.be.accessible();

        // The raw text is kept aside, exactly.
        const kept = () =>
          (JSON.parse(localStorage.getItem(`${key}:unreadable`)!) as { text: string }[]).at(-1)!.text;
        expect(kept()).to.equal(damaged);

        // "Download the kept copy": the very text, as a file (the browser's own download, no request).
        const downloads: { name: string; href: string }[] = [];
        const onClick = (e: Event) => {
          const a = e.target as HTMLAnchorElement;
          if (a.localName !== 'a' || !a.download) return;
          downloads.push({ name: a.download, href: a.href });
          e.preventDefault(); // no file written by the test browser
        };
        provider.shadowRoot!.addEventListener('click', onClick);
        notice.querySelector<HTMLButtonElement>('[part~="notice-action"]')!.click();
        provider.shadowRoot!.removeEventListener('click', onClick);
        expect(downloads).to.have.length(1);
        expect(downloads[0].name).to.equal('test-fw-answers-kept.json');
        expect(await (await window.fetch(downloads[0].href)).text()).to.equal(damaged);

        // Starting again: the next save writes the new answers, and the kept copy is still there.
        provider.store.rate('dei', 'leading');
        expect((JSON.parse(localStorage.getItem(key)!) as Profile).ratings.dei.levelId).to.equal('leading');
        expect(kept()).to.equal(damaged);
        provider.remove();

        // The next visit opens the new answers without a word about the old ones (they stay kept).
        const again = await fixture<BlueprintProvider>(
          html`<blueprint-provider .framework=${validFramework()}></blueprint-provider>`,
        );
        await waitUntil(() => settled(again));
        await again.updateComplete;
        expect(again.profile!.ratings.dei.levelId).to.equal('leading');
        expect(again.shadowRoot!.querySelector('[part~="unreadable-notice"]')).to.be.null;
        expect(kept()).to.equal(damaged);
      } finally {
        console.warn = warn;
      }
    });

    it('answers of another framework saved under the key are reported with where the problem is', async () => {
      localStorage.setItem(key, JSON.stringify({ ...(validProfile() as object), frameworkId: 'another' }));
      const warn = console.warn;
      console.warn = () => {};
      try {
        const provider = document.createElement('blueprint-provider');
        const warning = oneEvent<BpWarningEvent>(provider, 'bp-warning');
        provider.framework = validFramework();
        document.body.append(provider);
        const { detail } = await warning;
        expect(detail.warnings[0].path).to.equal('/frameworkId');
        await waitUntil(() => settled(provider));
        await provider.updateComplete;
        const notice = provider.shadowRoot!.querySelector('[part~="unreadable-notice"]')!;
        expect(notice.querySelector('details code')!.textContent).to.equal('/frameworkId');
        await expect(provider).to.be.accessible();
        provider.remove();
      } finally {
        console.warn = warn;
      }
    });
  });

  describe('the CLI', () => {
    it('validate prints every error of a file with several mistakes in one run', async function () {
      heavy(this, 'the CLI is bundled (first run) and spawned in Node');
      const doc = validFramework();
      doc.groups[0].capacities[0].label = 5; // shape
      doc.levels[1].rank = 'one'; // shape
      doc.actions[0].capacityId = 'no-such-capacity'; // a reference that does not resolve
      doc.resources[0].capacityIds = ['ghost', 7]; // an unknown id, and a shape error beside it
      const descriptors = doc.groups[0].capacities[0].descriptors;
      descriptors.practising = descriptors.emerging; // an unknown level id
      const r = await runCli(['validate', 'fw.json'], { 'fw.json': JSON.stringify(doc, null, 2) });
      expect(r.code, r.stdout + r.stderr).to.equal(1);
      const errors = r.stdout.split('\n').filter((l) => /^\s+error\s/.test(l));
      const at = (path: string) => errors.filter((l) => l.includes(` ${path}: `));
      expect(at('/groups/0/capacities/0/label'), r.stdout).to.have.length(1);
      expect(at('/levels/1/rank'), r.stdout).to.have.length(1);
      expect(at('/actions/0/capacityId')[0], r.stdout).to.contain('no capacity with id "no-such-capacity"');
      expect(at('/resources/0/capacityIds/0')[0], r.stdout).to.contain('no capacity with id "ghost"');
      expect(at('/resources/0/capacityIds/1'), r.stdout).to.have.length(1);
      expect(at('/groups/0/capacities/0/descriptors/practising')[0], r.stdout).to.contain('no level with id');
      expect(errors, r.stdout).to.have.length(6);
      expect(r.stdout).to.contain('✗ invalid: 6 errors');
    });
  });
});
