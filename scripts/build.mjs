// `npm run build`: the npm modules with type declarations, the script-tag bundle, the custom
// elements manifest and the shipped data documents, then a size table of what a consumer loads.
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { bundledAlone, gzip, kb } from './sizes.mjs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const bin = (name) => join(root, 'node_modules', '.bin', name);
const run = (command, args) => execFileSync(command, args, { cwd: root, stdio: 'inherit' });

rmSync(join(root, 'dist'), { recursive: true, force: true });
run(bin('rollup'), ['--config', 'rollup.config.mjs', '--silent']);
run(bin('tsc'), ['-p', 'tsconfig.build.json']);
run(bin('cem'), [
  'analyze',
  '--litelement',
  '--globs',
  'src/**/*.ts',
  '--exclude',
  'src/**/*.styles.ts',
  '--quiet',
]);

run(process.execPath, ['scripts/api-docs.mjs']);
// React components, editor and framework typings, from the manifest just written.
run(process.execPath, ['scripts/frameworks.mjs']);

// The schema that describes the data, regenerated from the contract so it never drifts from it.
run(process.execPath, ['scripts/schema.mjs']);

// Data documents partners can point `src` at, and the schema that describes them.
mkdirSync(join(root, 'dist/data'), { recursive: true });
for (const [from, to] of [
  ['src/data/schema.json', 'dist/data/schema.json'],
  ['src/data/default/big-local-150.json', 'dist/data/big-local-150.json'],
  ['src/data/illustrative.json', 'dist/data/illustrative.json'],
  ['src/embed/embed.html', 'dist/embed.html'],
  ['src/embed/embed.css', 'dist/embed.css'],
]) {
  try {
    copyFileSync(join(root, from), join(root, to));
  } catch (error) {
    if (error.code !== 'ENOENT') throw error;
    console.warn(`build: ${from} is missing; not shipped`);
  }
}

// The room each widget takes until it has drawn (its registry entry's reserve), as a stylesheet
// for pages whose first paint comes before the loader runs (the loader adopts the same rules).
{
  const module = (path) => import(pathToFileURL(join(root, 'dist', path)).href);
  const { reservedRoomRules } = await module('base/reserve.js');
  const { widgets } = await module('widgets/registry.js');
  writeFileSync(
    join(root, 'dist/big-local-widgets.css'),
    `/* big-local-widgets: the room each widget takes until it has drawn. */\n${reservedRoomRules(widgets)}\n`,
  );
}

// The embedded default as one document for partners: its programme, factors and story merged.
const defaultPart = (name) =>
  JSON.parse(readFileSync(join(root, `src/data/default/${name}.json`), 'utf8'));
writeFileSync(
  join(root, 'dist/data/big-local.json'),
  `${JSON.stringify(
    {
      ...defaultPart('big-local'),
      ...defaultPart('big-local-framework'),
      ...defaultPart('big-local-story'),
    },
    null,
    2,
  )}\n`,
);

// The illustrative data as a folder of sheets, the example partners start a spreadsheet from
// (and a bl-programme can point at: src="…/data/sheets/illustrative/").
{
  const { datasetToSheets } = await import(
    pathToFileURL(join(root, 'dist/data/sheets/index.js')).href
  );
  const { validateDataset } = await import(pathToFileURL(join(root, 'dist/data/validate.js')).href);
  const illustrative = JSON.parse(readFileSync(join(root, 'src/data/illustrative.json'), 'utf8'));
  const folder = join(root, 'dist/data/sheets/illustrative');
  mkdirSync(folder, { recursive: true });
  const sheets = datasetToSheets(validateDataset(illustrative).dataset);
  for (const [name, text] of Object.entries(sheets)) writeFileSync(join(folder, name), text);
}

// Sizes: the files a page loads, and what each widget costs when a bundler takes only it
// (its built define module with Lit, context, d3 parts and the embedded default, minified), so a
// change's cost is visible.
// The loader's chunks: each widget's own, and the shared ones (lit, core, data) and the
// embedded default (big-local), so a page's cost is the loader plus the chunks it uses.
const chunks = readdirSync(join(root, 'dist/chunks'))
  .filter((file) => file.endsWith('.js'))
  .sort()
  .map((file) => `chunks/${file}`);
const files = [
  'big-local-widgets.min.js',
  ...chunks,
  'big-local-widgets.all.min.js',
  'embed-frame.js',
  'embed.js',
];
const rows = files.map((file) => {
  const bytes = readFileSync(join(root, 'dist', file));
  return [`dist/${file}`, bytes.length, gzip(bytes)];
});
// The registry lists the widgets; importing it loads none of them.
const { widgets } = await import(pathToFileURL(join(root, 'dist/widgets/registry.js')).href);
for (const { name } of widgets) {
  const bytes = await bundledAlone(join(root, 'dist/widgets', name, 'define.js'));
  rows.push([`widgets/${name}/define.js alone`, bytes.length, gzip(bytes)]);
}
console.log('\nSizes (minified, gzip -9):');
for (const [name, min, zipped] of rows) {
  console.log(`  ${name.padEnd(44)} ${kb(min).padStart(9)} ${kb(zipped).padStart(9)}`);
}
