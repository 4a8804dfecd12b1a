import { defineElement } from '../../base/define.js';
import { useDataBinding } from '../../base/bl-element.js';
import { DataBinding } from '../../base/data-binding.js';
// What the profile renders inside itself is defined with it, so it never waits for a tag.
import '../area-card/define.js';
import '../timeline/define.js';
import { BlAreaProfile } from './area-profile.js';

// It draws from data from its first update: the binding comes with it, not one import later.
useDataBinding(DataBinding);
defineElement('bl-area-profile', BlAreaProfile);

declare global {
  interface HTMLElementTagNameMap {
    'bl-area-profile': BlAreaProfile;
  }
}
