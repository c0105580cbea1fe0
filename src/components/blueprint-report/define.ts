import { defineElement } from '../../internal/define.js';
import '../blueprint-bars/define.js';
import '../equity-considerations/define.js';
import '../resource-card/define.js';
import { BlueprintReport } from './blueprint-report.js';

defineElement('blueprint-report', BlueprintReport);

declare global {
  interface HTMLElementTagNameMap {
    'blueprint-report': BlueprintReport;
  }
}
