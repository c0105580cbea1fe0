// The peer harness's bench document (its lib/doc.mjs) as blueprint-widgets data: a framework
// ("blueprint-framework/1") and a team profile ("blueprint-profile/1"). The same mapping as the harness's own
// adapters/project-format.js (../shared/bench-peers), kept here beside this project's adapters so they can
// follow the elements' DOM (their untimed checks) without editing the shared harness.
//
//   bench level {value 1..4, label}        -> level { id: "l<value>", rank: value order 0..3, label }
//   bench group {id, name, color}          -> group { id, label: name, color, capacities }
//   bench capacity {id, name, group, descriptors[4]}
//                                          -> capacity { id, label: name, descriptors: { l1: { summary }, ... } }
//   bench capacity.level                   -> profile.ratings[id] = { status: 'rated', levelId: 'l<level>' }

export const FRAMEWORK_ID = 'bench';
const levelId = (value) => `l${value}`;

export function toFramework(doc) {
  const levels = doc.levels.slice().sort((a, b) => a.value - b.value);
  const byGroup = new Map(doc.groups.map((g) => [g.id, []]));
  for (const c of doc.capacities) {
    byGroup.get(c.group).push({
      id: c.id,
      label: c.name,
      descriptors: Object.fromEntries(
        levels.map((l, i) => [levelId(l.value), { summary: c.descriptors[i] }]),
      ),
    });
  }
  return {
    schema: 'blueprint-framework/1',
    id: FRAMEWORK_ID,
    version: '1',
    title: doc.title,
    defaultLocale: 'en',
    levels: levels.map((l, rank) => ({ id: levelId(l.value), rank, label: l.label })),
    groups: doc.groups.map((g) => ({
      id: g.id,
      label: g.name,
      color: g.color,
      capacities: byGroup.get(g.id),
    })),
  };
}

export function toProfile(doc) {
  const ratings = {};
  for (const c of doc.capacities) ratings[c.id] = { status: 'rated', levelId: levelId(c.level) };
  return { schema: 'blueprint-profile/1', frameworkId: FRAMEWORK_ID, ratings };
}

/**
 * Appends a blueprint element with its framework and profile and resolves once it has drawn them (`bp-load`
 * fires after the render that shows the framework); a refused framework or profile rejects with its errors.
 */
export async function appendAndRender(parent, widget) {
  const done = new Promise((resolve, reject) => {
    widget.addEventListener('bp-load', resolve, { once: true });
    widget.addEventListener(
      'bp-error',
      (e) =>
        reject(
          new Error(
            `bp-error (${e.detail.source}): ${e.detail.errors
              .slice(0, 3)
              .map((x) => `${x.path} ${x.message}`)
              .join('; ')}`,
          ),
        ),
      { once: true },
    );
  });
  parent.appendChild(widget);
  await done;
  await widget.updateComplete;
}

/**
 * Runs `read` with every track of a <blueprint-bars> drawn. Tracks out of view are `content-visibility: auto`
 * (skipped until scrolled to), and reading a mark's box inside a skipped track forces a layout of its own: for
 * 2,000 marks, minutes. Drawn for the check, all of them take one layout, and the boxes are those a person
 * sees when scrolling to them.
 */
export function withTracksDrawn(bars, read) {
  const root = bars.shadowRoot;
  const drawn = new CSSStyleSheet();
  // The rows too: a long chart's one-line rows skip their layout out of view as a whole (a row's box read while it
  // is skipped costs a forced layout of its own: 2,000 of them blocked the harness's page for seconds).
  drawn.replaceSync('.track, .bar { content-visibility: visible !important; }');
  // A copy: Chromium's `adoptedStyleSheets` is a live array, so keeping the object itself "restored" the sheet
  // below along with it, and every later update of the page ran with all tracks drawn.
  const before = [...root.adoptedStyleSheets];
  root.adoptedStyleSheets = [...before, drawn];
  try {
    return read();
  } finally {
    root.adoptedStyleSheets = before;
  }
}
