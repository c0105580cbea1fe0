/**
 * autoload (src/internal/autoload.ts) and its failure report (src/internal/load-failure.ts): the script-tag
 * bundle loads an element's code when its tag first appears. Each test uses a fresh container document and
 * its own tag names, since a tag can be defined once per page. The built bundle itself is checked by
 * scripts/bundle-smoke.mjs.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { autoload, type ReportFailure } from '../../src/internal/autoload.js';
import { reportLoadFailure } from '../../src/internal/load-failure.js';
import { adoptPendingStyles, PENDING_CSS } from '../../src/internal/pending.js';

let n = 0;
const uniqueTag = () => `bp-auto-${++n}-${Math.random().toString(36).slice(2, 7)}`;
const freshDocument = () => document.implementation.createHTMLDocument('autoload');
const define = (tag: string) => () => {
  customElements.define(tag, class extends HTMLElement {});
  return Promise.resolve();
};
const noReport: ReportFailure = () => {
  throw new Error('nothing should fail here');
};
const tick = () => new Promise((r) => setTimeout(r, 20));

describe('autoload', () => {
  it('loads a tag already in the document at once, and only the tags used', async () => {
    const doc = freshDocument();
    const [used, unused] = [uniqueTag(), uniqueTag()];
    doc.body.innerHTML = `<section><${used}></${used}></section>`;
    const calls: string[] = [];
    const counted = (tag: string) => () => (calls.push(tag), define(tag)());
    autoload({ [used]: counted(used), [unused]: counted(unused) }, noReport, doc);
    await waitUntil(() => customElements.get(used), 'the used tag is defined');
    expect(calls).to.deep.equal([used]);
    expect(customElements.get(unused)).to.equal(undefined);
  });

  it('loads a tag added later, once', async () => {
    const doc = freshDocument();
    const tag = uniqueTag();
    let calls = 0;
    autoload({ [tag]: () => (calls++, define(tag)()) }, noReport, doc);
    expect(calls).to.equal(0);
    const wrapper = doc.createElement('div');
    wrapper.innerHTML = `<${tag}></${tag}><${tag}></${tag}>`;
    doc.body.append(wrapper);
    await waitUntil(() => customElements.get(tag), 'defined after insertion');
    doc.body.append(doc.createElement(tag));
    await tick();
    expect(calls).to.equal(1);
  });

  it('stops watching the document once every tag is defined, also by another tag’s file', async () => {
    const doc = freshDocument();
    const [big, small] = [uniqueTag(), uniqueTag()];
    doc.body.innerHTML = `<${big}></${big}>`;
    const original = MutationObserver.prototype.disconnect; // eslint-disable-line @typescript-eslint/unbound-method -- restored below
    let disconnects = 0;
    MutationObserver.prototype.disconnect = function (this: MutationObserver) {
      disconnects++;
      original.call(this);
    };
    try {
      // The big file defines the small tag too (as the report's defines the cards).
      autoload({ [big]: () => (define(small)(), define(big)()), [small]: define(small) }, noReport, doc);
      await waitUntil(() => customElements.get(big));
      await tick();
      expect(disconnects).to.equal(1);
    } finally {
      MutationObserver.prototype.disconnect = original;
    }
  });

  it('runs once per document: a second call (the script included twice) returns the first loader', () => {
    const doc = freshDocument();
    const first = autoload({}, noReport, doc);
    expect(autoload({ [uniqueTag()]: () => Promise.resolve() }, noReport, doc)).to.equal(first);
  });

  it('load() loads on request, e.g. for a tag inside a shadow root it cannot see', async () => {
    const doc = freshDocument();
    const tag = uniqueTag();
    const loader = autoload({ [tag]: define(tag) }, noReport, doc);
    const host = doc.createElement('div');
    host.attachShadow({ mode: 'open' }).innerHTML = `<${tag}></${tag}>`;
    doc.body.append(host);
    await tick();
    expect(customElements.get(tag), 'not seen inside the shadow root').to.equal(undefined);
    await loader.load([tag, 'not-a-lazy-tag']);
    expect(customElements.get(tag)).to.not.equal(undefined);
  });

  it('a failed file: reported once, again for elements added later, load() rejects, and a later load() retries', async () => {
    const doc = freshDocument();
    const tag = uniqueTag();
    doc.body.innerHTML = `<${tag}></${tag}>`;
    const reports: string[][] = [];
    let attempts = 0;
    const loader = autoload(
      {
        [tag]: () => {
          attempts++;
          return attempts < 3 ? Promise.reject(new TypeError('Failed to fetch x.js')) : define(tag)();
        },
      },
      (tags) => reports.push([...tags]),
      doc,
    );
    await waitUntil(() => reports.length === 1, 'reported at once');
    // A router adds another element of that tag: it is told too, without a new request.
    doc.body.append(doc.createElement(tag));
    await waitUntil(() => reports.length === 2, 'reported for the new element');
    expect(attempts).to.equal(1);
    let rejected: unknown;
    await loader.load([tag]).catch((e: unknown) => (rejected = e));
    expect(String(rejected)).to.contain(`<${tag}>`);
    expect(attempts).to.equal(2);
    await loader.load([tag]); // the third attempt works
    expect(customElements.get(tag)).to.not.equal(undefined);
  });

  it('a file that "loads" without defining its tag (a host swallowed the error) counts as failed', async () => {
    const doc = freshDocument();
    const tag = uniqueTag();
    const reports: string[] = [];
    const loader = autoload(
      { [tag]: () => Promise.resolve(undefined) },
      (tags, e) => reports.push(String(e)),
      doc,
    );
    let rejected = false;
    await loader.load([tag]).catch(() => (rejected = true));
    expect(rejected).to.equal(true);
    expect(reports[0]).to.contain(`did not define <${tag}>`);
  });
});

describe('reportLoadFailure', () => {
  it('puts an alert in each element, in its language, once, and fires bp-error', () => {
    const doc = freshDocument();
    const tag = uniqueTag();
    doc.body.innerHTML = `<${tag}></${tag}><div lang="es"><${tag}></${tag}></div>`;
    const events: { target: string; message: string; source: string }[] = [];
    doc.addEventListener('bp-error', (e) => {
      const detail = (e as CustomEvent<{ errors: { message: string }[]; source: string }>).detail;
      events.push({
        target: (e.target as Element).localName,
        message: detail.errors[0].message,
        source: detail.source,
      });
    });
    const logged: unknown[] = [];
    const original = console.error;
    console.error = (...args: unknown[]) => logged.push(args.join(' '));
    try {
      reportLoadFailure([tag], new TypeError('Failed to fetch x.js'), doc);
      reportLoadFailure([tag], new TypeError('Failed to fetch x.js'), doc); // again: no second alert
    } finally {
      console.error = original;
    }
    const alerts = [...doc.querySelectorAll(`${tag} > [role="alert"]`)].map((a) => a.textContent);
    expect(alerts).to.have.length(2);
    expect(alerts[0]).to.contain('could not be loaded');
    expect(alerts[1]).to.contain('No se pudo cargar');
    expect(events).to.have.length(2);
    expect(events[0]).to.include({ target: tag, source: 'script' });
    expect(events[0].message).to.contain('Failed to fetch x.js');
    expect(String(logged[0])).to.contain(`<${tag}>`);
  });
});

describe('pending styles', () => {
  it('reserve space for an undefined widget without hiding its content, once per document', () => {
    const pendingSheets = () =>
      document.adoptedStyleSheets.filter((sheet) =>
        [...sheet.cssRules].some((r) => r.cssText.includes('resource-card:not(:defined)')),
      );
    adoptPendingStyles();
    adoptPendingStyles();
    expect(pendingSheets()).to.have.length(1);
    expect(PENDING_CSS).to.contain('@keyframes bp-pending');
    // This test page never defines <resource-card>: it stays a pending element.
    expect(customElements.get('resource-card')).to.equal(undefined);
    const el = document.createElement('resource-card');
    el.innerHTML = '<p>Fallback</p>';
    document.body.append(el);
    const style = getComputedStyle(el);
    expect(style.display).to.equal('block');
    expect(parseFloat(style.minHeight)).to.be.greaterThan(100);
    expect(style.visibility).to.equal('visible');
    expect(style.animationName).to.equal('bp-pending');
    expect(style.animationFillMode).to.equal('both'); // ends at opacity 1: never hidden for good
    el.remove();
  });
});
