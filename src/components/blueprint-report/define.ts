import { defineElement } from '../../internal/define.js';
import '../blueprint-bars/define.js';
import '../equity-considerations/define.js';
import '../resource-card/define.js';
import { BlueprintReport } from './blueprint-report.js';
// The event classes' HTMLElementEventMap entries, in this entry's emitted types (where an
// `import type {}` would be dropped): importing only this file types every `bp-*` listener's event.
export type * from '../../events/index.js';

defineElement('blueprint-report', BlueprintReport);

declare global {
  interface HTMLElementTagNameMap {
    'blueprint-report': BlueprintReport;
  }
}
