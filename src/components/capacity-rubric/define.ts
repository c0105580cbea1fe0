import { defineElement } from '../../internal/define.js';
import { CapacityRubric } from './capacity-rubric.js';

defineElement('capacity-rubric', CapacityRubric);

declare global {
  interface HTMLElementTagNameMap {
    'capacity-rubric': CapacityRubric;
  }
}
