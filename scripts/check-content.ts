#!/usr/bin/env node
// Checks every content file before a build. Run `npm run check:content -- --help`.
import { resolve } from 'node:path';
import { checkContent, describeSummary } from '../src/build/checks/index.ts';
import { contentDir, contentLabel } from '../src/model/layout.ts';

if (process.argv.includes('--help')) {
  console.log(`Usage: npm run check:content [-- DIR]
Checks the content folder (default: $CONTENT_DIR or ./content) against the schemas in src/model/,
plus references, duplicate slugs and anchors, the MDX allow-list and the sources' checksums.
Exits 1 and prints one line per problem (file: field: what is wrong — what to do).`);
  process.exit(0);
}
const dir = process.argv[2] ?? contentDir;
const { errors, summary } = checkContent(resolve(dir), contentLabel(dir));
if (errors.length > 0) {
  console.error(`Content check failed (${errors.length} problem${errors.length === 1 ? '' : 's'}):`);
  for (const e of errors) console.error(`  ${e}`);
  process.exit(1);
}
console.log(describeSummary(summary));
