/**
 * The context keys a provider shares with every widget inside it. The keys are strings with a format
 * version, so two copies of the library on one page still find each other's provider when their data
 * shapes agree.
 */
import { createContext } from '@lit/context';
import type { FrameworkModel } from '../framework/model.js';
import type { Issue } from '../framework/issues.js';
import type { ProfileStore } from './profile-store.js';

export type LoadStatus = 'idle' | 'loading' | 'ready' | 'error';

/** Where a framework stands: not asked for yet, loading, ready (with its model), or failed (with errors). */
export interface FrameworkState {
  readonly status: LoadStatus;
  readonly model?: FrameworkModel;
  readonly errors: readonly Issue[];
  readonly warnings: readonly Issue[];
  /** What was loaded: the `src` URL, 'property' or 'inline'. */
  readonly source?: string;
  /** A failed load that can be tried again (a download, the validator's chunk): the error's "Try again". */
  readonly retry?: () => void;
}

export const IDLE: FrameworkState = Object.freeze({ status: 'idle', errors: [], warnings: [] });

export const frameworkContext = createContext<FrameworkState | undefined>('blueprint-widgets:framework/1');
/**
 * The profile store: the team's profile and the one way to change it. A provider shares its store; a
 * report shares the store it reports on with the widgets inside it.
 */
export const storeContext = createContext<ProfileStore | undefined>('blueprint-widgets:store/1');
/** The provider's locale (its `lang`, else its nearest ancestor's, else the document's). */
export const localeContext = createContext<string | undefined>('blueprint-widgets:locale/1');

// Member mode (issue 17).
/**
 * Who the widgets inside a provider serve: `member` (one member's private answer sheet: a
 * `<capacity-rubric>` asks who answers and ends with "Send my answers"), else the team (unset).
 */
export type ProviderMode = 'member' | undefined;
export const modeContext = createContext<ProviderMode>('blueprint-widgets:mode/1');
