import { defineElement } from '../../internal/define.js';
import { ResourceCard } from './resource-card.js';
// The event classes' HTMLElementEventMap entries, in this entry's emitted types (where an
// `import type {}` would be dropped): importing only this file types every `bp-*` listener's event.
export type * from '../../events/index.js';

defineElement('resource-card', ResourceCard);

declare global {
  interface HTMLElementTagNameMap {
    'resource-card': ResourceCard;
  }
}
