/**
 * "Download the chart" for <blueprint-bars>: `chartSvg` builds a standalone SVG document from a plain
 * description of the chart (string building only, no DOM: it also runs in Node); `svgToPng` rasterizes it
 * (browser only); `canvasMeasure` measures text for the wrapping.
 *
 * The file carries its title, description and every label as text (`<text>`/`<tspan>`, escaped); it is
 * styled by presentation attributes and inline `style` (the font, so that an inlined copy keeps it under a
 * page's `* { font: inherit }`), and holds nothing that reaches outside it: no `<style>`, no script, no
 * `<foreignObject>`, no event handler, no external reference, no web font (the font stack ends with
 * `sans-serif`). The one id, the hatch pattern's, is named after the pattern's color: two exports inlined
 * in one page never point at a pattern that differs from their own. Horizontal bars, one row per capacity,
 * under group headings; right-to-left mirrors the shapes and anchors the text at the right.
 */

import { canvasMeasure as measureWith } from '../../internal/text-measure.js';

export type ExportStatus = 'rated' | 'unsure' | 'skipped' | 'unanswered';

export interface ExportBar {
  id: string;
  label: string;
  status: ExportStatus;
  /** 0-based level rank when rated */
  rank?: number;
  /** rank of a comparison snapshot, drawn as a dashed outline */
  compareRank?: number;
  /** e.g. "Developing (2 of 4)", "Not sure yet" */
  value: string;
}

export interface ExportGroup {
  id: string;
  label: string;
  /** resolved CSS color, e.g. "rgb(30, 111, 168)" */
  color: string;
  bars: ExportBar[];
}

export interface ExportChart {
  title: string;
  description: string;
  /** level names, lowest first */
  levels: string[];
  groups: ExportGroup[];
  legend: { unsure: string; skipped: string; unanswered: string; compare?: string };
  /** Resolved colors (`rgb()`/`rgba()` or `#hex` let the outlines be mixed to 3:1; a transparent background
   * becomes white). */
  colors: { text: string; muted: string; background: string };
  /** The computed font stack; `sans-serif` is appended unless it ends with it. */
  fontFamily: string;
  lang?: string;
  rtl?: boolean;
}

/** The width of `text` at `fontPx` CSS pixels, in CSS pixels. */
export type Measure = (text: string, fontPx: number, bold?: boolean) => number;

/** Text and attribute values: XML-escaped, without the control characters XML 1.0 does not allow. */
const esc = (s: string) =>
  // eslint-disable-next-line no-control-regex -- removing them is the point
  s.replace(/[\0-\x08\v\f\x0e-\x1f\ufffe\uffff]/g, '').replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** [r, g, b, alpha] of an `rgb()` or `rgba()` color (what getComputedStyle gives); else undefined. */
function rgba(c: string): number[] | undefined {
  const n = /^rgba?\(([^)]*)\)$/i
    .exec(c.trim())?.[1]
    .split(/[\s,/]+/)
    .map(parseFloat);
  return n && n.length > 2 ? n : undefined;
}

const luminance = (c: number[]) =>
  c
    .slice(0, 3)
    .map((v) => ((v /= 255) <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4))
    .reduce((sum, v, i) => sum + v * [0.2126, 0.7152, 0.0722][i], 0);

/** `fg` mixed into `bg` (share of `fg` from `share` up) until it has `min` contrast with `bg`. */
function mix(fg: string, bg: string, share: number, min = 0): string {
  const f = rgba(fg);
  const b = rgba(bg);
  if (!f || !b) return min ? fg : `color-mix(in srgb,${fg} ${share * 100}%,${bg})`;
  for (let t = share; ; t += 0.05) {
    const m = f.slice(0, 3).map((v, i) => Math.round(v * t + b[i] * (1 - t)));
    const [hi, lo] = [luminance(m), luminance(b)].sort((x, y) => y - x);
    if (t > 0.99 || (hi + 0.05) / (lo + 0.05) >= min) return `rgb(${m.join()})`;
  }
}

