/**
 * Can a person read a label? Browser-side helpers that answer from where the text is actually drawn: each
 * word's DOM Range and its client rects (Range.getClientRects over the label's text nodes), never the label
 * element's box, which says nothing about wrapped, clipped or overflowing text.
 *
 * - `visibleText(el)`: the words of `el` a person can see, in order (an empty string: none);
 * - `splitWords(el)`: the words of `el` broken across lines;
 * - `textRects(el)`: where the text of `el` is visibly drawn (the visible part of a word cut off included);
 * - `overlaps(els)`: the pairs whose drawn text overlaps;
 * - `outside(host, els)`: the ones whose drawn text leaves `host`'s box;
 * - `labelProblems(host, names)`: all of it for `<blueprint-bars>`, as plain-language sentences, plus
 *   labels turned sideways or mirrored (`textRotation`).
 * `words(el)` is what they share: each word with its rects, its visible rects and why it is not visible.
 *
 * What "visible" means here: rendered (not `display: none`, not inside `content-visibility: hidden`), not
 * `visibility: hidden`, not under an ancestor with opacity 0, not drawn in a transparent color, at least
 * 1 px in each direction, and not cut off by an ancestor that clips its content (overflow other than
 * `visible`, `contain: paint`, `clip-path`, `clip`), taking the containing block into account (an
 * absolutely positioned label escapes the overflow of a static parent). Text scrolled out of an inner
 * scroll container counts as cut off; the page itself (the viewport, hence `html` and `body`) never clips:
 * a page scrolls. A word is visible only when every one of its characters is; text hidden behind an
 * ellipsis or past a line clamp is laid out outside the clipping box, so it counts as cut off.
 *
 * Words: runs of characters between white space (no-break spaces included), within one block (a block
 * box or a `<br>` ends a word); a word may span several text nodes and inline elements. A hard hyphen or
 * dash is a legitimate place for a line break ("Well-" / "being"), so the parts either side of one are
 * checked separately; a break anywhere else inside a word (hyphenation, `overflow-wrap`, `word-break`)
 * splits it. Soft hyphens and zero-width spaces are ignored when comparing text.
 *
 * Robust to right-to-left text (nothing depends on the inline direction), to scrolling (every rect is
 * compared with rects taken at the same moment), to text turned sideways (lines are then told apart
 * along the other axis), to empty and whitespace-only text nodes (skipped) and to zero-size rects
 * (collapsed spaces, ignored). Not covered: text painted over by another element, `::before`/`::after`
 * content (no Range reaches it).
 */

/** How far, in CSS px, two boxes may overlap, or text may pass an edge, before it counts. */
export const TOLERANCE = 1;

// ---- small geometry ---------------------------------------------------------------------------------

interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

const toDOMRect = (b: Box) => new DOMRect(b.left, b.top, b.right - b.left, b.bottom - b.top);

function intersect(a: Box, b: Box): Box {
  return {
    left: Math.max(a.left, b.left),
    top: Math.max(a.top, b.top),
    right: Math.min(a.right, b.right),
    bottom: Math.min(a.bottom, b.bottom),
  };
}

const widthOf = (b: Box) => Math.max(0, b.right - b.left);
const heightOf = (b: Box) => Math.max(0, b.bottom - b.top);

// ---- the flat tree ----------------------------------------------------------------------------------

/** The parent in the flat tree: the slot a node is assigned to, its parent element, or a shadow root's host. */
function flatParent(node: Node): Element | null {
  const slot = (node as Element | Text).assignedSlot;
  if (slot) return slot;
  if (node.parentElement) return node.parentElement;
  const parent = node.parentNode;
  return parent instanceof ShadowRoot ? parent.host : null;
}

/** The ancestors of `node` in the flat tree, nearest first, up to and including `<html>`. */
function ancestors(node: Node): Element[] {
  const found: Element[] = [];
  for (let a = flatParent(node); a; a = flatParent(a)) found.push(a);
  return found;
}

