import { defineElement } from '../../base/define.js';
import { useDataBinding } from '../../base/bl-element.js';
import { DataBinding } from '../../base/data-binding.js';
import { BlConditionsMatrix } from './conditions-matrix.js';

// It draws from data from its first update: the binding comes with it, not one import later.
useDataBinding(DataBinding);
defineElement('bl-conditions-matrix', BlConditionsMatrix);

declare global {
  interface HTMLElementTagNameMap {
    'bl-conditions-matrix': BlConditionsMatrix;
  }
}
