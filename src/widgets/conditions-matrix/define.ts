import { defineElement } from '../../base/define.js';
import { BlConditionsMatrix } from './conditions-matrix.js';

defineElement('bl-conditions-matrix', BlConditionsMatrix);

declare global {
  interface HTMLElementTagNameMap {
    'bl-conditions-matrix': BlConditionsMatrix;
  }
}
