// Imports a TypeScript module from a plain Node script: esbuild bundles it in memory and the
// bundle is imported from a data: URL, so the scripts need no loader flag and write no file.
import { build } from 'esbuild';

/** The module `entry` (a path), or `source` (module text resolved against `resolveDir`). */
export async function importTypeScript({ entry, source, resolveDir }) {
  const bundle = await build({
    ...(entry
      ? { entryPoints: [entry] }
      : { stdin: { contents: source, resolveDir, loader: 'ts' } }),
    bundle: true,
    write: false,
    format: 'esm',
    platform: 'neutral',
    target: 'es2022',
    logLevel: 'error',
  });
  const code = Buffer.from(bundle.outputFiles[0].contents).toString('base64');
  return import(`data:text/javascript;base64,${code}`);
}
