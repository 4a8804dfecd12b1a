import { defineElement } from '../../base/define.js';
import { useDataBinding } from '../../base/bl-element.js';
import { DataBinding } from '../../base/data-binding.js';
import { BlSuccessFactors } from './success-factors.js';

// It draws from data from its first update: the binding comes with it, not one import later.
useDataBinding(DataBinding);
defineElement('bl-success-factors', BlSuccessFactors);

declare global {
  interface HTMLElementTagNameMap {
    'bl-success-factors': BlSuccessFactors;
  }
}
