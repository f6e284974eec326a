/**
 * `npm run serve`: serves the built site (dist/) at http://127.0.0.1:4321/ as a static host would,
 * with the headers of dist/_headers (CSP, nosniff, frame-ancestors …). `--port N` to choose another port.
 */
import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { serveStatic } from './lib/static-server.ts';

const { values } = parseArgs({ options: { port: { type: 'string', default: '4321' }, help: { type: 'boolean' } } });
if (values.help) {
  console.log('npm run serve [-- --port N]   serve dist/ at http://127.0.0.1:N/ (default 4321)');
  process.exit(0);
}
if (!existsSync('dist/index.html')) {
  console.error('dist/ has no site: run `npm run build` first (or `npm start`, which builds and serves).');
  process.exit(1);
}
const server = await serveStatic('dist', Number(values.port));
console.log(`养老政策通 is served at ${server.origin}/ — press Ctrl+C to stop.`);
