/**
 * The ingestion fixture corpus (tests/fixtures/ingest/<case>/: source.* + expected.yaml, docs/ingest.md):
 * each source goes through the real ingestSource, and its output must state every fact expected.yaml
 * lists, pass the document schema and the content check's body rules, and render (through the MDX
 * compiler the site uses) every sentence of the source verbatim and nothing else.
 */
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { mdxToHast } from 'satteri';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { cleanSource } from '../../scripts/ingest/clean.ts';
import { ingestSource } from '../../scripts/ingest/index.ts';
import { splitTabRows } from '../../scripts/ingest/tab-rows.ts';
import { checkDocuments } from '../../src/build/checks/documents.ts';
import { HEADING_JOINER } from '../../src/lib/list-columns.ts';
import { splitSentences, stripWhitespace } from '../../src/lib/text.ts';
import type { DocumentData } from '../../src/model/document.ts';
import type { ListData } from '../../src/model/list.ts';
import { readCollection, type Content } from '../../src/model/read.ts';
import type { SourceMapping } from '../../src/model/site-data.ts';

const ROOT = 'tests/fixtures/ingest';

interface Expected {
  entry: { region: string; document: string; lists?: { appendix: string; slug: string }[] };
  frontMatter?: Record<string, unknown>;
  outline?: string[];
  responsibility?: Record<string, Record<string, unknown>>;
  listItems?: number;
  /** Per list slug, a partial object of the list's YAML expected (items, tiers …). */
  listData?: Record<string, Record<string, unknown>>;
  /** Lines the MDX body must hold, in this order (e.g. an attachment's table: <TableRow>, <TableCell>1</TableCell>). */
  mdx?: string[];
  problems?: string[];
}

const cases = readdirSync(ROOT, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name)
  .sort();

/** Every case ingested up front: reading a source is asynchronous (PDF, Word, spreadsheets), collecting tests is not. */
const ingested = new Map(
  await Promise.all(
    cases.map(async (name) => {
      const sourceName = readdirSync(join(ROOT, name)).find((n) => n.startsWith('source.'));
      if (!sourceName) return [name, undefined] as const;
      const expected = parse(readFileSync(join(ROOT, name, 'expected.yaml'), 'utf8')) as Expected;
      const entry: SourceMapping = { file: sourceName, ...expected.entry };
      return [name, await ingestSource(entry, readFileSync(join(ROOT, name, sourceName)))] as const;
    }),
  ),
);

