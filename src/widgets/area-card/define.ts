import { defineElement } from '../../base/define.js';
import '../outcome-rings/define.js';
import { BlAreaCard } from './area-card.js';

defineElement('bl-area-card', BlAreaCard);

declare global {
  interface HTMLElementTagNameMap {
    'bl-area-card': BlAreaCard;
  }
}
