import { readdirSync } from 'node:fs';
import esbuild from 'rollup-plugin-esbuild';
import json from '@rollup/plugin-json';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import MagicString from 'magic-string';

const dependencies = ['lit', 'd3-geo', 'd3-dsv', '@lit-labs/ssr', '@lit-labs/ssr-client'];
const isDependency = (id) => dependencies.some((name) => id === name || id.startsWith(`${name}/`));

// Every source module, each its own output module so a consumer's bundler can drop unused ones.
// The embed page scripts and the loader are programs for a page, built on their own below.
const embedScripts = ['embed/frame.ts', 'embed/parent.ts', 'loader.ts'];
const modules = readdirSync('src', { recursive: true })
  .filter((file) => file.endsWith('.ts') && !file.endsWith('.d.ts') && !embedScripts.includes(file))
  .map((file) => `src/${file}`);

/**
 * A chunk's name: its widget's folder (`area-card`), else what rollup calls it. A widget's chunk
 * that other chunks import from (the ring's, for its bound half) has no facade, so its define
 * module is looked for among its modules.
 */
function chunkName(chunk) {
  const define = /widgets\/([^/]+)\/define\.ts$/;
  const id = chunk.facadeModuleId ?? chunk.moduleIds.find((module) => define.test(module)) ?? '';
  const widget = define.exec(id);
  if (widget) return widget[1];
  // The tooltip controller and its look, shared by the matrix and the ring's tooltip.
  if (chunk.moduleIds.some((module) => /\/base\/controllers\/tooltip\.ts$/.test(module))) {
    return 'tooltip';
  }
  return chunk.name;
}

/**
 * Shared chunks: the loader with the registry; Lit; the data layer that loads and validates a
 * dataset and words its problems (only a dataset from a URL, inline JSON or a property needs
 * it); the source that loads a dataset for a provider or a widget alone; the binding only
 * widgets on data need; and the core every widget needs (the base element, the locale, the
 * shared wordings, the number formats). Everything else (lookups, controllers, each widget's wordings)
 * goes with the widgets that use it.
 */
