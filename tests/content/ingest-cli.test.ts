/**
 * The real ingest CLI (scripts/ingest.ts, run by the project's Node) against a temporary copy of content/:
 * every refusal is one line and leaves the folder byte-identical; a good file is written with its text,
 * provenance and register entry, and passes the document checks; --replace shows what it changes first.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  closeSync,
  cpSync,
  existsSync,
  ftruncateSync,
  mkdtempSync,
  openSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { checkContent } from '../../src/build/checks/index.ts';

// Each run starts a Node process that loads the parser: seconds on a busy machine.
const RUN = 180_000;
/** The CLI's today (a fixed clock: src/model/build-date.ts), the day it records a source as added and checked. */
const TODAY = '2026-12-01';

let work: string;
let content: string;
beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'ingest-cli-'));
  content = join(work, 'content');
  cpSync('content', content, { recursive: true });
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

function ingest(...args: string[]): { code: number; out: string; err: string } {
  const run = spawnSync(process.execPath, ['scripts/ingest.ts', '--content', content, ...args], {
    encoding: 'utf8',
    timeout: RUN,
    env: { ...process.env, SITE_TODAY: TODAY },
  });
  return { code: run.status ?? -1, out: run.stdout, err: run.stderr };
}

/** Every file of a folder with its bytes, hashed: equal hashes, byte-identical folders. */
function folderHash(dir: string): string {
  const hash = createHash('sha256');
  const walk = (sub: string) => {
    for (const entry of readdirSync(join(dir, sub), { withFileTypes: true }).sort((a, b) =>
      a.name.localeCompare(b.name),
    )) {
      const path = join(sub, entry.name);
      if (entry.isDirectory()) walk(path);
      else hash.update(`${path}\0`).update(readFileSync(join(dir, path)));
    }
  };
  walk('');
  return hash.digest('hex');
}

function input(name: string, bytes: Buffer | string): string {
  const path = join(work, name);
  writeFileSync(path, bytes);
  return path;
}

/** A refusal: exit code 1, the expected line, no stack trace, and content/ as it was. */
function expectRefused(args: string[], message: string | RegExp): string {
  const before = folderHash(content);
  const run = ingest(...args);
  expect(run.code, run.err).toBe(1);
  expect(run.err).toMatch(message);
  expect(run.out).toBe('');
  expect(run.err).not.toMatch(/^\s+at |Error:|ENOENT|EISDIR/mu);
  expect(folderHash(content)).toBe(before);
  return run.err;
}

const GBK_TEXT = [
  '某区关于推进老年人能力综合评估工作的实施意见',
  '（2024年7月1日）',
  '为规范老年人能力综合评估工作，推进基本养老服务精准化，结合我区实际，提出如下意见。',
  '一、工作目标',
  '到2025年底，全区建立统一的老年人能力综合评估制度，评估结果在养老服务领域互认共享。',
  '二、主要任务',
  '1.统一评估标准。执行国家老年人能力评估规范，统一评估内容和流程。（责任单位：区民政局、区卫健局）',
  '2.建设评估队伍。每个街道至少配备2名持证评估人员。（责任单位：区民政局）',
  '',
].join('\r\n');

