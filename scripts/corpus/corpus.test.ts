import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkContent } from '../../src/build/checks/index.ts';
import { parseManifest } from '../../src/build/manifest.ts';
import { ROUTES } from '../../src/build/routes.ts';
import { corpusFiles, type CorpusOptions } from './corpus.ts';
import { SYNTHETIC_NOTE } from './region-documents.ts';

const N = 15;
const generate = async (o: Omit<CorpusOptions, 'source'>) =>
  new Map(await Array.fromAsync(corpusFiles({ ...o, source: 'content' })));
const dirs: string[] = [];
const written = (files: Map<string, string>) => {
  const dir = mkdtempSync(join(tmpdir(), 'corpus-'));
  dirs.push(dir);
  for (const [path, text] of files) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
};
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));
const files = await generate({ regions: N, seed: 'test' });
const dir = written(files);
const texts = (prefix: string, from = files) => [...from].filter(([p]) => p.startsWith(prefix)).map(([, t]) => t);
const SEED_NAMES = /保山|大冶|南通|通城|平凉|宁夏|黄石|湖北|云南|江苏|甘肃/u;

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
      expect(text.replace(/^#.*$/gmu, '')).not.toMatch(SEED_NAMES);
    }
  });

  it('writes a URL manifest with one page per page the build must write (404 aside)', () => {
    const pages = parseManifest(files.get('url-manifest.txt')!).filter((u) => !u.includes('#') && u.endsWith('/'));
    expect(pages).toHaveLength(summary.expectedPages - 1);
  });

  it('is the same for the same seed, and another for another seed', async () => {
    const again = await generate({ regions: N, seed: 'test' });
    expect([...again]).toEqual([...files]);
    const other = await generate({ regions: N, seed: 'other' });
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

describe('a corpus of several documents per region (--documents)', async () => {
  const M = 40;
  const many = await generate({ regions: N, documents: M, seed: 'test' });
  const { errors, summary } = checkContent(written(many), 'corpus');
  const manifest = parseManifest(many.get('url-manifest.txt')!);

  it('passes the whole content check, older versions included', () => {
    expect(errors).toEqual([]);
  });

  it('publishes M documents, current documents and older versions counted, and one list per region', () => {
    expect(summary.documents + summary.documentVersions).toBe(M);
    expect(summary.documents).toBeGreaterThan(N);
    expect(summary.documentVersions).toBeGreaterThan(0);
    expect(summary.lists).toBe(N);
    expect(summary.listVersions).toBeGreaterThan(0);
  });

  it('makes the older versions through the real supersede planner: a version block, its register entry, the review moved', () => {
    const register = many.get('sources/sources.yaml')!;
    const versions = [...many.keys()].filter((p) => /^versions\/[a-z0-9-]+\/[a-z0-9-]+\.mdx$/u.test(p));
    expect(versions).toHaveLength(summary.documentVersions);
    for (const path of versions) {
      const [, document, key] = /^versions\/([a-z0-9-]+)\/([a-z0-9-]+)\.mdx$/u.exec(path)!;
      expect(many.get(path)).toContain(`key: "${key}"`);
      expect(many.has(`documents/${document}.mdx`)).toBe(true);
      expect(many.has(`versions/${document}/${key}/compare/document-tags/${document}.yaml`)).toBe(true);
      expect(register).toContain(`key: "${key}"`);
    }
    // Drafts replaced by the final text, and yearly editions of a list.
    expect(register).toMatch(/kind: "final"/u);
    expect(register).not.toContain('review: "pending"');
    expect(texts('documents/', many).some((t) => /title: ".+基本养老服务清单（20\d\d年版）"/u.test(t))).toBe(true);
  });

  it('counts the version pages in the routes table as the manifest lists them', () => {
    const pages = manifest.filter((u) => !u.includes('#') && u.endsWith('/'));
    expect(pages).toHaveLength(summary.expectedPages - 1);
    for (const kind of ['document versions', 'document version', 'document changes', 'list version', 'list changes']) {
      const route = ROUTES.find((r) => r.kind === kind)!;
      expect(route.count(summary), kind).toBeGreaterThan(0);
      expect(
        pages.filter((u) => route.pattern.test(u)),
        kind,
      ).toHaveLength(route.count(summary));
    }
  });

  it('is marked synthetic and names no seed region, older versions included', () => {
    for (const text of [...texts('documents/', many), ...texts('versions/', many)]) {
      expect(text.replace(/^#.*$/gmu, '')).not.toMatch(SEED_NAMES);
    }
    for (const text of texts('documents/', many)) expect(text).toContain(`issuer: "${SYNTHETIC_NOTE}"`);
    expect(many.get('SYNTHETIC.md')).toContain(`--regions ${N} --documents ${M} --seed test`);
  });

  it('leaves the corpus as it was when documents equal regions', async () => {
    expect(
      [...(await generate({ regions: N, documents: N, seed: 'test' }))].filter(([p]) => p !== 'SYNTHETIC.md'),
    ).toEqual([...files].filter(([p]) => p !== 'SYNTHETIC.md'));
  });
});