/** Only plain color syntax reaches the file (never `url(…)` or `var(…)`, which would reach outside it). */
const paint = (c: string, fallback: string) => (/^(?!.*(url|var))[#\w(),.%\s/-]+$/i.test(c) ? c : fallback);

/** Numbers in attribute values to one decimal (truncated: a tenth of a pixel is below what shows). */
const tenths = (s: string) => s.replace(/(\.\d)\d+/g, '$1');

/** A standalone SVG document of the chart (default width 960 CSS pixels; the height follows the content). */
export function chartSvg(chart: ExportChart, options: { width?: number; measure?: Measure } = {}): string {
  const W = options.width ?? 960;
  const measure: Measure = options.measure ?? ((t, px, bold) => t.length * px * (bold ? 0.66 : 0.6));
  const { rtl, levels, groups, legend } = chart;
  const WHITE = 'rgb(255,255,255)';
  const ink = paint(chart.colors.text, 'rgb(29,35,43)');
  const muted = paint(chart.colors.muted, ink);
  const bgc = paint(chart.colors.background, WHITE);
  const bg = rgba(bgc)?.[3] === 0 ? WHITE : bgc;
  const line = mix(ink, bg, 0.5, 3); // outlines and marks: at least 3:1 against the background
  const grid = mix(ink, bg, 0.16);
  const track = mix(ink, bg, 0.07);
  // The pattern's one variable is its color: ids that collide (two copies inlined in a page) name equal patterns.
  const hatch = `bp-hatch-${line.replace(/\W+/g, '-')}`;
  const font = chart.fontFamily.replace(/[^-\w\s,"'.\u00a0-\uffff]|\s*,?\s*sans-serif\s*$/g, '');
  const P = 32;
  const inner = W - 2 * P;
  let shapes = '';
  let texts = '';
  let y = P;

  /** Words on lines no wider than `max` (a line breaks only between words; U+00A0 binds). */
  const wrap = (s: string, max: number, px: number, bold?: boolean) => {
    const lines: string[] = [];
    let now = '';
    for (const word of s.split(/[^\S\u00a0]+/).filter(Boolean)) {
      const next = now ? `${now} ${word}` : word;
      if (now && measure(next, px, bold) > max) {
        lines.push(now);
        now = word;
      } else now = next;
    }
    return [...lines, now];
  };
  /** Lines of text from `top` (line height 1.3), centered in `box` px when given; returns their height. Size and
   * weight as inline style: an inlined copy keeps them under a page's `* { font: inherit }`. */
  const say = (lines: string[], x: number, top: number, px: number, bold?: boolean, attrs = '', box = 0) => {
    const lh = px * 1.3;
    const h = lines.length * lh;
    const spans = lines.map(
      (l, i) =>
        `${tenths(`<tspan x="${rtl ? W - x : x}" y="${top + (box && (box - h) / 2) + i * lh + lh / 2 + px * 0.35}">`)}${esc(l)}</tspan>`,
    );
    texts += `<text style="font-size:${px}px${bold ? ';font-weight:700' : ''}"${attrs}>${spans.join('')}</text>`;
    return h;
  };
  const el = (name: string, attrs: Record<string, string | number>) =>
    `<${name}${Object.entries(attrs)
      .map(([k, v]) => ` ${k}="${tenths(esc(`${v}`))}"`)
      .join('')}/>`;
  /** A bar from x0 to x1, square at its start and round at its far end. */
  const bar = (x0: number, x1: number, top: number, h: number, attrs: Record<string, string | number>) => {
    const r = Math.min(h / 2, (x1 - x0) / 2);
    const d = `M${x0} ${top}H${x1 - r}A${r} ${h / 2} 0 0 1 ${x1 - r} ${top + h}H${x0}Z`;
    return el('path', { d, ...attrs });
  };
  const MUTED = ` fill="${esc(muted)}"`;
  const OUTLINE = { fill: 'none', stroke: line, 'stroke-width': 1.5 };
  const STYLE: Record<string, Record<string, string | number>> = {
    unanswered: { ...OUTLINE, 'stroke-dasharray': '4 3' },
    compare: { ...OUTLINE, stroke: ink, 'stroke-dasharray': '5 3' },
    unsure: { ...OUTLINE, fill: `url(#${hatch})` },
    skipped: OUTLINE,
  };
  /** The mark of a state (or a group's swatch), `w` wide and `h` high from (x, top). */
  const symbol = (kind: string, x: number, top: number, w: number, h: number, fill = ink) => {
    const pill = kind === 'skipped' ? 2 : 0;
    const box = { x, y: top + pill, width: w, height: h - 2 * pill, rx: pill ? h / 2 - 2 : 3, fill };
    return (
      el('rect', { 'data-mark': kind, ...box, ...STYLE[kind] }) +
      (pill
        ? el('path', { d: `M${x + w * 0.3} ${top + h / 2}h${w * 0.4}`, ...OUTLINE, 'stroke-width': 2 })
        : '')
    );
  };

  y += say(wrap(chart.title, inner, 22, true), P, y, 22, true) + 4;
  y += say(wrap(chart.description, inner, 14), P, y, 14, false, MUTED) + 24;

  // Columns: the capacity names (at least as wide as their longest word), then one column per level.
  const NAME = 13;
  const bars = groups.flatMap((g) => g.bars);
  const widest = Math.max(...bars.flatMap((b) => wrap(b.label, 0, NAME).map((w) => measure(w, NAME))));
  const nameX = P + 16;
  const nameW = Math.min(inner * 0.55, Math.max(Math.min(inner * 0.4, 150), inner * 0.28, widest));
  const plotX = nameX + nameW + 16;
  const plotW = W - P - plotX;
  const n = Math.max(1, levels.length);
  const col = plotW / n;
  const end = (rank: number) => plotX + col * (Math.min(n - 1, Math.max(0, rank)) + 1);
  const short = Math.min(col * 0.45, 30); // the unsure and skipped marks: never read as a level

  // The level axis: names wrapped in their columns, else numbers and a key line.
  const LEVEL = 12;
  let heads = levels.map((l) => wrap(l, col - 8, LEVEL, true));
  if (heads.some((ls) => ls.some((l) => measure(l, LEVEL, true) > col - 8))) {
    heads = levels.map((_, i) => [`${i + 1}`]);
    const key = levels.map((l, i) => `${i + 1}\u00a0${l}`).join('\u00a0· ');
    y += say(wrap(key, inner, LEVEL), P, y, LEVEL, false, MUTED) + 8;
  }
  const headH = Math.max(1, ...heads.map((h) => h.length)) * LEVEL * 1.3;
  heads.forEach((ls, i) =>
    say(
      ls,
      plotX + col * (i + 0.5),
      y + headH - ls.length * LEVEL * 1.3,
      LEVEL,
      true,
      ' text-anchor="middle"',
    ),
  );
  y += headH + 10;

  const BAR = 20;
  const VALUE = 12;
  const present = new Set<string>();
  for (const g of groups) {
    const color = paint(g.color, ink);
    const top = y;
    y += say(wrap(g.label, W - P - nameX, 14, true), nameX, y, 14, true) + 6;
    const rows = y;
    let marks = '';
    for (const b of g.bars) {
      const names = wrap(b.label, nameW, NAME);
      const rated = b.status === 'rated' && b.rank != null;
      const kind = rated ? 'rated' : b.status === 'rated' ? 'unanswered' : b.status;
      const after = plotX + (kind === 'unanswered' ? 10 : short + 8);
      const values = rated ? [] : wrap(b.value, W - P - after - 4, VALUE);
      const h = Math.max(BAR + 12, names.length * NAME * 1.3 + 10, values.length * VALUE * 1.3 + 10);
      say(names, nameX, y, NAME, false, '', h);
      const by = y + (h - BAR) / 2;
      present.add(kind);
      marks += bar(
        plotX,
        W - P,
        by,
        BAR,
        kind === 'unanswered' ? { 'data-mark': kind, ...STYLE[kind] } : { fill: track },
      );
      if (rated) {
        const inset = b.compareRank != null ? 4 : 0;
        marks += bar(plotX, end(b.rank!), by + inset, BAR - 2 * inset, {
          fill: color,
          'data-mark': 'rated',
        });
      } else if (kind !== 'unanswered') marks += symbol(kind, plotX, by, short, BAR);
      if (b.compareRank != null) {
        present.add('compare');
        marks += bar(plotX, end(b.compareRank), by - 2, BAR + 4, {
          'data-mark': 'compare',
          ...STYLE.compare,
        });
      }
      say(values, after, y, VALUE, false, MUTED, h);
      y += h;
    }
    for (let i = 0; i <= n; i++)
      shapes += el('path', { d: `M${plotX + col * i} ${rows}V${y}`, stroke: i ? grid : line });
    shapes += el('rect', { x: P, y: top, width: 4, height: y - top, rx: 2, fill: color }) + marks;
    y += 16;
  }

  // The key: the groups, then the states the chart shows.
  shapes += el('path', { d: `M${P} ${y}H${W - P}`, stroke: grid });
  y += 16;
  const items: [string, string, string?][] = groups.map((g) => ['group', g.label, paint(g.color, ink)]);
  for (const kind of ['unsure', 'skipped', 'unanswered', 'compare'] as const)
    if (present.has(kind) && legend[kind]) items.push([kind, legend[kind]]);
  let x = P;
  let rowH = 0;
  for (const [kind, label, color] of items) {
    const ls = wrap(label, inner - 26, VALUE);
    const w = 46 + Math.max(...ls.map((l) => measure(l, VALUE)));
    if (x > P && x + w - 20 > W - P) {
      x = P;
      y += rowH + 6;
      rowH = 0;
    }
    shapes += symbol(kind, x, y + 1, 18, 14, color);
    say(ls, x + 26, y, VALUE);
    rowH = Math.max(rowH, ls.length * VALUE * 1.3, 16);
    x += w;
  }
  const H = Math.ceil(y + rowH + P);

  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}" role="img"` +
    (chart.lang ? ` lang="${esc(chart.lang)}"` : '') +
    ` style="${esc(`font:13px ${font ? `${font}, ` : ''}sans-serif;letter-spacing:0;word-spacing:0;text-transform:none${rtl ? ';direction:rtl' : ''}`)}" fill="${esc(ink)}">` +
    `<title>${esc(chart.title)}</title><desc>${esc(chart.description)}</desc>` +
    `<defs><pattern id="${hatch}" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">` +
    `${el('path', { d: 'M0 0V6', stroke: line, 'stroke-width': 2.5 })}</pattern></defs>` +
    el('rect', { width: W, height: H, fill: bg }) +
    `<g${rtl ? ` transform="matrix(-1 0 0 1 ${W} 0)"` : ''}>${shapes}</g>${texts}</svg>`
  );
}

/** Text widths from the canvas measure the chart's layout uses (src/internal/text-measure.ts): the wider of
 * the page font and plain sans-serif, plus 4 %, so the file's text still fits where the page font is missing.
 * Undefined without OffscreenCanvas (Node). */
export function canvasMeasure(fontFamily: string): Measure | undefined {
  if (!globalThis.OffscreenCanvas) return undefined;
  const fonts = [fontFamily, 'sans-serif'].map((family) => measureWith(family, '400', '700'));
  return (text, px, bold) => 1.04 * Math.max(...fonts.map((measure) => measure(text, px, !!bold)));
}

/** The SVG rasterized to a PNG Blob at `scale` device pixels per CSS pixel (default 2). Browser only: the SVG
 * is drawn as an image from a blob: URL, which cannot load anything else. */
export async function svgToPng(svg: string, options: { scale?: number } = {}): Promise<Blob> {
  const scale = options.scale ?? 2;
  const img = new Image();
  img.src = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
  try {
    await img.decode().catch(() => {
      throw new Error('svgToPng: the SVG failed to load');
    });
    const canvas = new OffscreenCanvas(img.naturalWidth * scale, img.naturalHeight * scale);
    canvas.getContext('2d')!.drawImage(img, 0, 0, canvas.width, canvas.height);
    return await canvas.convertToBlob();
  } finally {
    URL.revokeObjectURL(img.src);
  }
}