describe('ingest CLI refuses, writes nothing and says why in one line', () => {
  it(
    'a missing file',
    () => {
      const err = expectRefused(
        ['--file', join(work, 'nope.txt'), '--region', 'daye', '--document', 'x'],
        /^ingest: .*nope\.txt: no such file$/mu,
      );
      expect(err.trim().split('\n')).toHaveLength(1);
    },
    RUN,
  );

  it(
    'a directory',
    () => {
      const err = expectRefused(['--file', work, '--region', 'daye', '--document', 'x'], /: is a directory$/mu);
      expect(err.trim().split('\n')).toHaveLength(1);
    },
    RUN,
  );

  it(
    'a region that is a path',
    () => {
      const file = input('region.txt', GBK_TEXT);
      expectRefused(
        ['--file', file, '--region', '../regions/daye', '--document', 'x'],
        /--region "\.\.\/regions\/daye" is not a slug/u,
      );
      expectRefused(['--file', file, '--region', 'nowhere', '--document', 'x'], /region "nowhere" does not exist/u);
    },
    RUN,
  );

  it(
    'an existing document without --replace',
    () => {
      const file = input('again.txt', GBK_TEXT);
      expectRefused(
        ['--file', file, '--region', 'daye', '--document', 'daye-jiben-yanglao-songshengao'],
        /document "daye-jiben-yanglao-songshengao" exists .*add --replace/u,
      );
    },
    RUN,
  );

  it(
    'another document’s list, even with --replace',
    () => {
      const file = input('steal.txt', GBK_TEXT);
      expectRefused(
        ['--file', file, '--region', 'daye', '--document', 'new-doc', '--list', '附件=daye-jiben-yanglao-qingdan', '--replace'],
        /list "daye-jiben-yanglao-qingdan" belongs to document "daye-jiben-yanglao-songshengao"/u,
      );
    },
    RUN,
  );

  it(
    'random bytes',
    () => {
      const bytes = Buffer.alloc(4096);
      let x = 2463534242;
      for (let i = 0; i < bytes.length; i++) {
        x ^= x << 13;
        x ^= x >>> 17;
        x ^= x << 5;
        bytes[i] = x & 0xff;
      }
      const file = input('noise.txt', bytes);
      expectRefused(
        ['--file', file, '--region', 'daye', '--document', 'noise'],
        /noise\.txt:1: not a text document \(.*\): save it as UTF-8 text, \.html, \.docx, \.pdf or \.xlsx$/mu,
      );
    },
    RUN,
  );

  it(
    'a 50 MB file, at once',
    () => {
      const file = join(work, 'huge.txt');
      const fd = openSync(file, 'w');
      ftruncateSync(fd, 50 * 1024 * 1024);
      closeSync(fd);
      expectRefused(['--file', file, '--region', 'daye', '--document', 'huge'], /50\.0 MB is more than the 20\.0 MB/u);
      rmSync(file);
    },
    RUN,
  );

  it(
    'a re-check of a document it does not know, on a day in the future or before the source was added: all of it',
    () => {
      expectRefused(
        ['--checked', '2026-11-30', '--document', 'baoshan-jiben-yanglao-2023', '--document', 'daye-nowhere'],
        /^ingest: document "daye-nowhere" is not in sources\.yaml: give the slug of an ingested document \(its URL segment\)$/mu,
      );
      expectRefused(
        ['--checked', '2026-12-02', '--document', 'baoshan-jiben-yanglao-2023'],
        /^ingest: --checked 2026-12-02 is after today \(2026-12-01\): write the day the text was compared with its origin$/mu,
      );
      expectRefused(
        ['--checked', '2026-11-01', '--document', 'baoshan-jiben-yanglao-2023'],
        /^ingest: --checked 2026-11-01 is before the day document "baoshan-jiben-yanglao-2023" was added \(2026-11-23\)/mu,
      );
      const file = input('later.txt', GBK_TEXT);
      expectRefused(
        ['--file', file, '--region', 'daye', '--document', 'daye-later', '--checked', '2026-12-31'],
        /^ingest: --checked 2026-12-31 is after today \(2026-12-01\)/mu,
      );
    },
    RUN,
  );

  it(
    'an unexpected failure: one line, no stack (unless --debug)',
    () => {
      // content/sources is a file here, so writing fails in a way no check foresees.
      const broken = join(work, 'broken');
      cpSync(join(content, 'regions'), join(broken, 'regions'), { recursive: true });
      writeFileSync(join(broken, 'sources'), 'not a folder');
      const file = input('fails.txt', GBK_TEXT);
      const args = ['--file', file, '--region', 'daye', '--document', 'fails'];
      const run = spawnSync(process.execPath, ['scripts/ingest.ts', '--content', broken, ...args], { encoding: 'utf8' });
      expect(run.status).toBe(1);
      expect(run.stderr.trim().split('\n')).toEqual([
        expect.stringMatching(/^ingest: .*fails\.txt: internal error: .+ — please report$/u),
      ]);
      const debug = spawnSync(process.execPath, ['scripts/ingest.ts', '--content', broken, ...args, '--debug'], {
        encoding: 'utf8',
      });
      expect(debug.stderr).toMatch(/^\s+at /mu);
    },
    RUN,
  );
});

/** The sources register of the working copy. */
const registry = (): Array<Record<string, unknown>> => parse(readFileSync(join(content, 'sources', 'sources.yaml'), 'utf8'));

