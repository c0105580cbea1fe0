/**
 * Issue 16, findings 6, 10 and 11: loads that end (a timeout, "Try again", the same `src` retried), a tree
 * moved into another document (its styles re-made there, nothing thrown), and no memory kept by widgets
 * that were mounted and removed.
 */
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { executeServerCommand, sendKeys } from '@web/test-runner-commands';
import type { LitElement } from 'lit';
import '../../src/all.js';
import { clearFrameworkCache, type BlueprintProvider, type BpErrorEvent } from '../../src/index.js';
import { validFramework as anyFramework, validProfile } from '../framework/fixtures.js';

/** The test fixture's framework document (typed: the fixture module gives `any`). */
const validFramework = (): object => anyFramework() as object;
import { heavy } from '../support/heavy.js';

const WIDGETS = [
  'capacity-rubric',
  'blueprint-bars',
  'equity-considerations',
  'resource-card',
  'resource-library',
  'blueprint-report',
] as const;

type Widget = LitElement & { framework?: unknown };

/** The page's JavaScript heap in use after a full garbage collection (test/support/heap-plugin.mjs). */
const heapUsed = async () => (await executeServerCommand<{ used: number }, undefined>('bp-heap')).used;

/** A framework URL the stubbed fetch below answers (never fetched for real). */
const URL_A = new URL('/lifecycle/framework.json', location.href).href;
const PROFILE_URL = new URL('/lifecycle/profile.json', location.href).href;

type Answer = 'hang' | number | object;
/**
 * Replaces `window.fetch` for URLs under /lifecycle/: each call takes the next answer (the last one repeats):
 * 'hang' never answers (until the request is aborted), a number is an empty response with that status, an
 * object is a JSON body. Other URLs go to the network. `restore()` puts fetch back.
 */
function stubFetch(...answers: Answer[]) {
  const original = window.fetch.bind(window);
  const calls: string[] = [];
  window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
    const url = String(input instanceof Request ? input.url : input);
    if (!url.includes('/lifecycle/')) return original(input, init);
    calls.push(url);
    const answer = answers.length > 1 ? answers.shift()! : answers[0];
    if (answer === 'hang')
      return new Promise((_, reject) =>
        init?.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError'))),
      );
    if (typeof answer === 'number') return Promise.resolve(new Response('', { status: answer }));
    return Promise.resolve(new Response(JSON.stringify(answer), { status: 200 }));
  };
  return { calls, answers, restore: () => (window.fetch = original) };
}

const errorPart = (el: Element) => el.shadowRoot!.querySelector<HTMLElement>('[part~="error"]');
const retryButton = (el: Element) => el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="retry"]');
const stateOf = (el: Element) => (el as unknown as { frameworkState: { status: string } }).frameworkState;
const rubricReady = (el: Element) => !!el.shadowRoot!.querySelector('[data-capacity]');

