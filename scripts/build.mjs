// `npm run build`: the npm modules with type declarations, the script-tag bundle, the custom
// elements manifest and the shipped data documents, then a size table of what a consumer loads.
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

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

// Data documents partners can point `src` at, and the schema that describes them.
mkdirSync(join(root, 'dist/data'), { recursive: true });
for (const [from, to] of [
  ['src/data/schema.json', 'dist/data/schema.json'],
  ['src/data/default/big-local.json', 'dist/data/big-local.json'],
  ['src/data/default/big-local-150.json', 'dist/data/big-local-150.json'],
  ['src/data/illustrative.json', 'dist/data/illustrative.json'],
]) {
  try {
    copyFileSync(join(root, from), join(root, to));
  } catch (error) {
    if (error.code !== 'ENOENT') throw error;
    console.warn(`build: ${from} is missing; not shipped`);
  }
}

function sizes(file) {
  const bytes = readFileSync(join(root, file));
  return { file, min: statSync(join(root, file)).size, gzip: gzipSync(bytes, { level: 9 }).length };
}

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} kB`;
const entries = ['dist/big-local-widgets.min.js'].map(sizes);
console.log('\nScript-tag bundle (minified, gzip -9):');
for (const entry of entries) {
  console.log(
    `  ${entry.file.padEnd(36)} ${kb(entry.min).padStart(9)} ${kb(entry.gzip).padStart(9)}`,
  );
}