/** A short name for an element in messages: `div.clamp`, `span#x`, `blueprint-bars`. */
export function describeElement(el: Element): string {
  const id = el.id ? `#${el.id}` : '';
  const cls = [...el.classList].map((c) => `.${c}`).join('');
  const part = !id && !cls && el.getAttribute('part') ? `[part="${el.getAttribute('part')}"]` : '';
  return `${el.localName}${id}${cls}${part}`;
}

// ---- words ------------------------------------------------------------------------------------------

/** A piece of a word that lies in one text node. */
interface Piece {
  readonly node: Text;
  readonly start: number;
  readonly end: number;
}

/** A word of a label, with where it is drawn and, if a person cannot see all of it, why. */
export interface Word {
  /** The word as written (soft hyphens and zero-width spaces left out). */
  readonly text: string;
  /** Its parts between hard hyphens or dashes: each must stay on one line. Each part is a list of pieces. */
  readonly parts: readonly (readonly Piece[])[];
  /** Its client rects, as drawn (before clipping), zero-size rects left out. */
  readonly rects: readonly DOMRect[];
  /** What a person sees of it: each rect cut to the boxes that clip it (none when it is not painted). */
  readonly visibleRects: readonly DOMRect[];
  /** Why the word is not visible in full; undefined when it is. */
  readonly hidden: string | undefined;
}

const INVISIBLE_CHARS = /[\u00ad\u200b\u2060\ufeff]/g;
/** Break opportunities a reader expects inside a word: after a hyphen or a dash. */
const HARD_BREAK_AFTER = /[-\u2010\u2013\u2014]/;

/** True when an element's box breaks the text flow (a block, a flex or grid item's own box, a table cell). */
function isBlockLike(style: CSSStyleDeclaration): boolean {
  const d = style.display;
  return d !== 'contents' && !d.startsWith('inline') && d !== 'ruby' && d !== 'ruby-text';
}

/**
 * The text nodes under `el` in flat-tree order (shadow roots and slots followed), with a boundary mark
 * wherever a block-level box or a `<br>` separates them. Skips `display: none` subtrees (their text has no
 * rects: `visibleText` then misses it, which is the point) and script/style/template contents.
 */
function textFlow(el: Element): (Text | 'break')[] {
  const out: (Text | 'break')[] = [];
  const skip = new Set(['script', 'style', 'template', 'title', 'desc']);
  const visit = (node: Node) => {
    if (node instanceof Text) {
      out.push(node);
      return;
    }
    if (!(node instanceof Element)) return;
    if (skip.has(node.localName)) return;
    if (node.localName === 'br') {
      out.push('break');
      return;
    }
    const style = getComputedStyle(node);
    if (style.display === 'none') return;
    const block = isBlockLike(style);
    if (block) out.push('break');
    const children: Node[] =
      node instanceof HTMLSlotElement
        ? node.assignedNodes({ flatten: true }).length
          ? node.assignedNodes({ flatten: true })
          : [...node.childNodes]
        : node.shadowRoot
          ? [...node.shadowRoot.childNodes]
          : [...node.childNodes];
    for (const child of children) visit(child);
    if (block) out.push('break');
  };
  if (el.shadowRoot) for (const child of el.shadowRoot.childNodes) visit(child);
  else for (const child of el.childNodes) visit(child);
  return out;
}

/** The words of `el` as lists of pieces (a word can continue from one text node into the next). */
function wordPieces(el: Element): { text: string; pieces: Piece[] }[] {
  const words: { text: string; pieces: Piece[] }[] = [];
  let current: { text: string; pieces: Piece[] } | undefined;
  const end = () => {
    if (current && current.text.replace(INVISIBLE_CHARS, '')) words.push(current);
    current = undefined;
  };
  for (const item of textFlow(el)) {
    if (item === 'break') {
      end();
      continue;
    }
    const data = item.data;
    let i = 0;
    while (i < data.length) {
      if (/\s/.test(data[i])) {
        end();
        i++;
        continue;
      }
      let j = i;
      while (j < data.length && !/\s/.test(data[j])) j++;
      current ??= { text: '', pieces: [] };
      current.text += data.slice(i, j);
      current.pieces.push({ node: item, start: i, end: j });
      i = j;
    }
  }
  end();
  return words;
}

