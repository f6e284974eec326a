/**
 * Fuzzing the whole ingest (extractText + parse + emit + check): over a thousand inputs made from a seeded
 * random source — random bytes; the seed texts and the format fixtures truncated, spliced, duplicated,
 * re-encoded and corrupted; hostile strings inserted (markup, MDX syntax, quotes and unbalanced brackets,
 * NUL, lone surrogates, BOMs in the middle, a 100,000-character line, 10,000 numbered lines). Every input
 * must give either problems with line numbers (and no files), or files whose front matter passes the
 * document schema and whose body passes the MDX body check. Nothing may throw. The same seed gives the same
 * inputs on every machine; a failure names the input, so it can be reproduced.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { checkBody } from '../../src/build/checks/documents.ts';
import { COLLECTIONS } from '../../src/model/layout.ts';
import { parseContentText } from '../../src/model/read.ts';
import type { SourceMapping } from '../../src/model/site-data.ts';
import { createRandom, type Random } from '../../scripts/corpus/random.ts';
import { ingestSource } from '../../scripts/ingest/index.ts';

const SEEDS = readdirSync('content/sources')
  .filter((f) => /^\d{3}_[0-9a-f]+\.txt$/u.test(f))
  .map((f) => readFileSync(join('content/sources', f), 'utf8'));
const FIXTURES = readdirSync('tests/fixtures/ingest')
  .filter((d) => d.startsWith('format-'))
  .map((d) => {
    const name = readdirSync(join('tests/fixtures/ingest', d)).find((f) => f.startsWith('source.'))!;
    return { name, bytes: readFileSync(join('tests/fixtures/ingest', d, name)) };
  });
const HTML_FIXTURES = FIXTURES.filter((f) => f.name.endsWith('.html')).map((f) => f.bytes.toString('latin1'));

const HOSTILE = [
  '<script>alert("x")</script>',
  '<script>alert(1)</script>。',
  "import x from 'y'",
  "import x from 'y'。",
  'export default function () {}',
  'export const a = 1;',
  '{…}',
  '{props.title}',
  '}{',
  '{/* 注释 */}',
  '"',
  "'",
  '"一老一小"',
  "'十四五'",
  '《',
  '》',
  '《关于',
  '【',
  '】',
  '〔2023〕',
  '〔',
  '（',
  '）',
  '(',
  '<',
  '>',
  '<Heading anchor="task-1" level="3">1.</Heading>',
  '<Appendix anchor="appendix" />',
  '<div>',
  '</Notice>',
  '---',
  '```',
  '$$',
  '\\',
  '&amp;',
  '&#123;',
  '<!-- 注释 -->',
  '# 标题',
  '* 列表',
  '> 引用',
  '| a | b |',
  '\u0000',
  '\uFEFF',
  '\uD800',
  '\uDC00',
  '\u200B',
  '\u2028',
  '\t序号',
  '\t1',
  '附件',
  '附件2',
  '备注：1-2项为普惠服务项目，3-4项为保障服务项目。',
  '一、',
  '（一）',
  '1.',
  '12.争取扩',
  '第一条',
  '（责任单位：',
  '关于印发《某方案》的通知',
  '（征求意见稿）',
  '(2025年7月11日)',
  '2023年13月45日',
  '发布:2023-02-30',
  '日期:2023-04-18 来源:"某市"',
];

const entry = (file: string): SourceMapping => ({ file, region: 'fuzz', document: 'fuzz-doc' });

type Input = { kind: string; label: string; file: string; bytes: Buffer };

/** Lines of a text, so that changes fall on line boundaries as often as inside lines. */
const linesOf = (s: string) => s.split('\n');

