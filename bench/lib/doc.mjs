// Copied from the shared peer harness (../shared/bench-peers/lib/doc.mjs, unchanged apart from this note and
// formatting) so that `npm run bench` needs nothing outside the repo. Keep the two in step: the figures are
// only comparable with the peer harness's while the document is the same.
//
// The benchmark's "bars document": the JSON every peer renders.
// Shared by the node side (which embeds it in each page) and the page side
// (which derives the update documents from it). Deterministic: same N, same seed -> same bytes.

export const LEVELS = [
  { value: 1, label: 'Emerging' },
  { value: 2, label: 'Developing' },
  { value: 3, label: 'Established' },
  { value: 4, label: 'Leading' },
];

export const GROUPS = [
  { id: 'vision', name: 'Vision and leadership', color: '#4e79a7' },
  { id: 'culture', name: 'Culture and climate', color: '#f28e2b' },
  { id: 'teaching', name: 'Teaching and learning', color: '#59a14f' },
  { id: 'family', name: 'Family and community', color: '#e15759' },
  { id: 'systems', name: 'Systems and structures', color: '#76b7b2' },
  { id: 'equity', name: 'Equity and access', color: '#b07aa1' },
];

// mulberry32: small, fast, seedable PRNG.
export function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * N capacities spread over the 6 groups in contiguous runs (so the bars come
 * out grouped), each with a level 1..4 and four level descriptors (for the
 * rubric peers).
 */
export function makeDoc(n, seed = 1) {
  const rand = rng(seed);
  const per = Math.floor(n / GROUPS.length);
  const extra = n % GROUPS.length;
  const capacities = [];
  let k = 0;
  GROUPS.forEach((g, gi) => {
    const count = per + (gi < extra ? 1 : 0);
    for (let j = 0; j < count; j++) {
      k++;
      const id = 'c' + String(k).padStart(4, '0');
      capacities.push({
        id,
        name: 'Capacity ' + k,
        group: g.id,
        level: 1 + Math.floor(rand() * 4),
        descriptors: LEVELS.map(
          (l) =>
            `${l.label}: capacity ${k} is ${['beginning', 'growing', 'in place', 'shared and sustained'][l.value - 1]}`,
        ),
      });
    }
  });
  return { title: `Capacity profile (${n} capacities)`, levels: LEVELS, groups: GROUPS, capacities };
}

/** Same document, every level redrawn (the "dancing" update). Never returns an identical level set. */
export function relevel(doc, seed) {
  const rand = rng(seed * 7919 + 17);
  return {
    ...doc,
    capacities: doc.capacities.map((c) => ({
      ...c,
      level: 1 + ((c.level - 1 + 1 + Math.floor(rand() * 3)) % 4),
    })),
  };
}

/** Flat bar rows in draw order, with the group color resolved: what most chart libraries want. */
export function toBars(doc) {
  const color = new Map(doc.groups.map((g) => [g.id, g.color]));
  return doc.capacities.map((c) => ({
    id: c.id,
    name: c.name,
    group: c.group,
    level: c.level,
    color: color.get(c.group),
  }));
}

export function levelLabel(doc, v) {
  const l = doc.levels.find((x) => x.value === v);
  return l ? l.label : '';
}

// Chart geometry every peer is asked for (px).
export const SIZE = { width: 960, height: 400, margin: { top: 10, right: 10, bottom: 90, left: 90 } };

/**
 * Untimed correctness check for SVG peers: one rect per capacity, and bar
 * heights proportional to the levels (first, middle and last bar).
 */
export function checkBarRects(rects, doc) {
  const caps = doc.capacities;
  if (rects.length !== caps.length) return `rects ${rects.length} != ${caps.length}`;
  const h = (i) => Number(rects[i].getAttribute('height'));
  const unit = h(0) / caps[0].level;
  for (const i of [0, caps.length >> 1, caps.length - 1]) {
    if (Math.abs(h(i) - unit * caps[i].level) > 0.01 * unit + 0.01)
      return `bar ${i}: height ${h(i)} for level ${caps[i].level}`;
  }
  return true;
}