/** Splits a word's pieces after each hard hyphen or dash: the parts that must each stay on one line. */
function partsOf(pieces: readonly Piece[]): Piece[][] {
  const parts: Piece[][] = [[]];
  for (const p of pieces) {
    let from = p.start;
    for (let k = p.start; k < p.end; k++) {
      if (HARD_BREAK_AFTER.test(p.node.data[k]) && k + 1 < p.end) {
        parts[parts.length - 1].push({ node: p.node, start: from, end: k + 1 });
        parts.push([]);
        from = k + 1;
      }
    }
    parts[parts.length - 1].push({ node: p.node, start: from, end: p.end });
  }
  return parts.filter((part) => part.some((p) => p.end > p.start));
}

/** The client rects of some pieces of text, zero-size ones (collapsed or invisible characters) left out. */
function piecesRects(pieces: readonly Piece[]): DOMRect[] {
  const range = document.createRange();
  const rects: DOMRect[] = [];
  for (const p of pieces) {
    range.setStart(p.node, p.start);
    range.setEnd(p.node, p.end);
    for (const r of range.getClientRects()) if (r.width >= 0.5 && r.height >= 0.5) rects.push(r);
  }
  range.detach();
  return rects;
}

// ---- what hides text --------------------------------------------------------------------------------

/** The rotation of an element's own transform and `rotate`, in degrees; NaN for a mirror image. */
function ownRotation(style: CSSStyleDeclaration): number {
  let angle = 0;
  const t = style.transform;
  if (t && t !== 'none') {
    const m = new DOMMatrixReadOnly(t);
    const det = m.a * m.d - m.b * m.c;
    if (det < 0) return NaN;
    angle += (Math.atan2(m.b, m.a) * 180) / Math.PI;
  }
  const r = style.rotate;
  if (r && r !== 'none') {
    const match = /(-?[\d.]+)(deg|rad|turn|grad)\s*$/.exec(r);
    // Only a rotation about z turns text in the page's plane ("x 90deg" would fold it away).
    const axis = r.trim().split(/\s+/);
    if (match && (axis.length === 1 || axis[0] === 'z' || axis.slice(0, 3).join(' ') === '0 0 1')) {
      const v = parseFloat(match[1]);
      const unit = match[2];
      angle +=
        unit === 'deg' ? v : unit === 'rad' ? (v * 180) / Math.PI : unit === 'turn' ? v * 360 : v * 0.9;
    }
  }
  return angle;
}

/** Normalizes an angle to (-180, 180]. */
const normalAngle = (deg: number) => {
  const a = ((((deg + 180) % 360) + 360) % 360) - 180;
  return a === -180 ? 180 : a;
};

/**
 * How the text in `node` is turned on the page, in degrees (0: reads normally), from the vertical writing
 * modes and the rotations on the way up; NaN when it is mirrored.
 */
export function textRotation(node: Node): number {
  const parent = node instanceof Element ? node : flatParent(node);
  if (!parent) return 0;
  let angle = 0;
  const mode = getComputedStyle(parent).writingMode;
  if (mode.startsWith('vertical') || mode.startsWith('sideways')) angle += mode === 'sideways-lr' ? -90 : 90;
  for (const a of [parent, ...ancestors(parent)]) {
    const own = ownRotation(getComputedStyle(a));
    if (Number.isNaN(own)) return NaN;
    angle += own;
  }
  return normalAngle(angle);
}

/** Whether a color (a computed `color` value) is fully transparent. */
function transparentColor(color: string): boolean {
  if (color === 'transparent') return true;
  const slash = /\/\s*([\d.]+)(%?)\s*\)$/.exec(color);
  if (slash) return parseFloat(slash[1]) === 0;
  const rgba = /^rgba\([^)]*,\s*([\d.]+)\s*\)$/.exec(color);
  return rgba ? parseFloat(rgba[1]) === 0 : false;
}

