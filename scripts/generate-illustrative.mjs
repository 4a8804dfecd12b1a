#!/usr/bin/env node
// Writes the illustrative dataset (fictional neighbourhoods, made-up assessments) for demos and
// stories. Runs on plain Node: esbuild bundles the TypeScript generator in memory and the bundle
// is imported from a data: URL, so no TypeScript loader flag is needed.
//
//   node scripts/generate-illustrative.mjs [--areas N] [--seed S] [--first-year Y] [--last-year Y]
//                                          [--framework FILE] [--out FILE]
//
// Defaults: 24 areas, seed 2010, 2015..2025, the framework in src/data/default/big-local-150.json,
// output src/data/illustrative.json. The same options always give a byte-identical file, which
// tests/node/illustrative.test.ts checks against the committed one.

import { importTypeScript } from './import-ts.mjs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const generator = resolve(root, 'scripts/illustrative.ts');
const defaultFramework = resolve(root, 'src/data/default/big-local-150.json');
const defaultOut = resolve(root, 'src/data/illustrative.json');

const usage = `Usage: node scripts/generate-illustrative.mjs [options]

  --areas N         number of fictional areas (default 24)
  --seed S          integer seed (default 2010)
  --first-year Y    earliest assessment year (default 2015)
  --last-year Y     latest assessment year (default 2025)
  --framework FILE  JSON with scales, outcomes and factors
                    (default src/data/default/big-local-150.json)
  --out FILE        where to write (default src/data/illustrative.json; "-" for stdout)
  --help            show this help`;

function fail(message) {
  console.error(`generate-illustrative: ${message}\n\n${usage}`);
  process.exit(1);
}

function integerOption(values, name) {
  const text = values[name];
  if (text === undefined) return undefined;
  if (!/^-?\d+$/.test(text.trim())) fail(`--${name} must be an integer, not "${text}".`);
  return Number(text);
}

let values;
try {
  ({ values } = parseArgs({
    options: {
      areas: { type: 'string' },
      seed: { type: 'string' },
      'first-year': { type: 'string' },
      'last-year': { type: 'string' },
      framework: { type: 'string' },
      out: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  }));
} catch (error) {
  fail(error.message);
}
if (values.help) {
  console.log(usage);
  process.exit(0);
}

// Paths given on the command line are relative to where the user stands; defaults to the repo.
const frameworkPath = values.framework ? resolve(values.framework) : defaultFramework;
const out = values.out === '-' ? '-' : values.out ? resolve(values.out) : defaultOut;

let framework;
try {
  framework = JSON.parse(await readFile(frameworkPath, 'utf8'));
} catch (error) {
  fail(`cannot read the framework ${frameworkPath}: ${error.message}`);
}
for (const key of ['scales', 'outcomes', 'factors']) {
  if (!framework || typeof framework[key] !== 'object' || framework[key] === null) {
    fail(`the framework ${frameworkPath} has no "${key}".`);
  }
}

const { generateIllustrativeDataset } = await importTypeScript({ entry: generator });

const options = {};
for (const [flag, key] of [
  ['areas', 'areas'],
  ['seed', 'seed'],
  ['first-year', 'firstYear'],
  ['last-year', 'lastYear'],
]) {
  const value = integerOption(values, flag);
  if (value !== undefined) options[key] = value;
}

const started = performance.now();
let dataset;
try {
  dataset = generateIllustrativeDataset(
    { scales: framework.scales, outcomes: framework.outcomes, factors: framework.factors },
    options,
  );
} catch (error) {
  fail(error.message);
}
const elapsed = performance.now() - started;
const text = `${JSON.stringify(dataset, null, 2)}\n`;

if (out === '-') {
  process.stdout.write(text);
} else {
  await mkdir(dirname(out), { recursive: true });
  await writeFile(out, text);
  console.log(
    `Wrote ${dataset.areas.length} areas and ${dataset.assessments.length} assessments ` +
      `(${Buffer.byteLength(text)} bytes, generated in ${elapsed.toFixed(1)} ms) ` +
      `to ${relative(process.cwd(), out) || out}, from ${relative(process.cwd(), frameworkPath)}.`,
  );
}
