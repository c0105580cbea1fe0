/**
 * The BELE page in Spanish speaks Spanish (issue 20): the demo page's widgets (demo/bele.html: a provider
 * holding the rubric, the bars, the equity considerations, the library and the report, plus the provider
 * list) render the BELE sample with `lang="es"`, every `<details>` opened, and no text a person meets
 * (shadow roots, screen-reader text and read-aloud attributes included) may be English, apart from proper
 * names and titles.
 *
 * How English is recognized: (1) common English words that are not Spanish words ("the", "and", "your"…),
 * which catch a hard-coded English string in a template or a missing Spanish table entry; (2) the words of
 * the sample's own English texts that its Spanish texts never use, which catch a framework text shown in
 * English because it lacks Spanish. A planted English string proves the detector fails when it should.
 */
import { expect, fixture, html, nextFrame, waitUntil } from '@open-wc/testing';
import '../../src/all.js';
import { clearFrameworkCache } from '../../src/context/loader.js';
import { textsOf } from '../../src/framework/translations.js';
import { heavy, RENDER_TIMEOUT } from '../support/heavy.js';
import { openAllDetails, shownText, type ShownText } from '../support/shown-text.js';

const BELE = new URL('../../src/data/bele.json', import.meta.url).href;

/** English words that are not also Spanish words (no "a", "no", "me", "son", "plan", "web"…). */
const ENGLISH_WORDS = new Set(
  `the and of your you with for this that these those is are was were not to from by our we what how which
  who when where will can has have be or it its at on in than then there their they them all any some more
  less show hide open close print save download upload next previous back filter search share copy clear
  answer answers answered level levels capacity capacities group groups team rated rating resources report
  profile considerations equity students families school teachers none only each every other about here
  loading loaded could should would chosen choose skip skipped unsure sure yet still whole link links free
  paid varies guide tool course template spreadsheet slides page`.split(/\s+/),
);

/**
 * Proper names and titles the page may show as they are: the framework's name, the invented publisher of
 * the sample's resources (a plain string in the format, not a translatable text) and the providers'
 * regions (plain strings too).
 */
const PROPER_NAMES = [
  'Sample BELE Learning Partner (illustrative)',
  'Chicago area',
  'Bay Area',
  'Online',
  'Texas',
  'BELE',
];