/** Whether `el` establishes a containing block for absolutely (or, `fixed`, fixed) positioned descendants. */
function containsPositioned(el: Element, style: CSSStyleDeclaration, fixed: boolean): boolean {
  if (el === document.documentElement) return true;
  if (!fixed && style.position !== 'static') return true;
  const contain = style.contain;
  return (
    style.transform !== 'none' ||
    style.translate !== 'none' ||
    style.rotate !== 'none' ||
    style.scale !== 'none' ||
    style.perspective !== 'none' ||
    style.filter !== 'none' ||
    style.backdropFilter !== 'none' ||
    /\b(paint|layout|strict|content)\b/.test(contain) ||
    /\b(transform|filter|perspective)\b/.test(style.willChange) ||
    style.containerType === 'size' ||
    style.containerType === 'inline-size'
  );
}

/** The clip rect of `clip-path: inset(…)` on a box, or the box itself for any other clip-path shape. */
function clipPathBox(el: Element, clipPath: string): Box {
  const b = el.getBoundingClientRect();
  const m = /^inset\(([^)]*)\)/.exec(clipPath.trim());
  if (!m) return b;
  const values = m[1]
    .split(/\s+round\s+/)[0]
    .trim()
    .split(/\s+/);
  const [top, right = top, bottom = top, left = right] = values;
  const len = (v: string, size: number) =>
    v.endsWith('%') ? (parseFloat(v) / 100) * size : parseFloat(v) || 0;
  return {
    top: b.top + len(top, b.height),
    right: b.right - len(right, b.width),
    bottom: b.bottom - len(bottom, b.height),
    left: b.left + len(left, b.width),
  };
}

/** An ancestor that clips, and the box it clips to (each axis that it does not clip left unbounded). */
interface Clip {
  readonly el: Element;
  readonly box: Box;
  readonly why: string;
}

const UNBOUNDED = 1e7;

/** The clips that apply to text in `textParent`: overflow, contain: paint, clip-path, clip; nearest first. */
function clipsOf(textParent: Element): Clip[] {
  const clips: Clip[] = [];
  // What the text's containing block chain is: inline/static content is clipped by every ancestor; an
  // absolutely positioned box only by its containing block and what clips that.
  let escaping: 'none' | 'absolute' | 'fixed' = 'none';
  for (const el of [textParent, ...ancestors(textParent)]) {
    if (el === document.documentElement || el === document.body) break;
    const style = getComputedStyle(el);
    const clipsHere = escaping === 'none' || containsPositioned(el, style, escaping === 'fixed');
    if (clipsHere) {
      escaping = 'none';
      const r = el.getBoundingClientRect();
      // The padding box: border edges inward (client* exclude borders and scrollbars).
      const inner: Box = {
        left: r.left + el.clientLeft,
        top: r.top + el.clientTop,
        right: r.left + el.clientLeft + (el.clientWidth || r.width),
        bottom: r.top + el.clientTop + (el.clientHeight || r.height),
      };
      const ox = style.overflowX;
      const oy = style.overflowY;
      const paint = /\b(paint|strict|content)\b/.test(style.contain);
      if (ox !== 'visible' || oy !== 'visible' || paint) {
        const box: Box = {
          left: ox !== 'visible' || paint ? inner.left : -UNBOUNDED,
          right: ox !== 'visible' || paint ? inner.right : UNBOUNDED,
          top: oy !== 'visible' || paint ? inner.top : -UNBOUNDED,
          bottom: oy !== 'visible' || paint ? inner.bottom : UNBOUNDED,
        };
        // (One axis `hidden` makes the other's `visible` compute to `auto`: that box clips, it does not scroll.)
        const scrolls = !paint && [ox, oy].every((o) => o === 'auto' || o === 'scroll');
        const kind = paint ? 'contain: paint' : `overflow ${ox === oy ? ox : `${ox} ${oy}`}`;
        clips.push({
          el,
          box,
          why: scrolls
            ? `scrolled out of view in ${describeElement(el)}`
            : `cut off by ${describeElement(el)} (${kind})`,
        });
      }
      if (style.clipPath && style.clipPath !== 'none')
        clips.push({
          el,
          box: clipPathBox(el, style.clipPath),
          why: `cut off by ${describeElement(el)} (clip-path)`,
        });
      const clip = /^rect\(([^)]*)\)$/.exec(style.clip);
      if (clip && (style.position === 'absolute' || style.position === 'fixed')) {
        const [t, rt, b, l] = clip[1].split(/[\s,]+/).map((v) => (v === 'auto' ? NaN : parseFloat(v)));
        clips.push({
          el,
          box: {
            top: Number.isNaN(t) ? r.top : r.top + t,
            right: Number.isNaN(rt) ? r.right : r.left + rt,
            bottom: Number.isNaN(b) ? r.bottom : r.top + b,
            left: Number.isNaN(l) ? r.left : r.left + l,
          },
          why: `cut off by ${describeElement(el)} (clip)`,
        });
      }
    }
    // What comes above this element clips it only if it is in its containing block chain.
    if (style.position === 'absolute' && escaping !== 'fixed') escaping = 'absolute';
    else if (style.position === 'fixed') escaping = 'fixed';
  }
  return clips;
}

