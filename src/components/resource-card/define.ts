import { defineElement } from '../../internal/define.js';
import { ResourceCard } from './resource-card.js';

defineElement('resource-card', ResourceCard);

declare global {
  interface HTMLElementTagNameMap {
    'resource-card': ResourceCard;
  }
}
