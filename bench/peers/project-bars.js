// This project's <blueprint-bars> for the peer harness (../shared/bench-peers, README "Speed"), standalone, as an
// npm user composes it:
//   node run.mjs --project-bundle <project>/dist/components/blueprint-bars/define.js \
//                --project-adapter <project>/bench/peers/project-bars.js
// 'blueprint-widgets' is aliased by the harness to that file. Properties: `framework` (validated once per
// object) and `profile` (a new object is validated and drawn). Motion off (`--bp-motion-duration: 0ms`), as
// every peer is measured: an update is one frame of work.
//
// Layout: the element chooses vertical bars where every capacity's name fits under its bar and horizontal
// bars otherwise; at 960 px the bench's names fit vertically up to about 12 capacities, so N=24 and above
// draw horizontal rows (names in full beside the bars) while the peers draw 960x400 vertical bars with
// rotated, overlapping labels.
/* global __BENCH__ -- defined by the harness build: true where untimed checks are compiled in */
import 'blueprint-widgets';
import { toFramework, toProfile, appendAndRender, withTracksDrawn } from './project-format.js';

export async function mount(el, doc) {
  const bars = document.createElement('blueprint-bars');
  bars.style.setProperty('--bp-motion-duration', '0ms');
  bars.framework = toFramework(doc);
  bars.profile = toProfile(doc);
  await appendAndRender(el, bars);
  return {
    async update(next) {
      bars.profile = toProfile(next);
      await bars.updateComplete;
    },
    destroy() {
      bars.remove();
    },
    // Untimed: one rated mark per capacity in document order, and the part of it a person sees (the mark slides
    // inside its track, which clips it) reaches level/levels of the track.
    check: __BENCH__
      ? (d) =>
          withTracksDrawn(bars, () => {
            const root = bars.shadowRoot;
            const marks = [...(root?.querySelectorAll('[part~="bar"][data-capacity]') ?? [])];
            const caps = d.capacities;
            if (marks.length !== caps.length) return `marks ${marks.length} != ${caps.length}`;
            const vertical = root.querySelector('[part~="chart"]').classList.contains('vertical');
            for (let i = 0; i < caps.length; i++) {
              const id = marks[i].getAttribute('data-capacity');
              if (id !== caps[i].id) return `mark ${i} is ${id}, want ${caps[i].id}`;
              if (!marks[i].classList.contains('rated')) return `mark ${i} is not rated`;
              const m = marks[i].getBoundingClientRect();
              const t = marks[i].parentElement.getBoundingClientRect();
              const seen = vertical
                ? (Math.min(m.bottom, t.bottom) - Math.max(m.top, t.top)) / t.height
                : (Math.min(m.right, t.right) - Math.max(m.left, t.left)) / t.width;
              const want = caps[i].level / d.levels.length;
              if (Math.abs(seen - want) > 0.02)
                return `mark ${i}: reaches ${seen.toFixed(3)} for level ${caps[i].level}`;
            }
            return true;
          })
      : undefined,
  };
}
