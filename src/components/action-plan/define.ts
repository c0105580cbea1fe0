import { defineElement } from '../../internal/define.js';
import { ActionPlan } from './action-plan.js';
// The event classes' HTMLElementEventMap entries, in this entry's emitted types (where an
// `import type {}` would be dropped): importing only this file types every `bp-*` listener's event.
export type * from '../../events/index.js';

defineElement('action-plan', ActionPlan);

declare global {
  interface HTMLElementTagNameMap {
    'action-plan': ActionPlan;
  }
}
