/**
 * Issue 15's review of focus and announcements: an error box takes the focus only from the widget the
 * person was using; a fallback focus leaves no `tabindex` behind; the widget "in use" is the one the
 * person is in now, not the one they last typed in long ago; the restore panel is styled in an iframe;
 * a partner's missing words are reported once per page however many frameworks show them; arrow keys in
 * the trend chart say nothing the focus does not already read.
 */
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { LitElement, html as litHtml } from 'lit';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import '../../src/components/blueprint-provider/define.js';
import '../../src/components/capacity-rubric/define.js';
import '../../src/components/resource-library/define.js';
import '../../src/components/blueprint-report/define.js';
import '../../src/components/blueprint-bars/define.js';
import { registerLocale } from '../../src/i18n/locale-strings.js';
import type { BpWarningEvent } from '../../src/events/bp-warning.js';
import type { BlueprintReport } from '../../src/components/blueprint-report/blueprint-report.js';
import { ratedProfile, validFramework } from '../framework/fixtures.js';
import type { BlueprintProvider } from '../../src/components/blueprint-provider/blueprint-provider.js';
import type { CapacityRubric } from '../../src/components/capacity-rubric/capacity-rubric.js';
import type { ResourceLibrary } from '../../src/components/resource-library/resource-library.js';
import { clearFrameworkCache } from '../../src/context/loader.js';
import { holdFocus, refocusAfterUpdate } from '../../src/internal/hold-focus.js';
import { heavy } from '../support/heavy.js';
import { trackTimers, watchLiveRegions } from '../support/live-regions.js';

const SAMPLE = new URL('../../src/data/improvement-teams.json', import.meta.url).href;
/** A file the test server does not have: it answers 404. */
const MISSING = new URL('/focus-fixes/missing.json', location.href).href;

/** The element that has the focus, looking inside shadow roots (null for the page's body). */
function deepActive(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active === document.body ? null : active;
}

/** An element as a short name for assertions (an element itself in a failed assertion is too big to report). */
const name = (el: Element | null) =>
  el ? `${el.localName}${el.getAttribute('part') ? `[part="${el.getAttribute('part')}"]` : ''}` : 'none';

/** Whether `node` is `host` or inside it, through shadow roots. */
function within(host: Element, node: Node | null): boolean {
  for (let n = node; n; n = (n.getRootNode() as ShadowRoot).host ?? null)
    if (n === host || host.contains(n)) return true;
  return false;
}

async function rendered<T extends HTMLElement & { updateComplete: Promise<boolean> }>(el: T): Promise<T> {
  await waitUntil(
    () => el.shadowRoot?.querySelector('[part~="base"], [part~="error"]'),
    `${el.localName} never rendered`,
    {
      timeout: 6000,
    },
  );
  await el.updateComplete;
  return el;
}