describe('faults: lifecycle', () => {
  let fetches: ReturnType<typeof stubFetch> | undefined;
  afterEach(() => {
    fetches?.restore();
    fetches = undefined;
    clearFrameworkCache();
  });

  describe('loads that end (finding 6)', () => {
    it('a server that never answers ends in a located error; "Try again" loads it', async () => {
      fetches = stubFetch('hang', validFramework());
      const el = await fixture<LitElement>(
        html`<capacity-rubric src=${URL_A} timeout="200"></capacity-rubric>`,
      );
      const { detail } = await oneEvent<BpErrorEvent>(el, 'bp-error');
      expect(detail.source).to.equal(URL_A);
      expect(detail.errors[0].message).to.equal(`${URL_A} did not answer within 0.2 seconds`);
      await el.updateComplete;
      // The box with its plain words (they load on the first failure, issue 14), then its button.
      await waitUntil(() => errorPart(el)?.querySelector('details'), 'the plain words never came');
      expect(errorPart(el)!.textContent).to.contain('did not answer within 0.2 seconds');
      const button = retryButton(el)!;
      expect(button.textContent).to.equal('Try again');
      await expect(el).to.be.accessible();

      // By keyboard: the button takes the focus, Enter presses it.
      button.focus();
      const loaded = oneEvent(el, 'bp-load');
      await sendKeys({ press: 'Enter' });
      await loaded;
      await el.updateComplete;
      expect(fetches.calls).to.have.length(2);
      expect(rubricReady(el)).to.be.true;
      // The focus stayed in the element (its loading line, then the element), not on the page's body.
      expect(document.activeElement === el, 'the element has the focus').to.be.true;
    });

    it('"Try again" that fails again keeps the focus on the element', async () => {
      fetches = stubFetch(500);
      const el = await fixture<LitElement>(html`<capacity-rubric src=${URL_A}></capacity-rubric>`);
      await oneEvent(el, 'bp-error');
      await el.updateComplete;
      retryButton(el)!.focus();
      const again = oneEvent<BpErrorEvent>(el, 'bp-error');
      retryButton(el)!.click();
      expect((await again).detail.errors[0].message).to.contain('500');
      await el.updateComplete;
      // The box with its details (plain words load on the first failure, issue 14).
      await waitUntil(() => errorPart(el)?.querySelector('details'), 'the plain words never came');
      expect(fetches.calls).to.have.length(2);
      // (Compared as booleans: chai's message for two unequal elements walks their whole object graph.)
      expect(document.activeElement === el, 'the element has the focus').to.be.true;
      // The message that replaced the old one has the focus (issue 15); Tab reaches its details, then the
      // new "Try again"; the element stays focusable only until the focus leaves it.
      expect(el.shadowRoot!.activeElement === errorPart(el), 'the message has the focus').to.be.true;
      await sendKeys({ press: 'Tab' });
      await sendKeys({ press: 'Tab' });
      expect(el.shadowRoot!.activeElement === retryButton(el), 'Tab reaches "Try again"').to.be.true;
      retryButton(el)!.blur();
      expect(el.hasAttribute('tabindex')).to.be.false;
    });

    it('the same src after a 500 tries again: set again, written again, cache cleared, re-mounted', async () => {
      fetches = stubFetch(500);
      const el = await fixture<LitElement & { src?: string }>(
        html`<capacity-rubric src=${URL_A}></capacity-rubric>`,
      );
      await oneEvent(el, 'bp-error');
      const retried = async (how: () => void, count: number) => {
        const error = oneEvent(el, 'bp-error');
        how();
        await error;
        expect(fetches!.calls, 'fetches').to.have.length(count);
      };
      await retried(() => (el.src = URL_A), 2);
      await retried(() => el.setAttribute('src', URL_A), 3);
      await retried(() => {
        clearFrameworkCache();
        el.requestUpdate();
      }, 4);
      await retried(() => {
        const parent = el.parentElement!;
        el.remove();
        parent.append(el);
      }, 5);
      // And once the server answers, the same src loads.
      fetches.answers.splice(0, 1, validFramework());
      const loaded = oneEvent(el, 'bp-load');
      el.src = URL_A;
      await loaded;
      expect(fetches.calls).to.have.length(6);
    });

    it('a provider: the same src after a 500 tries again, set or written again', async () => {
      fetches = stubFetch(500);
      const el = await fixture<BlueprintProvider>(
        html`<blueprint-provider src=${URL_A} persist="off"
          ><capacity-rubric></capacity-rubric
        ></blueprint-provider>`,
      );
      await oneEvent(el, 'bp-error');
      let error = oneEvent(el, 'bp-error');
      el.src = URL_A;
      await error;
      expect(fetches.calls, 'fetches').to.have.length(2);
      error = oneEvent(el, 'bp-error');
      el.setAttribute('src', URL_A);
      await error;
      expect(fetches.calls, 'fetches').to.have.length(3);
      fetches.answers.splice(0, 1, validFramework());
      const loaded = oneEvent(el, 'bp-load');
      el.src = URL_A;
      await loaded;
      await waitUntil(() => rubricReady(el.querySelector('capacity-rubric')!), 'the rubric never showed it');
    });

    it('a loaded src is not fetched again when set again', async () => {
      fetches = stubFetch(validFramework());
      const el = await fixture<LitElement & { src?: string }>(
        html`<capacity-rubric src=${URL_A}></capacity-rubric>`,
      );
      await oneEvent(el, 'bp-load');
      el.src = URL_A;
      el.setAttribute('src', URL_A);
      await el.updateComplete;
      expect(fetches.calls).to.have.length(1);
    });

    it('profile-src times out too, with a located error; its "Try again" loads the answers', async () => {
      fetches = stubFetch('hang', validProfile() as object);
      const el = await fixture<LitElement>(
        html`<capacity-rubric
          .framework=${validFramework()}
          profile-src=${PROFILE_URL}
          timeout="200"
        ></capacity-rubric>`,
      );
      const { detail } = await oneEvent<BpErrorEvent>(el, 'bp-error');
      expect(detail.source).to.equal(PROFILE_URL);
      expect(detail.errors[0].message).to.equal(`${PROFILE_URL} did not answer within 0.2 seconds`);
      await el.updateComplete;
      expect(errorPart(el)!.textContent).to.contain('did not answer');
      await expect(el).to.be.accessible();
      retryButton(el)!.focus();
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => !errorPart(el), 'the error stayed after "Try again"');
      expect(fetches.calls).to.have.length(2);
      await waitUntil(() => el.shadowRoot!.querySelector('input[type="radio"]:checked'), 'no answer shown');
      expect(document.activeElement === el, 'the element has the focus').to.be.true;
    });

    it('a provider times out, and its "Try again" loads it for the widgets inside', async () => {
      fetches = stubFetch('hang', validFramework());
      const el = await fixture<BlueprintProvider>(
        html`<blueprint-provider src=${URL_A} timeout="200" persist="off"
          ><capacity-rubric></capacity-rubric
        ></blueprint-provider>`,
      );
      await oneEvent(el, 'bp-error');
      await el.updateComplete;
      expect(errorPart(el)!.textContent).to.contain('did not answer within 0.2 seconds');
      const loaded = oneEvent(el, 'bp-load');
      retryButton(el)!.click();
      await loaded;
      const rubric = el.querySelector('capacity-rubric')!;
      await waitUntil(() => rubricReady(rubric), 'the rubric never showed the framework');
      expect(stateOf(el).status).to.equal('ready');
    });

    it('in Spanish, the button says so', async () => {
      fetches = stubFetch(500);
      const el = await fixture<LitElement>(html`<capacity-rubric lang="es" src=${URL_A}></capacity-rubric>`);
      await oneEvent(el, 'bp-error');
      await el.updateComplete;
      expect(retryButton(el)!.textContent).to.equal('Intentar de nuevo');
    });
  });

  describe('adopted into another document (finding 10)', () => {
    /** A same-origin iframe on the page, and the uncaught errors of both windows while the test runs. */
    async function frame() {
      const iframe = await fixture<HTMLIFrameElement>(html`<iframe title="Another document"></iframe>`);
      const errors: string[] = [];
      const onError = (e: ErrorEvent) => errors.push(String(e.message));
      const win = iframe.contentWindow!;
      for (const w of [window, win]) w.addEventListener('error', onError);
      return {
        doc: iframe.contentDocument!,
        win,
        errors,
        done: () => {
          for (const w of [window, win]) w.removeEventListener('error', onError);
        },
      };
    }

    /** What the element's own styles set: the host a block, every box inside border-box (default: inline, content-box). */
    function expectStyled(el: Element, win: Window, where: string) {
      expect(win.getComputedStyle(el).display, `${el.localName} ${where}: host display`).to.equal('block');
      const inner = el.shadowRoot!.querySelector('*:not(style)')!;
      expect(win.getComputedStyle(inner).boxSizing, `${el.localName} ${where}: box-sizing`).to.equal(
        'border-box',
      );
    }

    for (const tag of WIDGETS) {
      it(`<${tag}> moved into an iframe's document and back keeps its styles and throws nothing`, async function () {
        heavy(this, 'an iframe, and the widget rendered in two documents');
        const f = await frame();
        try {
          const el = await fixture<Widget>(html`<div></div>`).then((box) => {
            const w = Object.assign(document.createElement(tag) as Widget, { framework: validFramework() });
            box.append(w);
            return w;
          });
          await el.updateComplete;
          expectStyled(el, window, 'on the page');
          f.doc.body.append(el);
          await el.updateComplete;
          expectStyled(el, f.win, 'in the iframe');
          document.body.append(el);
          await el.updateComplete;
          expectStyled(el, window, 'back on the page');
          el.remove();
          expect(f.errors).to.deep.equal([]);
        } finally {
          f.done();
        }
      });
    }

    it('a provider with every widget inside, moved into an iframe, keeps the widgets styled', async function () {
      heavy(this, 'an iframe, and a provider with six widgets rendered in two documents');
      const f = await frame();
      try {
        const provider = await fixture<BlueprintProvider>(
          html`<blueprint-provider persist="off" .framework=${validFramework()}>
            ${WIDGETS.map((tag) => document.createElement(tag))}
          </blueprint-provider>`,
        );
        const widgets = [...provider.children] as Widget[];
        for (const w of widgets) await w.updateComplete;
        f.doc.body.append(provider);
        await provider.updateComplete;
        for (const w of widgets) await w.updateComplete;
        // The provider's own styles too (its messages, its wrapper).
        expectStyled(provider, f.win, 'in the iframe');
        for (const w of widgets) expectStyled(w, f.win, 'in the iframe');
        // Nested widgets first shown there (the report's and the library's own) are styled too.
        for (const w of widgets)
          for (const inner of w.shadowRoot!.querySelectorAll<Widget>('resource-card, blueprint-bars')) {
            await inner.updateComplete;
            expectStyled(inner, f.win, 'nested, in the iframe');
          }
        document.body.append(provider);
        await provider.updateComplete;
        for (const w of widgets) await w.updateComplete;
        expectStyled(provider, window, 'back on the page');
        for (const w of widgets) expectStyled(w, window, 'back on the page');
        provider.remove();
        expect(f.errors).to.deep.equal([]);
      } finally {
        f.done();
      }
    });
  });

  describe('no retained memory (finding 11)', () => {
    /**
     * Mounts `make()`'s elements on the page in a `display: none` box, waits for their render, removes them;
     * `n` times.
     */
    async function cycles(n: number, make: () => LitElement[]) {
      for (let i = 0; i < n; i++) {
        const box = document.createElement('div');
        box.hidden = true;
        const els = make();
        box.append(...els);
        document.body.append(box);
        for (const el of els) await el.updateComplete;
        box.remove();
      }
    }

    /**
     * Heap growth over 1,000 cycles, after 1,500 to warm up (compiled code, Lit's template caches and the
     * browser's own fill then). Chromium 156.0.8078.129 still grew after 500: four windows of 1,000 mounts of
     * the six after them grew 34,280, 1,996, 11,224 and 668 bytes (warming up, not a leak: a leak grows
     * every window alike), and the first of them failed the 50 KB limit this test had kept with 500.
     */
    async function growth(make: () => LitElement[]) {
      await cycles(1500, make);
      const before = await heapUsed();
      await cycles(1000, make);
      return (await heapUsed()) - before;
    }

    it('1,000 mounts of each standalone widget keep less than 50 KB', async function () {
      heavy(this, '2,500 mounts of the six widgets and three full garbage collections');
      // Without a framework: what a mount keeps comes from connecting and disconnecting (the controllers, the
      // context requests), not from drawing; a cycle of the six drawing a framework took 20–120 ms on this busy
      // machine, too long for 1,500 of them in a test.
      const grown = await growth(() => WIDGETS.map((tag) => document.createElement(tag) as Widget));
      // Measured (Chromium 156, load average 11 on 2 cores), per 1,000 mounts of the six: 416,544 bytes with
      // @lit/context's ContextRoot on the document (it kept every unanswered request); 23,976 with the root of
      // src/context/context-root.ts, which forgets the requests of elements that left the page.
      expect(grown, `heap grew by ${grown} bytes`).to.be.below(50_000);
    });

    it('1,000 mounts of a provider with the six widgets inside keep less than 50 KB', async function () {
      heavy(this, '2,500 mounts of a provider with six widgets and three full garbage collections');
      const grown = await growth(() => {
        const provider = document.createElement('blueprint-provider');
        provider.persist = 'off';
        const widgets = WIDGETS.map((tag) => document.createElement(tag) as Widget);
        provider.append(...widgets);
        return [provider, ...widgets];
      });
      // Measured: 24,768 bytes before the fix, 24,296 after (a provider answers its widgets' requests).
      expect(grown, `heap grew by ${grown} bytes`).to.be.below(50_000);
    });
  });
});
