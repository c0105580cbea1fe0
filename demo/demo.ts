/**
 * The demo partner page. Registers every element (as the script-tag bundle does), then composes a small
 * rating form from the public API: it reads the framework from `bp-load`, follows `bp-profile-change`,
 * and writes answers back through `provider.profile`. The library's own rubric and bars widgets replace
 * this form as they land.
 */
import '../src/all.js';
import { withRating, type BlueprintProvider, type FrameworkModel, type Profile } from '../src/index.js';

const provider = document.querySelector<BlueprintProvider>('#provider')!;
const status = document.querySelector<HTMLElement>('#status')!;
const list = document.querySelector<HTMLElement>('#capacities')!;
const langSelect = document.querySelector<HTMLSelectElement>('#lang')!;
let model: FrameworkModel | undefined;

/** A small DOM builder for the demo: `el('label', { htmlFor: 'x' }, 'Text')`. */
function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: object = {},
  ...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  Object.assign(node, props);
  node.append(...children);
  return node;
}

function render(profile: Profile | undefined) {
  if (!model) return;
  const lang = provider.lang || 'en';
  const t = (text: Parameters<FrameworkModel['text']>[0]) => model!.text(text, lang);
  const focused = document.activeElement?.id;
  const answered = Object.keys(profile?.ratings ?? {}).length;
  status.textContent = `${t(model.framework.title)}: ${answered} of ${model.capacities.length} capacities answered.`;
  list.replaceChildren(
    ...model.groups.map((group) =>
      el(
        'fieldset',
        {},
        el('legend', {}, t(group.label)),
        ...group.capacities.map((capacity) => {
          const id = `rate-${capacity.id}`;
          const select = el('select', { id }, el('option', { value: '' }, '—'));
          for (const level of model!.levels) select.append(el('option', { value: level.id }, t(level.label)));
          select.append(
            el('option', { value: '@unsure' }, lang === 'es' ? 'No estoy seguro' : 'Not sure yet'),
          );
          const rating = profile?.ratings[capacity.id];
          select.value = rating?.status === 'unsure' ? '@unsure' : (rating?.levelId ?? '');
          select.addEventListener('change', () => {
            const value = select.value;
            const next =
              value === ''
                ? undefined
                : value === '@unsure'
                  ? { status: 'unsure' as const }
                  : { status: 'rated' as const, levelId: value };
            provider.profile = withRating(provider.profile!, capacity.id, next);
          });
          return el(
            'div',
            { className: 'capacity' },
            el('label', { htmlFor: id }, t(capacity.label)),
            select,
          );
        }),
      ),
    ),
  );
  // Re-rendering replaces the selects; keep a keyboard user where they were.
  if (focused) document.getElementById(focused)?.focus();
}

provider.addEventListener('bp-load', (e) => {
  model = e.detail.model;
  render(provider.profile);
});
provider.addEventListener('bp-error', () => {
  status.textContent = 'The framework could not be loaded; the box above says why.';
});
provider.addEventListener('bp-profile-change', (e) => render(e.detail.profile));

langSelect.addEventListener('change', () => {
  provider.lang = langSelect.value;
  render(provider.profile);
});
document.querySelector('#reset')!.addEventListener('click', () => provider.resetProfile());
document.querySelector('#export')!.addEventListener('click', () => {
  document.querySelector('#profile-json')!.textContent =
    provider.exportProfile() ?? 'The framework is not loaded yet.';
});
