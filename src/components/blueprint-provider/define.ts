import { defineElement } from '../../internal/define.js';
import { BlueprintProvider } from './blueprint-provider.js';

defineElement('blueprint-provider', BlueprintProvider);

declare global {
  interface HTMLElementTagNameMap {
    'blueprint-provider': BlueprintProvider;
  }
}
