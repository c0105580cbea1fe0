import { defineElement } from '../../internal/define.js';
import { CapacityRubric } from './capacity-rubric.js';
// The event classes' HTMLElementEventMap entries, in this entry's emitted types (where an
// `import type {}` would be dropped): importing only this file types every `bp-*` listener's event.
export type * from '../../events/index.js';

defineElement('capacity-rubric', CapacityRubric);

declare global {
  interface HTMLElementTagNameMap {
    'capacity-rubric': CapacityRubric;
  }
}
