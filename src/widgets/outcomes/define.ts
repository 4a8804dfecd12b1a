import { defineElement } from '../../base/define.js';
import { useDataBinding } from '../../base/bl-element.js';
import { DataBinding } from '../../base/data-binding.js';
import { BlOutcomes } from './outcomes.js';

// It draws from data from its first update: the binding comes with it, not one import later.
useDataBinding(DataBinding);
defineElement('bl-outcomes', BlOutcomes);

declare global {
  interface HTMLElementTagNameMap {
    'bl-outcomes': BlOutcomes;
  }
}
