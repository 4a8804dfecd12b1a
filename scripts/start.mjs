// `npm start`: builds the package, then serves the demo and the build on localhost
// (`--no-build` serves the last build; `--cacheable` sends the cache headers a production
// server would, which `npm run audit` uses; PORT and HOST choose where).
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { root, startDemoServer } from './demo-server.mjs';

if (!process.argv.includes('--no-build')) {
  execFileSync(process.execPath, [join(root, 'scripts/build.mjs')], { stdio: 'inherit' });
}

const { origin } = await startDemoServer({
  port: Number(process.env.PORT ?? 8000),
  host: process.env.HOST ?? '127.0.0.1',
  cacheable: process.argv.includes('--cacheable'),
});
console.log(`\nBig Local widgets demo: ${origin}/  (Ctrl+C to stop)`);