/** Why text in `textParent` is invisible whatever its box (visibility, opacity, color); undefined if none. */
function paintedInvisibly(textParent: Element): string | undefined {
  const style = getComputedStyle(textParent);
  if (style.visibility !== 'visible') return `visibility: ${style.visibility}`;
  if (transparentColor(style.color)) return 'transparent text color';
  const fill = style.getPropertyValue('-webkit-text-fill-color');
  if (fill && transparentColor(fill)) return 'transparent text fill';
  for (const a of [textParent, ...ancestors(textParent)]) {
    const s = a === textParent ? style : getComputedStyle(a);
    if (parseFloat(s.opacity) < 0.1) return `opacity ${s.opacity} on ${describeElement(a)}`;
    if (s.contentVisibility === 'hidden') return `content-visibility: hidden on ${describeElement(a)}`;
  }
  return undefined;
}

/** Every word of `el`: its text, where it is drawn, what of it a person sees, and why not all of it. */
export function words(el: Element): Word[] {
  const clipCache = new Map<Element, Clip[]>();
  const paintCache = new Map<Element, string | undefined>();
  return wordPieces(el).map(({ text, pieces }) => {
    const rects = piecesRects(pieces);
    const clean = text.replace(INVISIBLE_CHARS, '');
    const parts = partsOf(pieces);
    if (!rects.length)
      return { text: clean, parts, rects, visibleRects: [], hidden: 'not rendered (no size)' };
    let invisible: string | undefined;
    for (const p of pieces) {
      const parent = flatParent(p.node);
      if (!parent) continue;
      if (!paintCache.has(parent)) paintCache.set(parent, paintedInvisibly(parent));
      invisible ??= paintCache.get(parent);
    }
    if (invisible) return { text: clean, parts, rects, visibleRects: [], hidden: invisible };
    let hidden: string | undefined;
    const visibleRects: DOMRect[] = [];
    // Each piece's rects against the clips of its own parent (pieces may sit in differently clipped spans).
    for (const p of pieces) {
      const parent = flatParent(p.node);
      if (!parent) continue;
      if (!clipCache.has(parent)) clipCache.set(parent, clipsOf(parent));
      const clips = clipCache.get(parent)!;
      for (const r of piecesRects([p])) {
        let seen: Box = r;
        for (const c of clips) {
          const cut = intersect(seen, c.box);
          const lost = widthOf(seen) - widthOf(cut) > TOLERANCE || heightOf(seen) - heightOf(cut) > TOLERANCE;
          if (lost) hidden ??= c.why;
          seen = cut;
        }
        if (widthOf(seen) > 0 && heightOf(seen) > 0) visibleRects.push(toDOMRect(seen));
      }
    }
    if (!hidden && rects.every((r) => r.width < 1 || r.height < 1)) hidden = 'zero size';
    // A word cut off still shows its visible part ("Improvem…"), which can overlap other text.
    return { text: clean, parts, rects, visibleRects, hidden };
  });
}

