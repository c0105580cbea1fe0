/**
 * <blueprint-network> (issue 19) on a generated cohort of 50 teams with attributes: what a partner sees
 * (heatmap, level counts, group summaries, teams at the same stage) against counts made independently,
 * min-teams hiding exactly the small numbers everywhere (exports included), filters and sorting by keyboard,
 * every bad input listed with the rest shown, and axe in every state.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/components/blueprint-network/define.js';
import '../../src/components/blueprint-provider/define.js';
import type { BlueprintNetwork } from '../../src/components/blueprint-network/blueprint-network.js';
import { clearFrameworkCache } from '../../src/context/loader.js';
import {
  aggregate,
  aggregateToCsv,
  parseFramework,
  readCohort,
  type Cohort,
  type FrameworkModel,
  type Profile,
} from '../../src/framework/index.js';
import type { BpErrorEvent, BpWarningEvent } from '../../src/events/index.js';
import { countByHand, generateCohort, groupCountsByHand } from '../support/cohort-generator.js';
import { heavy } from '../support/heavy.js';
import { longTasksDuring } from '../support/long-tasks.js';

const SAMPLE = new URL('../../src/data/improvement-teams.json', import.meta.url).href;

let model: FrameworkModel;
let frameworkDoc: unknown;

before(async () => {
  frameworkDoc = await (await fetch(SAMPLE)).json();
  const parsed = parseFramework(frameworkDoc);
  if (!parsed.ok) throw new Error('the sample framework should parse');
  model = parsed.value;
});

const root = (el: BlueprintNetwork) => el.shadowRoot!;
const part = (el: BlueprintNetwork, name: string) => root(el).querySelector<HTMLElement>(`[part~="${name}"]`);
const text = (node: Element | undefined | null) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const clone = <T>(v: T): T => JSON.parse(JSON.stringify(v)) as T;

async function network(template: ReturnType<typeof html>): Promise<BlueprintNetwork> {
  const host = await fixture<HTMLElement>(template);
  const el =
    host.localName === 'blueprint-network'
      ? (host as BlueprintNetwork)
      : host.querySelector('blueprint-network')!;
  await waitUntil(
    () =>
      root(el).querySelector('[part~="error"], .empty, [part~="distribution"], .too-few') &&
      !root(el).querySelector('[part~="status"]'),
    'the network view never finished reading',
    { timeout: 8000 },
  );
  await el.updateComplete;
  return el;
}

const withCohort = (cohort: unknown, attrs = '') =>
  network(
    attrs === 'names'
      ? html`<blueprint-network .framework=${frameworkDoc} .cohort=${cohort} show-names></blueprint-network>`
      : html`<blueprint-network .framework=${frameworkDoc} .cohort=${cohort}></blueprint-network>`,
  );

/** A heatmap cell's mark: its own text, without the words for screen readers in its one child element. */
const mark = (cell: Element) =>
  [...cell.childNodes]
    .filter((n) => n.nodeType === Node.TEXT_NODE)
    .map((n) => n.textContent)
    .join('')
    .trim();

/** The heatmap's body as the text of each row: [team label, overall, capacity cells…] (numbers and marks). */
const heatRows = (el: BlueprintNetwork) =>
  [...root(el).querySelectorAll('.heat tbody tr')].map((tr) =>
    [...tr.children].map((c, i) => (i === 0 ? text(c) : mark(c))),
  );

/** The distribution data table: capacity name → { column header → cell text }. */
function tableOf(el: BlueprintNetwork, section: string): Record<string, Record<string, string>> {
  const table = part(el, section)!.querySelector('table')!;
  const headers = [...table.querySelectorAll('thead th')].map((th) => text(th));
  const out: Record<string, Record<string, string>> = {};
  for (const tr of table.querySelectorAll('tbody tr')) {
    const cells = [...tr.children].map((c) => text(c));
    out[cells[0]] = Object.fromEntries(headers.map((h, i) => [h, cells[i]]));
  }
  return out;
}

const levelName = (id: string) => model.text(model.level(id)!.label, 'en');
const bucketHeader = (b: string) =>
  model.level(b)
    ? levelName(b)
    : (
        {
          unsure: 'Not sure yet',
          skipped: 'Skipped',
          unanswered: 'Not answered yet',
          unrated: 'Not rated yet',
        } as Record<string, string>
      )[b];

