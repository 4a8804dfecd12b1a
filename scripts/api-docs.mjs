// Writes the README's API reference from custom-elements.json, between the api markers, so the
// JSDoc on each widget stays the one place its API is written. Run by `npm run build`;
// `--check` exits non-zero when the README is out of step (used by the Node tests).
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as prettier from 'prettier';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const start = '<!-- api:start (generated from custom-elements.json by scripts/api-docs.mjs) -->';
const end = '<!-- api:end -->';

const cell = (text = '') => String(text).replace(/\s+/g, ' ').replace(/\|/g, '\\|').trim();
const table = (headers, rows) =>
  rows.length === 0
    ? ''
    : [
        `| ${headers.join(' | ')} |`,
        `| ${headers.map(() => '---').join(' | ')} |`,
        ...rows.map((row) => `| ${row.map(cell).join(' | ')} |`),
        '',
      ].join('\n');

export function apiMarkdown(manifest) {
  const elements = manifest.modules
    .flatMap((module) => module.declarations ?? [])
    .filter((declaration) => declaration.tagName)
    .sort((a, b) => a.tagName.localeCompare(b.tagName));
  return elements
    .map((element) =>
      [
        `### \`<${element.tagName}>\``,
        '',
        cell(element.summary ?? ''),
        '',
        table(
          ['Attribute', 'Property', 'Type', 'Default', 'Description'],
          (element.attributes ?? []).map((attribute) => [
            `\`${attribute.name}\``,
            attribute.fieldName ? `\`${attribute.fieldName}\`` : '',
            attribute.type?.text ? `\`${attribute.type.text}\`` : '',
            attribute.default ? `\`${attribute.default}\`` : '',
            attribute.description,
          ]),
        ),
        table(
          ['Event', 'Description'],
          (element.events ?? []).map((event) => [`\`${event.name}\``, event.description]),
        ),
        table(
          ['Slot', 'Description'],
          (element.slots ?? []).map((slot) => [
            slot.name ? `\`${slot.name}\`` : '(default)',
            slot.description,
          ]),
        ),
        table(
          ['CSS part', 'Description'],
          (element.cssParts ?? []).map((part) => [`\`${part.name}\``, part.description]),
        ),
        table(
          ['CSS custom property', 'Description'],
          (element.cssProperties ?? []).map((property) => [
            `\`${property.name}\``,
            property.description,
          ]),
        ),
      ]
        .filter((block) => block !== '')
        .join('\n'),
    )
    .join('\n');
}

const manifest = JSON.parse(readFileSync(join(root, 'custom-elements.json'), 'utf8'));
const readmePath = join(root, 'README.md');
const readme = readFileSync(readmePath, 'utf8');
const from = readme.indexOf(start);
const to = readme.indexOf(end);
if (from < 0 || to < from) {
  console.error('README.md has no api markers');
  process.exit(1);
}
const next = await prettier.format(
  `${readme.slice(0, from + start.length)}\n\n${apiMarkdown(manifest)}\n${readme.slice(to)}`,
  { ...(await prettier.resolveConfig(readmePath)), filepath: readmePath },
);
if (process.argv.includes('--check')) {
  if (next !== readme) {
    console.error(
      'README.md API reference is out of step with custom-elements.json: run npm run build',
    );
    process.exit(1);
  }
} else if (next !== readme) {
  writeFileSync(readmePath, next);
}