const wordsOf = (text: string): string[] => text.toLowerCase().match(/[\p{L}’']+/gu) ?? [];

interface Detector {
  /** The English words of `text` (none: it reads as Spanish, or names only). */
  english(text: string): string[];
}

/** Builds the detector from the sample itself: its English-only words, plus the common English words. */
function detector(doc: unknown): Detector {
  const en = new Set<string>();
  const es = new Set<string>();
  for (const { text } of textsOf(doc)) {
    if (typeof text === 'string') wordsOf(text).forEach((w) => en.add(w));
    else if (text && typeof text === 'object') {
      const t = text as Record<string, string>;
      if (t.en) wordsOf(t.en).forEach((w) => en.add(w));
      if (t.es) wordsOf(t.es).forEach((w) => es.add(w));
    }
  }
  // Words both languages write the same way ("BELE", "PDF", "video", "plan") are not evidence of English.
  const englishOnly = new Set([...en].filter((w) => !es.has(w) && w.length > 2));
  return {
    english(text) {
      let rest = text;
      for (const name of PROPER_NAMES) rest = rest.split(name).join(' ');
      // Addresses, file names and version numbers ("1.0.0-sample") are identifiers, not words.
      rest = rest.replace(/\b\d+(?:\.\d+)+(?:-[\w.]+)?/g, ' ');
      rest = rest.replace(
        /\bhttps?:\/\/\S+|\b[\w.-]+@[\w.-]+|\b[\w-]+\.(?:org|json|csv|xlsx|pdf|png)\b/g,
        ' ',
      );
      return wordsOf(rest).filter((w) => ENGLISH_WORDS.has(w) || englishOnly.has(w));
    },
  };
}

/** The English found in `texts`, one line each: where, the words, the text. */
const englishIn = (texts: readonly ShownText[], d: Detector): string[] =>
  texts.flatMap(({ text, where }) => {
    const words = d.english(text);
    return words.length ? [`${where}: ${[...new Set(words)].join(', ')} — “${text.slice(0, 120)}”`] : [];
  });

type Updating = Element & { updateComplete?: Promise<unknown> };

/** Waits until every element below `root`, through shadow roots, has finished updating. */
async function settled(root: Element): Promise<void> {
  for (let round = 0; round < 3; round++) {
    const all: Updating[] = [];
    const visit = (node: Element | ShadowRoot) => {
      for (const el of node.querySelectorAll('*')) {
        all.push(el);
        if (el.shadowRoot) visit(el.shadowRoot);
      }
    };
    visit(root);
    await Promise.all(all.flatMap((e) => (e.updateComplete ? [e.updateComplete] : [])));
    await nextFrame();
  }
}

/** A team's answers to every BELE commitment: rated, not sure, skipped, and one left open. */
const profile = {
  schema: 'blueprint-profile/1',
  frameworkId: 'bele',
  ratings: {
    'tl-relationships': { status: 'rated', levelId: 'emerging' },
    'tl-meaningful-learning': { status: 'rated', levelId: 'exploring' },
    'tl-student-voice': { status: 'rated', levelId: 'established' },
    'ss-time-and-grouping': { status: 'rated', levelId: 'emerging' },
    'ss-discipline-and-support': { status: 'unsure' },
    'ss-adult-learning': { status: 'rated', levelId: 'embedded' },
    'fc-trust': { status: 'rated', levelId: 'exploring' },
    'fc-shared-decisions': { status: 'skipped' },
    'dp-resources': { status: 'rated', levelId: 'established' },
  },
};

describe('the BELE page in Spanish', function () {
  heavy(this, 'renders six widgets of the BELE sample with every section opened, then walks all their text');
  let doc: unknown;
  before(async () => {
    doc = await (await fetch(BELE)).json();
  });
  beforeEach(() => {
    localStorage.clear();
    clearFrameworkCache();
  });

  async function belePage(): Promise<HTMLElement> {
    const provider = await fixture<HTMLElement>(
      html`<blueprint-provider lang="es" persist="off" .framework=${doc} .profile=${profile}>
        <capacity-rubric heading-level="3"></capacity-rubric>
        <blueprint-bars editable></blueprint-bars>
        <equity-considerations heading-level="3"></equity-considerations>
        <resource-library heading-level="3" mode="all" page-size="20"></resource-library>
        <blueprint-report heading-level="3"></blueprint-report>
        <provider-list></provider-list>
      </blueprint-provider>`,
    );
    for (const tag of ['capacity-rubric', 'blueprint-bars', 'resource-library', 'blueprint-report'])
      await waitUntil(
        () => provider.querySelector(tag)?.shadowRoot?.querySelector('[part~="base"]'),
        `<${tag}> never rendered`,
        { timeout: RENDER_TIMEOUT },
      );
    await settled(provider);
    // Twice: opening a section can render more sections inside it.
    while (openAllDetails(provider) > 0) await settled(provider);
    return provider;
  }

  it('shows no English outside proper names', async () => {
    const page = await belePage();
    const texts = shownText(page);
    // The page did render the sample in Spanish (not an empty or failed page that trivially passes).
    const all = texts.map((t) => t.text).join(' ');
    expect(all).to.include('Relaciones de cuidado');
    expect(all).to.include('Prácticas restaurativas para equipos escolares');
    expect(texts.length).to.be.greaterThan(200);
    expect(englishIn(texts, detector(doc))).to.deep.equal([]);
  });

  it('the check fails on English: a planted English sentence and a framework text without Spanish', async () => {
    const d = detector(doc);
    expect(d.english('Haga una llamada positiva a cada familia')).to.deep.equal([]);
    expect(d.english('Sample BELE Learning Partner (illustrative) · Chicago area')).to.deep.equal([]);
    // A template string left in English.
    expect(d.english('Show the full text of your answer')).to.include.members(['show', 'the', 'your']);
    // A framework text that lost its Spanish (the English of an indicator, no stop word in it).
    expect(d.english('Welcome calls reach every family.')).to.include.members(['welcome', 'calls', 'reach']);

    const page = await belePage();
    const rubric = page.querySelector('capacity-rubric')!.shadowRoot!;
    const planted = document.createElement('p');
    planted.textContent = 'Families hear from the school mainly when something goes wrong.';
    rubric.querySelector('[part~="base"]')!.append(planted);
    const found = englishIn(shownText(page), d);
    expect(found).to.have.length(1);
    expect(found[0]).to.include('<capacity-rubric> p').and.include('families');
  });
});
