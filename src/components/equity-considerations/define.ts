import { defineElement } from '../../internal/define.js';
import { EquityConsiderations } from './equity-considerations.js';
// The event classes' HTMLElementEventMap entries, in this entry's emitted types (where an
// `import type {}` would be dropped): importing only this file types every `bp-*` listener's event.
export type * from '../../events/index.js';

defineElement('equity-considerations', EquityConsiderations);

declare global {
  interface HTMLElementTagNameMap {
    'equity-considerations': EquityConsiderations;
  }
}
