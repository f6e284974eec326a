/**
 * Publish before review (docs/content-model.md): a document made by the real ingestion from a seed's text
 * under new slugs passes the content check without its review layer while its source is pending, and is
 * refused without it once the source says reviewed; a review file that exists is checked in full either way.
 */
import { appendFileSync, cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { toYaml } from '../../scripts/ingest/emit.ts';
import { ingestText } from '../../scripts/ingest/index.ts';
import { checkContent } from '../../src/build/checks/index.ts';
import type { SourceEntry } from '../../src/model/site-data.ts';

const DOCUMENT = 'daye-new-test';
const LIST = 'daye-new-qingdan';

let dir = '';
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** A copy of the content with the new document and list; `extra` files (path → text) written after. */
function withNewDocument(review: SourceEntry['review'], extra: Record<string, string> = {}): string[] {
  dir = mkdtempSync(join(tmpdir(), 'review-'));
  cpSync('content', dir, { recursive: true });
  const entry: SourceEntry = {
    file: '001_602c48758aff2cce.txt',
    region: 'daye',
    document: DOCUMENT,
    lists: [{ appendix: '附件2', slug: LIST }],
    ...(review ? { review } : {}),
    added: '2026-11-23',
    checked: '2026-11-23',
  };
  const { files, problems } = ingestText(entry, readFileSync(join(dir, 'sources', entry.file)));
  expect(problems).toEqual([]);
  for (const [path, text] of files) writeFileSync(join(dir, path), text);
  appendFileSync(join(dir, 'sources', 'sources.yaml'), toYaml([entry]));
  for (const [path, text] of Object.entries(extra)) writeFileSync(join(dir, path), text);
  return checkContent(dir, 'content').errors;
}

/** A reviewed file of the seed, renamed for the new document or list. */
const copyOf = (path: string, from: string, to: string) => readFileSync(`content/${path}`, 'utf8').replaceAll(from, to);

describe('a source pending review', () => {
  it('goes live without tags, commitments, eligibility rules or plain words', () => {
    expect(withNewDocument('pending')).toEqual([]);
  });

  it('with complete review files is checked like any other', () => {
    expect(
      withNewDocument('pending', {
        [`compare/document-tags/${DOCUMENT}.yaml`]: copyOf(
          'compare/document-tags/daye-jiben-yanglao-songshengao.yaml',
          'daye-jiben-yanglao-songshengao',
          DOCUMENT,
        ),
        [`eligibility/${LIST}.yaml`]: copyOf('eligibility/daye-jiben-yanglao-qingdan.yaml', 'daye-jiben-yanglao-qingdan', LIST),
      }),
    ).toEqual([]);
  });

  it('may not have an incomplete or unreviewed review file', () => {
    const tags = copyOf('compare/document-tags/daye-jiben-yanglao-songshengao.yaml', 'daye-jiben-yanglao-songshengao', DOCUMENT);
    const rules = copyOf('eligibility/daye-jiben-yanglao-qingdan.yaml', 'daye-jiben-yanglao-qingdan', LIST);
    const errors = withNewDocument('pending', {
      [`compare/document-tags/${DOCUMENT}.yaml`]: tags
        .replace(/ {2}- \{ anchor: task-2,[^\n]*\n/u, '')
        .replace('{ anchor: task-3, topics: [', '{ anchor: task-3, proposed: true, topics: ['),
      [`eligibility/${LIST}.yaml`]: rules.replace(/ {2}# 25 [^\n]*\n {2}- number: 25\n {4}grant: unstated\n {4}rule: [^\n]*\n/u, ''),
      // An empty commitments file: every numeric sentence of the text is then unaccounted for.
      [`compare/commitments/${DOCUMENT}.yaml`]: `document: ${DOCUMENT}\ncommitments: []\ndismissed: []\n`,
    });
    const unrecorded = new RegExp(`^content/compare/commitments/${DOCUMENT}\\.yaml: #[a-z0-9-]+: ".*" states a number or a deadline but is neither a commitment nor dismissed`, 'u');
    expect(errors.filter((e) => unrecorded.test(e)).length).toBeGreaterThanOrEqual(10);
    expect(errors.filter((e) => !unrecorded.test(e))).toEqual([
      `content/compare/document-tags/${DOCUMENT}.yaml: units: task-2 have no tags — run npm run propose:tags and review the proposals`,
      `content/compare/document-tags/${DOCUMENT}.yaml: units.2.proposed: the tags of task-3 are not reviewed yet — check its topics, then delete "proposed: true"`,
      `content/eligibility/${LIST}.yaml: items: item 25 is missing — write a rule for each item from its 服务对象, with consult where the source is vague`,
    ]);
  });
});

describe('a source marked reviewed', () => {
  it('needs every review file, and says how to publish the text first', () => {
    const errors = withNewDocument('reviewed');
    const first = '; or, to publish the text first, mark its source review: "pending" in content/sources/sources.yaml';
    expect(errors).toEqual(
      expect.arrayContaining([
        `content/documents/${DOCUMENT}.mdx: tags: content/compare/document-tags/${DOCUMENT}.yaml is missing — run npm run propose:tags and review the proposals${first}`,
        `content/lists/${LIST}.yaml: tags: content/compare/list-tags/${LIST}.yaml is missing — run npm run propose:tags and review the proposals${first}`,
        `content/lists/${LIST}.yaml: eligibility: content/eligibility/${LIST}.yaml is missing — write a rule for each item from its 服务对象, with consult where the source is vague (docs/finder.md)${first}`,
        `content/lists/${LIST}.yaml: plain: content/plain/${LIST}.yaml is missing — write who, what and how much in plain words for each item (docs/finder.md)${first}`,
        expect.stringMatching(new RegExp(`^content/compare/commitments/${DOCUMENT}\\.yaml: #`, 'u')),
      ]),
    );
  });

  it('is what a source without the field is', () => {
    expect(withNewDocument(undefined)).toEqual(withNewDocument('reviewed'));
  });
});