/** A control that goes away when pressed, leaving only its section's heading (as a report's section can). */
class GoneControl extends LitElement {
  static override properties = { gone: { type: Boolean } };
  gone = false;
  protected override render() {
    return litHtml`<section aria-labelledby="t">
      <h2 id="t">Priorities</h2>
      ${this.gone ? '' : litHtml`<button @click=${this.#go}>Remove</button>`}
    </section>`;
  }
  #go() {
    this.gone = true;
    void refocusAfterUpdate(this, ['button', 'h2']);
  }
}
customElements.define('focus-fixes-gone-control', GoneControl);

describe('focus and announcement fixes (issue 15 review)', () => {
  beforeEach(() => {
    localStorage.clear();
    clearFrameworkCache();
  });

  describe('an error box takes the focus only from the person', () => {
    it('a library used, then left by a click on an empty part of the page, does not take the focus when its load fails', async () => {
      const wrap = await fixture<HTMLDivElement>(
        html`<div>
          <p class="empty" style="min-height: 4rem">Some of the page’s own text.</p>
          <resource-library src=${SAMPLE} page-size="2"></resource-library>
        </div>`,
      );
      const library = await rendered(
        wrap.querySelector<ResourceLibrary & { src?: string }>('resource-library')!,
      );
      // The person searches the library (it renders with the focus in it)…
      const search = library.shadowRoot!.querySelector<HTMLInputElement>('input[type="search"]')!;
      search.focus();
      await sendKeys({ type: 'x' });
      await library.updateComplete;
      expect(within(library, deepActive())).to.be.true;
      // …then clicks on the page's own text: the focus goes to the page's body.
      const box = wrap.querySelector('.empty')!.getBoundingClientRect();
      await sendMouse({ type: 'click', position: [Math.round(box.x + 5), Math.round(box.y + 5)] });
      expect(name(deepActive()), 'the click left the focus on the body').to.equal('none');
      // Later the page points the library at a file that is not there.
      const failed = oneEvent(library, 'bp-error');
      library.src = MISSING;
      await failed;
      await library.updateComplete;
      await new Promise((resolve) => setTimeout(resolve));
      expect(library.shadowRoot!.querySelector('[part~="error"]'), 'the error is shown').to.exist;
      expect(name(deepActive()), 'the focus stayed where the person left it').to.equal('none');
    });

    it('the library the person is using still hands the focus to its error box', async () => {
      const library = await rendered(
        await fixture<ResourceLibrary & { src?: string }>(
          html`<resource-library src=${SAMPLE}></resource-library>`,
        ),
      );
      const search = library.shadowRoot!.querySelector<HTMLInputElement>('input[type="search"]')!;
      search.focus();
      await sendKeys({ type: 'x' });
      await library.updateComplete;
      const failed = oneEvent(library, 'bp-error');
      library.src = MISSING;
      await failed;
      await library.updateComplete;
      expect(name(deepActive())).to.equal('div[part="error"]');
    });
  });

  describe('a held focus leaves no trace', () => {
    it('a section’s heading as the fallback takes the focus, and gives up its tabindex when the person moves on', async () => {
      const wrap = await fixture<HTMLDivElement>(
        html`<div><focus-fixes-gone-control></focus-fixes-gone-control><button>After</button></div>`,
      );
      const el = wrap.querySelector<GoneControl>('focus-fixes-gone-control')!;
      await el.updateComplete;
      el.shadowRoot!.querySelector('button')!.focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      const heading = el.shadowRoot!.querySelector('h2')!;
      await waitUntil(
        () => el.shadowRoot!.activeElement === heading,
        `the heading never took the focus (${name(deepActive())})`,
      );
      await sendKeys({ press: 'Tab' });
      expect(name(deepActive())).to.equal('button');
      expect(heading.hasAttribute('tabindex'), 'the heading kept a tabindex').to.be.false;
      expect(el.hasAttribute('tabindex'), 'the element kept a tabindex').to.be.false;
    });

    it('an element that could not take the focus is left as it was', async () => {
      const wrap = await fixture<HTMLDivElement>(
        html`<div>
          <h2 hidden>Gone</h2>
          <h2>Here</h2>
        </div>`,
      );
      const [hidden, shown] = wrap.querySelectorAll('h2');
      holdFocus(hidden);
      expect(hidden.hasAttribute('tabindex'), 'tabindex on an element that never had the focus').to.be.false;
      holdFocus(shown);
      expect(document.activeElement === shown, 'the heading holds the focus').to.be.true;
      await sendKeys({ press: 'Tab' });
      await waitUntil(
        () => !shown.hasAttribute('tabindex'),
        'the heading kept its tabindex after the focus moved on',
      );
    });
  });

  describe('the widget in use', () => {
    it('after rating in the rubric and tabbing into the library, the library speaks and the rubric, left behind, does not', async function () {
      heavy(
        this,
        'a rubric of the full sample and a library, and waiting out the library’s announcement delay',
      );
      const provider = await fixture<BlueprintProvider>(
        html`<blueprint-provider src=${SAMPLE} persist="off">
          <capacity-rubric></capacity-rubric>
          <resource-library page-size="4"></resource-library>
        </blueprint-provider>`,
      );
      const rubric = await rendered(provider.querySelector<CapacityRubric>('capacity-rubric')!);
      const library = await rendered(provider.querySelector<ResourceLibrary>('resource-library')!);
      // The person rates the last capacity with the keyboard, then tabs on into the library.
      const radios = rubric.shadowRoot!.querySelectorAll<HTMLInputElement>(
        '[data-capacity] [part~="level"] input',
      );
      const last = radios[radios.length - 1];
      last.focus();
      await sendKeys({ press: 'Space' });
      await waitUntil(() => last.checked, 'the level was not chosen');
      for (let i = 0; i < 20 && !within(library, deepActive()); i++) await sendKeys({ press: 'Tab' });
      expect(within(library, deepActive()), 'Tab reached the library').to.be.true;
      const timers = trackTimers();
      await timers.settled();
      const watch = watchLiveRegions();
      try {
        // An answer that arrives from elsewhere (another window, the page's code) while the person is in
        // the library: the rubric, which they left, does not say its progress.
        const capacity = provider.store.model!.capacities[0];
        provider.store.rate(capacity.id, provider.store.model!.levels[0].id);
        await rubric.updateComplete;
        await timers.settled();
        // The person filters the library: it says its count.
        const search = library.shadowRoot!.querySelector<HTMLInputElement>('input[type="search"]')!;
        search.focus();
        await sendKeys({ type: 'data' });
        await waitUntil(
          () => watch.changes.some((c) => library.shadowRoot!.contains(c.region)),
          'the library never said its count',
        );
        await timers.settled();
        expect(
          watch.changes.filter((c) => rubric.shadowRoot!.contains(c.region)).map((c) => c.text),
        ).to.deep.equal([]);
        expect(watch.changes.at(-1)!.text).to.match(/resource/);
      } finally {
        watch.stop();
        timers.restore();
      }
    });
  });

  describe('the restore panel in another document', () => {
    /** A same-origin iframe, and the uncaught errors (and rejections) of both windows while the test runs. */
    async function frame() {
      const iframe = await fixture<HTMLIFrameElement>(html`<iframe title="Another document"></iframe>`);
      const errors: string[] = [];
      const onError = (e: ErrorEvent) => errors.push(String(e.message));
      const onRejection = (e: PromiseRejectionEvent) => errors.push(String(e.reason));
      const win = iframe.contentWindow!;
      for (const w of [window, win]) {
        w.addEventListener('error', onError);
        w.addEventListener('unhandledrejection', onRejection);
      }
      return {
        doc: iframe.contentDocument!,
        win,
        errors,
        done: () => {
          for (const w of [window, win]) {
            w.removeEventListener('error', onError);
            w.removeEventListener('unhandledrejection', onRejection);
          }
        },
      };
    }

    const q = <T extends Element = HTMLElement>(el: Element, selector: string) =>
      el.shadowRoot!.querySelector<T>(selector);
    /** The panel's own rules apply: its drop area has a dashed border (a plain div has none). */
    const dropBorder = (report: Element, win: Window) =>
      win.getComputedStyle(q(report, '.drop')!).borderTopStyle;

    it('opened in an iframe, and moved there open and back, the panel keeps its look and throws nothing', async function () {
      heavy(this, 'an iframe, and the report rendered in two documents');
      const f = await frame();
      try {
        const report = await fixture<BlueprintReport>(
          html`<blueprint-report .framework=${validFramework()}></blueprint-report>`,
        );
        await waitUntil(() => q(report, '#restore-toggle'), 'the report never drew its tools');
        // Moved into the iframe, then opened there.
        f.doc.body.append(report);
        await report.updateComplete;
        q<HTMLButtonElement>(report, '#restore-toggle')!.click();
        await waitUntil(() => q(report, '.drop') || f.errors.length, 'the panel never opened');
        expect(f.errors).to.deep.equal([]);
        expect(dropBorder(report, f.win), 'opened in the iframe').to.equal('dashed');
        // Back on the page, open: styled by the page's sheets.
        document.body.append(report);
        await report.updateComplete;
        expect(dropBorder(report, window), 'back on the page').to.equal('dashed');
        // And into the iframe again while open.
        f.doc.body.append(report);
        await report.updateComplete;
        expect(dropBorder(report, f.win), 'moved into the iframe open').to.equal('dashed');
        report.remove();
        expect(f.errors).to.deep.equal([]);
      } finally {
        f.done();
      }
    });
  });

  describe('a partner’s words checked once per page', () => {
    it('two frameworks (two providers) in a language with missing texts: each missing or unknown text is reported once', async () => {
      const warnings: BpWarningEvent[] = [];
      const listen = (e: Event) => warnings.push(e as BpWarningEvent);
      document.addEventListener('bp-warning', listen);
      try {
        // A new language whose bars' words are a function of the framework's words: texts left out, and one
        // text the widgets do not have.
        registerLocale('fr', {
          bars: (w) => ({
            showTable: `Voir le tableau des ${w.capacities}`,
            // A text the widgets do not have (a function's result is not checked for extra texts).
            tabel: 'x',
          }),
        });
        const second = Object.assign(validFramework() as object, {
          id: 'second-framework',
          terms: { capacity: 'commitment' },
        });
        const wrap = await fixture<HTMLDivElement>(
          html`<div>
            <blueprint-provider persist="off" lang="fr" .framework=${validFramework()}
              ><blueprint-bars .profile=${ratedProfile({})}></blueprint-bars
            ></blueprint-provider>
            <blueprint-provider persist="off" lang="fr" .framework=${second}
              ><blueprint-bars></blueprint-bars
            ></blueprint-provider>
          </div>`,
        );
        const bars = [...wrap.querySelectorAll('blueprint-bars')];
        for (const el of bars)
          await waitUntil(
            () => el.shadowRoot?.textContent?.includes('Voir le tableau'),
            'the French words never showed',
          );
        // The check is loaded and run after each table is built: wait for it to have run for both.
        await import('../../src/i18n/locale-check.js');
        await new Promise((resolve) => setTimeout(resolve));
        const paths = warnings
          .filter((e) => e.detail.source === 'locale')
          .flatMap((e) => e.detail.warnings.map((w) => w.path))
          .filter((p) => p.startsWith('/fr/bars'))
          .sort();
        expect(paths).to.deep.equal(['/fr/bars', '/fr/bars/tabel']);
      } finally {
        document.removeEventListener('bp-warning', listen);
      }
    });
  });
});