function sharedChunk(id) {
  // The registry goes in the loader's own file, the entry chunk: the embed builder and the
  // iframe page import it from there rather than from a chunk of its own.
  if (/\/src\/(loader|widgets\/registry)\.ts$/.test(id)) return 'loader';
  // Directives (only the matrix's CSS-properties directive uses them) go with their widgets.
  // Directives go with the matrix, and what hydration needs with the hydrating code.
  if (
    /node_modules\/(lit|lit-html)\/(directive|directive-helpers|private-ssr-support)\.js$/.test(id)
  ) {
    return undefined;
  }
  if (/node_modules\/(lit|lit-html|lit-element|@lit\/reactive-element)\//.test(id)) return 'lit';
  const dataLayer = [
    /\/src\/data\/(load|validate|layer)\.ts$/,
    /\/src\/data\/contract\//,
    /\/src\/data\/default\/framework-defaults\.ts$/,
    /\/src\/strings\/data\.ts$/,
  ];
  if (dataLayer.some((pattern) => pattern.test(id))) return 'data';
  // What loads a dataset for its host, and the embedded default's loader: the default itself is
  // valid as built, so a page showing it fetches this and the default, not the validator.
  if (/\/src\/(base\/dataset-source|data\/default-dataset)\.ts$/.test(id)) return 'source';
  // What only widgets on data need (context, their own dataset, the notices around them): a ring
  // given its value never fetches it; the provider shares its context half.
  // With it, the formats only text about data uses (lists, dates, the collator), which would
  // otherwise land in the validator's chunk and make every card fetch it.
  if (/\/src\/(base\/(data-binding|context)|data\/context|format\/(text|date))\.ts$/.test(id)) {
    return 'binding';
  }
  const core = [
    /\/src\/base\/[\w-]+\.ts$/,
    /\/src\/strings\/(locale|base)\.ts$/,
    /\/src\/(format\/number|version)\.ts$/,
  ];
  if (/\/src\/base\/(tooltip\.styles|hydrate)\.ts$/.test(id)) return undefined;
  return core.some((pattern) => pattern.test(id)) ? 'core' : undefined;
}

/**
 * CSS text without comments, indentation, line breaks, spaces around `{ } ; , >` or after `:`.
 * Quoted strings are left as they are; spaces before a `:` stay (`.a :hover` is not
 * `.a:hover`), and so do the spaces `calc()` needs around `+` and `-`.
 */
function compactCss(text) {
  return text
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .split(/('[^'\n]*'|"[^"\n]*")/)
    .map((part, index) =>
      index % 2
        ? part
        : part
            .replace(/\s*([{};,>])\s*|(:)\s+/g, (run, mark = ':') => mark)
            .replace(/\s+/g, ' ')
            .replace(/;}/g, '}'),
    )
    .join('');
}

/** Every node of an ESTree `tree`, depth first. */
function* nodesOf(tree) {
  if (!tree || typeof tree.type !== 'string') return;
  yield tree;
  for (const value of Object.values(tree)) {
    for (const child of Array.isArray(value) ? value : [value]) {
      if (child && typeof child === 'object') yield* nodesOf(child);
    }
  }
}

/**
 * Lit's templates compacted before terser, which leaves template text alone: `css` as
 * `compactCss` says, and the indentation of `html` and `svg` (a line break stays, so text reads
 * and lays out the same). Styles and markup are a fifth of what a ring downloads. The edits
 * carry a source map, so the bundles' maps still point at the right lines.
 */
const compactTemplates = () => ({
  name: 'compact-lit-templates',
  transform(code, id) {
    if (!/\/src\/.+\.ts$/.test(id) || !/\b(css|html|svg)`/.test(code)) return null;
    const edits = [];
    for (const node of nodesOf(this.parse(code))) {
      const tag = node.type === 'TaggedTemplateExpression' && node.tag.type === 'Identifier';
      if (!tag || !['css', 'html', 'svg'].includes(node.tag.name)) continue;
      for (const { start, end } of node.quasi.quasis) {
        const text = code.slice(start, end);
        const compact =
          node.tag.name === 'css' ? compactCss(text) : text.replace(/\n[ \t]+/g, '\n');
        if (compact !== text) edits.push({ start, end, compact });
      }
    }
    const out = new MagicString(code);
    for (const { start, end, compact } of edits) {
      if (compact) out.overwrite(start, end, compact);
      else out.remove(start, end);
    }
    return { code: out.toString(), map: out.generateMap({ hires: true }) };
  },
});

/** The embedded default's parts, which the browser bundles carry as modules of their own. */
const defaultParts = /\/src\/data\/default\/[^/]+\.json$/;

/**
 * The embedded default as a module in which each value that repeats (an area's sources cite the
 * same few pages field after field) is written once and referred to: the same dataset, 7% less
 * to download. Nothing mutates a dataset, so shared objects are safe.
 */
const sharedJsonValues = () => ({
  name: 'shared-json-values',
  transform(code, id) {
    if (!defaultParts.test(id)) return null;
    const value = JSON.parse(code);
    const seen = new Map();
    const count = (node) => {
      if (!node || typeof node !== 'object') return;
      const key = JSON.stringify(node);
      seen.set(key, (seen.get(key) ?? 0) + 1);
      Object.values(node).forEach(count);
    };
    count(value);
    const names = new Map();
    const declarations = [];
    const write = (node) => {
      if (!node || typeof node !== 'object') return JSON.stringify(node);
      const key = JSON.stringify(node);
      if (names.has(key)) return names.get(key);
      const body = Array.isArray(node)
        ? `[${node.map(write).join(',')}]`
        : `{${Object.entries(node)
            .map(([name, child]) => `${JSON.stringify(name)}:${write(child)}`)
            .join(',')}}`;
      if (seen.get(key) < 2 || key.length < 24) return body;
      const name = `shared${declarations.length}`;
      declarations.push(`const ${name} = ${body};`);
      names.set(key, name);
      return name;
    };
    const root = write(value);
    return { code: `${declarations.join('\n')}\nexport default ${root};\n`, map: null };
  },
});

const minified = (format) => [
  nodeResolve({ exportConditions: ['production'] }),
  sharedJsonValues(),
  json({ preferConst: true, compact: true, exclude: defaultParts }),
  esbuild({ target: 'es2022', tsconfig: 'tsconfig.json' }),
  compactTemplates(),
  terser({ ecma: 2022, module: format === 'es', format: { comments: false } }),
];

export default [
  // (a) For npm: one ES module per source module, dependencies left as imports.
  {
    input: modules,
    external: isDependency,
    // Templates compacted here too: what the server renders from these modules must be the
    // browser bundles' templates exactly, or hydration finds other templates.
    plugins: [
      json({ preferConst: true }),
      esbuild({ target: 'es2022', tsconfig: 'tsconfig.json' }),
      compactTemplates(),
    ],
    output: {
      dir: 'dist',
      format: 'es',
      preserveModules: true,
      preserveModulesRoot: 'src',
      entryFileNames: '[name].js',
      sourcemap: true,
    },
  },
  // (b) For a <script type="module"> tag: the loader (the package's unpkg file) and the iframe
  // page's script, with each widget and the embedded default in chunks of their own and shared
  // chunks for Lit and for the base with the data layer, so a page fetches only what it uses.
  {
    input: { 'big-local-widgets.min': 'src/loader.ts', 'embed-frame': 'src/embed/frame.ts' },
    plugins: minified('es'),
    output: {
      dir: 'dist',
      format: 'es',
      entryFileNames: '[name].js',
      chunkFileNames: (chunk) => `chunks/${chunkName(chunk)}-[hash].js`,
      manualChunks: sharedChunk,
      sourcemap: true,
    },
  },
  // (c) The same widgets in one file, for hosts that accept a single file only.
  {
    input: 'src/index.ts',
    plugins: minified('es'),
    output: {
      file: 'dist/big-local-widgets.all.min.js',
      format: 'es',
      sourcemap: true,
      inlineDynamicImports: true,
    },
  },
  {
    input: 'src/embed/parent.ts',
    plugins: minified('iife'),
    output: { file: 'dist/embed.js', format: 'iife' },
  },
];
