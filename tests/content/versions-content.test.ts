/**
 * Older versions in the content check (docs/versions.md): a copy of the content gets a new version of the 大冶 送审稿
 * through the ingest's own planner (scripts/ingest/supersede.ts), passes, and then each mistake an editor could make
 * by hand fails with one line naming the file, the field and what to do.
 */
import { cpSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { planChanges } from '../../scripts/ingest/changes.ts';
import { planSupersede } from '../../scripts/ingest/supersede.ts';
import { applyChanges } from '../../scripts/ingest/write.ts';
import { checkContent } from '../../src/build/checks/index.ts';
import { readTable } from '../../src/model/read.ts';

const DOCUMENT = 'daye-jiben-yanglao-songshengao';
const VERSION = `versions/${DOCUMENT}/songshengao.mdx`;
let versioned = '';
let dir = '';

beforeAll(async () => {
  versioned = mkdtempSync(join(tmpdir(), 'versions-content-'));
  cpSync('content', versioned, { recursive: true });
  const result = await planSupersede(
    {
      contentDir: versioned,
      path: 'tests/fixtures/versions/daye-final.txt',
      region: 'daye',
      document: DOCUMENT,
      lists: ['附件2=daye-jiben-yanglao-qingdan'],
      replace: false,
      today: '2026-12-01',
    },
    readTable(versioned, 'content', 'sources').rows ?? [],
  );
  if (!('changes' in result)) throw new Error(`test setup: ${JSON.stringify(result)}`);
  applyChanges(versioned, planChanges(versioned, result.changes));
}, 120_000);
afterAll(() => {
  rmSync(versioned, { recursive: true, force: true });
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/** The versioned copy with one thing broken. */
function broken(edit: (dir: string) => void): string[] {
  if (dir) rmSync(dir, { recursive: true, force: true });
  dir = mkdtempSync(join(tmpdir(), 'versions-broken-'));
  cpSync(versioned, dir, { recursive: true });
  edit(dir);
  return checkContent(dir, 'content').errors;
}
const rewrite = (path: string, from: string, to: string) => (d: string) => {
  const text = readFileSync(join(d, path), 'utf8');
  if (!text.includes(from)) throw new Error(`test setup: ${from} not found`);
  writeFileSync(join(d, path), text.replace(from, to));
};

describe('older versions in the content check', () => {
  it('pass as the ingest makes them', () => {
    expect(checkContent(versioned, 'content').errors).toEqual([]);
  });

  it('a version whose document does not exist', () => {
    expect(broken((d) => renameSync(join(d, 'versions', DOCUMENT), join(d, 'versions', 'daye-nope')))).toEqual([
      'content/versions/daye-nope/songshengao.mdx: document: there is no content/documents/daye-nope.mdx — an older version is kept only beside the current document of the same slug (docs/versions.md)',
      'content/versions/daye-nope/songshengao.mdx: version: no entry of content/sources/sources.yaml records this version (document "daye-nope", key "songshengao") — make versions with npm run ingest -- --supersedes (docs/versions.md)',
      `content/sources/sources.yaml: 1.version: content/versions/${DOCUMENT}/songshengao.mdx is missing — run npm run ingest -- --all`,
    ]);
  });

  it('a copy under another key: its key, its number and its record', () => {
    expect(broken((d) => cpSync(join(d, VERSION), join(d, 'versions', DOCUMENT, 'copy.mdx')))).toEqual([
      `content/versions/${DOCUMENT}/copy.mdx: version.key: "songshengao" differs from the file name "copy" — rename the file to songshengao.mdx`,
      `content/versions/${DOCUMENT}/copy.mdx: version: no entry of content/sources/sources.yaml records this version (document "${DOCUMENT}", key "copy") — make versions with npm run ingest -- --supersedes (docs/versions.md)`,
      `content/versions/${DOCUMENT}/songshengao.mdx: version.number: 1 is also the number of content/versions/${DOCUMENT}/copy.mdx — number the versions 1, 2, 3 … in the order they were replaced`,
    ]);
  });

  it('a version of another region, a gap in the numbers', () => {
    expect(broken(rewrite(VERSION, 'region: "daye"', 'region: "huangshi"'))).toEqual([
      `content/versions/${DOCUMENT}/songshengao.mdx: region: "huangshi" but the current document is of "daye" — a version is of the document's own region`,
    ]);
    expect(broken(rewrite(VERSION, 'number: 1', 'number: 2'))).toEqual([
      `content/versions/${DOCUMENT}/: version.number: the versions are numbered up to 2 but there are 1 — number them 1, 2, 3 … without gaps`,
    ]);
  });

  it('a list version whose list does not exist, and a document named lists', () => {
    expect(
      broken((d) =>
        renameSync(join(d, 'versions/lists/daye-jiben-yanglao-qingdan'), join(d, 'versions/lists/daye-nope-qingdan')),
      ),
    ).toEqual([
      'content/versions/lists/daye-nope-qingdan/songshengao.yaml: list: there is no content/lists/daye-nope-qingdan.yaml — an older version is kept only beside the current list of the same slug (docs/versions.md)',
      'content/versions/lists/daye-nope-qingdan/songshengao.yaml: version: no entry of content/sources/sources.yaml records this version (list "daye-nope-qingdan", key "songshengao") — make versions with npm run ingest -- --supersedes (docs/versions.md)',
      'content/versions/lists/daye-nope-qingdan/songshengao.yaml: slug: "daye-jiben-yanglao-qingdan" differs from its folder "daye-nope-qingdan" — a version keeps its list\'s slug',
      'content/sources/sources.yaml: 1.version: content/versions/lists/daye-jiben-yanglao-qingdan/songshengao.yaml is missing — run npm run ingest -- --all',
    ]);
    expect(
      broken((d) => cpSync(join(d, 'documents', 'ningxia-yanglao-gaozhiliang-2025.mdx'), join(d, 'documents', 'lists.mdx'))),
    ).toContain(
      'content/documents/lists.mdx: file name: "lists" is reserved (content/versions/lists/ holds the lists\' older versions) — choose another slug',
    );
  });
});
