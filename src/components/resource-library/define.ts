import { defineElement } from '../../internal/define.js';
import '../resource-card/define.js';
import { ResourceLibrary } from './resource-library.js';

defineElement('resource-library', ResourceLibrary);

declare global {
  interface HTMLElementTagNameMap {
    'resource-library': ResourceLibrary;
  }
}