async function choose(el: BlueprintNetwork, select: HTMLSelectElement, value: string) {
  select.focus();
  // A person moves through the options with the keyboard; the change event fires on each move.
  const options = [...select.options].map((o) => o.value);
  const from = select.selectedIndex;
  const to = options.indexOf(value);
  expect(to, `option ${value}`).to.be.at.least(0);
  for (let i = 0; i < Math.abs(to - from); i++)
    await sendKeys({ press: to > from ? 'ArrowDown' : 'ArrowUp' });
  await waitUntil(() => select.value === value, `the select never reached ${value}`);
  await el.updateComplete;
}

let cohort: Cohort;
let profiles: Profile[];

describe('<blueprint-network>', function () {
  heavy(this, 'renders 50 teams × 17 capacities and runs axe on the whole view');

  beforeEach(() => {
    clearFrameworkCache();
    cohort = generateCohort(model);
    profiles = readCohort(cohort, model).teams.map((t) => t.profile);
  });

  it('shows each team’s level in every capacity, numbered teams, like an independent reading', async () => {
    const el = await network(
      html`<blueprint-network
        .framework=${frameworkDoc}
        .cohort=${cohort}
        page-size="50"
      ></blueprint-network>`,
    );
    const rows = heatRows(el);
    expect(rows).to.have.length(50);
    const rank = new Map(model.levels.map((l) => [l.id, l.rank]));
    rows.forEach((row, t) => {
      expect(row[0]).to.equal(`Team ${t + 1}`);
      model.capacities.forEach((c, i) => {
        const r = profiles[t].ratings[c.id];
        const expected =
          r?.status === 'rated' && rank.has(r.levelId!)
            ? String(rank.get(r.levelId!)! + 1)
            : r?.status === 'unsure'
              ? '?'
              : r?.status === 'skipped'
                ? '–'
                : '';
        expect(row[i + 2], `team ${t + 1}, ${c.id}`).to.equal(expected);
      });
    });
    await expect(el).to.be.accessible();
  });

  it('counts teams per level like an independent count, and hides exactly the small numbers', async () => {
    const el = await withCohort(cohort);
    const byHand = countByHand(model, profiles);
    const shown = aggregate(model, profiles);
    const table = tableOf(el, 'distribution');
    let hidden = 0;
    for (const c of model.capacities) {
      const row = table[model.text(c.label, 'en')];
      expect(row.Teams).to.equal('50');
      for (const [bucket, n] of Object.entries(byHand[c.id])) {
        const cell = row[bucketHeader(bucket)];
        if (n > 0 && n < 5) expect(cell, `${c.id} ${bucket}`).to.equal('hidden');
        if (cell !== 'hidden') expect(cell, `${c.id} ${bucket}`).to.equal(String(n));
        else hidden++;
        expect(cell).to.equal(shown.capacities[c.id][bucket] === null ? 'hidden' : String(n));
      }
    }
    expect(hidden, 'the generated cohort has small counts').to.be.greaterThan(0);
    const groups = tableOf(el, 'groups');
    const groupsByHand = groupCountsByHand(model, profiles);
    for (const g of model.groups)
      for (const [bucket, n] of Object.entries(groupsByHand[g.id])) {
        const cell = groups[model.text(g.label, 'en')][bucketHeader(bucket)];
        expect(cell).to.equal(shown.groups[g.id][bucket] === null ? 'hidden' : String(n));
      }
    // The bars say the same numbers in words, and never a hidden one.
    const firstBar = text(part(el, 'distribution')!.querySelector('.dist-row .visually-hidden'));
    expect(firstBar).to.match(/\d/);
    expect(text(part(el, 'privacy'))).to.contain('fewer than 5 teams');
  });

  it('exports the counts as the CSV of the same aggregate (hidden numbers stay hidden), and the cohort', async () => {
    const el = await withCohort(cohort);
    // The downloads' links are caught before the browser follows them; their blobs are read back.
    const saved: { name: string; blob: Promise<Blob> }[] = [];
    const catchDownload = (e: Event) => {
      const a = e.target as HTMLAnchorElement;
      if (a.localName !== 'a' || !a.download) return;
      e.preventDefault();
      saved.push({ name: a.download, blob: fetch(a.href).then((r) => r.blob()) });
    };
    root(el).addEventListener('click', catchDownload, true);
    const [csv, json] = [...part(el, 'export')!.querySelectorAll('button')];
    csv.click();
    json.click();
    root(el).removeEventListener('click', catchDownload, true);
    expect(saved.map((s) => s.name)).to.deep.equal(['network-counts.csv', 'network-cohort.json']);
    // Bytes as saved: Blob.text() would drop the byte-order mark the spreadsheet needs.
    const csvText = new TextDecoder('utf-8', { ignoreBOM: true }).decode(
      await (await saved[0].blob).arrayBuffer(),
    );
    expect(csvText).to.equal(aggregateToCsv(model, aggregate(model, profiles), 'en'));
    expect(csvText.startsWith('\uFEFF')).to.be.true;
    expect(csvText).to.contain('"hidden"');
    const back = readCohort(await (await saved[1].blob).text(), model);
    expect(back.teams.map((t) => t.id)).to.deep.equal(cohort.teams.map((t) => t.id));
  });

  it('filters by an attribute from the keyboard: counts follow, and a filter under min-teams shows only the number', async () => {
    const el = await withCohort(cohort);
    const region = root(el).querySelector<HTMLSelectElement>('select[data-key="region"]')!;
    await choose(el, region, 'north');
    const north = cohort.teams.filter((t) => t.attributes!.region === 'north');
    expect(text(root(el).querySelector('.count'))).to.equal(`Showing ${north.length} of 50 teams`);
    expect(heatRows(el).map((r) => r[0])).to.deep.equal(
      cohort.teams
        .flatMap((t, i) => (t.attributes!.region === 'north' ? [`Team ${i + 1}`] : []))
        .slice(0, 25),
    );
    const northCounts = aggregate(
      model,
      north.map((t) => t.profile),
    );
    const table = tableOf(el, 'distribution');
    const first = model.capacities[0];
    expect(table[model.text(first.label, 'en')][levelName(model.levels[0].id)]).to.equal(
      northCounts.capacities[first.id][model.levels[0].id] === null
        ? 'hidden'
        : String(northCounts.capacities[first.id][model.levels[0].id]),
    );
    await waitUntil(() => text(root(el).querySelector('[role="status"]')).startsWith('Showing'));
    // "west" has few teams (5 % of them): only the count, no heatmap, every number hidden.
    await choose(el, region, 'west');
    const west = cohort.teams.filter((t) => t.attributes!.region === 'west').length;
    expect(west).to.be.below(5);
    expect(text(root(el).querySelector('.too-few'))).to.contain(`${west} team`);
    expect(part(el, 'heatmap')).to.be.null;
    expect(part(el, 'same-stage')).to.be.null;
    const cells = Object.values(tableOf(el, 'distribution')).flatMap((row) =>
      Object.entries(row)
        .filter(([k]) => k !== 'Capacity' && k !== 'Teams')
        .map(([, v]) => v),
    );
    expect(cells.every((c) => c === 'hidden')).to.be.true;
    await expect(el).to.be.accessible();
  });

  it('compares parts side by side, each with its own hidden numbers', async () => {
    const el = await withCohort(cohort);
    // The partner's attribute keys read as words in the filters and the comparison.
    const compare = root(el).querySelector<HTMLSelectElement>('#compare')!;
    expect([...compare.options].map((o) => o.text)).to.include('School level');
    const filterLabels = [...root(el).querySelectorAll('label[for^="filter-"]')].map((l) => text(l));
    expect(filterLabels).to.include.members(['Region', 'School level']);
    await choose(el, compare, 'school-level');
    const firstRow = part(el, 'distribution')!.querySelector('.dist-row')!;
    const labels = [...firstRow.querySelectorAll('.part-label')].map((l) => text(l));
    const levels = ['elementary', 'high', 'middle'];
    expect(labels).to.deep.equal(
      levels.map(
        (v) => `${v} (${cohort.teams.filter((t) => t.attributes!['school-level'] === v).length} teams)`,
      ),
    );
    await expect(el).to.be.accessible();
  });

  it('sorts teams by a capacity from the keyboard, highest first, teams without a level last', async () => {
    const el = await network(
      html`<blueprint-network
        .framework=${frameworkDoc}
        .cohort=${cohort}
        page-size="50"
      ></blueprint-network>`,
    );
    const capacity = model.capacities[2];
    await choose(el, root(el).querySelector<HTMLSelectElement>('#sort')!, capacity.id);
    const column = heatRows(el).map((r) => r[4]);
    const levelsSeen = column.filter((v) => /^\d$/.test(v)).map(Number);
    expect(levelsSeen).to.deep.equal([...levelsSeen].sort((a, b) => b - a));
    expect(column.slice(0, levelsSeen.length).every((v) => /^\d$/.test(v))).to.be.true;
    expect(root(el).querySelectorAll('.heat th[aria-sort="descending"]')).to.have.length(1);
    await waitUntil(() => text(root(el).querySelector('[role="status"]')).includes('highest level first'));
    await choose(el, root(el).querySelector<HTMLSelectElement>('#order')!, 'lowest');
    const ascending = heatRows(el)
      .map((r) => r[4])
      .filter((v) => /^\d$/.test(v))
      .map(Number);
    expect(ascending).to.deep.equal([...ascending].sort((a, b) => a - b));
  });

  it('moves through the heatmap with the arrow keys, one Tab stop', async () => {
    const el = await withCohort(cohort);
    const first = root(el).querySelector<HTMLElement>('.heat [data-cell="0:0"]')!;
    expect(root(el).querySelectorAll('.heat [tabindex="0"]')).to.have.length(1);
    first.focus();
    await sendKeys({ press: 'ArrowRight' });
    await sendKeys({ press: 'ArrowRight' });
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expect(root(el).activeElement?.getAttribute('data-cell')).to.equal('1:2');
    await sendKeys({ press: 'End' });
    await el.updateComplete;
    expect(root(el).activeElement?.getAttribute('data-cell')).to.equal(`1:${model.capacities.length + 1}`);
    await sendKeys({ press: 'Home' });
    await el.updateComplete;
    expect(root(el).activeElement?.textContent?.trim()).to.equal('Team 2');
    expect(root(el).querySelectorAll('.heat [tabindex="0"]')).to.have.length(1);
  });

  it('pages through the teams without dropping the focus', async () => {
    const el = await withCohort(cohort);
    const next = [...root(el).querySelectorAll<HTMLButtonElement>('.pager button')][1];
    next.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(heatRows(el)[0][0]).to.equal('Team 26');
    await el.updateComplete;
    await waitUntil(() => root(el).activeElement?.textContent?.includes('Previous'));
    expect(text(root(el).querySelector('[role="status"]'))).to.equal('Teams 26–50 of 50');
  });

  it('shows names only when asked, and lists teams at the same stage, stable and explained', async () => {
    const el = await withCohort(cohort);
    const stages = part(el, 'same-stage')!;
    const lists = () =>
      [...part(el, 'same-stage')!.querySelectorAll('.stage')].map((s) => ({
        rule: text(s.querySelector('.rule')),
        teams: [...s.querySelectorAll('.stage-teams li')].map((li) => text(li)),
      }));
    const before = lists();
    expect(before.flatMap((s) => s.teams).sort()).to.deep.equal(
      cohort.teams.map((_, i) => `Team ${i + 1}`).sort(),
    );
    expect(
      before.every((s) => /^(Same level in every group: |Overall level: |Nothing rated yet)/.test(s.rule)),
    ).to.be.true;
    expect(text(stages)).to.not.contain('Generated team');
    const names = root(el).querySelector<HTMLInputElement>('input[type="checkbox"]')!;
    names.focus();
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    expect(el.showNames).to.be.true;
    expect(lists().map((s) => s.rule)).to.deep.equal(before.map((s) => s.rule));
    expect(lists()[0].teams[0]).to.match(/^Generated team \d+$/);
    expect(heatRows(el)[0][0]).to.equal('Generated team 1');
  });

  it('lists every bad input in plain words with its path, and shows the rest', async () => {
    const doc = clone(cohort);
    doc.teams[3].profile.frameworkId = 'another-framework';
    doc.teams[5].id = doc.teams[4].id;
    const errorEvent = new Promise<BpErrorEvent>((resolve) =>
      document.addEventListener('bp-error', (e) => resolve(e as BpErrorEvent), { once: true }),
    );
    const warningEvent = new Promise<BpWarningEvent>((resolve) =>
      document.addEventListener('bp-warning', (e) => resolve(e as BpWarningEvent), { once: true }),
    );
    const el = await withCohort(doc);
    const issues = part(el, 'issues')!;
    expect((issues as HTMLDetailsElement).open).to.be.true;
    const items = [...issues.querySelectorAll('li')].map((li) => text(li));
    expect(items[0]).to.contain('/teams/3/profile/frameworkId').and.contain('another-framework');
    expect(items[1]).to.contain('/teams/5/id').and.contain('another team already has the id');
    expect(items.some((i) => i.startsWith('Note:') && i.includes('not counted'))).to.be.true;
    expect(text(root(el).querySelector('.count'))).to.equal('Showing 48 of 48 teams');
    expect((await errorEvent).detail.errors.map((e) => e.path)).to.deep.equal([
      '/teams/3/profile/frameworkId',
      '/teams/5/id',
    ]);
    expect((await warningEvent).detail.warnings.length).to.be.greaterThan(0);
    await expect(el).to.be.accessible();
  });

  it('an empty cohort and a cohort of one: a note and a sensible view, never a blank box', async () => {
    const empty = await withCohort({ schema: 'blueprint-cohort/1', frameworkId: model.id, teams: [] });
    expect(text(root(empty).querySelector('.empty'))).to.contain('No teams to show yet');
    expect(text(part(empty, 'issues'))).to.contain('1 note');
    expect(part(empty, 'files')).to.exist;
    await expect(empty).to.be.accessible();
    const one = await withCohort([profiles[0]]);
    expect(text(root(one).querySelector('.too-few'))).to.contain('1 team is in view');
    expect(text(part(one, 'issues'))).to.contain('1 note');
    expect(part(one, 'heatmap')).to.be.null;
    await expect(one).to.be.accessible();
  });

  it('turns dropped profile files into a cohort, naming a file that is not a profile', async () => {
    const el = await network(html`<blueprint-network .framework=${frameworkDoc}></blueprint-network>`);
    expect(root(el).querySelector('.empty')).to.exist;
    const files = [
      ...profiles.slice(0, 6).map((p, i) => new File([JSON.stringify(p)], `team ${i + 1}.json`)),
      new File(['just some notes'], 'notes.txt'),
    ];
    const data = new DataTransfer();
    for (const f of files) data.items.add(f);
    part(el, 'base')!.dispatchEvent(
      new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }),
    );
    await waitUntil(() => part(el, 'heatmap'), 'the dropped teams were never shown');
    // The page comes in steps; complete, it has every team.
    await el.updateComplete;
    expect(heatRows(el)).to.have.length(6);
    expect(text(part(el, 'issues'))).to.contain('notes.txt');
    await waitUntil(() => text(root(el).querySelector('[role="status"]')).startsWith('6 teams added'));
    await expect(el).to.be.accessible();
  });

  it('reads an inline cohort and loads src, and says when src cannot be loaded', async () => {
    const inline = await network(
      html`<blueprint-network .framework=${frameworkDoc}
        ><script type="application/json" data-cohort>
          ${JSON.stringify(generateCohort(model, { teams: 6 }))}
        </script></blueprint-network
      >`,
    );
    expect(heatRows(inline)).to.have.length(6);
    const url = URL.createObjectURL(new Blob([JSON.stringify(generateCohort(model, { teams: 7 }))]));
    const fromSrc = await network(
      html`<blueprint-network .framework=${frameworkDoc} src=${url}></blueprint-network>`,
    );
    expect(heatRows(fromSrc)).to.have.length(7);
    const missing = new URL('../fixtures/no-such-cohort.json', import.meta.url).href;
    const failed = await network(
      html`<blueprint-network .framework=${frameworkDoc} src=${missing}></blueprint-network>`,
    );
    // The plain words load on the first failure (issue 14).
    await waitUntil(() => part(failed, 'error')?.querySelector('details'), 'the plain words never came');
    expect(text(part(failed, 'error')))
      .to.contain('We could not find the teams file')
      .and.contain('404');
  });

  it('takes its framework from a provider', async () => {
    const host = await fixture<HTMLElement>(
      html`<blueprint-provider src=${SAMPLE}
        ><blueprint-network .cohort=${cohort}></blueprint-network
      ></blueprint-provider>`,
    );
    const el = host.querySelector('blueprint-network')!;
    await waitUntil(() => root(el).querySelector('[part~="heatmap"]'), 'never rendered', { timeout: 8000 });
    await el.updateComplete;
    expect(heatRows(el)).to.have.length(25);
  });

  it('renders 1,000 teams × 17 capacities without a long task over the limit', async function () {
    const big = generateCohort(model, { teams: 1000, seed: 7 });
    const el = document.createElement('blueprint-network');
    el.framework = frameworkDoc as object;
    document.body.append(el);
    await waitUntil(() => root(el)?.querySelector('[part~="base"]'));
    const { longest, limit } = await longTasksDuring(async () => {
      el.cohort = big;
      await waitUntil(() => root(el).querySelector('[part~="heatmap"]'), 'never rendered', {
        timeout: 20000,
      });
    });
    el.remove();
    expect(longest).to.be.below(limit);
  });

  it('is typed as an HTMLElementTagNameMap entry and fires nothing on its own network', async () => {
    const requests: string[] = [];
    const observer = new PerformanceObserver((list) =>
      requests.push(...list.getEntries().map((e) => e.name)),
    );
    observer.observe({ type: 'resource', buffered: false });
    const el = await withCohort(cohort);
    el.showNames = true;
    await el.updateComplete;
    observer.disconnect();
    expect(requests.filter((r) => !r.includes('/src/') && !r.includes('/node_modules/'))).to.deep.equal([]);
  });
});
