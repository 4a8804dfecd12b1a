import { defineElement } from '../../base/define.js';
import { useDataBinding } from '../../base/bl-element.js';
import { DataBinding } from '../../base/data-binding.js';
import { BlOutcomeRings } from './outcome-rings.js';

// It draws from data from its first update: the binding comes with it, not one import later.
useDataBinding(DataBinding);
defineElement('bl-outcome-rings', BlOutcomeRings);

declare global {
  interface HTMLElementTagNameMap {
    'bl-outcome-rings': BlOutcomeRings;
  }
}
