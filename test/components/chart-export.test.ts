/**
 * The chart export of <blueprint-bars> (src/components/blueprint-bars/chart-export.ts): a standalone SVG
 * document that carries every label as text, holds nothing that runs or reaches outside it, wraps at word
 * boundaries, draws the states so that they cannot be misread, mirrors for right-to-left, and rasterizes to
 * a PNG.
 */
import { expect } from '@open-wc/testing';
import {
  canvasMeasure,
  chartSvg,
  svgToPng,
  type ExportChart,
  type ExportStatus,
} from '../../src/components/blueprint-bars/chart-export.js';
import {
  parseFramework,
  parseProfile,
  type FrameworkModel,
  type Profile,
} from '../../src/framework/index.js';

const DATA = new URL('../../src/data/', import.meta.url);
const LIGHT = { text: 'rgb(29, 35, 43)', muted: 'rgb(77, 88, 102)', background: 'rgb(255, 255, 255)' };
const DARK = { text: 'rgb(230, 233, 238)', muted: 'rgb(169, 179, 193)', background: 'rgb(26, 31, 39)' };
const CREAM = { text: 'rgb(29, 35, 43)', muted: 'rgb(77, 88, 102)', background: 'rgb(246, 241, 233)' };
const LEGEND = {
  unsure: 'Not sure yet (hatched)',
  skipped: 'Skipped (outlined dash)',
  unanswered: 'Not answered (empty outline)',
  compare: 'Spring 2026 (dashed outline)',
};
const HOSTILE = `</text><script>alert(1)</script> ]]> & "double" 'single' <svg onload="alert(2)"> <![CDATA[x]]>`;
/** A measure with round numbers: 0.5 em per character, 0.55 bold. */
const MEASURE = (text: string, px: number, bold?: boolean) => text.length * px * (bold ? 0.55 : 0.5);

let model: FrameworkModel;
let profile: Profile;

before(async () => {
  const load = async (name: string) => (await fetch(new URL(name, DATA))).text();
  model = parseFramework(await load('improvement-teams.json')).value!;
  profile = parseProfile(await load('improvement-teams.profile.json'), model).value!;
});

/** The improvement-teams sample with its sample profile (and its "Spring 2026" snapshot with `compare`). */
function sample(
  options: { compare?: boolean; colors?: ExportChart['colors']; locale?: string } = {},
): ExportChart {
  const locale = options.locale ?? 'en';
  const t = (v: Parameters<FrameworkModel['text']>[0]) => model.text(v, locale);
  const rankOf = (levelId: string | undefined) => (levelId ? model.level(levelId)?.rank : undefined);
  const snapshot = options.compare ? profile.snapshots?.find((s) => s.label === 'Spring 2026') : undefined;
  return {
    title: t(model.framework.title),
    description: '7 of 12 capacities rated at a level, 1 not sure yet.',
    levels: model.levels.map((l) => t(l.label)),
    groups: model.groups.map((g) => ({
      id: g.id,
      label: t(g.label),
      color: 'rgb(11, 107, 176)',
      bars: g.capacities.map((c) => {
        const rating = profile.ratings[c.id];
        const status = (rating?.status ?? 'unanswered') as ExportStatus;
        const rank = rankOf(rating?.levelId);
        return {
          id: c.id,
          label: t(c.label),
          status,
          rank,
          compareRank: rankOf(snapshot?.ratings[c.id]?.levelId),
          value: rank !== undefined ? `${t(model.levels[rank].label)} (${rank + 1} of 4)` : status,
        };
      }),
    })),
    legend: LEGEND,
    colors: options.colors ?? LIGHT,
    fontFamily: 'system-ui, "Segoe UI", Roboto',
    lang: locale,
  };
}

