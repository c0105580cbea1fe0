/**
 * A developer's page: the widgets composed from the npm entry points (resolved to this repository's
 * sources by vite.config.ts and tsconfig.json `paths`, exactly as `npm install blueprint-widgets` resolves
 * them to dist/), with properties set from code and typed events.
 */
import 'blueprint-widgets/blueprint-provider/define.js';
import 'blueprint-widgets/blueprint-bars/define.js';
import 'blueprint-widgets/capacity-rubric/define.js';
import 'blueprint-widgets/resource-library/define.js';
import { progress, textOf } from 'blueprint-widgets/framework';
import framework from 'blueprint-widgets/data/improvement-teams.json';

const provider = document.querySelector('blueprint-provider')!; // typed: BlueprintProvider
const rubric = document.querySelector('capacity-rubric')!; // typed: CapacityRubric
const status = document.querySelector<HTMLElement>('#progress')!;
const filterNote = document.querySelector<HTMLElement>('#filter-note')!;

// A property from code: the framework object, validated by the provider like any other source.
provider.framework = framework;

provider.addEventListener('bp-load', (e) => {
  status.textContent = `${textOf(e.detail.framework.title, provider.lang || 'en')} is loaded.`;
});
provider.addEventListener('bp-error', (e) => {
  status.textContent = `Could not load: ${e.detail.errors.map((i) => i.message).join('; ')}`;
});
// e is a BpProfileChangeEvent: detail.profile and detail.reason are typed.
provider.addEventListener('bp-profile-change', (e) => {
  const model = provider.model;
  if (!model) return;
  const { answered, total } = progress(model, e.detail.profile);
  status.textContent = `${answered} of ${total} capacities answered (last change: ${e.detail.reason}).`;
});

document.querySelector<HTMLSelectElement>('#lang')!.addEventListener('change', (e) => {
  provider.lang = (e.target as HTMLSelectElement).value;
});
document.querySelector<HTMLSelectElement>('#theme')!.addEventListener('change', (e) => {
  const value = (e.target as HTMLSelectElement).value;
  // Every widget inside the provider follows its theme; unset, they follow the reader's system.
  provider.theme = value === 'light' || value === 'dark' ? value : undefined;
  document.documentElement.dataset['theme'] = value;
});
document.querySelector('#reset')!.addEventListener('click', () => provider.resetProfile());
document.querySelector('#export')!.addEventListener('click', () => {
  document.querySelector('#profile-json')!.textContent =
    provider.exportProfile() ?? 'The framework is not loaded yet.';
});

// Selecting a bar (click or Enter) shows that capacity's question alone.
provider.addEventListener('bp-capacity-select', (e) => {
  rubric.capacity = e.detail.capacityId;
  filterNote.hidden = false;
  rubric.scrollIntoView({ block: 'start' });
});
document.querySelector('#show-all')!.addEventListener('click', () => {
  rubric.capacity = undefined;
  filterNote.hidden = true;
});
