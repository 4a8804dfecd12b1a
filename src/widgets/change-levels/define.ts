import { defineElement } from '../../base/define.js';
import { useDataBinding } from '../../base/bl-element.js';
import { DataBinding } from '../../base/data-binding.js';
import { BlChangeLevels } from './change-levels.js';

// It draws from data from its first update: the binding comes with it, not one import later.
useDataBinding(DataBinding);
defineElement('bl-change-levels', BlChangeLevels);

declare global {
  interface HTMLElementTagNameMap {
    'bl-change-levels': BlChangeLevels;
  }
}
