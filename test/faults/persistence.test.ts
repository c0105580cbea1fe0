/**
 * Issue 16, findings 1–5: nothing a team wrote is lost to storage, links or tabs. Each test reproduces a
 * finding (it failed on main) and shows it fixed, through what a person does and sees.
 */
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/components/blueprint-provider/define.js';
import '../../src/components/blueprint-report/define.js';
import '../../src/components/capacity-rubric/define.js';
import type { BlueprintProvider } from '../../src/components/blueprint-provider/blueprint-provider.js';
import { storageKeyFor } from '../../src/components/blueprint-provider/blueprint-provider.js';
import type { BlueprintReport } from '../../src/components/blueprint-report/blueprint-report.js';
import type { CapacityRubric } from '../../src/components/capacity-rubric/capacity-rubric.js';
import { clearFrameworkCache } from '../../src/context/loader.js';
import type { BpWarningEvent } from '../../src/events/index.js';
import { profileToFragment } from '../../src/framework/report.js';
import type { Profile } from '../../src/framework/schema.js';
import { heavy } from '../support/heavy.js';
import '../support/test-widget.js';
import type { TestWidget } from '../support/test-widget.js';

const SAMPLE = new URL('../../src/data/improvement-teams.json', import.meta.url).href;
const OTHER = new URL('../fixtures/other.json', import.meta.url).href;
const MINIMAL = new URL('../../src/data/minimal.json', import.meta.url).href;
const PROVIDER_MODULE = new URL('../../src/components/blueprint-provider/define.ts', import.meta.url).href;

let sample: { id: string; levels: { id: string }[] };
let otherDoc: object;
let minimalDoc: object;

const text = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const notices = (p: BlueprintProvider) => [
  ...p.shadowRoot!.querySelectorAll<HTMLElement>('[part~="notice"]'),
];
const noticeButton = (p: BlueprintProvider, label: string) =>
  [...p.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part~="notice-action"]')].find(
    (b) => text(b) === label,
  );
const saved = (key: string) => JSON.parse(localStorage.getItem(key)!) as Profile;
const profile = (ratings: Profile['ratings'], extra: Partial<Profile> = {}): Profile => ({
  schema: 'blueprint-profile/1',
  frameworkId: 'other',
  ratings,
  ...extra,
});

async function loaded(provider: BlueprintProvider) {
  await waitUntil(() => provider.frameworkState.status === 'ready', 'the framework never loaded', {
    timeout: 4000,
  });
  await provider.updateComplete;
}

/** A provider of other.json with a test widget (buttons per capacity and level), ready to answer. */
async function otherPage(attrs: { hash?: boolean; key?: string } = {}) {
  const provider = await fixture<BlueprintProvider>(
    html`<blueprint-provider
      .framework=${otherDoc}
      ?profile-from-hash=${attrs.hash}
      storage-key=${attrs.key ?? storageKeyFor('other')}
      ><bp-test-widget></bp-test-widget
    ></blueprint-provider>`,
  );
  await loaded(provider);
  const widget = provider.querySelector<TestWidget>('bp-test-widget')!;
  await waitUntil(() => widget.shadowRoot?.querySelector('[data-level]'), 'the widget never rendered');
  return { provider, widget };
}

/** A person presses a level's button in the test widget. */
async function answer(widget: TestWidget, capacity: string, level: string) {
  widget
    .shadowRoot!.querySelector<HTMLButtonElement>(`[data-capacity="${capacity}"] [data-level="${level}"]`)!
    .click();
  await widget.updateComplete;
}

/** Captures downloads (the <a download> a click makes) instead of saving files. */
function captureDownloads() {
  const files: Promise<{ name: string; text: string }>[] = [];
  const click = HTMLAnchorElement.prototype.click; // eslint-disable-line @typescript-eslint/unbound-method -- restored below
  HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
    if (this.download)
      files.push(fetch(this.href).then(async (r) => ({ name: this.download, text: await r.text() })));
    else click.call(this);
  };
  return { files, restore: () => (HTMLAnchorElement.prototype.click = click) };
}

/** Console warnings are expected in these faults (bp-warning says them too); keep the output readable. */
let warn: typeof console.warn;

