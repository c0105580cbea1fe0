/**
 * The entry of the script-tag bundle, dist/blueprint-widgets.js: what a partner page loads with
 * `<script type="module" src=…/blueprint-widgets.js>`. It registers <blueprint-provider>, <blueprint-bars> and
 * <capacity-rubric> at once, and loads <equity-considerations>, <resource-card>, <resource-library> and
 * <blueprint-report> from the folder beside it (dist/blueprint-widgets/) the first time the page uses them, so
 * a page pays only for the widgets it shows. It also exports the core API, and `loadElements()`.
 *
 * Everything it runs at once lives in one shared file (blueprint-widgets/core-*.js) that the lazily loaded
 * elements import too, by a relative URL without any query string: a page that includes the script twice,
 * or as `blueprint-widgets.js?ver=1.2` (WordPress), still runs one copy of Lit and of the library.
 */
import './components/blueprint-provider/define.js';
import './components/blueprint-bars/define.js';
import './components/capacity-rubric/define.js';
import { autoload } from './internal/autoload.js';
import { adoptPendingStyles } from './internal/pending.js';

// The script tag's API: the classes (to subclass, or for `instanceof`), the event classes (their `type`
// names) and the loaders. The whole model (parseFramework, recommendations, CSV…) is the npm package's
// `blueprint-widgets/framework`, which also runs in Node.
export { BlueprintProvider, storageKeyFor } from './components/blueprint-provider/blueprint-provider.js';
export { BlueprintBars } from './components/blueprint-bars/blueprint-bars.js';
export { CapacityRubric } from './components/capacity-rubric/capacity-rubric.js';
export { BlueprintElement } from './internal/blueprint-element.js';
export { attachContextRoot } from './context/context-root.js';
export { clearFrameworkCache } from './context/loader.js';
export { defineElement } from './internal/define.js';
export * from './internal/events.js';

adoptPendingStyles();

const loader = autoload({
  'equity-considerations': () => import('./components/equity-considerations/define.js'),
  'resource-card': () => import('./components/resource-card/define.js'),
  'resource-library': () => import('./components/resource-library/define.js'),
  'blueprint-report': () => import('./components/blueprint-report/define.js'),
});

/**
 * Loads the elements this file fetches on first use (all of them, or the `tags` given) now, e.g. before
 * creating one inside a shadow root, where the bundle cannot see it. Resolves when each is defined (or has
 * failed, which the element itself then says).
 */
export const loadElements = (tags?: readonly string[]): Promise<void> => loader.load(tags);
