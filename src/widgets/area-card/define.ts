import { defineElement } from '../../base/define.js';
import { useDataBinding } from '../../base/bl-element.js';
import { DataBinding } from '../../base/data-binding.js';
import { BlAreaCard } from './area-card.js';

// It draws from data from its first update: the binding comes with it, not one import later.
useDataBinding(DataBinding);
defineElement('bl-area-card', BlAreaCard);

declare global {
  interface HTMLElementTagNameMap {
    'bl-area-card': BlAreaCard;
  }
}
