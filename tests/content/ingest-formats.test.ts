/**
 * The input-format fixtures (tests/fixtures/ingest/format-*): each source.<ext> goes through extractText and
 * the whole ingest (ingestSource), and must give what its expected.yaml says — the same expectation format as
 * the parser's fixtures (entry, frontMatter, outline, listItems, problems), plus `extracted` (format, encoding,
 * lines that must appear in order, strings that must not) for the extraction itself.
 * The sources are made by scripts/ingest/inputs/make-fixtures.ts.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { checkBody } from '../../src/build/checks/documents.ts';
import { COLLECTIONS } from '../../src/model/layout.ts';
import { parseContentText } from '../../src/model/read.ts';
import type { SourceMapping } from '../../src/model/site-data.ts';
import { extractedTextName, ingestSource } from '../../scripts/ingest/index.ts';
import { extractText } from '../../scripts/ingest/inputs/index.ts';

interface Expected {
  entry: Omit<SourceMapping, 'file'>;
  extracted?: { format?: string; encoding?: string; includes?: string[]; excludes?: string[] };
  frontMatter?: Record<string, unknown>;
  outline?: string[];
  listItems?: number;
  problems?: string[];
}

const ROOT = 'tests/fixtures/ingest';
const cases = readdirSync(ROOT)
  .filter((name) => name.startsWith('format-'))
  .sort();

it('has a fixture for every input format and every way to fail', () => {
  expect(cases.length).toBeGreaterThanOrEqual(13);
});

describe.each(cases)('%s', (name) => {
  const dir = join(ROOT, name);
  const file = readdirSync(dir).find((f) => f.startsWith('source.'))!;
  const raw = readFileSync(join(dir, file));
  const expected = parse(readFileSync(join(dir, 'expected.yaml'), 'utf8')) as Expected;
  const entry: SourceMapping = { file, ...expected.entry };

  if (expected.problems) {
    it('is refused: one-line problems with a line number, no files', async () => {
      const result = await ingestSource(entry, raw);
      expect(result.files.size).toBe(0);
      expect(result.problems.length).toBeGreaterThan(0);
      for (const p of result.problems) {
        expect(p.line).toBeGreaterThan(0);
        expect(p.message).not.toContain('\n');
      }
      const lines = result.problems.map((p) => `${file}:${p.line}: ${p.message}`).join('\n');
      for (const part of expected.problems!) expect(lines).toContain(part);
      if (expected.extracted?.format) expect(result.reading.format).toBe(expected.extracted.format);
    });
    return;
  }

  it('extracts the text in the parser’s layout', async () => {
    const extracted = await extractText(file, raw);
    expect(extracted.problems).toEqual([]);
    expect(extracted.format).toBe(expected.extracted?.format);
    expect(extracted.encoding).toBe(expected.extracted?.encoding);
    const lines = extracted.text.split('\n');
    let from = 0;
    for (const line of expected.extracted?.includes ?? []) {
      const at = lines.indexOf(line, from);
      expect(at, `line “${line}” (in this order)`).toBeGreaterThanOrEqual(from);
      from = at + 1;
    }
    for (const text of expected.extracted?.excludes ?? []) expect(extracted.text).not.toContain(text);
  });

  it(
    'ingests into files the content check accepts',
    async () => {
      const result = await ingestSource(entry, raw);
      expect(result.problems).toEqual([]);
      const mdx = result.files.get(`documents/${entry.document}.mdx`)!;
      const doc = parseContentText(mdx, `documents/${entry.document}.mdx`, entry.document, true);
      const parsed = COLLECTIONS.documents.schema.safeParse(doc.data);
      expect(parsed.error?.issues ?? []).toEqual([]);
      const bodyProblems: string[] = [];
      checkBody(
        doc,
        parsed.data!.outline.map((o) => o.anchor),
        (_, message) => bodyProblems.push(message),
      );
      expect(bodyProblems).toEqual([]);
      expect(doc.data).toMatchObject(expected.frontMatter ?? {});
      if (expected.outline) expect(parsed.data!.outline.map((o) => o.anchor)).toEqual(expected.outline);
      if (expected.listItems !== undefined) {
        const list = parse(result.files.get(`lists/${entry.lists![0]!.slug}.yaml`)!);
        expect(COLLECTIONS.lists.schema.safeParse(list).success).toBe(true);
        expect(list.items).toHaveLength(expected.listItems);
      }
      // The text that was parsed is kept beside a source that is not UTF-8 plain text, and named in provenance.
      const extracted = await extractText(file, raw);
      if (result.reading.text) {
        expect(result.reading.text).toBe(extractedTextName(file));
        expect(result.files.get(`sources/${extractedTextName(file)}`)).toBe(extracted.text);
        expect(parsed.data!.provenance.text).toBe(extractedTextName(file));
      } else expect(extracted).toMatchObject({ format: 'text', encoding: 'UTF-8' });
    },
  );
});
