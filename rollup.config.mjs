import { readdirSync } from 'node:fs';
import esbuild from 'rollup-plugin-esbuild';
import json from '@rollup/plugin-json';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';

const dependencies = ['lit', '@lit/context'];
const isDependency = (id) => dependencies.some((name) => id === name || id.startsWith(`${name}/`));

// Every source module, each its own output module so a consumer's bundler can drop unused ones.
// The embed page scripts and the loader are programs for a page, built on their own below.
const embedScripts = ['embed/frame.ts', 'embed/parent.ts', 'loader.ts'];
const modules = readdirSync('src', { recursive: true })
  .filter((file) => file.endsWith('.ts') && !file.endsWith('.d.ts') && !embedScripts.includes(file))
  .map((file) => `src/${file}`);

/** A chunk's name: its widget's folder (`area-card`), else what rollup calls it. */
function chunkName(chunk) {
  const widget = /widgets\/([^/]+)\/define\.ts$/.exec(chunk.facadeModuleId ?? '');
  return widget ? widget[1] : chunk.name;
}

/**
 * Shared chunks: Lit; the data layer that loads and validates a dataset and words its problems
 * (only a dataset from a URL, inline JSON or a property needs it); the source that loads a
 * dataset for a provider or a widget alone; and the core every widget
 * needs (the base element, the locale, the shared wordings, formats). Everything else (lookups,
 * controllers, each widget's wordings) goes with the widgets that use it.
 */
function sharedChunk(id) {
  // The context library goes with `bl-programme`, its only user: widgets speak the protocol by hand.
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
  const core = [
    /\/src\/base\/[\w-]+\.ts$/,
    /\/src\/data\/context\.ts$/,
    /\/src\/strings\/(locale|base)\.ts$/,
    /\/src\/(format|version)\.ts$/,
  ];
  if (/\/src\/base\/tooltip\.styles\.ts$/.test(id)) return undefined;
  return core.some((pattern) => pattern.test(id)) ? 'core' : undefined;
}

const minified = (format) => [
  nodeResolve({ exportConditions: ['production'] }),
  json({ preferConst: true, compact: true }),
  esbuild({ target: 'es2022', tsconfig: 'tsconfig.json' }),
  terser({ ecma: 2022, module: format === 'es', format: { comments: false } }),
];

export default [
  // (a) For npm: one ES module per source module, dependencies left as imports.
  {
    input: modules,
    external: isDependency,
    plugins: [
      json({ preferConst: true }),
      esbuild({ target: 'es2022', tsconfig: 'tsconfig.json' }),
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
