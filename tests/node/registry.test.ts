/// <reference types="node" />
// The registry is the one list of widgets, so it must agree with the tree: every folder under
// src/widgets/ is a registered widget with its define module, test file and stories, every entry
// has its folder, and src/index.ts defines every entry. Importing the registry runs no widget
// code: `define` is a function that imports a widget's module only when called.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { widgets } from '../../src/widgets/registry.js';

const root = new URL('../../', import.meta.url);
const exists = (path: string) => existsSync(new URL(path, root));
const read = (path: string) => readFileSync(new URL(path, root), 'utf8');

const folders = readdirSync(new URL('src/widgets/', root), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort();

// So that the checks below cannot pass by finding nothing to check.
test('src/widgets/ holds widget folders and the registry lists widgets', () => {
  assert.ok(folders.includes('area-card') && folders.includes('programme'), folders.join());
  assert.ok(widgets.some((widget) => widget.name === 'area-card'));
});

for (const name of folders) {
  test(`the folder src/widgets/${name}/ is a complete, registered widget`, () => {
    const entry = widgets.find((widget) => widget.name === name);
    assert.ok(entry, `src/widgets/${name}/ has no entry in src/widgets/registry.ts`);
    assert.ok(
      exists(`src/widgets/${name}/define.ts`),
      `src/widgets/${name}/ has no define.ts to register its tag`,
    );
    assert.ok(exists(`tests/${name}.test.ts`), `no test for ${name}: add tests/${name}.test.ts`);
    assert.ok(
      exists(`stories/${name}.stories.ts`),
      `no stories for ${name}: add stories/${name}.stories.ts`,
    );
  });
}

const defineImport = /import\(\s*["'`]\.\/([^/"'`]+)\/define\.js["'`]\s*\)/;
const registrySource = read('src/widgets/registry.ts');
const indexSource = read('src/index.ts');
/** The module specifiers src/index.ts imports for their side effects alone. */
const indexImports = new Set(
  [...indexSource.matchAll(/^import\s+'([^']+)';/gm)].map((match) => match[1]),
);

for (const entry of widgets) {
  test(`the registry entry "${entry.name}" has its folder, its tag and its place in src/index.ts`, () => {
    assert.ok(
      folders.includes(entry.name),
      `the registry lists "${entry.name}" but there is no src/widgets/${entry.name}/`,
    );
    assert.equal(entry.tag, `bl-${entry.name}`, 'a tag is the folder name with the bl- prefix');
    // `define` must load the widget's own define module, which must register the entry's tag.
    const body = entry.define.toString();
    assert.equal(
      body.match(defineImport)?.[1],
      entry.name,
      `define() of "${entry.name}" should import ./${entry.name}/define.js, not ${body}`,
    );
    assert.match(
      read(`src/widgets/${entry.name}/define.ts`),
      new RegExp(`defineElement\\(\\s*'${entry.tag}'`),
      `src/widgets/${entry.name}/define.ts does not define <${entry.tag}>`,
    );
    assert.ok(
      indexImports.has(`./widgets/${entry.name}/define.js`),
      `src/index.ts does not import ./widgets/${entry.name}/define.js, so the bundle lacks <${entry.tag}>`,
    );
  });
}

test('the registry names each widget and each tag once', () => {
  for (const key of ['name', 'tag'] as const) {
    const values = widgets.map((widget) => widget[key]);
    assert.deepEqual(
      values.filter((value, index) => values.indexOf(value) !== index),
      [],
      `${key}s named twice`,
    );
  }
});

test('src/index.ts defines the provider before the widgets that look for it', () => {
  const order = [...indexImports];
  assert.equal(order[0], './widgets/programme/define.js');
});

test('the registry module imports nothing, so reading it costs no widget code', () => {
  assert.doesNotMatch(registrySource, /^import\s/m);
});