describe('faults: nothing a team wrote is lost (issue 16, findings 1–5)', () => {
  let startHref: string;

  before(async () => {
    sample = (await (await fetch(SAMPLE)).json()) as typeof sample;
    otherDoc = (await (await fetch(OTHER)).json()) as object;
    minimalDoc = (await (await fetch(MINIMAL)).json()) as object;
    startHref = location.href;
  });

  beforeEach(() => {
    localStorage.clear();
    clearFrameworkCache();
    warn = console.warn;
    console.warn = () => {};
  });

  afterEach(() => {
    console.warn = warn;
    localStorage.clear();
    history.replaceState(null, '', startHref);
  });

  it('finding 1: two providers of one framework on a page (rubric in one, “Save this moment” in the other) keep every answer across a reload', async function () {
    heavy(this, 'a report and three rubrics in two providers, then a re-created provider');
    const capacities = ['problem-understanding', 'theory-of-improvement', 'testing-changes'];
    const level = sample.levels[1].id;
    const page = await fixture<HTMLElement>(
      html`<div>
        <blueprint-provider id="answers" .framework=${sample}>
          ${capacities.map((id) => html`<capacity-rubric capacity=${id}></capacity-rubric>`)}
        </blueprint-provider>
        <blueprint-provider id="report" .framework=${sample}
          ><blueprint-report></blueprint-report
        ></blueprint-provider>
      </div>`,
    );
    const rubrics = [...page.querySelectorAll<CapacityRubric>('capacity-rubric')];
    const report = page.querySelector<BlueprintReport>('blueprint-report')!;
    const radio = (rubric: CapacityRubric) =>
      rubric.shadowRoot?.querySelector<HTMLInputElement>(`input[type="radio"][value="level:${level}"]`);
    const saveMoment = () =>
      [...(report.shadowRoot?.querySelectorAll<HTMLButtonElement>('button') ?? [])].find(
        (b) => text(b) === 'Save this moment',
      );
    await waitUntil(() => rubrics.every(radio) && saveMoment(), 'the widgets never rendered', {
      timeout: 15000,
    });

    for (const rubric of rubrics) radio(rubric)!.click();
    const reportProvider = page.querySelector<BlueprintProvider>('#report')!;
    // The other provider hears the save at once (storage events never fire in the saving document).
    await waitUntil(
      () => Object.keys(reportProvider.profile!.ratings).length === 3,
      'the report never saw them',
    );
    saveMoment()!.click();
    await waitUntil(() => reportProvider.profile?.snapshots?.length === 1);
    expect(Object.keys(reportProvider.profile!.snapshots![0].ratings)).to.have.members(capacities);

    // A reload: both go, a new provider reads storage.
    page.remove();
    clearFrameworkCache();
    const again = await fixture<BlueprintProvider>(
      html`<blueprint-provider .framework=${sample}></blueprint-provider>`,
    );
    await loaded(again);
    expect(Object.keys(again.profile!.ratings)).to.have.members(capacities);
    expect(again.profile!.snapshots).to.have.length(1);
    expect(Object.keys(saved(storageKeyFor(sample.id)).ratings)).to.have.members(capacities);
  });

  it('finding 2a: link L1, then L2 in the same tab: the person’s own answers stay restorable, and each link is said', async function () {
    heavy(this, 'axe over the provider’s notice');
    const key = storageKeyFor('other');
    const own = profile({ alpha: { status: 'rated', levelId: 'one' } }, { team: 'Mine' });
    localStorage.setItem(key, JSON.stringify(own, null, 2));
    const l1 = profile({ alpha: { status: 'rated', levelId: 'two' } }, { team: 'Link one' });
    const l2 = profile({ beta: { status: 'rated', levelId: 'three' } }, { team: 'Link two' });

    history.replaceState({ page: 'state' }, '', `#top&${profileToFragment(l1)}`);
    const { provider } = await otherPage({ hash: true });
    await waitUntil(() => provider.profile?.team === 'Link one', 'L1 was never applied');
    await provider.updateComplete;
    expect(location.hash, 'the fragment is applied once, then gone; the rest stays').to.equal('#top');
    expect(history.state).to.deep.equal({ page: 'state' });
    const first = notices(provider)[0];
    expect(text(first)).to.equal(
      'You opened shared answers. Keep my own answers instead', // l1 has no updatedAt: no date to say
    );
    expect(first.closest('[role="status"]')).to.exist;
    await expect(provider).to.be.accessible();

    // The second link: announced again (a new notice), and L1's answers do not push the person's out.
    const warned = oneEvent<BpWarningEvent>(provider, 'bp-warning');
    location.hash = profileToFragment(l2);
    await waitUntil(() => provider.profile?.team === 'Link two', 'L2 was never applied');
    await waitUntil(
      () => notices(provider)[0] && notices(provider)[0] !== first,
      'the second link was not said',
    );
    expect(text(notices(provider)[0])).to.contain('You opened shared answers.');
    expect(location.hash).to.equal('');
    const ownKept = provider.store.backups().filter((b) => b.kind === 'before-link');
    expect(ownKept.map((b) => (JSON.parse(b.text) as Profile).team)).to.deep.equal(['Mine']);
    void warned; // L2 replaced a link's answers, unchanged: no own answers to warn about.

    noticeButton(provider, 'Keep my own answers instead')!.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => provider.profile?.team === 'Mine', 'the own answers never came back');
    expect(provider.profile!.ratings).to.deep.equal(own.ratings);
    await provider.updateComplete;
    expect(text(notices(provider)[0])).to.equal('Your own answers are back.');
    expect(provider.shadowRoot!.activeElement, 'focus stays in the notice').to.equal(notices(provider)[0]);
    // What it replaced is kept in turn.
    const replaced = provider.store.backups().find((b) => b.kind === 'before-restore')!;
    expect((JSON.parse(replaced.text) as Profile).team).to.equal('Link two');
    expect(saved(key).team).to.equal('Mine');
    await expect(provider).to.be.accessible();
  });

  it('finding 2b: a link applied, edited, then reloaded keeps the edit; the fragment is gone', async () => {
    const key = storageKeyFor('other');
    localStorage.setItem(key, JSON.stringify(profile({ beta: { status: 'skipped' } }), null, 2));
    const link = profile({ alpha: { status: 'rated', levelId: 'one' } }, { team: 'Shared' });
    history.replaceState(null, '', `?keep=1#${profileToFragment(link)}`);
    const first = await otherPage({ hash: true });
    await waitUntil(() => first.provider.profile?.team === 'Shared');
    expect(location.hash).to.equal('');
    expect(location.search).to.equal('?keep=1');
    await answer(first.widget, 'alpha', 'three');
    expect(saved(key).ratings.alpha.levelId).to.equal('three');

    // The reload: the address has no link any more, so the saved answers (with the edit) come back.
    first.provider.remove();
    clearFrameworkCache();
    const second = await otherPage({ hash: true });
    expect(second.provider.profile!.team).to.equal('Shared');
    expect(second.provider.profile!.ratings.alpha.levelId).to.equal('three');
    // The person's answers from before the link are still kept.
    const before = second.provider.store.backups().find((b) => b.kind === 'before-link')!;
    expect((JSON.parse(before.text) as Profile).ratings.beta.status).to.equal('skipped');
  });

  it('finding 3: two frameworks sharing one storage-key keep the first’s answers after a round trip', async () => {
    const key = 'shared-key';
    const a = await otherPage({ key });
    await answer(a.widget, 'alpha', 'two');
    a.provider.remove();

    const b = await fixture<BlueprintProvider>(
      html`<blueprint-provider .framework=${minimalDoc} storage-key=${key}></blueprint-provider>`,
    );
    await loaded(b);
    b.store.rate('first', 'yes');
    expect(saved(key).frameworkId).to.equal('minimal');
    b.remove();

    // Back to the first framework: its answers come back, the second's are kept.
    const again = await otherPage({ key });
    expect(again.provider.profile!.ratings.alpha.levelId).to.equal('two');
    const kept = again.provider.store.backups().filter((k) => k.kind === 'unreadable');
    expect(kept.map((k) => (JSON.parse(k.text) as Profile).frameworkId)).to.have.members([
      'other',
      'minimal',
    ]);
    // A round trip the other way round keeps the second's too.
    again.provider.remove();
    const back = await fixture<BlueprintProvider>(
      html`<blueprint-provider .framework=${minimalDoc} storage-key=${key}></blueprint-provider>`,
    );
    await loaded(back);
    expect(back.profile!.ratings.first.levelId).to.equal('yes');
  });

  it('finding 4: two tabs answering 5 ms apart keep both answers', async function () {
    heavy(this, 'two documents each load the provider’s modules');
    // Two same-origin iframes share localStorage and hear each other's storage events, like two tabs;
    // each loads its own copy of the modules (no shared store between them).
    const frame = async () => {
      const iframe = document.createElement('iframe');
      iframe.srcdoc = `<!doctype html><script type="module">import ${JSON.stringify(PROVIDER_MODULE)};</script>`;
      document.body.append(iframe);
      await waitUntil(
        () => iframe.contentWindow?.customElements.get('blueprint-provider'),
        'no provider in the frame',
        {
          timeout: 10000,
        },
      );
      const doc = iframe.contentDocument!;
      const provider = doc.createElement('blueprint-provider');
      provider.framework = structuredClone(otherDoc);
      doc.body.append(provider);
      await loaded(provider);
      return { iframe, provider };
    };
    const [one, two] = [await frame(), await frame()];
    try {
      one.provider.store.rate('alpha', 'one');
      // The scenario of the finding: the second tab answers before the first tab's storage event arrives.
      await new Promise((r) => setTimeout(r, 5));
      two.provider.store.rate('beta', 'two');
      const both = (p: BlueprintProvider) =>
        p.profile?.ratings.alpha?.levelId === 'one' && p.profile?.ratings.beta?.levelId === 'two';
      await waitUntil(() => both(one.provider) && both(two.provider), 'a tab lost an answer');
      const stored = saved(storageKeyFor('other'));
      expect(stored.ratings.alpha.levelId).to.equal('one');
      expect(stored.ratings.beta.levelId).to.equal('two');
    } finally {
      one.iframe.remove();
      two.iframe.remove();
    }
  });

  it('finding 4: a tab that saved on stale storage is merged when the other’s storage event arrives', async () => {
    // Tabs in separate processes may read storage before the other's write reaches them: tab A's write is
    // replaced by B's, and A's storage event (oldValue = what both started from) lets B merge it back.
    const { provider } = await otherPage();
    const key = storageKeyFor('other');
    const start = localStorage.getItem(key);
    provider.store.rate('beta', 'two'); // this tab, on storage that does not show the other's answer yet
    const theirs = profile({ alpha: { status: 'rated', levelId: 'one', ratedAt: new Date().toISOString() } });
    expect(start, 'both tabs started from empty storage').to.equal(null);
    const event = new StorageEvent('storage', {
      key,
      oldValue: start,
      newValue: JSON.stringify(theirs, null, 2),
      storageArea: localStorage,
    });
    // The other tab's write lands over this tab's (the browser keeps the last), then its event arrives.
    localStorage.setItem(key, event.newValue!);
    window.dispatchEvent(event);
    await provider.updateComplete;
    expect(provider.profile!.ratings.alpha.levelId).to.equal('one');
    expect(provider.profile!.ratings.beta.levelId).to.equal('two');
    expect(saved(key).ratings.beta.levelId, 'merged and saved back for the other tab').to.equal('two');
    expect(saved(key).ratings.alpha.levelId).to.equal('one');
  });

  it('finding 5: full storage is said in the widget, with a download that works; it goes when a save succeeds', async function () {
    heavy(this, 'axe over the provider’s notice');
    const original = Object.getOwnPropertyDescriptor(Storage.prototype, 'setItem')!;
    const downloads = captureDownloads();
    try {
      const { provider, widget } = await otherPage();
      Storage.prototype.setItem = function () {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      };
      await answer(widget, 'alpha', 'one');
      await provider.updateComplete;
      const [notice] = notices(provider);
      expect(text(notice)).to.equal(
        "Your answers can't be saved in this browser (storage is full). Download them before you leave. Download my answers",
      );
      expect(notice.closest('[role="status"]')).to.exist;
      expect(provider.profile!.ratings.alpha.levelId, 'the answer stays in the session').to.equal('one');
      await expect(provider).to.be.accessible();

      // Announced once: another answer does not re-render the message.
      await answer(widget, 'beta', 'two');
      await provider.updateComplete;
      expect(notices(provider)[0]).to.equal(notice);

      // Keyboard: the button is reachable and gives the file.
      noticeButton(provider, 'Download my answers')!.focus();
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => downloads.files.length === 1);
      const file = await downloads.files[0];
      expect(file.name).to.equal('other-answers.json');
      expect(file.text).to.equal(provider.exportProfile());
      expect((JSON.parse(file.text) as Profile).ratings.beta.levelId).to.equal('two');

      Object.defineProperty(Storage.prototype, 'setItem', original);
      await answer(widget, 'alpha', 'three');
      await provider.updateComplete;
      expect(notices(provider)).to.have.length(0);
      expect(saved(storageKeyFor('other')).ratings.beta.levelId).to.equal('two');
    } finally {
      Object.defineProperty(Storage.prototype, 'setItem', original);
      downloads.restore();
    }
  });

  it('finding 5: blocked storage (a SecurityError getter) is said too, and the download works', async () => {
    const descriptor = Object.getOwnPropertyDescriptor(window, 'localStorage')!;
    Object.defineProperty(window, 'localStorage', {
      configurable: true,
      get() {
        throw new DOMException('Access is denied for this document.', 'SecurityError');
      },
    });
    const downloads = captureDownloads();
    try {
      const { provider, widget } = await otherPage();
      await answer(widget, 'alpha', 'two');
      await provider.updateComplete;
      expect(text(notices(provider)[0])).to.contain("can't be saved in this browser (storage is blocked)");
      expect(provider.profile!.ratings.alpha.levelId).to.equal('two');
      noticeButton(provider, 'Download my answers')!.click();
      await waitUntil(() => downloads.files.length === 1);
      expect((await downloads.files[0]).text).to.equal(provider.exportProfile());
    } finally {
      Object.defineProperty(window, 'localStorage', descriptor);
      downloads.restore();
    }
  });
});