function mutateText(random: Random, text: string): { text: string; what: string } {
  const lines = linesOf(text);
  switch (random.int(0, 6)) {
    case 0: {
      const at = random.int(0, text.length);
      return { text: text.slice(0, at), what: `truncated at ${at}` };
    }
    case 1: {
      const other = linesOf(random.pick(SEEDS));
      const a = random.int(0, lines.length);
      const b = random.int(0, other.length);
      return { text: [...lines.slice(0, a), ...other.slice(b)].join('\n'), what: `spliced at ${a}/${b}` };
    }
    case 2: {
      const from = random.int(0, lines.length - 1);
      const to = Math.min(lines.length, from + random.int(1, 40));
      const copies = random.int(1, 3);
      const block = lines.slice(from, to);
      return {
        text: [...lines.slice(0, to), ...Array.from({ length: copies }, () => block).flat(), ...lines.slice(to)].join('\n'),
        what: `lines ${from}-${to} duplicated ${copies}×`,
      };
    }
    case 3: {
      const out = [...lines];
      const n = random.int(1, 6);
      const used: string[] = [];
      for (let k = 0; k < n; k++) {
        const hostile = random.pick(HOSTILE);
        used.push(JSON.stringify(hostile));
        const at = random.int(0, out.length - 1);
        const line = out[at] ?? '';
        const pos = random.chance(0.3) ? 0 : random.chance(0.3) ? line.length : random.int(0, line.length);
        out[at] = random.chance(0.25) ? hostile : line.slice(0, pos) + hostile + line.slice(pos);
      }
      return { text: out.join('\n'), what: `hostile ${used.join(' ')}` };
    }
    case 4: {
      // In the title: the first non-blank line.
      const out = [...lines];
      const at = Math.max(0, out.findIndex((l) => l.trim() !== ''));
      const hostile = random.pick(HOSTILE);
      out[at] = `${(out[at] ?? '').slice(0, 6)}${hostile}${(out[at] ?? '').slice(6)}`;
      return { text: out.join('\n'), what: `title with ${JSON.stringify(hostile)}` };
    }
    case 5: {
      const at = random.int(0, lines.length - 1);
      const long = '很长的一行'.repeat(random.int(2_000, 20_000));
      return { text: [...lines.slice(0, at), long, ...lines.slice(at)].join('\n'), what: `a ${long.length}-character line at ${at}` };
    }
    default: {
      const out = [...lines];
      for (let k = random.int(1, 20); k > 0; k--) out.splice(random.int(0, out.length - 1), 1);
      return { text: out.join('\n'), what: 'lines deleted' };
    }
  }
}

function mutateBytes(random: Random, bytes: Buffer): { bytes: Buffer; what: string } {
  const out = Buffer.from(bytes);
  switch (random.int(0, 2)) {
    case 0: {
      const at = random.int(0, out.length);
      return { bytes: out.subarray(0, at), what: `bytes truncated at ${at}` };
    }
    case 1: {
      const n = random.int(1, 20);
      for (let k = 0; k < n; k++) out[random.int(0, out.length - 1)] = random.int(0, 255);
      return { bytes: out, what: `${n} bytes changed` };
    }
    default: {
      const a = random.int(0, out.length - 1);
      const b = random.int(a, out.length);
      return { bytes: Buffer.concat([out.subarray(0, b), out.subarray(a)]), what: `bytes ${a}-${b} duplicated` };
    }
  }
}

function* inputs(random: Random): Generator<Input> {
  for (let i = 0; i < 100; i++) {
    const bytes = Buffer.alloc(random.int(0, 4096));
    for (let k = 0; k < bytes.length; k++) bytes[k] = random.int(0, 255);
    yield { kind: 'random bytes', label: `random bytes #${i} (${bytes.length})`, file: random.pick(['x.txt', 'x.html', 'x.csv']), bytes };
  }
  for (let i = 0; i < 600; i++) {
    const seed = random.int(0, SEEDS.length - 1);
    // Mostly a part of a seed (its start, where the title is, or any stretch): whole seeds take long to parse.
    const lines = linesOf(SEEDS[seed]!);
    const from = random.chance(0.2) ? 0 : random.chance(0.5) ? 0 : random.int(0, lines.length - 1);
    const part = random.chance(0.15) ? lines : lines.slice(from, from + random.int(10, 60));
    const { text, what } = mutateText(random, part.join('\n'));
    const encoding = random.pick(['utf8', 'utf8', 'utf8', 'gb18030', 'utf16le', 'utf8-bom'] as const);
    const bytes =
      encoding === 'utf8-bom'
        ? Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text.replace(/\n/gu, '\r\n'))])
        : encoding === 'utf16le'
          ? Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(text, 'utf16le')])
          : encoding === 'utf8'
            ? Buffer.from(text)
            : iconv.encode(text, encoding);
    yield { kind: 'seed texts mutated', label: `seed ${seed} lines ${from}+${part.length}, ${what}, ${encoding}`, file: 'x.txt', bytes };
  }
  for (let i = 0; i < 150; i++) {
    const page = random.pick(HTML_FIXTURES);
    const { text, what } = mutateText(random, page);
    yield { kind: 'saved pages mutated', label: `page, ${what}`, file: 'x.html', bytes: Buffer.from(text, 'latin1') };
  }
  for (let i = 0; i < 120; i++) {
    const fixture = random.pick(FIXTURES);
    const { bytes, what } = mutateBytes(random, fixture.bytes);
    yield { kind: 'fixture bytes mutated', label: `${fixture.name} of fixture, ${what}`, file: fixture.name, bytes };
  }
  for (let i = 0; i < 30; i++) {
    const text = random.pick(SEEDS).split('\n').slice(0, 40).join('\n');
    const middle = random.int(0, text.length);
    const bom = random.pick(['\uFEFF', '\uFFFE', '\u0000', '\uD83D', '\r', '\u001B[31m']);
    yield {
      kind: 'odd characters inside',
      label: `seed with ${JSON.stringify(bom)} in the middle`,
      file: 'x.txt',
      bytes: Buffer.from(`${text.slice(0, middle)}${bom}${text.slice(middle)}`, 'utf8'),
    };
  }
  const numbered = Array.from({ length: 10_000 }, (_, i) => `${i + 1}.第${i + 1}项任务。按要求落实。（责任单位：市民政局）`);
  yield {
    kind: '10,000 numbered lines',
    label: '10,000 numbered lines',
    file: 'x.txt',
    bytes: Buffer.from(['某市养老服务任务清单', '一、重点任务', ...numbered].join('\n')),
  };
  yield {
    kind: '10,000 numbered lines',
    label: '10,000 numbered lines without a title',
    file: 'x.txt',
    bytes: Buffer.from(numbered.join('\n')),
  };
}

