/**
 * The script-tag bundle's core, built as ONE shared file (dist/blueprint-widgets/core-<hash>.js, see
 * scripts/vite/bundle-core.ts) that the entry (src/bundle.ts) re-exports: Lit, the model, <blueprint-provider>,
 * <blueprint-bars>, and the loader of the other elements (<capacity-rubric> among them since issue 14: a page
 * that shows no rubric no longer downloads it, about 4 kB gzip, nor its templates' file). The validator (parse.ts,
 * valibot, the schemas) is not in it: a file of its own, fetched with the first framework (see
 * src/context/validator.ts), in parallel with its download when it comes from `src`. The
 * lazily loaded elements import their shared code from this file too, by a relative URL without a query
 * string, so a page that includes the entry twice, or as `blueprint-widgets.js?ver=1.2` (WordPress), runs
 * this module once: one copy of Lit and of the library, one loader.
 */
import './components/blueprint-provider/define.js';
import './components/blueprint-bars/define.js';
import { autoload } from './internal/autoload.js';
import { setElementLoader } from './internal/lazy-elements.js';
import { reportLoadFailure } from './internal/load-failure.js';
import { adoptPendingStyles } from './internal/pending.js';

// The script's API: the classes of the elements registered at once (to subclass, or for `instanceof`), the
// event classes and helpers. The whole model (parseFramework, recommendations, CSV…) is the npm package's
// `blueprint-widgets/framework`, which also runs in Node.
export { BlueprintProvider, storageKeyFor } from './components/blueprint-provider/blueprint-provider.js';
export { BlueprintBars } from './components/blueprint-bars/blueprint-bars.js';
export { BlueprintElement } from './internal/blueprint-element.js';
export { ProfileElement } from './internal/profile-element.js';
export { ProfileStore, type SelectionTarget } from './context/profile-store.js';
export { attachContextRoot } from './context/context-root.js';
export { clearFrameworkCache } from './context/loader.js';
export { defineElement } from './internal/define.js';
export * from './events/index.js';
// Every partner's language and words (issue 20): add a language or override any text from the script tag.
export { registeredLocales } from './i18n/registry.js';
export { registerLocale } from './i18n/locale-strings.js';
export { plural, type PluralForms } from './i18n/plural.js';
export type { LocaleStrings, LocaleInput } from './i18n/locale-strings.js';

adoptPendingStyles();

const loader = autoload(
  {
    // Issue 14 (size): the rubric is fetched when the page shows one, like the elements below.
    'capacity-rubric': () => import('./components/capacity-rubric/define.js'),
    'equity-considerations': () => import('./components/equity-considerations/define.js'),
    'resource-card': () => import('./components/resource-card/define.js'),
    'resource-library': () => import('./components/resource-library/define.js'),
    'blueprint-report': () => import('./components/blueprint-report/define.js'),
    // Find support (issue 19).
    'provider-list': () => import('./components/provider-list/define.js'),
    // Progress over time (issue 18): d3-shape rides in this file only.
    'blueprint-trend': () => import('./components/blueprint-trend/define.js'),
    // Network view (issue 19)
    'blueprint-network': () => import('./components/blueprint-network/define.js'),
    // The action plan (issue 18).
    'action-plan': () => import('./components/action-plan/define.js'),
    // Team sessions (issue 17).
    'team-session': () => import('./components/team-session/define.js'),
  },
  reportLoadFailure,
);
// Find support (issue 19): elements a widget draws in its shadow root (the report's <provider-list>) load too.
setElementLoader((tags) => loader.load(tags));

/**
 * Loads the elements the script fetches on first use (all of them, or the `tags` given) now: before
 * creating one inside a shadow root, where the script cannot see it, or before a framework such as React
 * renders one with object properties. Rejects, naming them, if some could not be loaded (each element of
 * theirs in the document also says so).
 */
export const loadElements = (tags?: readonly string[]): Promise<void> => loader.load(tags);
