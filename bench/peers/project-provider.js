// A rating change inside a provider, as a page composes the elements (README "<blueprint-provider>"): one
// <blueprint-provider> (answers not saved: persist="off") holding a <capacity-rubric> and a <blueprint-bars>,
// motion off (`--bp-motion-duration: 0ms`, so the click's frame is the whole change). For bench/page/click.js:
// `target(i, level)` is the rubric's radio for capacity i at that level (a person's click lands on it),
// `settle()` resolves when every element has rendered the change, `check(i, level)` (untimed) says whether the
// bar and the rubric show it.
import 'blueprint-widgets/blueprint-provider/define.js';
import 'blueprint-widgets/capacity-rubric/define.js';
import 'blueprint-widgets/blueprint-bars/define.js';
import { toFramework, toProfile } from './project-format.js';
import { nextFrame } from '../page/frame.js';

export async function mount(el, doc) {
  const provider = document.createElement('blueprint-provider');
  provider.setAttribute('persist', 'off');
  provider.style.setProperty('--bp-motion-duration', '0ms');
  const rubric = document.createElement('capacity-rubric');
  const bars = document.createElement('blueprint-bars');
  provider.append(rubric, bars);
  const loaded = new Promise((resolve, reject) => {
    provider.addEventListener('bp-load', resolve, { once: true });
    provider.addEventListener('bp-error', (e) => reject(new Error(`bp-error: ${JSON.stringify(e.detail)}`)), {
      once: true,
    });
  });
  provider.framework = toFramework(doc);
  provider.profile = toProfile(doc);
  el.append(provider);
  await loaded;
  const n = doc.capacities.length;
  const elements = [provider, rubric, bars];
  const drawn = () =>
    rubric.shadowRoot?.querySelectorAll('.capacity[data-capacity]').length === n &&
    bars.shadowRoot?.querySelectorAll('[part~="bar"][data-capacity].rated').length === n;
  // The widgets load their validator on first use: wait, frame by frame, until both have drawn every capacity.
  while (!drawn()) {
    await Promise.all(elements.map((e) => e.updateComplete));
    if (!drawn()) await nextFrame();
  }
  const id = (i) => doc.capacities[i].id;
  return {
    target(i, level) {
      const row = rubric.shadowRoot.querySelector(`.capacity[data-capacity="${id(i)}"]`);
      const radio = [...row.querySelectorAll('.level input[type=radio]')].find(
        (r) => r.value === `level:l${level}`,
      );
      if (!radio) throw new Error(`no radio for ${id(i)} level ${level}`);
      return radio;
    },
    async settle() {
      do await Promise.all(elements.map((e) => e.updateComplete));
      while (elements.some((e) => e.isUpdatePending));
    },
    check(i, level) {
      const stored = provider.profile?.ratings?.[id(i)];
      if (stored?.levelId !== `l${level}`) return `stored rating ${JSON.stringify(stored)}`;
      const mark = bars.shadowRoot.querySelector(`[part~="bar"][data-capacity="${id(i)}"]`);
      const vertical = bars.shadowRoot.querySelector('[part~="chart"]').classList.contains('vertical');
      const m = mark.getBoundingClientRect();
      const t = mark.parentElement.getBoundingClientRect();
      const seen = vertical
        ? (Math.min(m.bottom, t.bottom) - Math.max(m.top, t.top)) / t.height
        : (Math.min(m.right, t.right) - Math.max(m.left, t.left)) / t.width;
      if (Math.abs(seen - level / doc.levels.length) > 0.02) return `bar reaches ${seen.toFixed(3)}`;
      const checked = rubric.shadowRoot.querySelector(`.capacity[data-capacity="${id(i)}"] input:checked`);
      if (checked?.value !== `level:l${level}`) return `rubric shows ${checked?.value}`;
      return true;
    },
  };
}
