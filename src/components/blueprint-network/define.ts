import { defineElement } from '../../internal/define.js';
import { BlueprintNetwork } from './blueprint-network.js';
// The event classes' HTMLElementEventMap entries, in this entry's emitted types (where an
// `import type {}` would be dropped): importing only this file types every `bp-*` listener's event.
export type * from '../../events/index.js';

defineElement('blueprint-network', BlueprintNetwork);

declare global {
  interface HTMLElementTagNameMap {
    'blueprint-network': BlueprintNetwork;
  }
}
