#!/usr/bin/env node
// Writes src/data/schema.json from the contract's one definition (src/data/contract/dataset.ts):
// the readers give the shapes, the JSDoc on the definition's fields gives the descriptions, so
// the schema partners read says what the types say.
//
//   node scripts/schema.mjs           regenerate src/data/schema.json
//   node scripts/schema.mjs --check   exit 1 when the committed file is out of step
//
// The build runs it; tests/node/schema.test.ts checks the committed file against generateSchema().
import { readFile, writeFile } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { importTypeScript } from './import-ts.mjs';
import { format } from 'prettier';
import ts from 'typescript';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const contract = join(root, 'src/data/contract');
const definition = join(contract, 'dataset.ts');
export const schemaPath = join(root, 'src/data/schema.json');

const meta = {
  $id: 'https://big-local-widgets.example/schema/2.json',
  title: 'Big Local widgets dataset',
};

/** The text of a node's JSDoc, on one line, or undefined. */
function jsDocOf(node) {
  const texts = ts
    .getJSDocCommentsAndTags(node)
    .filter(ts.isJSDoc)
    .map((doc) => ts.getTextOfJSDocComment(doc.comment) ?? '');
  const text = texts.join(' ').replace(/\s+/g, ' ').trim();
  return text || undefined;
}

/**
 * Descriptions from the definition's JSDoc: for each `object({...}, { name })` its fields' docs
 * and the doc of the constant holding it; `dataset` itself is the root (`''`).
 */
function docsOf(sourceText) {
  const file = ts.createSourceFile(definition, sourceText, ts.ScriptTarget.Latest, true);
  const docs = {};
  const visit = (node) => {
    if (
      ts.isCallExpression(node) &&
      ts.isIdentifier(node.expression) &&
      node.expression.text === 'object' &&
      node.arguments[0] &&
      ts.isObjectLiteralExpression(node.arguments[0])
    ) {
      const name = nameOf(node);
      if (name !== undefined) {
        const fields = {};
        for (const property of node.arguments[0].properties) {
          const doc = jsDocOf(property);
          if (doc && property.name && ts.isIdentifier(property.name)) {
            fields[property.name.text] = doc;
          }
        }
        const holder = holderOf(node);
        const description = holder && jsDocOf(holder);
        docs[name] = { ...(description ? { description } : {}), fields };
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return docs;
}

/** The `$defs` name an `object()` call gives itself, or `''` for the root `dataset`. */
function nameOf(call) {
  const options = call.arguments[1];
  if (options && ts.isObjectLiteralExpression(options)) {
    for (const property of options.properties) {
      if (
        ts.isPropertyAssignment(property) &&
        ts.isIdentifier(property.name) &&
        property.name.text === 'name' &&
        ts.isStringLiteral(property.initializer)
      ) {
        return property.initializer.text;
      }
    }
  }
  const declaration = call.parent;
  if (ts.isVariableDeclaration(declaration) && declaration.name.getText() === 'dataset') return '';
  return undefined;
}

/** Whether a node is a field of an `object({...})` call. */
const isField = (node) =>
  ts.isPropertyAssignment(node) &&
  ts.isCallExpression(node.parent.parent) &&
  node.parent.parent.expression.getText() === 'object';

/** The statement of the constant an `object()` call is (part of) the value of, for its JSDoc. */
function holderOf(call) {
  let current = call.parent;
  while (current && !ts.isVariableStatement(current)) {
    // Inside another object's field, the doc above is that field's, not the constant's.
    if (isField(current)) return undefined;
    current = current.parent;
  }
  return current;
}

/** Loads the definition and the schema writer, bundled, so plain Node can run them. */
async function loadContract() {
  return importTypeScript({
    source:
      "export { dataset } from './dataset.ts';\n" +
      "export { toJsonSchema } from './json-schema.ts';\n",
    resolveDir: contract,
  });
}

/** The schema as the definition gives it, as the text schema.json should hold. */
export async function generateSchema() {
  const [{ dataset, toJsonSchema }, sourceText] = await Promise.all([
    loadContract(),
    readFile(definition, 'utf8'),
  ]);
  const schema = toJsonSchema(dataset, meta, { docs: docsOf(sourceText) });
  // Compact where it fits, as a person would write it; prettier leaves the file alone otherwise.
  return format(JSON.stringify(schema), { parser: 'json', printWidth: 100 });
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const text = await generateSchema();
  const shown = relative(process.cwd(), schemaPath) || schemaPath;
  if (process.argv.includes('--check')) {
    const committed = await readFile(schemaPath, 'utf8').catch(() => '');
    if (committed !== text) {
      console.error(`${shown} is out of step with the contract: run node scripts/schema.mjs`);
      process.exit(1);
    }
  } else {
    await writeFile(schemaPath, text);
    console.log(`Wrote ${shown} from the contract.`);
  }
}
