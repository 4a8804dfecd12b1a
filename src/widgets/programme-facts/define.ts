import { defineElement } from '../../base/define.js';
import { useDataBinding } from '../../base/bl-element.js';
import { DataBinding } from '../../base/data-binding.js';
import { BlProgrammeFacts } from './programme-facts.js';

// It draws from data from its first update: the binding comes with it, not one import later.
useDataBinding(DataBinding);
defineElement('bl-programme-facts', BlProgrammeFacts);

declare global {
  interface HTMLElementTagNameMap {
    'bl-programme-facts': BlProgrammeFacts;
  }
}