// ---- the helpers ------------------------------------------------------------------------------------

/** Collapses white space (no-break spaces too) and drops soft hyphens and zero-width characters. */
export const normalizeText = (s: string) => s.replace(INVISIBLE_CHARS, '').replace(/\s+/g, ' ').trim();

/**
 * The text of `el` that a person can see: its visible words in order, one space apart. A word cut off,
 * hidden, transparent or of zero size is left out; an empty string means nothing of `el` is visible.
 * A `title` or `aria-label` is not text on the page and never counts.
 */
export function visibleText(el: Element): string {
  return words(el)
    .filter((w) => !w.hidden)
    .map((w) => w.text)
    .join(' ');
}

/** Whether `name` appears in `text` as whole words (both normalized). */
export function containsWords(text: string, name: string): boolean {
  const n = normalizeText(name);
  return n !== '' && ` ${normalizeText(text)} `.includes(` ${n} `);
}

/**
 * Groups rects into lines: two rects are on one line when they overlap by at least half the smaller one
 * across the line (vertically for horizontal text, horizontally for text turned sideways).
 */
function lineCount(rects: readonly DOMRect[], sideways: boolean): number {
  const lines: { from: number; to: number }[] = [];
  for (const r of rects) {
    const from = sideways ? r.left : r.top;
    const to = sideways ? r.right : r.bottom;
    const line = lines.find(
      (l) => Math.min(l.to, to) - Math.max(l.from, from) >= 0.5 * Math.min(l.to - l.from, to - from),
    );
    if (line) {
      line.from = Math.min(line.from, from);
      line.to = Math.max(line.to, to);
    } else lines.push({ from, to });
  }
  return lines.length;
}

/**
 * The words of `el` broken across lines: a word whose characters (between hard hyphens or dashes, which are
 * fair places to break) are drawn on more than one line, by hyphenation, `overflow-wrap`, `word-break` or a
 * box too narrow for it. Words that are not rendered at all are not "split" (`visibleText` reports them).
 */
export function splitWords(el: Element): string[] {
  const split: string[] = [];
  for (const w of words(el)) {
    const first = w.parts[0]?.[0];
    const angle = first ? textRotation(first.node) : 0;
    const sideways = Math.abs(Math.abs(angle) - 90) < 45;
    if (w.parts.some((part) => lineCount(piecesRects(part), sideways) > 1)) split.push(w.text);
  }
  return split;
}

/**
 * Where the text of `el` is visibly drawn: each word's rects cut to what clips them, so the visible part of
 * a word that is cut off counts ("Improvem"), text that is not painted (hidden, transparent) does not.
 */
export function textRects(el: Element): DOMRect[] {
  return words(el).flatMap((w) => w.visibleRects);
}

/** How much two boxes overlap: width and height of the intersection (0 when apart). */
function overlapOf(a: Box, b: Box): { w: number; h: number } {
  const i = intersect(a, b);
  return { w: widthOf(i), h: heightOf(i) };
}

/**
 * The pairs of `els` whose drawn text overlaps by more than TOLERANCE px in both directions (an element and
 * one inside it are never a pair). In the order of `els`.
 */
export function overlaps(els: readonly Element[]): Array<[Element, Element]> {
  return overlapDetails(els).map(({ a, b }) => [a, b]);
}

function overlapDetails(els: readonly Element[]): { a: Element; b: Element; w: number; h: number }[] {
  const rects = els.map((el) => textRects(el));
  const found: { a: Element; b: Element; w: number; h: number }[] = [];
  for (let i = 0; i < els.length; i++)
    for (let j = i + 1; j < els.length; j++) {
      const [a, b] = [els[i], els[j]];
      if (a === b || a.contains(b) || b.contains(a)) continue;
      let worst = { w: 0, h: 0 };
      for (const ra of rects[i])
        for (const rb of rects[j]) {
          const o = overlapOf(ra, rb);
          if (o.w > TOLERANCE && o.h > TOLERANCE && o.w * o.h > worst.w * worst.h) worst = o;
        }
      if (worst.w) found.push({ a, b, ...worst });
    }
  return found;
}

