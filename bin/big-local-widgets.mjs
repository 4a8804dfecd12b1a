#!/usr/bin/env node
/**
 * big-local-widgets: checks, converts and writes a programme's data from the command line.
 *
 *   big-local-widgets check <folder|file.json>        every problem, by sheet, row and column
 *                                                     (or JSON path); exit 1 when there is one
 *   big-local-widgets convert <folder> -o data.json   the sheets as one JSON document
 *   big-local-widgets sheets <data.json> -o <folder>  a JSON document as sheets
 *   big-local-widgets render <widget> [--<attribute> <value> …] [--data <file|folder>]
 *                                                     the widget's HTML, rendered on the server
 *
 * A folder holds the sheets by their names (programme.csv, scales.csv, outcomes.csv,
 * groups.csv, factors.csv, areas.csv, assessments.csv, …), CSV or TSV, as a spreadsheet program
 * exports them.
 */
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readSheets, datasetToSheets } from '../dist/data/sheets/index.js';
import { validateDataset } from '../dist/data/validate.js';

const usage = `Usage:
  big-local-widgets check <folder|file.json>
  big-local-widgets convert <folder> -o data.json
  big-local-widgets sheets <data.json> -o <folder>
  big-local-widgets render <widget> [--area <id> …] [--data <file.json|folder>]`;

function fail(message, code = 2) {
  console.error(message);
  process.exit(code);
}

/** The folder's sheets and extra.json by file name. */
function readFolder(folder) {
  const files = {};
  for (const name of readdirSync(folder)) {
    if (/\.(csv|tsv|txt)$/i.test(name) || name === 'extra.json') {
      files[name.toLowerCase()] = readFileSync(join(folder, name), 'utf8');
    }
  }
  return files;
}

/** A folder or a JSON file, read and validated. */
function read(path) {
  if (!existsSync(path)) fail(`big-local-widgets: ${path} does not exist.`);
  if (statSync(path).isDirectory()) return readSheets(readFolder(path));
  let value;
  try {
    value = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    return { dataset: null, problems: [{ path, message: `is not JSON: ${error.message}` }] };
  }
  return validateDataset(value);
}

const [command, input, ...rest] = process.argv.slice(2);
const outIndex = rest.indexOf('-o') >= 0 ? rest.indexOf('-o') : rest.indexOf('--out');
const out = outIndex >= 0 ? rest[outIndex + 1] : undefined;
if (!command || !input || ['-h', '--help'].includes(command)) fail(usage, command ? 0 : 2);

if (command === 'check') {
  const { dataset, problems } = read(input);
  for (const problem of problems) console.log(`${problem.path}: ${problem.message}`);
  if (!dataset) {
    console.log(`${input}: cannot be used at all (${problems.length} problems).`);
    process.exit(1);
  }
  const summary = `${dataset.areas.length} areas, ${dataset.assessments.length} assessments`;
  console.log(
    problems.length ? `${summary}; ${problems.length} problems.` : `${summary}; no problems.`,
  );
  process.exit(problems.length ? 1 : 0);
} else if (command === 'convert') {
  if (!out) fail(`big-local-widgets convert needs -o <file.json>.\n${usage}`);
  const { dataset, problems } = read(input);
  for (const problem of problems) console.error(`${problem.path}: ${problem.message}`);
  if (!dataset) process.exit(1);
  writeFileSync(out, `${JSON.stringify(dataset, null, 2)}\n`);
  console.log(
    `Wrote ${out}: ${dataset.areas.length} areas, ${dataset.assessments.length} assessments.`,
  );
  process.exit(problems.length ? 1 : 0);
} else if (command === 'sheets') {
  if (!out) fail(`big-local-widgets sheets needs -o <folder>.\n${usage}`);
  const { dataset, problems } = read(input);
  for (const problem of problems) console.error(`${problem.path}: ${problem.message}`);
  if (!dataset) process.exit(1);
  mkdirSync(out, { recursive: true });
  const files = datasetToSheets(dataset);
  for (const [name, text] of Object.entries(files)) writeFileSync(join(out, name), text);
  console.log(`Wrote ${Object.keys(files).length} files to ${out}.`);
  process.exit(problems.length ? 1 : 0);
} else if (command === 'render') {
  const attributes = {};
  let data;
  for (let index = 0; index < rest.length; index += 2) {
    const name = rest[index]?.replace(/^--/, '');
    const value = rest[index + 1];
    if (!rest[index]?.startsWith('--') || value === undefined) fail(usage);
    if (name === 'data')
      data = read(value).dataset ?? fail(`big-local-widgets: ${value} cannot be used.`, 1);
    else attributes[name] = value;
  }
  const { renderWidget } = await import('../dist/ssr/index.js');
  try {
    process.stdout.write(`${await renderWidget(input, attributes, data)}\n`);
  } catch (error) {
    fail(error.message, 1);
  }
} else {
  fail(`big-local-widgets: no command "${command}".\n${usage}`);
}