describe('ingest CLI writes a good file, all of it', () => {
  it(
    'a GBK text: reports the encoding, keeps the bytes and the text read from them',
    () => {
      const file = input('gbk-opinion.txt', iconv.encode(GBK_TEXT, 'gbk'));
      const run = ingest('--file', file, '--region', 'daye', '--document', 'daye-nengli-pinggu');
      expect(run.code, run.err).toBe(0);
      expect(run.out).toContain('read as text, GB18030');
      expect(readFileSync(join(content, 'sources', 'gbk-opinion.txt')).equals(readFileSync(file))).toBe(true);
      const text = readFileSync(join(content, 'sources', 'gbk-opinion.txt.extracted.txt'), 'utf8');
      expect(text).toBe(GBK_TEXT.replace(/\r\n/gu, '\n'));
      const mdx = readFileSync(join(content, 'documents', 'daye-nengli-pinggu.mdx'), 'utf8');
      expect(mdx).toContain('encoding: "GB18030"');
      expect(mdx).toContain('text: "gbk-opinion.txt.extracted.txt"');
      const registry = parse(readFileSync(join(content, 'sources', 'sources.yaml'), 'utf8'));
      expect(registry.at(-1)).toEqual({
        file: 'gbk-opinion.txt',
        region: 'daye',
        document: 'daye-nengli-pinggu',
        review: 'pending',
        added: TODAY,
        checked: TODAY,
      });
    },
    RUN,
  );

  it(
    'a title with ASCII quotes',
    () => {
      const title = '某市人民政府办公室关于印发某市"一老一小"服务方案的通知';
      const file = input('quotes.txt', `${title}\n${GBK_TEXT.split('\r\n').slice(2).join('\n')}`);
      const run = ingest('--file', file, '--region', 'daye', '--document', 'daye-yilao-yixiao');
      expect(run.code, run.err).toBe(0);
      const mdx = readFileSync(join(content, 'documents', 'daye-yilao-yixiao.mdx'), 'utf8');
      // A 印发通知: the document is what it publishes; the notice keeps its own title.
      const data = parse(mdx.split('---\n')[1]!);
      expect(data.title).toBe('某市"一老一小"服务方案');
      expect(data.noticeTitle).toBe(title);
    },
    RUN,
  );

  it(
    'a saved web page, then the content check finds nothing wrong with the new document itself',
    () => {
      const page = readFileSync('tests/fixtures/ingest/format-html-charset-lies/source.html');
      const file = input('zhucan.html', page);
      const run = ingest('--file', file, '--region', 'daye', '--document', 'daye-zhucan');
      expect(run.code, run.err).toBe(0);
      expect(run.out).toContain('read as html, GB18030');
      expect(existsSync(join(content, 'sources', 'zhucan.html.extracted.txt'))).toBe(true);
      const { errors } = checkContent(content, 'content');
      // The new sources are pending (sources.yaml review: "pending"): they go live without their review layer.
      expect(errors).toEqual([]);
    },
    RUN,
  );

  it(
    '--replace shows the changes with line counts, then writes them; --dry-run writes nothing',
    () => {
      const file = input('gbk-opinion.txt', iconv.encode(GBK_TEXT.replace('2名', '3名'), 'gbk'));
      const args = ['--file', file, '--region', 'daye', '--document', 'daye-nengli-pinggu', '--replace'];
      const before = folderHash(content);
      const dry = ingest(...args, '--dry-run');
      expect(dry.code, dry.err).toBe(0);
      expect(dry.out).toMatch(/change {2}content\/sources\/gbk-opinion\.txt {2}\(.* → .*\)/u);
      expect(folderHash(content)).toBe(before);
      const run = ingest(...args);
      expect(run.code, run.err).toBe(0);
      expect(run.out).toMatch(/change {2}content\/documents\/daye-nengli-pinggu\.mdx {2}\(\+\d+ −\d+ lines\)/u);
      expect(run.out).toMatch(/change {2}content\/sources\/gbk-opinion\.txt\.extracted\.txt {2}\(\+1 −1 lines\)/u);
      expect(readFileSync(join(content, 'sources', 'gbk-opinion.txt.extracted.txt'), 'utf8')).toContain('3名');
    },
    RUN,
  );

  it(
    '--checked: the day a new file was fetched is its 收录日期 and 最后核对; a re-ingest keeps the day it was added',
    () => {
      const file = input('fetched.txt', GBK_TEXT.replace('2名', '4名'));
      const run = ingest('--file', file, '--region', 'daye', '--document', 'daye-fetched', '--checked', '2026-11-28');
      expect(run.code, run.err).toBe(0);
      const entry = () => registry().find((e) => e.document === 'daye-fetched');
      expect(entry()).toMatchObject({ added: '2026-11-28', checked: '2026-11-28' });
      writeFileSync(file, GBK_TEXT.replace('2名', '5名'));
      const again = ingest('--file', file, '--region', 'daye', '--document', 'daye-fetched', '--replace');
      expect(again.code, again.err).toBe(0);
      expect(entry()).toMatchObject({ added: '2026-11-28', checked: TODAY });
    },
    RUN,
  );

  it(
    '--checked with --document records a re-check: only that entry’s checked changes',
    () => {
      const before = readFileSync(join(content, 'sources', 'sources.yaml'), 'utf8');
      const run = ingest('--checked', '2026-11-30', '--document', 'daye-fetched', '--document', 'baoshan-jiben-yanglao-2023');
      expect(run.code, run.err).toBe(0);
      expect(run.out).toContain(`daye-fetched: checked ${TODAY} → 2026-11-30`);
      const after = readFileSync(join(content, 'sources', 'sources.yaml'), 'utf8');
      expect(parse(after)).toEqual(
        parse(before).map((e: { document: string }) =>
          ['daye-fetched', 'baoshan-jiben-yanglao-2023'].includes(e.document) ? { ...e, checked: '2026-11-30' } : e,
        ),
      );
      expect(checkContent(content, 'content').errors).toEqual([]);
    },
    RUN,
  );

  it(
    '--check still agrees with every file written',
    () => {
      const run = ingest('--check');
      expect(run.code, run.err).toBe(0);
      expect(run.out).toContain('0 file(s) differ');
    },
    RUN,
  );
});
