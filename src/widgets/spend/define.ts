import { defineElement } from '../../base/define.js';
import { useDataBinding } from '../../base/bl-element.js';
import { DataBinding } from '../../base/data-binding.js';
import { BlSpend } from './spend.js';

// It draws from data from its first update: the binding comes with it, not one import later.
useDataBinding(DataBinding);
defineElement('bl-spend', BlSpend);

declare global {
  interface HTMLElementTagNameMap {
    'bl-spend': BlSpend;
  }
}
