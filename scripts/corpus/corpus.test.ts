import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkContent } from '../../src/build/checks/index.ts';
import { parseManifest } from '../../src/build/manifest.ts';
import { corpusFiles, SYNTHETIC_NOTE } from './corpus.ts';

const N = 15;
const files = new Map(corpusFiles({ regions: N, seed: 'test', source: 'content' }));
const dir = mkdtempSync(join(tmpdir(), 'corpus-'));
for (const [path, text] of files) {
  mkdirSync(dirname(join(dir, path)), { recursive: true });
  writeFileSync(join(dir, path), text);
}
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const texts = (prefix: string) => [...files].filter(([p]) => p.startsWith(prefix)).map(([, t]) => t);

describe('the synthetic corpus', () => {
  const { errors, summary } = checkContent(dir, 'corpus');

  it('passes the whole content check: schemas, provenance, tags, commitments, eligibility, plain words', () => {
    expect(errors).toEqual([]);
    expect(summary).toMatchObject({ documents: N, lists: N, regions: N + 1 });
  });

  it('gives every list 20 to 30 items', () => {
    for (const text of texts('lists/')) {
      const count = Number(/declaredItemCount: (\d+)/u.exec(text)![1]);
      expect(count).toBeGreaterThanOrEqual(20);
      expect(count).toBeLessThanOrEqual(30);
    }
    expect(summary.items).toBeGreaterThanOrEqual(20 * N);
  });

  it('carries commitments over from the real review, re-voiced', () => {
    const commitments = texts('compare/commitments/').join('\n');
    expect(commitments).toMatch(/metric: "lottery-fund-share"/u);
  });

  it('says it is synthetic on every document page (issuer) and in every data file it writes', () => {
    for (const text of texts('documents/')) expect(text).toContain(`issuer: "${SYNTHETIC_NOTE}"`);
    for (const [path, text] of files) {
      if (/^(regions|compare\/(document-tags|commitments|list-tags)|eligibility|plain)\//u.test(path))
        expect(text.startsWith(`# ${SYNTHETIC_NOTE}`), path).toBe(true);
    }
    expect(files.get('sources/sources.yaml')).toContain(SYNTHETIC_NOTE);
  });

  it('leaves no seed region’s name in the texts', () => {
    for (const text of [...texts('documents/'), ...texts('lists/'), ...texts('plain/'), ...texts('eligibility/')]) {
      expect(text.replace(/^#.*$/gmu, '')).not.toMatch(/保山|大冶|南通|通城|平凉|宁夏|黄石|湖北|云南|江苏|甘肃/u);
    }
  });

  it('writes a URL manifest with one page per page the build must write (404 aside)', () => {
    const pages = parseManifest(files.get('url-manifest.txt')!).filter((u) => !u.includes('#') && u.endsWith('/'));
    expect(pages).toHaveLength(summary.expectedPages - 1);
  });

  it('is the same for the same seed, and another for another seed', () => {
    const again = new Map(corpusFiles({ regions: N, seed: 'test', source: 'content' }));
    expect([...again]).toEqual([...files]);
    const other = new Map(corpusFiles({ regions: N, seed: 'other', source: 'content' }));
    expect(other.get('url-manifest.txt')).not.toBe(files.get('url-manifest.txt'));
  });

  it('varies the texts: no two documents share their sequence of task headings', () => {
    const headings = texts('documents/').map((t) =>
      [...t.matchAll(/<Heading anchor="task-\d+"[^>]*>([^<]*)</gu)].map((m) => m[1]).join('|'),
    );
    expect(new Set(headings).size).toBe(N);
    expect(readFileSync(join(dir, 'SYNTHETIC.md'), 'utf8')).toContain('Nothing here is a real policy');
  });
});