/** How far the drawn text of `el` passes each edge of `host`'s border box (0 or less: inside). */
function beyond(host: Element, el: Element): { edge: string; by: number } | undefined {
  const box = host.getBoundingClientRect();
  let worst: { edge: string; by: number } | undefined;
  for (const r of textRects(el))
    for (const [edge, by] of [
      ['left', box.left - r.left],
      ['right', r.right - box.right],
      ['top', box.top - r.top],
      ['bottom', r.bottom - box.bottom],
    ] as const)
      if (by > TOLERANCE && (!worst || by > worst.by)) worst = { edge, by };
  return worst;
}

/** The elements of `els` whose drawn text passes the edge of `host`'s border box by more than TOLERANCE px. */
export function outside(host: Element, els: readonly Element[]): Element[] {
  return els.filter((el) => beyond(host, el));
}

// ---- <blueprint-bars> -------------------------------------------------------------------------------

/** The names a chart must show, in the language it is shown in. */
export interface ChartNames {
  readonly capacities: readonly { readonly id: string; readonly name: string }[];
  readonly groups: readonly { readonly id: string; readonly name: string }[];
  /** Level names, lowest first. */
  readonly levels: readonly string[];
}

const partsOfEl = (el: Element) => (el.getAttribute('part') ?? '').split(/\s+/).filter(Boolean);
const quote = (s: string) => `"${s}"`;
const cssString = (s: string) => `"${s.replace(/["\\]/g, '\\$&')}"`;

/**
 * Where <blueprint-bars> puts its labels (the contract with the element, issue 13): inside its shadow root,
 * within `[part~="chart"]` (level names may also be in `[part~="legend"]`):
 * - capacity names: `[part~="capacity-label"][data-capacity="<capacity id>"]`;
 * - group names: `[part~="group-label"][data-group="<group id>"]`;
 * - level names: `[part~="axis-label"]` or `[part~="level-key"]` whose text contains the level name;
 * every one of them with `label` in its part list too.
 */
export function findLabels(host: Element) {
  const root = host.shadowRoot ?? host;
  const charts = [...root.querySelectorAll('[part~="chart"]')];
  const inCharts = (selector: string) => charts.flatMap((c) => [...c.querySelectorAll(selector)]);
  const levelAreas = [...charts, ...root.querySelectorAll('[part~="legend"]')];
  const levelLabels = [
    ...new Set(
      levelAreas.flatMap((a) => [...a.querySelectorAll('[part~="axis-label"], [part~="level-key"]')]),
    ),
  ];
  return {
    charts,
    capacity: (id: string) => inCharts(`[part~="capacity-label"][data-capacity=${cssString(id)}]`),
    group: (id: string) => inCharts(`[part~="group-label"][data-group=${cssString(id)}]`),
    levels: levelLabels,
  };
}

/**
 * Everything that keeps a person from reading the chart's labels, each as a sentence naming the label and
 * what is wrong, e.g. `capacity "Seeing the Problem and the System": split word "Problem"`; an empty list
 * when every label reads. Checks, with the rules of `visibleText`, `splitWords`, `overlaps`, `outside`:
 * - every capacity and group has its label element, with `label` among its parts, showing its full name
 *   as visible text (a `title` or `aria-label` does not count), turned neither sideways nor upside down;
 * - every level name is shown in full by some axis label or level key;
 * - no label splits a word across lines, overlaps another label's text, or leaves `host`'s box.
 */
