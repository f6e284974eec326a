#!/usr/bin/env node
// The URL manifest (content/url-manifest.txt). Run `npm run urls -- --help`.
import { readFileSync, writeFileSync } from 'node:fs';
import { diffManifest, formatManifest, parseManifest } from '../src/build/manifest.ts';
import { readRedirects } from '../src/build/redirects.ts';
import { publishedUrls } from './lib/published-urls.ts';

const MANIFEST = 'content/url-manifest.txt';
if (process.argv.includes('--help')) {
  console.log(`Usage: npm run urls [-- --update]
Compares the built site (dist/, run npm run build first) with ${MANIFEST}.
--update adds every newly published URL and anchor to the manifest. It never removes one: a URL that
is gone must get an entry in content/redirects.yaml (docs/urls.md).`);
  process.exit(0);
}
const manifest = parseManifest(readFileSync(MANIFEST, 'utf8'));
const built = publishedUrls('dist');
const diff = diffManifest(manifest, built, readRedirects('content'));
if (process.argv.includes('--update')) {
  writeFileSync(MANIFEST, formatManifest([...manifest, ...diff.unlisted]));
  console.log(`${MANIFEST}: ${diff.unlisted.length} URL(s) added`);
} else {
  console.log(`${diff.unlisted.length} unlisted, ${diff.removed.length} removed without redirect`);
}
for (const url of diff.removed) console.error(`  removed without a redirect: ${url}`);
process.exit(diff.removed.length > 0 ? 1 : 0);
