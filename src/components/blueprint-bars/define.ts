import { defineElement } from '../../internal/define.js';
import { BlueprintBars } from './blueprint-bars.js';

defineElement('blueprint-bars', BlueprintBars);

declare global {
  interface HTMLElementTagNameMap {
    'blueprint-bars': BlueprintBars;
  }
}
