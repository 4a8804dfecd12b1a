import { defineElement } from '../../base/define.js';
import { useDataBinding } from '../../base/bl-element.js';
import { DataBinding } from '../../base/data-binding.js';
import { BlThemes } from './themes.js';

// It draws from data from its first update: the binding comes with it, not one import later.
useDataBinding(DataBinding);
defineElement('bl-themes', BlThemes);

declare global {
  interface HTMLElementTagNameMap {
    'bl-themes': BlThemes;
  }
}
