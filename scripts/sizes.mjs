// Size measures shared by the build's table and the benchmarks: gzip -9, kB, and a built
// module bundled alone the way a consumer's bundler would take it.
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

export const gzip = (bytes) => gzipSync(bytes, { level: 9 }).length;
export const kb = (bytes) => `${(bytes / 1024).toFixed(1)} kB`;

/** The minified bytes of `entry` with everything it imports (Lit's production build). */
export async function bundledAlone(entry) {
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    minify: true,
    format: 'esm',
    write: false,
    conditions: ['production'],
    target: 'es2022',
    logLevel: 'silent',
  });
  return result.outputFiles[0].contents;
}
