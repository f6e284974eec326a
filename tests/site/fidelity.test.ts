/**
 * Fidelity: every sentence of each cleaned source appears unchanged (white space aside) on the pages
 * built from it, and no page shows policy text that is not in a source. A source that is not UTF-8 plain
 * text (a page, a .docx, a PDF …) is compared through the text read from it (provenance.text).
 */
import { readFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { cleanSource } from '../../scripts/ingest/clean.ts';
import { readCollection, readTable } from '../../src/model/read.ts';
import type { SourceEntry } from '../../src/model/site-data.ts';
import { splitSentences, stripWhitespace } from '../../src/lib/text.ts';
import { listUrl, itemUrl, documentUrl } from '../../src/lib/urls.ts';
import { builtPages, page, verbatimTexts } from './dist.ts';

const registry = readTable('content', 'content', 'sources').rows ?? [];
const documents = readCollection('content', 'content', 'documents');

/** What the seeds' README says each raw text carries that is not the document (file → dropped lines). */
const EXPECTED_DROPPED: Record<string, number[]> = {
  '000_5ae48a146704810a.txt': [18, 164, 166, 168],
  '001_602c48758aff2cce.txt': [],
  '002_4e7c8c770b35bd19.txt': [],
  '003_aa4559bf84d04fce.txt': [11],
  '004_199a7331c4598017.txt': [1, 3, 4, 6, 64, 66, 67, 68, 69],
};

function sourceOf(entry: SourceEntry) {
  const extracted = documents.byId.get(entry.document)?.data.provenance.text;
  return cleanSource(readFileSync(`content/sources/${extracted ?? entry.file}`, 'utf8'));
}

/** The pages built from one source: its document, its lists and their items. */
function pagesOf(entry: SourceEntry) {
  const paths = [documentUrl(entry.document)];
  for (const l of entry.lists ?? []) {
    paths.push(listUrl(l.slug));
    const items = builtPages().filter((p) => p.path.startsWith(listUrl(l.slug)) && p.path !== listUrl(l.slug));
    paths.push(...items.map((p) => p.path));
  }
  return paths.map((p) => page(p));
}

const report: string[] = [];
afterAll(() => console.log(`fidelity (share of source sentences found on the pages):\n${report.join('\n')}`));

describe.each(registry)('fidelity of $file ($document)', (entry) => {
  const cleaned = sourceOf(entry);

  it.runIf(entry.file in EXPECTED_DROPPED)('drops exactly the known non-content lines', () => {
    expect([...new Set(cleaned.dropped.map((d) => d.line))]).toEqual(EXPECTED_DROPPED[entry.file]);
  });

  it('shows every sentence of the cleaned source on its pages (100%)', () => {
    const shown = stripWhitespace(pagesOf(entry).flatMap(verbatimTexts).join(''));
    const sentences = cleaned.lines
      .flatMap((l) => splitSentences(l.text))
      .map(stripWhitespace)
      .filter(Boolean);
    const missing = sentences.filter((s) => !shown.includes(s));
    const share = ((sentences.length - missing.length) / sentences.length) * 100;
    report.push(
      `  ${entry.document}: ${sentences.length - missing.length}/${sentences.length} sentences = ${share.toFixed(1)}%`,
    );
    expect(missing).toEqual([]);
  });

  it('shows no policy text that is not in the source', () => {
    const source = stripWhitespace(cleaned.lines.map((l) => l.text).join(''));
    const invented = pagesOf(entry)
      .flatMap(verbatimTexts)
      .flatMap(splitSentences)
      .map(stripWhitespace)
      .filter((s) => s !== '' && !source.includes(s));
    expect(invented).toEqual([]);
  });
});

describe('verbatim text on every page', () => {
  it('comes from a source, on all pages', () => {
    const sources = registry.map((e) =>
      stripWhitespace(
        sourceOf(e)
          .lines.map((l) => l.text)
          .join(''),
      ),
    );
    const invented = builtPages().flatMap((p) =>
      verbatimTexts(p)
        .flatMap(splitSentences)
        .map(stripWhitespace)
        .filter((s) => s !== '' && !sources.some((src) => src.includes(s)))
        .map((s) => `${p.path}: ${s}`),
    );
    expect(invented).toEqual([]);
  });

  it('item pages show the list cell texts', () => {
    const item = page(itemUrl('daye-jiben-yanglao-qingdan', 8));
    expect(verbatimTexts(item).join('|')).toBe(
      '乘坐城市公共交通工具|免费乘坐城市公共交通工具。|65周岁及以上老年人|物质帮助|市交通运输局',
    );
  });
});
