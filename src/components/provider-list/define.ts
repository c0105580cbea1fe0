import { defineElement } from '../../internal/define.js';
import { ProviderList } from './provider-list.js';
// The event classes' HTMLElementEventMap entries, in this entry's emitted types (where an
// `import type {}` would be dropped): importing only this file types every `bp-*` listener's event.
export type * from '../../events/index.js';

defineElement('provider-list', ProviderList);

declare global {
  interface HTMLElementTagNameMap {
    'provider-list': ProviderList;
  }
}
