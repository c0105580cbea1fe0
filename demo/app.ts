/**
 * A developer's page: the widgets composed from the npm entry points (resolved to this repository's
 * sources by tsconfig.json `paths`, which Vite reads too, exactly as `npm install blueprint-widgets` resolves
 * them to dist/), with properties set from code and typed events.
 */
import 'blueprint-widgets/blueprint-provider/define.js';
import 'blueprint-widgets/blueprint-bars/define.js';
import 'blueprint-widgets/capacity-rubric/define.js';
import 'blueprint-widgets/resource-library/define.js';
import { progress, textOf } from 'blueprint-widgets/framework';
import framework from 'blueprint-widgets/data/improvement-teams.json';

const provider = document.querySelector('blueprint-provider')!; // typed: BlueprintProvider
const status = document.querySelector<HTMLElement>('#progress')!;

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
  status.textContent = `${answered} of ${total} capacities answered.`;
});

// The widgets' language: on the widgets themselves, so the app's own (English) headings keep theirs.
document.querySelector<HTMLSelectElement>('#lang')!.addEventListener('change', (e) => {
  const lang = (e.target as HTMLSelectElement).value;
  for (const el of document.querySelectorAll<HTMLElement>(
    'blueprint-bars, capacity-rubric, resource-library',
  ))
    el.lang = lang;
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

// Selecting a bar (click or Enter) needs no code here: the rubric is in the same provider, so it brings that
// capacity into view and moves focus to it. A page that wants its own behaviour listens to
// `bp-capacity-select` and calls `e.preventDefault()`.
