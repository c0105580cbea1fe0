/**
 * The demo partner page. Registers every element (as the script-tag bundle does); the rest is the little
 * glue a partner writes: a language switch, "start over", showing the profile JSON, and selecting a bar
 * to answer that capacity in the rubric.
 */
import '../src/all.js';
import type { BlueprintProvider, CapacityRubric } from '../src/index.js';

const provider = document.querySelector<BlueprintProvider>('#provider')!;
const rubric = document.querySelector<CapacityRubric>('capacity-rubric')!;
const filterNote = document.querySelector<HTMLElement>('#filter-note')!;

document.querySelector<HTMLSelectElement>('#lang')!.addEventListener('change', (e) => {
  provider.lang = (e.target as HTMLSelectElement).value;
});
document.querySelector('#reset')!.addEventListener('click', () => provider.resetProfile());
document.querySelector('#export')!.addEventListener('click', () => {
  document.querySelector('#profile-json')!.textContent =
    provider.exportProfile() ?? 'The framework is not loaded yet.';
});

// Selecting a bar (click or Enter), or an open capacity in the report, shows that capacity's question alone.
provider.addEventListener('bp-capacity-select', (e) => {
  rubric.capacity = e.detail.capacityId;
  filterNote.hidden = false;
  rubric.scrollIntoView({ block: 'start' });
});
document.querySelector('#show-all')!.addEventListener('click', () => {
  rubric.capacity = undefined;
  filterNote.hidden = true;
});
