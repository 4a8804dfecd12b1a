/// <reference types="node" />
// What a consumer of the built package relies on: the manifest, the exports map, the version.
// Runs after `npm run build` (npm test builds first).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { version } from '../../src/version.js';

const root = new URL('../../', import.meta.url);
const read = (path: string) => JSON.parse(readFileSync(new URL(path, root), 'utf8'));
const pkg = read('package.json');

interface Declaration {
  tagName?: string;
  attributes?: { name: string }[];
  events?: { name: string }[];
  cssParts?: { name: string }[];
  cssProperties?: { name: string }[];
}

const manifest = read(pkg.customElements);
const elements = new Map<string, Declaration>(
  manifest.modules
    .flatMap((module: { declarations?: Declaration[] }) => module.declarations ?? [])
    .filter((declaration: Declaration) => declaration.tagName)
    .map((declaration: Declaration) => [declaration.tagName, declaration]),
);
const names = (list?: { name: string }[]) => (list ?? []).map((item) => item.name);

test('src/version.ts matches package.json', () => {
  assert.equal(version, pkg.version);
});

test('custom-elements.json lists bl-programme with its attributes and events', () => {
  const programme = elements.get('bl-programme');
  assert.ok(programme, 'bl-programme is missing');
  for (const name of ['src', 'timeout', 'max-bytes', 'selected-area']) {
    assert.ok(names(programme.attributes).includes(name), `attribute ${name}`);
  }
  assert.deepEqual(names(programme.events).sort(), ['bl-data-error', 'bl-data-load']);
});

test('custom-elements.json lists bl-outcome-ring with attributes, parts and tokens', () => {
  const ring = elements.get('bl-outcome-ring');
  assert.ok(ring, 'bl-outcome-ring is missing');
  for (const name of [
    'label',
    'value',
    'max',
    'level-labels',
    'outcome',
    'area',
    'year',
    'src',
    'theme',
  ]) {
    assert.ok(names(ring.attributes).includes(name), `attribute ${name}`);
  }
  for (const part of ['ring', 'label', 'level', 'error', 'notice', 'badge']) {
    assert.ok(names(ring.cssParts).includes(part), `part ${part}`);
  }
  assert.ok(names(ring.cssProperties).includes('--bl-ring-size'));
  assert.ok(names(ring.cssProperties).includes('--bl-color-text'));
  assert.deepEqual(ring.events ?? [], [], 'a ring fires no events');
});

test('every exports entry points at a built file', () => {
  const targets: string[] = [];
  const collect = (value: unknown) => {
    if (typeof value === 'string') targets.push(value);
    else if (value && typeof value === 'object') Object.values(value).forEach(collect);
  };
  collect(pkg.exports);
  for (const target of targets.filter((target) => !target.includes('*'))) {
    assert.ok(existsSync(new URL(target, root)), `${target} does not exist`);
  }
  assert.ok(existsSync(new URL(pkg.unpkg, root)), 'the unpkg bundle is missing');
  assert.ok(existsSync(new URL(pkg.types, root)), 'the type declarations are missing');
});

test('sideEffects names only modules that define tags, and the bundle', () => {
  for (const entry of pkg.sideEffects as string[]) {
    assert.match(entry, /(define\.js|index\.js|\.min\.js)$/);
  }
});

test('the data layer imports in Node without defining any element', async () => {
  const data = await import(new URL('dist/data/index.js', root).href);
  const result = data.validateDataset(read('src/data/default/big-local.json'));
  assert.deepEqual(result.problems, []);
});

test('the README API reference is in step with custom-elements.json', () => {
  const result = spawnSync(process.execPath, ['scripts/api-docs.mjs', '--check'], {
    cwd: new URL('.', root),
    encoding: 'utf8',
  });
  assert.equal(result.status, 0, result.stderr);
});

test('the map’s outline of England is what its script makes of the boundary package', () => {
  const result = spawnSync(process.execPath, ['scripts/england-outline.mjs', '--check'], {
    cwd: new URL('.', root),
    encoding: 'utf8',
  });
  assert.equal(result.status, 0, result.stderr);
  const outline = read('src/widgets/area-map/england-outline.json');
  assert.equal(outline.type, 'MultiPolygon');
  // Every point lies in England's box: nothing of Scotland, Wales or Northern Ireland is left.
  const points = (outline.coordinates as number[][][][]).flat(2) as unknown as [number, number][];
  assert.ok(points.length > 300);
  for (const [lon, lat] of points) {
    assert.ok(lon > -6.5 && lon < 1.8 && lat > 49.8 && lat < 55.9, `${lon}, ${lat}`);
  }
  // England stops at the Scottish border, near 55.8° N, and at Wales's border, which runs no
  // further west than Shropshire's edge (3.24° W) between the Severn and the Dee.
  assert.ok(Math.max(...points.map(([, lat]) => lat)) < 55.85);
  const welsh = points.filter(([lon, lat]) => lat > 51.7 && lat < 53.25 && lon < -3.3);
  assert.deepEqual(welsh, []);
});

test('custom-elements.json lists the rings and the card with what partners set', () => {
  const rings = elements.get('bl-outcome-rings');
  const card = elements.get('bl-area-card');
  assert.ok(rings && card);
  assert.deepEqual(
    ['area', 'year', 'hide-legend'].filter((name) => !names(rings.attributes).includes(name)),
    [],
  );
  assert.deepEqual(
    ['area', 'variant', 'year', 'heading-level'].filter(
      (name) => !names(card.attributes).includes(name),
    ),
    [],
  );
  assert.deepEqual(names(card.events), ['bl-area-select']);
});
