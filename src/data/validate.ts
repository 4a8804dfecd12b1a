import type { ValidationResult } from './types.js';
import { Context, defaultLimits, kindOf } from './contract/context.js';
import type { ValidationLimits } from './contract/context.js';
import { dataset } from './contract/dataset.js';

export { defaultLimits } from './contract/context.js';
export type { ValidationLimits } from './contract/context.js';
export { safeHttpUrl } from './contract/readers.js';

/**
 * Turns any value into the usable part of a dataset plus a list of problems, by the contract's
 * readers (`contract/dataset.ts`). Never throws: whatever a partner's file holds, the caller
 * gets the usable part and words to show, or `dataset: null` when its required parts are not
 * usable, since such a document would show nothing.
 */
export function validateDataset(
  input: unknown,
  limits: Partial<ValidationLimits> = {},
): ValidationResult {
  return validate(input, limits, false);
}

/**
 * `validateDataset` for a document the data layer parsed from text itself, which nothing else
 * holds: the parts that read as they are are kept rather than copied.
 */
export function validateParsed(
  input: unknown,
  limits: Partial<ValidationLimits> = {},
): ValidationResult {
  return validate(input, limits, true);
}

function validate(
  input: unknown,
  limits: Partial<ValidationLimits>,
  owned: boolean,
): ValidationResult {
  const ctx = new Context({ ...defaultLimits, ...limits }, owned);
  try {
    if (typeof input !== 'object' || input === null || Array.isArray(input)) {
      ctx.report(undefined, 'not-dataset', { found: kindOf(input) });
      return { dataset: null, problems: ctx.finish() };
    }
    return { dataset: dataset.read(input, ctx) ?? null, problems: ctx.finish() };
  } catch (error) {
    // Unreachable by design; kept so that a bug here can never break a host page.
    ctx.depth = 0;
    ctx.report(undefined, 'unreadable', { detail: String(error) });
    return { dataset: null, problems: ctx.finish() };
  }
}
