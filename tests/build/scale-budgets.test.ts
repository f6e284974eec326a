/**
 * Every page within the page budgets at any size (docs/scale.md, docs/quality.md): the synthetic country of
 * 300 regions with 1,000 documents (three provinces of ~100 regions, older versions, yearly lists) is
 * generated and built, and no page may pass 400 kB of HTML or 1,500 elements (but the longest documents,
 * as on the real site). A page that lists the whole country fails here long before it fails a phone.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cacheDirFor } from '../../src/build/cache-dir.ts';
import { htmlFiles, pagePath } from '../../src/build/site-files.ts';
import { countElements, textLength } from './page-size.ts';

const REGIONS = 300;
const DOCUMENTS = 1_000;
const BYTES_BUDGET = 400 * 1024;
const DOM_BUDGET = 1_500;
/** As in tests/site/budgets.test.ts: a document this long (characters of text) may pass the DOM budget. */
const LONG_DOCUMENT = 20_000;

let dir = '';
let content = '';
let dist = '';
let built: ReturnType<typeof spawnSync> | undefined;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'scale-budgets-'));
  content = join(dir, 'corpus');
  dist = join(dir, 'dist');
  const generated = spawnSync(
    process.execPath,
    ['scripts/generate-corpus.ts', '--regions', String(REGIONS), '--documents', String(DOCUMENTS), '--out', content],
    { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
  );
  expect(generated.status, `${generated.stdout}${generated.stderr}`).toBe(0);
  built = spawnSync('npx', ['astro', 'build', '--outDir', dist], {
    env: { ...process.env, CONTENT_DIR: content, SITE_TODAY: '2026-12-01' },
    encoding: 'utf8',
    timeout: 1_500_000,
    // Astro logs a line per page: ~2 MB for this country, past spawnSync's default 1 MB (the build would be killed).
    maxBuffer: 256 * 1024 * 1024,
  });
}, 1_800_000);
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
  rmSync(cacheDirFor(content), { recursive: true, force: true });
});

describe(`the ${REGIONS}-region country with ${DOCUMENTS} documents`, () => {
  it('builds', () => {
    expect(
      built?.status,
      `${String(built?.error ?? '')}${String(built?.stdout).slice(-3000)}${String(built?.stderr).slice(-3000)}`,
    ).toBe(0);
  });

  it(`has no page over ${BYTES_BUDGET / 1024} kB or ${DOM_BUDGET} elements (but the longest documents)`, () => {
    const over: string[] = [];
    let largest = { path: '', bytes: 0, elements: 0 };
    for (const file of htmlFiles(dist)) {
      const html = readFileSync(file, 'utf8');
      const path = pagePath(dist, file);
      const bytes = Buffer.byteLength(html);
      const elements = countElements(html);
      if (elements > largest.elements) largest = { path, bytes, elements };
      const long = path.startsWith('/documents/') && textLength(html) >= LONG_DOCUMENT;
      if (bytes > BYTES_BUDGET) over.push(`${path}: ${(bytes / 1024).toFixed(0)} kB`);
      if (elements > DOM_BUDGET && !long) over.push(`${path}: ${elements} elements`);
    }
    console.log(`largest page: ${largest.path} ${largest.elements} elements, ${(largest.bytes / 1024).toFixed(0)} kB`);
    expect(over).toEqual([]);
  });
});
