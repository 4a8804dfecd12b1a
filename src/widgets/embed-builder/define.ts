import { defineElement } from '../../base/define.js';
import { useDataBinding } from '../../base/bl-element.js';
import { DataBinding } from '../../base/data-binding.js';
// The widgets the builder previews.
import '../area-card/define.js';
import { BlEmbedBuilder } from './embed-builder.js';

// It draws from data from its first update: the binding comes with it, not one import later.
useDataBinding(DataBinding);
defineElement('bl-embed-builder', BlEmbedBuilder);

declare global {
  interface HTMLElementTagNameMap {
    'bl-embed-builder': BlEmbedBuilder;
  }
}
