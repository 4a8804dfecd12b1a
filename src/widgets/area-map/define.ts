import { defineElement } from '../../base/define.js';
import { useDataBinding } from '../../base/bl-element.js';
import { DataBinding } from '../../base/data-binding.js';
import { BlAreaMap } from './area-map.js';

// It draws from data from its first update: the binding comes with it, not one import later.
useDataBinding(DataBinding);
defineElement('bl-area-map', BlAreaMap);

declare global {
  interface HTMLElementTagNameMap {
    'bl-area-map': BlAreaMap;
  }
}
