// Copied from the shared peer harness (../shared/bench-peers/adapters/lit-rubric.js): the rubric reference.
// The element is kept byte for byte as written there (prettier-ignore: formatting the templates would add
// whitespace text nodes, and change the DOM count and the render cost the ratios are taken against), apart from
// an unused parameter; so the ratios mean the same thing here and in the peer harness's report.
/* global __BENCH__ -- defined by scripts/bench/build.mjs: true where untimed checks are compiled in */
//
// Reference for the form peer: a tiny Lit rubric table, one radio per level
// with its descriptor, one row per capacity. Shadow DOM, a few style rules.
import { LitElement, html, css } from 'lit';
import { repeat } from 'lit/directives/repeat.js';

// prettier-ignore
class RefRubric extends LitElement {
  static properties = { doc: { attribute: false } };
  static styles = css`:host{display:block;font:14px sans-serif} table{border-collapse:collapse} th,td{border:1px solid #ccc;padding:4px;vertical-align:top} label{display:block}`;
  render() {
    const doc = this.doc;
    if (!doc) return html``;
    return html`<table><caption>${doc.title}</caption>
      <thead><tr><th scope="col">Capacity</th>${doc.levels.map((l) => html`<th scope="col">${l.label}</th>`)}</tr></thead>
      <tbody>${repeat(doc.capacities, (c) => c.id, (c) => html`<tr><th scope="row">${c.name}</th>${doc.levels.map((l, j) => html`<td><label><input type="radio" name=${c.id} .value=${String(l.value)} .checked=${c.level === l.value}> ${c.descriptors[j]}</label></td>`)}</tr>`)}</tbody>
    </table>`;
  }
}
customElements.define('ref-rubric', RefRubric);

export async function mount(el, doc) {
  const r = document.createElement('ref-rubric');
  r.doc = doc;
  el.appendChild(r);
  await r.updateComplete;
  return {
    async update(next) {
      r.doc = next;
      await r.updateComplete;
    },
    destroy() {
      r.remove();
    },
    check: __BENCH__
      ? (d) => {
          const rows = r.shadowRoot.querySelectorAll('tbody tr');
          if (rows.length !== d.capacities.length) return `rows ${rows.length} != ${d.capacities.length}`;
          for (const i of [0, d.capacities.length - 1]) {
            const checked = rows[i].querySelector('input:checked');
            if (!checked || Number(checked.value) !== d.capacities[i].level) return `row ${i} wrong`;
          }
          return true;
        }
      : undefined,
  };
}
