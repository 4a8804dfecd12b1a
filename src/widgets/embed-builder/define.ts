import { defineElement } from '../../base/define.js';
// The widgets the builder previews.
import '../area-card/define.js';
import { BlEmbedBuilder } from './embed-builder.js';

defineElement('bl-embed-builder', BlEmbedBuilder);

declare global {
  interface HTMLElementTagNameMap {
    'bl-embed-builder': BlEmbedBuilder;
  }
}
