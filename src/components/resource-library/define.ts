import { defineElement } from '../../internal/define.js';
import '../resource-card/define.js';
import { ResourceLibrary } from './resource-library.js';
// The event classes' HTMLElementEventMap entries, in this entry's emitted types (where an
// `import type {}` would be dropped): importing only this file types every `bp-*` listener's event.
export type * from '../../events/index.js';

defineElement('resource-library', ResourceLibrary);

declare global {
  interface HTMLElementTagNameMap {
    'resource-library': ResourceLibrary;
  }
}
