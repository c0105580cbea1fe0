/**
 * Issue 14 (size): words that load on first use. The core's Spanish (src/i18n/es.ts) is fetched by the first
 * element that speaks Spanish, which shows "Loading" until it is in, never English; the error box's plain
 * words (src/internal/failure-box.ts) load on the first failure, with a short box and "Try again" until
 * then, while `bp-error` fires at once. Each test file runs in a page of its own, so nothing here has loaded
 * before the first test of each kind: keep these tests first and in this order.
 * (When the error box's file cannot be fetched at all: scripts/bundle-smoke.mjs, on the built script tag.)
 */
import { expect, fixture, html, nextFrame, oneEvent, waitUntil } from '@open-wc/testing';
import type { LitElement } from 'lit';
import '../../src/all.js';
import type { BpErrorEvent } from '../../src/events/index.js';
import { clearFrameworkCache } from '../../src/context/loader.js';
import { loadLocale } from '../../src/i18n/load-locale.js';
import { rubricStrings } from '../../src/i18n/rubric.js';
import { loadModel } from '../framework/fixtures.js';

/** What a person can see or hear of `root` now: its text and its elements' accessible names. */
const shown = (root: ShadowRoot | null | undefined): string =>
  root
    ? [
        root.textContent ?? '',
        ...[...root.querySelectorAll('[aria-label]')].map((e) => e.getAttribute('aria-label')),
      ]
        .join(' ')
        .replace(/\s+/g, ' ')
    : '';

describe('words that load on first use (issue 14)', () => {
  afterEach(() => clearFrameworkCache());

  it('a Spanish page: the bars wait for the Spanish words, showing "Loading" in Spanish, and never show English', async () => {
    const el = document.createElement('blueprint-bars') as LitElement & { framework: unknown };
    el.lang = 'es';
    // A model: the framework is ready at the first update, so only the words can be waited for.
    el.framework = loadModel();
    const frames: string[] = [];
    document.body.append(el);
    try {
      await el.updateComplete; // its first render, before the first frame
      // Every frame a person could see, from the first one until the chart is drawn.
      while (!el.shadowRoot?.querySelector('[part~="chart"]')) {
        frames.push(shown(el.shadowRoot));
        if (frames.length > 600) throw new Error('the chart was never drawn');
        await nextFrame();
      }
      frames.push(shown(el.shadowRoot));
      await el.updateComplete;
      const english = /Show the data table|team profile|Loading the framework|Arrow keys move/;
      expect(
        frames.filter((f) => english.test(f)),
        'English in a frame',
      ).to.deep.equal([]);
      expect(frames[0], 'the first frame says it is loading, in Spanish').to.contain('Cargando');
      expect(shown(el.shadowRoot)).to.contain('Mostrar la tabla de datos').and.contain('perfil del equipo');
      await expect(el).to.be.accessible();
    } finally {
      el.remove();
    }
  });

  it('loadLocale: the tables give Spanish once it has resolved, English before and for languages the library lacks', async () => {
    await loadLocale('es-MX');
    expect(rubricStrings('es').previous).to.equal('Capacidad anterior');
    expect(rubricStrings('es-MX').showFullText).to.equal('Mostrar el texto completo');
    await loadLocale('fr'); // resolves at once: no file
    expect(rubricStrings('fr').showFullText).to.equal('Show the full text');
  });

  it('a first failure: bp-error at once with its kind, a short box with "Try again" in the same update, then the plain words', async () => {
    const url = new URL('./lazy-words-missing.json', import.meta.url).href;
    const el = await fixture<LitElement>(html`<blueprint-bars lang="es" src=${url}></blueprint-bars>`);
    const { detail } = await oneEvent<BpErrorEvent>(el, 'bp-error');
    expect(detail.kind).to.equal('not-found');
    expect(detail.errors[0].message).to.contain('404');
    await el.updateComplete;
    // The words' file was asked for by this render and cannot be in yet: the short box, never a blank one.
    const box = el.shadowRoot!.querySelector<HTMLElement>('[part~="error"]')!;
    // Not an alert yet: the full box replaces it in a moment and is the one a screen reader hears (issue 15:
    // one failure, one announcement). It becomes the alert only if its words cannot be fetched (bundle smoke).
    expect(box.hasAttribute('role'), 'the short box is silent while the words come').to.be.false;
    expect(box.getAttribute('tabindex')).to.equal('-1');
    expect(box.textContent).to.contain('No se pudo cargar el marco.');
    expect(box.querySelector('[part~="retry"]')!.textContent).to.equal('Intentar de nuevo');
    expect(box.querySelector('li')!.textContent, 'the problem itself').to.contain('404');
    expect(box.querySelector('details'), 'no details before the words are in').to.be.null;
    await expect(el).to.be.accessible();
    // Then the plain words for this kind of failure, with the detail behind a disclosure.
    await waitUntil(
      () => el.shadowRoot!.querySelector('[part~="error"] details'),
      'the plain words never came',
    );
    expect(el.shadowRoot!.querySelector('.failure-words')!.textContent).to.contain(
      'No encontramos el archivo del marco.',
    );
    expect(el.shadowRoot!.querySelector('[part~="error"] details')!.textContent).to.contain(url);
    expect(el.shadowRoot!.querySelector('[part~="error"]')!.getAttribute('role')).to.equal('alert');
    expect(el.shadowRoot!.querySelector('[part~="retry"]')).to.exist;
    await expect(el).to.be.accessible();
  });
});
