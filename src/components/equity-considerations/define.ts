import { defineElement } from '../../internal/define.js';
import { EquityConsiderations } from './equity-considerations.js';

defineElement('equity-considerations', EquityConsiderations);

declare global {
  interface HTMLElementTagNameMap {
    'equity-considerations': EquityConsiderations;
  }
}
