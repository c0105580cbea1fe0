// This project's <capacity-rubric> for the peer harness (copied from ../shared/bench-peers/adapters/project-rubric.js)
// and for `npm run bench`, standalone, as an npm user composes it:
//   node run.mjs ... --project-rubric-bundle <project>/dist/components/capacity-rubric/define.js \
//                    --project-rubric-adapter <project>/bench/peers/project-rubric.js
// 'blueprint-widgets' is aliased to that file (scripts/bench/build.mjs aliases it to the sources).
/* global __BENCH__ -- defined by the harness build: true where untimed checks are compiled in */
//
// Properties (README, <capacity-rubric>): `framework` and `profile`, as for every widget; default `mode="list"`:
// per capacity a fieldset with the levels side by side (one radio per level with its descriptor), "Not sure
// yet" / "Skip", "Clear", a note field. Richer per row than the lit-rubric reference (a plain table of radios)
// and SurveyJS's matrix: that is the element as shipped. The rubric has no animation of its own.
import 'blueprint-widgets';
import { toFramework, toProfile, appendAndRender } from './project-format.js';

export async function mount(el, doc) {
  const rubric = document.createElement('capacity-rubric');
  rubric.framework = toFramework(doc);
  rubric.profile = toProfile(doc);
  await appendAndRender(el, rubric);
  return {
    async update(next) {
      rubric.profile = toProfile(next);
      await rubric.updateComplete;
    },
    destroy() {
      rubric.remove();
    },
    // Untimed: one capacity block per capacity, in document order, each with 4 level radios, and the checked
    // radio of every row is the capacity's level.
    check: __BENCH__
      ? (d) => {
          const rows = [...rubric.shadowRoot.querySelectorAll('.capacity[data-capacity]')];
          if (rows.length !== d.capacities.length) return `rows ${rows.length} != ${d.capacities.length}`;
          for (let i = 0; i < rows.length; i++) {
            const c = d.capacities[i];
            if (rows[i].dataset.capacity !== c.id)
              return `row ${i} is ${rows[i].dataset.capacity}, want ${c.id}`;
            const levels = rows[i].querySelectorAll('.level input[type=radio]');
            if (levels.length !== d.levels.length) return `row ${i}: ${levels.length} level radios`;
            const checked = rows[i].querySelector('input[type=radio]:checked');
            if (!checked || checked.value !== `level:l${c.level}`)
              return `row ${i}: checked ${checked && checked.value}, want level:l${c.level}`;
          }
          return true;
        }
      : undefined,
  };
}
