import { defineElement } from '../../base/define.js';
import { BlOutcomeRing } from './outcome-ring.js';

defineElement('bl-outcome-ring', BlOutcomeRing);

declare global {
  interface HTMLElementTagNameMap {
    'bl-outcome-ring': BlOutcomeRing;
  }
}
