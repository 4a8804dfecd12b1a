/// <reference types="node" />
// One way to write a figure: money, counts, ranges and shares from the embedded default's facts
// come out in one style, whatever the sources wrote ("£217m", "£200 million", "£271M").
import { test } from 'node:test';
import assert from 'node:assert/strict';
import story from '../../src/data/default/big-local-story.json' with { type: 'json' };
import { formatFigure } from '../../src/format/figures.js';
import type { Fact } from '../../src/data/types.js';

/** Every fact in the story part: the facts, and the figures of themes, spend and the rest. */
function factsIn(value: unknown): Fact[] {
  if (Array.isArray(value)) return value.flatMap(factsIn);
  if (!value || typeof value !== 'object') return [];
  const record = value as Record<string, unknown>;
  const own =
    typeof record.value === 'string' &&
    'label' in record &&
    'source' in record &&
    !('share' in record)
      ? [record as unknown as Fact]
      : [];
  return [...own, ...Object.values(record).flatMap(factsIn)];
}

const qualified = '(?:(?:at least|about|up to|over|just under) )?';
const money = new RegExp(`^${qualified}£(?:\\d{1,3}(?:\\.\\d{1,2})?m|\\d{1,3}(?:,\\d{3})*)$`);

test('every sum of money is written one way: £217m, £1.15m, £105,000', () => {
  const sums = factsIn(story).filter((fact) => fact.unit === 'GBP' && fact.number !== undefined);
  assert.ok(sums.length >= 15, `only ${sums.length} sums`);
  for (const fact of sums) assert.match(formatFigure(fact), money, fact.value);
  const written = sums.map((fact) => formatFigure(fact));
  assert.ok(written.includes('£217m') && written.includes('£200m') && written.includes('£271m'));
  assert.ok(written.includes('over £196m') && written.includes('just under £160m'));
});

test('counts, ranges and shares are written one way too', () => {
  const byValue = new Map(factsIn(story).map((fact) => [fact.value, formatFigure(fact)]));
  assert.equal(byValue.get('approx. 2.5million'), 'about 2.5 million');
  assert.equal(byValue.get('over one million'), 'over 1 million');
  assert.equal(byValue.get('approximately 3,000-5,000 residents'), 'about 3,000–5,000');
  assert.equal(byValue.get('around 5,000 to 8,000 people'), 'about 5,000–8,000');
  assert.equal(byValue.get('10–15 years'), '10–15 years');
  assert.equal(byValue.get('117 of 150'), '117 of 150');
  assert.equal(byValue.get('34%'), '34%');
  // A date, or words with no number, stay as the source gives them.
  assert.equal(byValue.get('March 2026'), 'March 2026');
  assert.equal(byValue.get('over a quarter'), 'over a quarter');
});

test('a figure whose words say more than its fields is shown in those words', () => {
  const base = { id: 'x', label: 'Water tests', source: { title: 't', url: 'https://x.example/' } };
  assert.equal(formatFigure({ ...base, value: 'about 400', number: 400 }), 'about 400');
  assert.equal(formatFigure({ ...base, value: '400', number: 400 }), '400');
  assert.equal(
    formatFigure({ ...base, value: 'about 400', number: 400, qualifier: 'about' }),
    'about 400',
  );
  assert.equal(formatFigure({ ...base, value: '€6m', number: 6_000_000, unit: 'EUR' }), '€6m');
});
