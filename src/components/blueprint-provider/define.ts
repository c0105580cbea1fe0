import { defineElement } from '../../internal/define.js';
import { BlueprintProvider } from './blueprint-provider.js';
// The event classes' HTMLElementEventMap entries, in this entry's emitted types (where an
// `import type {}` would be dropped): importing only this file types every `bp-*` listener's event.
export type * from '../../events/index.js';

defineElement('blueprint-provider', BlueprintProvider);

declare global {
  interface HTMLElementTagNameMap {
    'blueprint-provider': BlueprintProvider;
  }
}
