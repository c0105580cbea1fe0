// Reference for "a rating change inside a provider": the two hand-written Lit references (bench/ref/lit-rubric.js
// and bench/ref/lit-d3.js, from the shared peer harness) sharing one document, the plainest way a page would
// wire them: a radio's change makes a new document with that capacity's level, and both elements get it (through
// each reference's own `update`). For bench/page/click.js, with the same contract as
// bench/peers/project-provider.js.
import { mount as mountRubric } from './lit-rubric.js';
import { mount as mountBars } from './lit-d3.js';

export async function mount(el, doc) {
  let current = doc;
  const [rubricHandle, barsHandle] = [await mountRubric(el, current), await mountBars(el, current)];
  const rubric = el.querySelector('ref-rubric');
  const bars = el.querySelector('ref-bars-lit-d3');
  rubric.shadowRoot.addEventListener('change', (e) => {
    const input = e.target;
    const level = Number(input.value);
    current = {
      ...current,
      capacities: current.capacities.map((c) => (c.id === input.name ? { ...c, level } : c)),
    };
    void rubricHandle.update(current);
    void barsHandle.update(current);
  });
  return {
    target(i, level) {
      const row = rubric.shadowRoot.querySelectorAll('tbody tr')[i];
      return row.querySelectorAll('input[type=radio]')[level - 1];
    },
    async settle() {
      do await Promise.all([rubric.updateComplete, bars.updateComplete]);
      while (rubric.isUpdatePending || bars.isUpdatePending);
    },
    check(i, level) {
      if (current.capacities[i].level !== level) return `document has level ${current.capacities[i].level}`;
      const rects = bars.shadowRoot.querySelectorAll('rect');
      const h = (k) => Number(rects[k].getAttribute('height'));
      const unit = h(0) / current.capacities[0].level;
      if (Math.abs(h(i) - unit * level) > 0.01 * unit + 0.01) return `bar height ${h(i)} for level ${level}`;
      const checked = rubric.shadowRoot.querySelectorAll('tbody tr')[i].querySelector('input:checked');
      if (Number(checked?.value) !== level) return `rubric shows ${checked?.value}`;
      return true;
    },
  };
}
