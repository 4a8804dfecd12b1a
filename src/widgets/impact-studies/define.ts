import { defineElement } from '../../base/define.js';
import { useDataBinding } from '../../base/bl-element.js';
import { DataBinding } from '../../base/data-binding.js';
import { BlImpactStudies } from './impact-studies.js';

// It draws from data from its first update: the binding comes with it, not one import later.
useDataBinding(DataBinding);
defineElement('bl-impact-studies', BlImpactStudies);

declare global {
  interface HTMLElementTagNameMap {
    'bl-impact-studies': BlImpactStudies;
  }
}