/** A made-up chart: `groups` × `perGroup` capacities cycling through every state. */
function made(groups: number, perGroup: number, label = (g: number, c: number) => `Capacity ${g}.${c}`) {
  const states: ExportStatus[] = ['rated', 'unsure', 'rated', 'skipped', 'unanswered'];
  const chart: ExportChart = {
    title: 'Made-up framework',
    description: 'A chart for tests.',
    levels: ['Beginning', 'Developing', 'Practicing', 'Leading'],
    groups: Array.from({ length: groups }, (_, g) => ({
      id: `g${g}`,
      label: `Group ${g}`,
      color: 'rgb(180, 73, 15)',
      bars: Array.from({ length: perGroup }, (_, c) => {
        const status = states[(g + c) % states.length];
        return {
          id: `c${g}-${c}`,
          label: label(g, c),
          status,
          rank: status === 'rated' ? c % 4 : undefined,
          value: status,
        };
      }),
    })),
    legend: LEGEND,
    colors: LIGHT,
    fontFamily: 'sans-serif',
  };
  return chart;
}

/** The document, failing the test on a parser error. */
function parse(svg: string): Document {
  const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
  expect(doc.querySelector('parsererror'), doc.querySelector('parsererror')?.textContent ?? '').to.equal(
    null,
  );
  expect(doc.documentElement.localName).to.equal('svg');
  return doc;
}

/** The text of each `<text>` element (its lines joined by a space, no-break spaces read as spaces). */
const textsOf = (doc: ParentNode) =>
  [...doc.querySelectorAll('text')].map((t) =>
    [...t.querySelectorAll('tspan')].map((s) => s.textContent.replace(/\u00a0/g, ' ')).join(' '),
  );

/** The text element whose lines read `text`. */
const textElement = (doc: Document, text: string, root: ParentNode = doc) =>
  [...root.querySelectorAll('text')].find(
    (t) =>
      [...t.querySelectorAll('tspan')].map((s) => s.textContent.replace(/\u00a0/g, ' ')).join(' ') === text,
  );

const num = (el: Element, name: string) => Number(el.getAttribute(name));
/** The start and end x of a mark drawn as a path "M x y H x1 …". */
const span = (el: Element) => {
  const [, x0, x1] = /^M(-?[\d.]+) [\d.-]+H(-?[\d.]+)/.exec(el.getAttribute('d')!)!.map(Number);
  return { x0, x1 };
};

/** The width of one level column: the distance between two guide lines (vertical paths "M x y V y1"). */
function columnWidth(doc: Document): number {
  const xs = [...doc.querySelectorAll('g > path')].flatMap((p) => {
    const m = /^M([\d.]+) [\d.]+V/.exec(p.getAttribute('d')!);
    return m ? [Number(m[1])] : [];
  });
  const sorted = [...new Set(xs)].sort((a, b) => a - b);
  return sorted[1] - sorted[0];
}

