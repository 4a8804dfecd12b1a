import { defineElement } from '../../base/define.js';
import { BlProgramme } from './programme.js';

defineElement('bl-programme', BlProgramme);

declare global {
  interface HTMLElementTagNameMap {
    'bl-programme': BlProgramme;
  }
}