const scratch = mkdtempSync(join(tmpdir(), 'ingest-fixtures-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** The text a rendered MDX tree shows: its text nodes, and the attributes the components print (heading, outline). */
function renderedTexts(body: string): string[] {
  const texts: string[] = [];
  const visit = (node: {
    type: string;
    value?: string;
    children?: unknown[];
    attributes?: { name: string; value: unknown }[];
  }) => {
    if (node.type === 'text' && node.value?.trim()) texts.push(node.value);
    for (const a of node.attributes ?? []) {
      if ((a.name === 'heading' || a.name === 'outline') && typeof a.value === 'string') texts.push(a.value);
    }
    for (const child of node.children ?? []) visit(child as typeof node);
  };
  visit(mdxToHast(body) as Parameters<typeof visit>[0]);
  return texts;
}

/**
 * The verbatim text a list's pages show: title, columns (a heading over two columns and each column's own, as
 * printed), tier captions, group rows, notes and every cell of every item.
 */
function listTexts(yaml: string | undefined): string[] {
  if (!yaml) return [];
  const list = parse(yaml) as ListData;
  return [
    list.title,
    ...list.columns.flatMap((c) => c.split(HEADING_JOINER)),
    ...list.notes,
    ...list.tiers.map((t) => t.caption ?? ''),
    ...(list.groups ?? []).map((g) => g.caption),
    ...list.items.flatMap((i) => [
      String(i.number),
      i.name,
      i.content,
      i.target,
      i.type,
      i.leadText,
      ...(i.otherCells ?? []).map((c) => c.text),
    ]),
  ];
}

function frontMatterOf(mdx: string): { data: DocumentData; body: string } {
  const m = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/u.exec(mdx);
  if (!m) throw new Error('no front matter');
  return { data: parse(m[1]!) as DocumentData, body: m[2]! };
}

/** Writes the emitted files into a scratch content folder and runs the schema and the document check on them. */
function contentCheck(name: string, source: string, files: Map<string, string>): string[] {
  const dir = join(scratch, name);
  for (const [path, text] of files) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  mkdirSync(join(dir, 'sources'), { recursive: true });
  copyFileSync(source, join(dir, 'sources', source.split('/').pop()!));
  const problems: string[] = [];
  const documents = readCollection(dir, name, 'documents', problems);
  readCollection(dir, name, 'lists', problems);
  const content = { label: name, problems, documents } as unknown as Content;
  checkDocuments(content, dir, () => {}, (file, message) => {
    problems.push(`${typeof file === 'string' ? file : file.path}: ${message}`);
  });
  return problems;
}

describe.each(cases)('fixture %s', (name) => {
  const dir = join(ROOT, name);
  const sourceName = readdirSync(dir).find((n) => n.startsWith('source.'));
  const expected = parse(readFileSync(join(dir, 'expected.yaml'), 'utf8')) as Expected;
  if (!sourceName) {
    it('has a source.* file', () => expect(sourceName, `${dir} has no source.* file`).toBeDefined());
    return;
  }
  const sourcePath = join(dir, sourceName);
  const raw = readFileSync(sourcePath);
  const entry: SourceMapping = { file: sourceName, ...expected.entry };
  const result = ingested.get(name)!;
  const report = [...result.problems, ...result.notes].map((p) => `${sourceName}:${p.line}: ${p.message}`);

  if (expected.problems) {
    it('is refused, with the expected problems and their lines', () => {
      expect(result.problems.length, 'expected problems, got none').toBeGreaterThan(0);
      const lines = result.problems.map((p) => `${p.line}: ${p.message}`);
      for (const wanted of expected.problems!) expect(lines.join('\n')).toContain(wanted);
    });
    return;
  }

  const mdx = result.files.get(`documents/${entry.document}.mdx`);
  it('ingests without problems', () => {
    expect(result.problems.map((p) => `${p.line}: ${p.message}`), report.join('\n')).toEqual([]);
    expect(mdx).toBeDefined();
  });
  if (!mdx) return;
  const { data, body } = frontMatterOf(mdx);

  it('states every fact expected.yaml lists', () => {
    expect(data).toMatchObject(expected.frontMatter ?? {});
  });
  if (expected.outline) {
    it('has the expected anchors, in order', () => {
      expect(data.outline.map((o) => o.anchor)).toEqual(expected.outline);
    });
  }
  if (expected.responsibility) {
    it('reads each expected responsibility', () => {
      for (const [anchor, wanted] of Object.entries(expected.responsibility!)) {
        const entryOf = data.outline.find((o) => o.anchor === anchor);
        expect(entryOf?.responsibility, `${anchor} has no responsibility`).toMatchObject(wanted);
      }
    });
  }
  if (expected.listItems !== undefined) {
    it(`has ${expected.listItems} list items`, () => {
      const lists = (entry.lists ?? []).map((l) => parse(result.files.get(`lists/${l.slug}.yaml`) ?? 'items: []'));
      expect(lists.reduce((n, l) => n + l.items.length, 0)).toBe(expected.listItems);
    });
  }
  if (expected.listData) {
    it('states what expected.yaml lists of each list', () => {
      for (const [slug, wanted] of Object.entries(expected.listData!)) {
        expect(parse(result.files.get(`lists/${slug}.yaml`) ?? '{}'), slug).toMatchObject(wanted);
      }
    });
  }
  if (expected.mdx) {
    it('writes the expected lines into the MDX body, in order', () => {
      const lines = body.split('\n');
      let from = 0;
      for (const line of expected.mdx!) {
        const at = lines.indexOf(line, from);
        expect(at, `line “${line}” (in this order)`).toBeGreaterThanOrEqual(from);
        from = at + 1;
      }
    });
  }
  it('passes the document schema and the content check', () => {
    expect(contentCheck(name, sourcePath, result.files)).toEqual([]);
  });
  // The text read from the source: the source itself when it is UTF-8 text, else the extracted text kept beside it.
  const text = result.reading.text ? result.files.get(`sources/${result.reading.text}`) : raw.toString('utf8');
  it('renders every sentence of the text read from the source verbatim, and no other text', () => {
    expect(text, `the extracted text ${result.reading.text} is written`).toBeDefined();
    const cleaned = cleanSource(text!);
      const shownTexts = [
        data.title,
        data.statusLine ?? '',
        data.dateLine ?? '',
        ...renderedTexts(body),
        ...(entry.lists ?? []).flatMap((l) => listTexts(result.files.get(`lists/${l.slug}.yaml`))),
      ];
      const shown = stripWhitespace(shownTexts.join(''));
      // A row of TAB-separated cells is read as its cells (scripts/ingest/tab-rows.ts): each cell is shown in its field.
      const read = splitTabRows(cleaned.lines);
      const sentences = read.flatMap((l) => splitSentences(l.text)).map(stripWhitespace);
      expect(sentences.filter((s) => s !== '' && !shown.includes(s))).toEqual([]);
      const source = stripWhitespace(read.map((l) => l.text).join(''));
      const invented = shownTexts.map(stripWhitespace).filter((t) => t !== '' && !source.includes(t));
      expect(invented).toEqual([]);
  });
});
