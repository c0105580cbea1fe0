/**
 * blueprint-widgets: element classes and types, without registering any tag. Register with the
 * `define.js` of each element, with `blueprint-widgets/all.js`, or under your own names with
 * `customElements.define('my-provider', class extends BlueprintProvider {})`.
 */
export { BlueprintProvider, storageKeyFor } from './components/blueprint-provider/blueprint-provider.js';
export { BlueprintBars } from './components/blueprint-bars/blueprint-bars.js';
export { CapacityRubric, type RubricMode } from './components/capacity-rubric/capacity-rubric.js';
export { rubricStrings, type RubricStrings } from './i18n/rubric.js';
export { EquityConsiderations } from './components/equity-considerations/equity-considerations.js';
export { ResourceCard } from './components/resource-card/resource-card.js';
export { ResourceLibrary, type LibraryMode } from './components/resource-library/resource-library.js';
export { considerationStrings, type ConsiderationStrings } from './i18n/considerations.js';
export { resourceStrings, type ResourceStrings } from './i18n/resources.js';
export { BlueprintElement } from './internal/blueprint-element.js';
export { attachContextRoot } from './context/context-root.js';
export { frameworkContext, profileContext, localeContext, IDLE } from './context/keys.js';
export type { FrameworkState, LoadStatus } from './context/keys.js';
export { FrameworkSource } from './context/framework-source.js';
export type { FrameworkInput, FrameworkInputs } from './context/framework-source.js';
export { clearFrameworkCache } from './context/loader.js';
export * from './internal/events.js';
export { defineElement } from './internal/define.js';
export type { PersistMode } from './internal/storage.js';
export { strings, UI_LOCALES, type Strings } from './i18n/index.js';
export * from './framework/index.js';
