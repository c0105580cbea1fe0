/**
 * The core of blueprint-widgets: the provider, the bars and the rubric, and everything every element
 * shares (base class, context, events, strings, the framework model). What the script-tag bundle
 * (src/bundle.ts) carries; `blueprint-widgets` (index.ts) exports this and the other elements.
 */
export { BlueprintProvider, storageKeyFor } from './components/blueprint-provider/blueprint-provider.js';
export { BlueprintBars } from './components/blueprint-bars/blueprint-bars.js';
export { CapacityRubric, type RubricMode } from './components/capacity-rubric/capacity-rubric.js';
export { rubricStrings, type RubricStrings } from './i18n/rubric.js';
export { BlueprintElement } from './internal/blueprint-element.js';
export { ProfileElement } from './internal/profile-element.js';
export { ProfileController } from './controllers/profile-controller.js';
export { LocaleController } from './controllers/locale-controller.js';
export { attachContextRoot } from './context/context-root.js';
export { frameworkContext, storeContext, localeContext, IDLE } from './context/keys.js';
export {
  ProfileStore,
  type ProfileStoreOptions,
  type SelectionTarget,
  type StoreChange,
  type StoreListener,
} from './context/profile-store.js';
export { PersistentProfileStore, type Persistence } from './context/persistent-profile-store.js';
export type { FrameworkState, LoadStatus } from './context/keys.js';
export { FrameworkSource } from './context/framework-source.js';
export type { FrameworkInput, FrameworkInputs } from './context/framework-source.js';
export { clearFrameworkCache } from './context/loader.js';
export * from './events/index.js';
export { defineElement } from './internal/define.js';
export type { PersistMode } from './context/storage.js';
export { strings, UI_LOCALES, type Strings } from './i18n/index.js';
// Every partner's language and words (issue 20).
export { registeredLocales, wordsFor, type Words } from './i18n/registry.js';
export { registerLocale } from './i18n/locale-strings.js';
// Issue 14: the library's Spanish loads on first use; `await loadLocale('es')` before reading a table directly.
export { loadLocale } from './i18n/load-locale.js';
export { plural, type PluralForms } from './i18n/plural.js';
export type { LocaleStrings, LocaleInput } from './i18n/locale-strings.js';
export type { TermStrings } from './i18n/terms.js';
export * from './framework/index.js';
