import { defineElement } from '../../base/define.js';
import { useDataBinding } from '../../base/bl-element.js';
import { DataBinding } from '../../base/data-binding.js';
import { BlPartnershipMix } from './partnership-mix.js';

// It draws from data from its first update: the binding comes with it, not one import later.
useDataBinding(DataBinding);
defineElement('bl-partnership-mix', BlPartnershipMix);

declare global {
  interface HTMLElementTagNameMap {
    'bl-partnership-mix': BlPartnershipMix;
  }
}