export function labelProblems(host: Element, names: ChartNames): string[] {
  const problems: string[] = [];
  const found = findLabels(host);
  if (!found.charts.length) return ['no [part~="chart"] in the shadow root: the chart did not render'];
  const named = new Map<Element, string>();

  const check = (kind: 'capacity' | 'group', id: string, name: string, els: Element[]) => {
    const who = `${kind} ${quote(name)}`;
    if (!els.length) {
      const attr = kind === 'capacity' ? 'data-capacity' : 'data-group';
      problems.push(`${who}: no [part~="${kind}-label"][${attr}="${id}"] element in the chart`);
      return;
    }
    for (const el of els) {
      named.set(el, who);
      if (!partsOfEl(el).includes('label'))
        problems.push(`${who}: its element lacks "label" in its part list`);
    }
    const all = els.map((el) => ({ el, words: words(el) }));
    const shown = all.map(({ words: ws }) =>
      ws
        .filter((w) => !w.hidden)
        .map((w) => w.text)
        .join(' '),
    );
    if (!shown.some((text) => containsWords(text, name))) {
      const hidden = all.flatMap(({ words: ws }) => ws.filter((w) => w.hidden));
      const text = all.map(({ el }) => normalizeText(el.textContent ?? '')).join(' | ');
      if (hidden.length) {
        const reasons = new Map<string, string[]>();
        for (const w of hidden) reasons.set(w.hidden!, [...(reasons.get(w.hidden!) ?? []), quote(w.text)]);
        const why = [...reasons].map(([reason, ws]) => `${ws.join(', ')} ${reason}`).join('; ');
        problems.push(`${who}: not visible in full (${why})`);
      } else if (!text)
        problems.push(`${who}: its label has no text (a title or aria-label is not visible text)`);
      else
        problems.push(`${who}: shows ${quote(shown.filter(Boolean).join(' | ') || text)}, not the full name`);
    }
    for (const el of els) {
      const first = words(el).find((w) => !w.hidden)?.parts[0]?.[0];
      const angle = first ? textRotation(first.node) : 0;
      if (Number.isNaN(angle)) problems.push(`${who}: text is mirrored`);
      else if (Math.abs(angle) > 1) {
        const how =
          Math.abs(angle) > 135 ? 'upside down' : Math.abs(angle) >= 45 ? 'reads sideways' : 'tilted';
        problems.push(`${who}: text is turned ${Math.round(angle)}° (${how})`);
      }
    }
  };

  for (const c of names.capacities) check('capacity', c.id, c.name, found.capacity(c.id));
  for (const g of names.groups) check('group', g.id, g.name, found.group(g.id));

  const levelShown = found.levels.map((el) => ({ el, text: visibleText(el) }));
  for (const el of found.levels) {
    named.set(el, `level label ${quote(normalizeText(el.textContent ?? '') || describeElement(el))}`);
    if (!partsOfEl(el).includes('label'))
      problems.push(`${named.get(el)}: its element lacks "label" in its part list`);
  }
  for (const level of names.levels)
    if (!levelShown.some((l) => containsWords(l.text, level))) {
      const seen = levelShown.filter((l) => l.text).map((l) => quote(l.text));
      problems.push(
        `level ${quote(level)}: not shown in full by any axis label or level key (${seen.length ? `seen: ${seen.join(', ')}` : 'none has visible text'})`,
      );
    }
  for (const el of found.levels) {
    const cut = words(el).filter((w) => w.hidden);
    if (cut.length)
      problems.push(`${named.get(el)}: ${cut.map((w) => `${quote(w.text)} ${w.hidden}`).join('; ')}`);
  }

  const labels = [...named.keys()];
  for (const el of labels)
    for (const w of splitWords(el)) problems.push(`${named.get(el)}: split word ${quote(w)}`);
  for (const { a, b, w, h } of overlapDetails(labels))
    problems.push(`${named.get(a)} overlaps ${named.get(b)} (${Math.round(w)}×${Math.round(h)} px)`);
  for (const el of labels) {
    const out = beyond(host, el);
    if (out)
      problems.push(
        `${named.get(el)}: text leaves the element (${Math.round(out.by)} px past its ${out.edge} edge)`,
      );
  }
  return problems;
}
