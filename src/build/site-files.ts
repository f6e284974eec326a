/** The built site on disk: its HTML files and the URL path each one is served at. */
import { readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/** Every .html file under `dir`, at any depth. */
export function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? htmlFiles(join(dir, e.name)) : e.name.endsWith('.html') ? [join(dir, e.name)] : [],
  );
}

/** The URL path of a built file: dist/index.html → /, dist/a/b/index.html → /a/b/, dist/404.html → /404.html. */
export const pagePath = (dist: string, file: string): string =>
  `/${relative(dist, file).split(sep).join('/')}`.replace(/index\.html$/u, '');
