import { defineElement } from '../../internal/define.js';
import { BlueprintBars } from './blueprint-bars.js';
// The event classes' HTMLElementEventMap entries, in this entry's emitted types (where an
// `import type {}` would be dropped): importing only this file types every `bp-*` listener's event.
export type * from '../../events/index.js';

defineElement('blueprint-bars', BlueprintBars);

declare global {
  interface HTMLElementTagNameMap {
    'blueprint-bars': BlueprintBars;
  }
}
