import { readdirSync } from 'node:fs';
import esbuild from 'rollup-plugin-esbuild';
import json from '@rollup/plugin-json';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';

const dependencies = ['lit', '@lit/context', 'd3-path'];
const isDependency = (id) => dependencies.some((name) => id === name || id.startsWith(`${name}/`));

// Every source module, each its own output module so a consumer's bundler can drop unused ones.
// The embed page scripts are standalone programs, built on their own below.
const embedScripts = ['embed/frame.ts', 'embed/parent.ts'];
const modules = readdirSync('src', { recursive: true })
  .filter((file) => file.endsWith('.ts') && !file.endsWith('.d.ts') && !embedScripts.includes(file))
  .map((file) => `src/${file}`);

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
  // (b) For a <script type="module"> tag: everything in one minified file, Lit's production build.
  {
    input: 'src/index.ts',
    plugins: minified('es'),
    // The registry's lazy imports name modules already in this file: nothing to split.
    output: {
      file: 'dist/big-local-widgets.min.js',
      format: 'es',
      sourcemap: true,
      inlineDynamicImports: true,
    },
  },
  // (c) The iframe embed: the script of embed.html (every widget and the frame logic, one file),
  // and embed.js for the page holding iframes.
  {
    input: 'src/embed/frame.ts',
    plugins: minified('es'),
    output: { file: 'dist/embed-frame.js', format: 'es', inlineDynamicImports: true },
  },
  {
    input: 'src/embed/parent.ts',
    plugins: minified('iife'),
    output: { file: 'dist/embed.js', format: 'iife' },
  },
];