/** WCAG contrast of two `rgb()` colors. */
function contrast(a: string, b: string): number {
  const lum = (c: string) => {
    const [r, g, bl] = c
      .match(/[\d.]+/g)!
      .slice(0, 3)
      .map((v) => Number(v) / 255)
      .map((v) => (v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4));
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

const mounted: Element[] = [];
afterEach(() => mounted.splice(0).forEach((el) => el.remove()));

/** Mounts the SVG in the page (for layout boxes); removed after the test. */
function mount(svg: string): SVGSVGElement {
  const host = document.createElement('div');
  host.innerHTML = svg;
  document.body.append(host);
  // The test page's hostile stylesheet hides every svg; the rest of it (fonts, spacing) stays on.
  host.querySelector('svg')!.style.display = 'block';
  mounted.push(host);
  return host.querySelector('svg')!;
}

describe('chartSvg: the exported chart', () => {
  it('is an SVG document that parses, with its name, description and language', () => {
    const chart = sample();
    const doc = parse(chartSvg(chart));
    const root = doc.documentElement;
    expect(root.namespaceURI).to.equal('http://www.w3.org/2000/svg');
    expect(root.getAttribute('role')).to.equal('img');
    expect(root.getAttribute('lang')).to.equal('en');
    expect(num(root, 'width')).to.equal(960);
    expect(root.getAttribute('viewBox')).to.equal(`0 0 960 ${root.getAttribute('height')}`);
    expect(root.firstElementChild!.localName).to.equal('title');
    expect(root.querySelector('title')!.textContent).to.equal(chart.title);
    expect(root.querySelector('desc')!.textContent).to.equal(chart.description);
    expect(root.getAttribute('style')).to.include(`font:13px ${chart.fontFamily}, sans-serif;`);
  });

  for (const locale of ['en', 'es']) {
    it(`carries the title, the description and every label as text (${locale}, with a comparison)`, () => {
      const chart = sample({ compare: true, locale });
      const texts = textsOf(parse(chartSvg(chart)));
      const labels = [
        chart.title,
        chart.description,
        ...chart.levels,
        ...chart.groups.flatMap((g) => [g.label, ...g.bars.map((b) => b.label)]),
        ...Object.values(LEGEND),
      ];
      expect(labels.filter((l) => !texts.includes(l))).to.deep.equal([]);
    });
  }

  it('holds nothing that runs, styles from outside or reaches outside the file', () => {
    for (const svg of [
      chartSvg(sample({ compare: true })),
      chartSvg(made(3, 5)),
      chartSvg({ ...made(1, 5), rtl: true }),
    ]) {
      const doc = parse(svg);
      expect(
        doc.querySelectorAll('script, foreignObject, style, image, use, a, iframe, link'),
      ).to.have.length(0);
      for (const el of doc.querySelectorAll('*'))
        for (const { name, value } of el.attributes) {
          expect(name.startsWith('on'), `${el.localName} ${name}`).to.equal(false);
          expect(name.endsWith('href'), `${el.localName} ${name}`).to.equal(false);
          for (const [, ref] of value.matchAll(/url\(([^)]*)\)/g)) expect(ref).to.match(/^#[\w-]+$/);
        }
      expect(svg.replace('xmlns="http://www.w3.org/2000/svg"', '')).not.to.match(
        /https?:|@import|javascript:/i,
      );
    }
  });

  it('keeps hostile labels as text', () => {
    const chart = made(2, 3, (g, c) => (c === 1 ? `${HOSTILE} ${g}` : `Capacity ${g}.${c}`));
    chart.title = HOSTILE;
    chart.description = `${HOSTILE} description`;
    chart.groups[0].label = `${HOSTILE} group`;
    chart.levels[2] = HOSTILE;
    chart.legend = { ...LEGEND, unsure: `${HOSTILE} unsure` };
    chart.lang = 'en" onload="alert(3)';
    chart.fontFamily = `"Evil", url(http://evil.example/font.woff) </svg>`;
    chart.groups[1].color = 'url(http://evil.example/#x)';
    chart.colors = { ...LIGHT, muted: 'red" onclick="alert(4)' };
    const svg = chartSvg(chart);
    const doc = parse(svg);
    expect(doc.querySelectorAll('script')).to.have.length(0);
    for (const el of doc.querySelectorAll('*'))
      for (const { name } of el.attributes)
        expect(name.startsWith('on'), `${el.localName} ${name}`).to.equal(false);
    expect(svg).not.to.include('url(http');
    expect(doc.querySelector('title')!.textContent).to.equal(HOSTILE);
    const texts = textsOf(doc);
    for (const label of [
      HOSTILE,
      `${HOSTILE} description`,
      `${HOSTILE} group`,
      `${HOSTILE} 0`,
      `${HOSTILE} unsure`,
    ])
      expect(texts, label).to.include(label);
    // A hostile label is text wherever the file goes: inlined into an HTML page too.
    const root = mount(svg);
    expect(root.querySelectorAll('script')).to.have.length(0);
    expect(root.querySelector('title')!.textContent).to.equal(HOSTILE);
  });

  it('drops characters XML does not allow rather than writing a file that does not parse', () => {
    const chart = made(1, 2, (_, c) => `Capacity\u0001 ${c}\u0008`);
    const texts = textsOf(parse(chartSvg(chart)));
    expect(texts).to.include('Capacity 0').and.include('Capacity 1');
  });

  it('wraps long names at word boundaries, never wider than their column', () => {
    const long =
      'Building a shared and deliberately inclusive understanding of the problem with students, families and staff';
    const chart = made(2, 3, (g, c) => (c === 0 ? `${long} ${g}` : `Capacity ${g}.${c}`));
    for (const width of [960, 600, 360]) {
      const doc = parse(chartSvg(chart, { width, measure: MEASURE }));
      const text = textElement(doc, `${long} 0`)!;
      expect(text, `${width}px`).to.exist;
      const lines = [...text.querySelectorAll('tspan')];
      expect(lines.length, `${width}px`).to.be.greaterThan(1);
      const nameX = num(lines[0], 'x');
      const plotX = Math.min(...[...doc.querySelectorAll('[data-mark=rated]')].map((b) => span(b).x0));
      for (const line of lines) {
        expect(MEASURE(line.textContent, 13), `${width}px: "${line.textContent}"`).to.be.at.most(
          plotX - nameX,
        );
        expect(long.split(' '), `${width}px: "${line.textContent}"`).to.include.members(
          line.textContent.split(' ').slice(0, -1),
        );
      }
      // The row grows with its lines: the next name starts below the last line.
      const next = textElement(doc, 'Capacity 0.1')!.querySelector('tspan')!;
      expect(num(next, 'y') - num(lines.at(-1)!, 'y'), `${width}px`).to.be.at.least(13);
    }
  });

  it('wraps level names in their columns, or numbers the columns and adds a key', () => {
    const chart = made(1, 5);
    chart.levels = ['Just getting started', 'Developing practice', 'Practicing routinely', 'Leading others'];
    let doc = parse(chartSvg(chart, { measure: MEASURE }));
    const col = columnWidth(doc);
    for (const level of chart.levels) {
      const lines = [...textElement(doc, level)!.querySelectorAll('tspan')].map((t) => t.textContent);
      for (const line of lines) expect(MEASURE(line, 12, true), line).to.be.at.most(col);
    }
    chart.levels = ['Beginning', 'Developing', 'Extraordinarilyproficient', 'Leading'];
    doc = parse(chartSvg(chart, { width: 480, measure: MEASURE }));
    const texts = textsOf(doc);
    expect(texts).to.include.members(['1', '2', '3', '4']);
    expect(
      texts.some((t) => t.includes('1 Beginning · 2 Developing · 3 Extraordinarilyproficient · 4 Leading')),
    ).to.equal(true);
  });

  it('draws not sure and skipped as short, distinct marks at the baseline; rated bars end at their level', () => {
    const chart = made(2, 5);
    const doc = parse(chartSvg(chart, { width: 480 }));
    const col = columnWidth(doc);
    const unsure = [...doc.querySelectorAll('rect[data-mark=unsure]')];
    const skipped = [...doc.querySelectorAll('rect[data-mark=skipped]')];
    expect(unsure.length).to.be.greaterThan(1);
    expect(skipped.length).to.be.greaterThan(1);
    for (const mark of [...unsure, ...skipped]) expect(num(mark, 'width')).to.be.below(col * 0.5);
    for (const mark of unsure) expect(mark.getAttribute('fill')).to.match(/^url\(#bp-hatch-[\w-]+\)$/);
    for (const mark of skipped) {
      expect(mark.getAttribute('fill')).to.equal('none');
      expect(mark.nextElementSibling!.localName, 'the dash inside the pill').to.equal('path');
    }
    const hatch = unsure[0].getAttribute('fill')!.slice(4, -1);
    expect(doc.querySelector(`pattern${hatch}`), 'the hatch pattern').to.exist;
    const rated = [...doc.querySelectorAll('[data-mark=rated]')];
    const plotX = Math.min(...rated.map((b) => span(b).x0));
    const bars = chart.groups.flatMap((g) => g.bars).filter((b) => b.status === 'rated');
    expect(rated).to.have.length(bars.length);
    rated.forEach((b, i) => expect(span(b).x1 + 10).to.be.closeTo(plotX + col * (bars[i].rank! + 1), 0.5));
  });

  for (const [name, colors] of Object.entries({ light: LIGHT, cream: CREAM, dark: DARK })) {
    it(`outlines and marks have at least 3:1 contrast on a ${name} background`, () => {
      const doc = parse(chartSvg({ ...made(2, 5), colors }));
      const marks = doc.querySelectorAll('[data-mark=unanswered], [data-mark=unsure], [data-mark=skipped]');
      expect(marks.length).to.be.greaterThan(3);
      for (const mark of marks)
        expect(contrast(mark.getAttribute('stroke')!, colors.background)).to.be.at.least(3);
    });
  }

  it('draws a comparison as a dashed outline to the earlier level', () => {
    const chart = sample({ compare: true });
    const doc = parse(chartSvg(chart));
    const outlines = doc.querySelectorAll('path[data-mark=compare]');
    const compared = chart.groups.flatMap((g) => g.bars).filter((b) => b.compareRank !== undefined);
    expect(outlines).to.have.length(compared.length);
    for (const o of outlines) expect(o.getAttribute('stroke-dasharray')).to.exist;
    expect(textsOf(doc)).to.include(LEGEND.compare);
  });

  it('lists only the states the chart shows in its key', () => {
    const chart = made(1, 1);
    const texts = textsOf(parse(chartSvg(chart)));
    expect(texts).to.include('Group 0');
    expect(texts).not.to.include(LEGEND.unsure);
    expect(texts).not.to.include(LEGEND.compare);
  });

  it('draws a 60-capacity framework, growing in height', () => {
    const chart = made(
      6,
      10,
      (g, c) => `Capacity ${g}.${c} ${c % 3 ? 'short' : 'with a much longer descriptive name'}`,
    );
    const svg = chartSvg(chart);
    const doc = parse(svg);
    const texts = textsOf(doc);
    const labels = chart.groups.flatMap((g) => g.bars.map((b) => b.label));
    expect(labels).to.have.length(60);
    expect(labels.filter((l) => !texts.includes(l))).to.deep.equal([]);
    expect(num(doc.documentElement, 'height')).to.be.greaterThan(60 * 32);
    const root = mount(svg);
    const box = root.getBBox();
    expect(box.y + box.height).to.be.at.most(num(root, 'height') + 0.5);
  });

  it('mirrors for right-to-left: names on the right, bars growing leftwards', () => {
    const chart = sample();
    const ltr = mount(chartSvg(chart));
    const rtl = mount(chartSvg({ ...chart, rtl: true, lang: 'ar' }));
    expect(getComputedStyle(rtl).direction).to.equal('rtl');
    expect(getComputedStyle(ltr).direction).to.equal('ltr');
    const label = chart.groups[0].bars[0].label;
    const boxes = (root: SVGSVGElement) => ({
      name: textElement(root.ownerDocument, label, root)!.getBoundingClientRect(),
      bar: root.querySelector('[data-mark=rated]')!.getBoundingClientRect(),
    });
    const l = boxes(ltr);
    const r = boxes(rtl);
    expect(l.bar.left).to.be.greaterThan(l.name.right);
    expect(r.bar.right).to.be.lessThan(r.name.left);
    const width = ltr.getBoundingClientRect().width;
    const left = ltr.getBoundingClientRect().left;
    const rLeft = rtl.getBoundingClientRect().left;
    // The same geometry, mirrored.
    expect(r.bar.left - rLeft).to.be.closeTo(width - (l.bar.right - left), 1);
    expect(r.bar.width).to.be.closeTo(l.bar.width, 1);
    expect(r.name.right - rLeft).to.be.closeTo(width - (l.name.left - left), 2);
    // Every text stays inside the picture.
    for (const t of rtl.querySelectorAll('text')) {
      const box = t.getBoundingClientRect();
      expect(box.left, t.textContent).to.be.at.least(rLeft);
      expect(box.right, t.textContent).to.be.at.most(rLeft + width);
    }
  });

  it('gives the hatch pattern an id that differs between charts', () => {
    const id = (svg: string) => parse(svg).querySelector('pattern')!.id;
    expect(id(chartSvg(made(1, 5)))).to.equal(id(chartSvg(made(1, 5))));
    expect(id(chartSvg(made(1, 5)))).not.to.equal(id(chartSvg({ ...made(1, 5), colors: DARK })));
    expect(id(chartSvg(made(1, 5)))).to.match(/^bp-hatch-[\w-]+$/);
  });
});

describe('canvasMeasure', () => {
  it('measures with the page font and never less than plain sans-serif', () => {
    const measure = canvasMeasure('system-ui, sans-serif')!;
    expect(measure).to.be.a('function');
    const ctx = new OffscreenCanvas(1, 1).getContext('2d')!;
    ctx.font = '14px sans-serif';
    expect(measure('Seeing the Problem', 14)).to.be.at.least(ctx.measureText('Seeing the Problem').width);
    expect(measure('Seeing the Problem', 14, true)).to.be.greaterThan(measure('Seeing the Problem', 14));
  });

  it('lays out every sample text within the picture', () => {
    const svg = chartSvg(sample(), { measure: canvasMeasure('system-ui, "Segoe UI", Roboto') });
    const root = mount(svg);
    const frame = root.getBoundingClientRect();
    for (const t of root.querySelectorAll('text')) {
      const box = t.getBoundingClientRect();
      expect(box.left, t.textContent).to.be.at.least(frame.left);
      expect(box.right, t.textContent).to.be.at.most(frame.right);
    }
  });
});

describe('svgToPng', () => {
  it('returns a PNG of the chart at twice its size by default', async () => {
    const svg = chartSvg(sample());
    const png = await svgToPng(svg);
    expect(png.type).to.equal('image/png');
    expect(png.size).to.be.greaterThan(1000);
    const image = await createImageBitmap(png);
    expect(image.width).to.equal(1920);
    expect(image.height).to.equal(2 * num(parse(svg).documentElement, 'height'));
    const one = await createImageBitmap(await svgToPng(svg, { scale: 1 }));
    expect(one.width).to.equal(960);
  });

  it('paints the background and the bars (the picture is not blank)', async () => {
    const chart = { ...made(1, 1), colors: DARK };
    const image = await createImageBitmap(await svgToPng(chartSvg(chart), { scale: 1 }));
    const ctx = new OffscreenCanvas(image.width, image.height).getContext('2d')!;
    ctx.drawImage(image, 0, 0);
    expect([...ctx.getImageData(2, 2, 1, 1).data]).to.deep.equal([26, 31, 39, 255]);
    const row = ctx.getImageData(0, 0, image.width, image.height).data;
    let colored = 0;
    for (let i = 0; i < row.length; i += 4)
      if (row[i] === 180 && row[i + 1] === 73 && row[i + 2] === 15) colored++;
    expect(colored, 'pixels in the group color').to.be.greaterThan(100);
  });

  it('rejects with a clear error when the SVG does not load', async () => {
    let error: unknown;
    await svgToPng('<svg xmlns="http://www.w3.org/2000/svg"><rect').catch((e: unknown) => (error = e));
    expect(error).to.be.instanceOf(Error);
    expect((error as Error).message).to.match(/failed to load/);
  });
});
