#!/usr/bin/env node
/**
 * `npm run build:wordpress`: the WordPress plugin, as a folder and as the zip that
 * Plugins › Add New › Upload Plugin takes:
 *
 *   dist/wordpress/big-local-widgets/     the plugin: wordpress/big-local-widgets/ with
 *                                         assets/ (the loader, its chunks, the iframe page and
 *                                         the data documents) and widgets.json
 *   dist/big-local-widgets-wordpress.zip  the same folder, zipped
 *
 * widgets.json is the library's registry of embeddable widgets (each one's tag, label and the
 * attributes an embed may set) and the plugin's wordings, so the PHP side allows exactly what
 * the widgets take and keeps no list of its own. Runs the library's build first unless given
 * `--no-build`.
 */
import { execFileSync } from 'node:child_process';
import {
  cpSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { deflateRawSync } from 'node:zlib';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(root, 'dist');
const plugin = join(dist, 'wordpress', 'big-local-widgets');
const zipPath = join(dist, 'big-local-widgets-wordpress.zip');

if (!process.argv.includes('--no-build')) {
  execFileSync(process.execPath, [join(root, 'scripts/build.mjs')], { stdio: 'inherit' });
}

rmSync(join(dist, 'wordpress'), { recursive: true, force: true });
mkdirSync(plugin, { recursive: true });
cpSync(join(root, 'wordpress/big-local-widgets'), plugin, { recursive: true });

// The files a page fetches: the loader and its chunks, the iframe page, the data (no maps).
const assets = join(plugin, 'assets');
const shipped = (path) => !path.endsWith('.map');
mkdirSync(join(assets, 'data'), { recursive: true });
for (const file of [
  'big-local-widgets.min.js',
  'embed.html',
  'embed.css',
  'embed.js',
  'embed-frame.js',
]) {
  cpSync(join(dist, file), join(assets, file));
}
cpSync(join(dist, 'chunks'), join(assets, 'chunks'), {
  recursive: true,
  filter: (path) => statSync(path).isDirectory() || shipped(path),
});
for (const file of ['big-local.json', 'big-local-150.json', 'schema.json']) {
  cpSync(join(dist, 'data', file), join(assets, 'data', file));
}

const load = (path) => import(pathToFileURL(join(dist, path)).href);
const { embeddableWidgets } = await load('widgets/registry.js');
const { embedBuilderStrings } = await load('strings/embed-builder.js');
const { embedStrings } = await load('strings/embed.js');
const { errorStrings } = await load('strings/base.js');
const { wordpressStrings } = await load('strings/wordpress.js');

/** A wording for PHP's `vsprintf`: a function's arguments become `%s`, a literal % is doubled. */
const placeholder = '\u0000';
const forPhp = (wording) =>
  typeof wording === 'function'
    ? wording(placeholder).replaceAll('%', '%%').replaceAll(placeholder, '%s')
    : wording.replaceAll('%', '%%');

/** The tags whose heading level a page sets: in a post, under its title, they start at 2. */
const manifest = JSON.parse(readFileSync(join(root, 'custom-elements.json'), 'utf8'));
const headed = new Set(
  manifest.modules
    .flatMap((module) => module.declarations ?? [])
    .filter((declaration) => declaration.attributes?.some((a) => a.name === 'heading-level'))
    .map((declaration) => declaration.tagName),
);
const headingLevel = {
  name: 'heading-level',
  kind: 'choice',
  choices: ['2', '3', '4', '5', '6'],
  labels: ['2', '3', '4', '5', '6'],
};

const widgets = embeddableWidgets().map((descriptor) => ({
  name: descriptor.name,
  tag: descriptor.tag,
  label: embedBuilderStrings.widgets[descriptor.name] ?? descriptor.name,
  needsArea: descriptor.embed.needsArea,
  attributes: descriptor.embed.attributes
    .map((attribute) => ({
      name: attribute.name,
      kind: attribute.kind,
      ...(attribute.choices
        ? {
            choices: attribute.choices,
            labels: attribute.choices.map(
              (choice) => embedBuilderStrings.choices[attribute.name]?.[choice] ?? choice,
            ),
          }
        : {}),
    }))
    .concat(headed.has(descriptor.tag) ? [headingLevel] : []),
}));
const words = {
  ...Object.fromEntries(
    Object.entries(wordpressStrings).map(([key, value]) => [key, forPhp(value)]),
  ),
  unknownWidget: forPhp(embedStrings.unknownWidget),
  errorTitle: forPhp(errorStrings.title),
  widget: forPhp(embedBuilderStrings.widget),
  theme: forPhp(embedBuilderStrings.theme),
  themeLight: forPhp(embedBuilderStrings.themes.light),
  themeDark: forPhp(embedBuilderStrings.themes.dark),
  themePage: forPhp(embedBuilderStrings.themes['']),
  themeAuto: forPhp(embedBuilderStrings.themes.auto),
  attributes: { ...embedBuilderStrings.attributes, 'heading-level': wordpressStrings.headingLevel },
};
writeFileSync(join(plugin, 'widgets.json'), `${JSON.stringify({ widgets, words }, null, 2)}\n`);

/** Every file under `dir`, as paths relative to `base`, in a stable order. */
function filesUnder(dir, base = dir) {
  return readdirSync(dir, { withFileTypes: true })
    .sort((a, b) => a.name.localeCompare(b.name))
    .flatMap((entry) => {
      const path = join(dir, entry.name);
      return entry.isDirectory() ? filesUnder(path, base) : [relative(base, path)];
    });
}

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(bytes) {
  let crc = 0xffffffff;
  for (const byte of bytes) crc = crcTable[(crc ^ byte) & 0xff] ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

/**
 * A zip of `files` (deflated, with the plugin's folder as their parent, as WordPress's upload
 * screen expects), written here so the build needs no `zip` program.
 */
function zip(files, folder) {
  const locals = [];
  const centrals = [];
  let offset = 0;
  for (const file of files) {
    const name = Buffer.from(`${folder}/${file.split('\\').join('/')}`);
    const data = readFileSync(join(plugin, file));
    const packed = deflateRawSync(data, { level: 9 });
    const crc = crc32(data);
    const header = Buffer.alloc(30);
    header.writeUInt32LE(0x04034b50, 0);
    header.writeUInt16LE(20, 4);
    header.writeUInt16LE(0x0800, 6); // UTF-8 names
    header.writeUInt16LE(8, 8); // deflate
    header.writeUInt16LE(0, 10);
    header.writeUInt16LE(0x5a21, 12); // 2025-01-01, a fixed date: the same build, the same zip
    header.writeUInt32LE(crc, 14);
    header.writeUInt32LE(packed.length, 18);
    header.writeUInt32LE(data.length, 22);
    header.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(8, 10);
    central.writeUInt16LE(0, 12);
    central.writeUInt16LE(0x5a21, 14);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(packed.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(header, name, packed);
    centrals.push(central, name);
    offset += header.length + name.length + packed.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(files.length, 8);
  end.writeUInt16LE(files.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

const files = filesUnder(plugin);
const archive = zip(files, 'big-local-widgets');
writeFileSync(zipPath, archive);
console.log(
  `WordPress plugin: ${relative(root, zipPath)} (${files.length} files, ${(archive.length / 1024).toFixed(0)} kB)`,
);
