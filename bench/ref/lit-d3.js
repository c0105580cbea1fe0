// Copied from the shared peer harness (../shared/bench-peers/adapters/lit-d3.js): the bars reference (REF).
// The element is kept byte for byte as written there (prettier-ignore: formatting the templates would add
// whitespace text nodes, and change the DOM count and the render cost the ratios are taken against), so the
// ratios mean the same thing here and in the peer harness's report.
/* global __BENCH__ -- defined by scripts/bench/build.mjs: true where untimed checks are compiled in */
//
// Reference: the project's stack in miniature. Lit + d3-scale + d3-shape:
// band/linear/ordinal scales from d3-scale, gridlines from d3-shape's line(),
// bars and labels as Lit SVG templates. Keyed by capacity id with repeat().
import { LitElement, html, svg, css } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { scaleBand, scaleLinear, scaleOrdinal } from 'd3-scale';
import { line } from 'd3-shape';
import { SIZE, checkBarRects } from '../lib/doc.mjs';

const gridLine = line();

// prettier-ignore
class RefBarsLitD3 extends LitElement {
  static properties = { doc: { attribute: false } };
  static styles = css`:host{display:block} svg{font:11px sans-serif} .grid{stroke:#ddd;fill:none} .axis{stroke:#000}`;

  render() {
    const doc = this.doc;
    if (!doc) return html``;
    const { width, height, margin: m } = SIZE;
    const caps = doc.capacities;
    const x = scaleBand().domain(caps.map((c) => c.id)).range([m.left, width - m.right]).padding(0.1);
    const y = scaleLinear().domain([0, 4]).range([height - m.bottom, m.top]);
    const color = scaleOrdinal().domain(doc.groups.map((g) => g.id)).range(doc.groups.map((g) => g.color));
    const bw = x.bandwidth();
    const y0 = y(0);
    return html`<svg width=${width} height=${height} viewBox="0 0 ${width} ${height}" role="img" aria-label=${doc.title}>
      ${doc.levels.map((l) => svg`<path class="grid" d=${gridLine([[m.left, y(l.value)], [width - m.right, y(l.value)]])}></path>
        <text x=${m.left - 6} y=${y(l.value)} dy="0.32em" text-anchor="end">${l.label}</text>`)}
      ${repeat(caps, (c) => c.id, (c) => svg`<rect x=${x(c.id)} width=${bw} y=${y(c.level)} height=${y0 - y(c.level)} fill=${color(c.group)}></rect>
          <text transform="translate(${x(c.id) + bw / 2},${y0 + 6}) rotate(-90)" dy="0.32em" text-anchor="end">${c.name}</text>`)}
      <line class="axis" x1=${m.left} x2=${width - m.right} y1=${y0} y2=${y0}></line>
      <line class="axis" x1=${m.left} x2=${m.left} y1=${m.top} y2=${y0}></line>
    </svg>`;
  }
}
customElements.define('ref-bars-lit-d3', RefBarsLitD3);

export async function mount(el, doc) {
  const bars = document.createElement('ref-bars-lit-d3');
  bars.doc = doc;
  el.appendChild(bars);
  await bars.updateComplete;
  return {
    async update(next) {
      bars.doc = next;
      await bars.updateComplete;
    },
    check: __BENCH__
      ? (d) => {
          return checkBarRects(bars.shadowRoot.querySelectorAll('rect'), d);
        }
      : undefined,
    destroy() {
      bars.remove();
    },
  };
}
