import { defineElement } from '../../base/define.js';
import '../outcome-ring/define.js';
import { BlOutcomeRings } from './outcome-rings.js';

defineElement('bl-outcome-rings', BlOutcomeRings);

declare global {
  interface HTMLElementTagNameMap {
    'bl-outcome-rings': BlOutcomeRings;
  }
}
