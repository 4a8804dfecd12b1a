import { defineElement } from '../../base/define.js';
import { BlProgrammeFacts } from './programme-facts.js';

defineElement('bl-programme-facts', BlProgrammeFacts);

declare global {
  interface HTMLElementTagNameMap {
    'bl-programme-facts': BlProgrammeFacts;
  }
}
