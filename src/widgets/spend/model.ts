import type { Dataset, Fact, Spend } from '../../data/types.js';

/** The years an area had to spend its money: one figure, or a range's ends. */
export interface YearRange {
  fewest: number;
  most: number;
}

/**
 * The years a fact gives: its `number`, to its `max` or to the upper end of a range in its own
 * words ("10–15 years") when it states one, so a range is never narrowed to one end.
 */
export function yearRange(fact: Fact): YearRange | undefined {
  const fewest = fact.number;
  if (fewest === undefined || !(fewest > 0)) return undefined;
  if (fact.max !== undefined && fact.max >= fewest) return { fewest, most: fact.max };
  // A partner's data may give the range in words only.
  const range = /(\d+(?:\.\d+)?)\s*(?:[-–—]|to)\s*(\d+(?:\.\d+)?)/.exec(fact.value);
  const [, low, high] = range ?? [];
  if (Number(low) === fewest && Number(high) > fewest) return { fewest, most: Number(high) };
  return { fewest, most: fewest };
}

/** A person's share of an area's money, divided in the open from the sourced inputs. */
export interface PersonShare {
  amount: number;
  people: number;
  years: YearRange;
  /** A year's share over the fewest years: the higher figure. */
  perYearHigh: number;
  /** A year's share over the most years: the lower figure (the same as the higher one without a range). */
  perYearLow: number;
  /** A person's share of the whole amount, whatever the years. */
  perPerson: number;
}

export function personShare(inputs: NonNullable<Spend['perResident']>): PersonShare | undefined {
  const amount = inputs.amount.number;
  const people = inputs.people.number;
  const years = yearRange(inputs.years);
  if (amount === undefined || !people || !years) return undefined;
  return {
    amount,
    people,
    years,
    perYearHigh: amount / years.fewest / people,
    perYearLow: amount / years.most / people,
    perPerson: amount / people,
  };
}

const isCurrency = (code: string | undefined): code is string =>
  code !== undefined && /^[A-Z]{3}$/.test(code);

/**
 * The currency of the per-resident amount: its own unit, else the spend total's, else the
 * areas' funding: the dataset states one somewhere, and there is no default currency.
 */
export function currencyOf(dataset: Dataset): string | undefined {
  const spend = dataset.spend;
  return [
    spend?.perResident?.amount.unit,
    spend?.total?.unit,
    ...dataset.areas.map((area) => area.funding?.currency),
  ].find(isCurrency);
}

/** A share as shown: to the penny when it divides exactly, else to whole units. */
export interface ShownShare {
  value: number;
  fractionDigits: 0 | 2;
  /** False when rounding changed it: it is then worded "about". */
  exact: boolean;
}

/**
 * Pence when a share divides exactly to the penny (£12.50); else whole units, because a
 * recurring £8.33 would claim a precision the rough inputs do not have.
 */
export function shownShare(value: number): ShownShare {
  const pence = value * 100;
  const toThePenny = Math.abs(pence - Math.round(pence)) < 1e-6;
  if (toThePenny && !Number.isInteger(Math.round(pence) / 100)) {
    return { value: Math.round(pence) / 100, fractionDigits: 2, exact: true };
  }
  const whole = Math.round(value);
  return { value: whole, fractionDigits: 0, exact: Math.abs(whole - value) < 1e-6 };
}
