import { defineElement } from '../../internal/define.js';
import { TeamSession } from './team-session.js';
// The event classes' HTMLElementEventMap entries, in this entry's emitted types (where an
// `import type {}` would be dropped): importing only this file types every `bp-*` listener's event.
export type * from '../../events/index.js';

defineElement('team-session', TeamSession);

declare global {
  interface HTMLElementTagNameMap {
    'team-session': TeamSession;
  }
}
