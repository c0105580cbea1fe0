import { defineElement } from '../../internal/define.js';
import { BlueprintTrend } from './blueprint-trend.js';
// The event classes' HTMLElementEventMap entries, in this entry's emitted types.
export type * from '../../events/index.js';

defineElement('blueprint-trend', BlueprintTrend);

declare global {
  interface HTMLElementTagNameMap {
    'blueprint-trend': BlueprintTrend;
  }
}