/** What is wrong with one result, or null when it is one of the two acceptable outcomes. */
function judge(result: Awaited<ReturnType<typeof ingestSource>>): string | null {
  if (result.problems.length > 0) {
    const bad = result.problems.find((p) => !Number.isInteger(p.line) || p.line < 0 || /\n/u.test(p.message));
    return bad ? `a problem without a line number or on several lines: ${JSON.stringify(bad)}` : null;
  }
  const mdx = result.files.get('documents/fuzz-doc.mdx');
  if (!mdx) return 'no problems and no document';
  const file = parseContentText(mdx, 'documents/fuzz-doc.mdx', 'fuzz-doc', true);
  if (file.syntaxErrors.length > 0) return `front matter: ${file.syntaxErrors.join('; ')}`;
  const parsed = COLLECTIONS.documents.schema.safeParse(file.data);
  if (!parsed.success) return `front matter: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`;
  const body: string[] = [];
  checkBody(
    file,
    parsed.data.outline.map((o) => o.anchor),
    (_, message) => body.push(message),
  );
  return body.length > 0 ? `body: ${body.join('; ')}` : null;
}

/** A problem that only the final content check found: the parser wrote something invalid without noticing. */
const ONLY_BY_CHECK = /would not pass the content check/u;

interface Outcome {
  kind: string;
  label: string;
  failure?: string;
  refused: boolean;
  ms: number;
}

async function run(input: Input): Promise<Outcome> {
  const start = performance.now();
  try {
    const result = await ingestSource(entry(input.file), input.bytes);
    const wrong = judge(result);
    // Refused by the final check alone: the parser wrote something invalid without noticing.
    const unnoticed = result.problems.find((p) => ONLY_BY_CHECK.test(p.message));
    const failure = wrong ?? (unnoticed ? `the parser wrote what the check refuses: ${unnoticed.message}` : undefined);
    return {
      kind: input.kind,
      label: input.label,
      ...(failure ? { failure } : {}),
      refused: result.problems.length > 0,
      ms: performance.now() - start,
    };
  } catch (error) {
    const message = `${(error as Error).name}: ${(error as Error).message}`;
    const where = (error as Error).stack?.split('\n')[1]?.trim() ?? '';
    return {
      kind: input.kind,
      label: input.label,
      failure: `threw ${message} ${where}`,
      refused: true,
      ms: performance.now() - start,
    };
  }
}

describe('ingest fuzzing', () => {
  const outcomes: Outcome[] = [];

  it('never throws; every input gives problems with line numbers or content that passes the checks, and the parser never writes what the check refuses', async () => {
    const random = createRandom('ingest-fuzz-2024');
    for (const input of inputs(random)) outcomes.push(await run(input));
    const byKind = new Map<string, { n: number; ms: number }>();
    for (const o of outcomes) {
      const k = byKind.get(o.kind) ?? { n: 0, ms: 0 };
      byKind.set(o.kind, { n: k.n + 1, ms: k.ms + o.ms });
    }
    console.log(
      [
        `ingest fuzzing: ${outcomes.length} inputs, ${outcomes.filter((o) => !o.refused).length} ingested, ${outcomes.filter((o) => o.refused).length} refused`,
        ...[...byKind].map(([kind, k]) => `  ${kind}: ${k.n} inputs, ${(k.ms / 1000).toFixed(1)} s`),
      ].join('\n'),
    );
    expect(outcomes.length).toBeGreaterThanOrEqual(1000);
    expect(outcomes.filter((o) => o.failure).map((o) => `${o.label}: ${o.failure}`).slice(0, 20)).toEqual([]);
  }, 300_000);
});
