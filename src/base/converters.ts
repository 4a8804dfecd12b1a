import type { ComplexAttributeConverter } from 'lit';

/**
 * A number attribute where empty, missing or non-numeric means "no value" (null), not 0:
 * `value=""` on a ring must read as not assessed, never as the lowest level.
 */
export const optionalNumber: ComplexAttributeConverter<number | null> = {
  fromAttribute: (value) => {
    if (value === null || value.trim() === '') return null;
    const number = Number(value);
    return Number.isFinite(number) ? number : null;
  },
  toAttribute: (value) => (value === null ? null : String(value)),
};

/** A list attribute written as `a | b | c`, the form a CMS editor can type. */
export const pipeList: ComplexAttributeConverter<string[]> = {
  fromAttribute: (value) =>
    (value ?? '')
      .split('|')
      .map((item) => item.trim())
      .filter((item) => item !== ''),
  toAttribute: (value) => value.join(' | '),
};
