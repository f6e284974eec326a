/**
 * A new version in one command (docs/versions.md). On a copy of the content, the real ingest CLI publishes the
 * fixture final text of the 大冶 送审稿 (tests/fixtures/versions/: a task inserted so 7–11 became 8–12, a task and a
 * part removed, amounts changed, list items removed and added, a list amount changed) with --supersedes; then one
 * `astro build` of that copy. Checked: the CLI's refusals and dry run; the final at the canonical URL, the draft at
 * its version URL with its banner; the 对照 of the text and of the list (counts, character changes, parts matched
 * across renumbering and linked both ways); the anchors and item pages of the draft still landing on its words;
 * the routes, the manifest and the redirects; search; valid HTML; and, in Chromium, the new page kinds on a 360 px
 * phone at the largest text size and in print.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../../scripts/lib/chromium.ts';
import { publishedUrls } from '../../scripts/lib/published-urls.ts';
import { serveStatic } from '../../scripts/lib/static-server.ts';
import { cacheDirFor } from '../../src/build/cache-dir.ts';
import { checkContent } from '../../src/build/checks/index.ts';
import { diffManifest, parseManifest } from '../../src/build/manifest.ts';
import { readRedirects } from '../../src/build/redirects.ts';
import { routeOf } from '../../src/build/routes.ts';
import { STORAGE_KEY } from '../../src/lib/reading/prefs.ts';
import { latestDate, ownDate } from '../../src/lib/versions/history.ts';
import { readContent } from '../../src/model/read.ts';
import { builtPages, forwardingPages, page } from '../site/dist.ts';

const DOCUMENT = 'daye-jiben-yanglao-songshengao';
const LIST = 'daye-jiben-yanglao-qingdan';
const KEY = 'songshengao';
const FINAL = 'tests/fixtures/versions/daye-final.txt';
const CURRENT = `/documents/${DOCUMENT}/`;
const VERSION = `/documents/${DOCUMENT}/versions/${KEY}/`;
const CHANGES = `${VERSION}changes/`;
const HISTORY = `/documents/${DOCUMENT}/versions/`;
const LIST_VERSION = `/lists/${LIST}/versions/${KEY}/`;
const LIST_CHANGES = `${LIST_VERSION}changes/`;
const LIST_HISTORY = `/lists/${LIST}/versions/`;
const NEW_KINDS = [HISTORY, VERSION, CHANGES, LIST_HISTORY, LIST_VERSION, LIST_CHANGES];
const RUN = 180_000;
// A yearly list pair: the 2024 edition ingested as a new document, then the 2025 edition over it.
const YEARLY = 'daye-qingdan-nianban';
const YEARLY_LIST = 'daye-nianban-qingdan';
const yearly = (year: number) => [
  '--file',
  `tests/fixtures/versions/daye-qingdan-${year}.txt`,
  '--region',
  'daye',
  '--document',
  YEARLY,
  '--list',
  `附件=${YEARLY_LIST}`,
];

let dir = '';
let content = '';
let dist = '';
let build: ReturnType<typeof spawnSync>;
let supersede: ReturnType<typeof ingest>;
let dryRun: ReturnType<typeof ingest>;
let editions: Array<ReturnType<typeof ingest>> = [];

function ingest(...args: string[]) {
  const run = spawnSync(process.execPath, ['scripts/ingest.ts', '--content', content, ...args], {
    encoding: 'utf8',
    timeout: RUN,
  });
  return { code: run.status ?? -1, out: run.stdout, err: run.stderr };
}
const final = ['--file', FINAL, '--region', 'daye', '--document', DOCUMENT, '--supersedes', '--list', `附件2=${LIST}`];
const sources = () => readFileSync(join(content, 'sources', 'sources.yaml'), 'utf8');

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'versions-'));
  content = join(dir, 'content');
  dist = join(dir, 'dist');
  cpSync('content', content, { recursive: true });
  dryRun = ingest(...final, '--dry-run');
  supersede = ingest(...final);
  editions = [ingest(...yearly(2024)), ingest(...yearly(2025), '--supersedes')];
  build = spawnSync('npx', ['astro', 'build', '--outDir', dist], {
    env: { ...process.env, CONTENT_DIR: content },
    encoding: 'utf8',
    timeout: 500_000,
  });
}, 900_000);
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
  rmSync(cacheDirFor(content), { recursive: true, force: true });
});

const html = (path: string) => page(path, dist).html;
const root = (path: string) => page(path, dist).root;
const text = (path: string, selector: string) => root(path).querySelector(selector)?.textContent.trim() ?? '';

describe('npm run ingest -- --supersedes', () => {
  it('shows the moves on --dry-run and writes nothing then', () => {
    expect(dryRun.code, dryRun.err).toBe(0);
    expect(dryRun.out).toContain(`add     content/versions/${DOCUMENT}/${KEY}.mdx`);
    expect(dryRun.out).toContain(`add     content/versions/lists/${LIST}/${KEY}.yaml`);
    expect(dryRun.out).toContain(`change  content/documents/${DOCUMENT}.mdx`);
    expect(dryRun.out).toContain(`remove  content/eligibility/${LIST}.yaml`);
    expect(dryRun.out).toContain('--dry-run: nothing written');
  });

  it('keeps the current text as version 1, publishes the final, and records both in the register', () => {
    expect(supersede.code, supersede.err).toBe(0);
    for (const path of [`versions/${DOCUMENT}/${KEY}.mdx`, `versions/lists/${LIST}/${KEY}.yaml`])
      expect(existsSync(join(content, path)), path).toBe(true);
    const draft = readFileSync(join(content, 'versions', DOCUMENT, `${KEY}.mdx`), 'utf8');
    expect(draft).toContain('version:\n  key: "songshengao"\n  number: 1\n  kind: "final"\n  replacedOn: "2024-06-20"');
    expect(readFileSync(join(content, 'documents', `${DOCUMENT}.mdx`), 'utf8')).toContain('不得低于55%');
    expect(existsSync(join(content, 'eligibility', `${LIST}.yaml`))).toBe(false);
    expect(existsSync(join(content, 'versions', DOCUMENT, KEY, 'eligibility', `${LIST}.yaml`))).toBe(true);
    expect(sources()).toContain('  version:\n    key: "songshengao"');
    expect(sources()).toContain(
      '- file: "daye-final.txt"\n  region: "daye"\n  document: "daye-jiben-yanglao-songshengao"',
    );
    expect(supersede.out).toContain('names a draft; it stays');
  });

  it('refuses, in one line each and writing nothing, a document that does not exist, a dropped list, the same text', () => {
    const before = sources();
    const refused = (run: ReturnType<typeof ingest>) => {
      expect(run.code).toBe(1);
      expect(sources()).toBe(before);
      return run.err.trim().split('\n');
    };
    expect(refused(ingest('--file', FINAL, '--region', 'daye', '--document', 'daye-nope', '--supersedes'))).toEqual([
      'ingest: --supersedes: document "daye-nope" does not exist (content/documents/daye-nope.mdx): ingest its first text without --supersedes',
    ]);
    const crlf = join(dir, 'crlf.txt');
    writeFileSync(crlf, readFileSync(FINAL, 'utf8').replace(/\n/gu, '\r\n'));
    expect(refused(ingest('--file', crlf, '--region', 'daye', '--document', DOCUMENT, '--supersedes'))).toEqual([
      `ingest: the current version has the list "${LIST}" (附件2): give --list <attachment>=${LIST} for the new version's list, so that its URL stays`,
    ]);
    // The final is current now: the same bytes under another name, and the same text with other line ends.
    const copy = join(dir, 'copy.txt');
    writeFileSync(copy, readFileSync(FINAL));
    expect(refused(ingest(...final.map((a) => (a === FINAL ? copy : a))))).toEqual([
      `ingest: ${copy} is the same file as the current version's source (content/sources/daye-final.txt): nothing to supersede`,
    ]);
    expect(refused(ingest(...final.map((a) => (a === FINAL ? crlf : a))))).toEqual([
      `ingest: ${crlf}: its text is the same as the current version of "${DOCUMENT}": nothing to supersede`,
    ]);
  });

  it('keys a yearly edition by its year', () => {
    for (const run of editions) expect(run.code, run.err).toBe(0);
    expect(editions[1]!.out).toContain(`the current text becomes version 1 "2024"`);
    expect(editions[1]!.out).toContain('(edition)');
    expect(existsSync(join(content, 'versions', 'lists', YEARLY_LIST, '2024.yaml'))).toBe(true);
  });

  it('makes content that passes the check and that a regeneration of every source reproduces', () => {
    expect(checkContent(content, 'content').errors).toEqual([]);
    const again = ingest('--check');
    expect(again.code, `${again.out}${again.err}`).toBe(0);
    const twice = ingest(...final);
    expect(twice.code).toBe(1);
    expect(twice.err).toMatch(/daye-final\.txt is already the source of "daye-jiben-yanglao-songshengao"/u);
  });
});

describe('the built site', () => {
  it('builds every page the routes table counts, without a warning', () => {
    const log = `${build.stdout}${build.stderr}`;
    expect(build.status, log.slice(-3000)).toBe(0);
    expect(log).not.toMatch(/\[WARN\]|warning/iu);
    const kinds = builtPages(dist).map((p) => routeOf(p.path)?.kind ?? `unknown ${p.path}`);
    // One of each for the 大冶 plan and for the yearly list pair.
    for (const kind of ['document versions', 'document version', 'document changes', 'list versions', 'list version'])
      expect(kinds.filter((k) => k === kind).length, kind).toBe(2);
    expect(kinds.filter((k) => k === 'list changes')).toHaveLength(2);
    expect(kinds.filter((k) => k.startsWith('unknown'))).toEqual([]);
    expect(builtPages(dist)).toHaveLength(checkContent(content, 'content').summary.expectedPages);
  });

  it('shows the final at the canonical URL, with a line on its versions', () => {
    expect(text(CURRENT, 'h1')).toBe('大冶市推进基本养老服务体系建设的实施方案');
    expect(text(CURRENT, '#task-7')).toContain('建立老年助餐服务网络');
    expect(html(CURRENT)).toContain('不得低于55%');
    const line = root(CURRENT).querySelector('[data-versions]')!;
    expect(line.textContent).toContain('共 2 个版本');
    expect(line.querySelectorAll('a').map((a) => a.getAttribute('href'))).toEqual([HISTORY, CHANGES]);
  });

  it('keeps the draft at its version URL, verbatim with all its anchors, under a banner naming what replaced it', () => {
    const banner = text(VERSION, '[data-superseded]');
    expect(banner).toContain('已被取代');
    expect(banner).toContain('2024年6月20日');
    expect(banner).toContain('正式文件《大冶市推进基本养老服务体系建设的实施方案》');
    expect(
      root(VERSION)
        .querySelectorAll('[data-superseded] a')
        .map((a) => a.getAttribute('href')),
    ).toEqual([CURRENT, CHANGES, HISTORY]);
    expect(text(VERSION, '#task-7')).toContain('加快补齐配建养老服务设施短板');
    expect(text(VERSION, '#task-12')).toContain('创新智慧养老服务模式');
    expect(html(VERSION)).toContain('不得低于60%');
    expect(html(VERSION)).toContain('（送审稿）');
    const anchors = root(VERSION)
      .querySelectorAll('.anchored[id]')
      .map((e) => e.id);
    const draft = readContent(content).documentVersions.entries[0]!.data;
    expect(anchors).toEqual(expect.arrayContaining(draft.outline.map((o) => o.anchor)));
    // Its attachment leads to the list as it was then.
    expect(
      root(VERSION).querySelector('#appendix-2')!.parentNode!.querySelector('a[href^="/lists/"]')?.getAttribute('href'),
    ).toBe(LIST_VERSION);
  });

  it('gives the draft the status 已被取代 in the one vocabulary, and logs the new version on /changes/', () => {
    expect(text(VERSION, 'header .badge')).toBe('已被取代');
    expect(text(VERSION, '[data-status-reason]')).toContain('已被《大冶市推进基本养老服务体系建设的实施方案》取代');
    expect(root(VERSION).querySelector('meta[data-pagefind-filter="status[content]"]')?.getAttribute('content')).toBe(
      '已被取代',
    );
    // The change log: the final is a new version of the document, linked to its 对照, on the day it was added.
    const links = root('/changes/')
      .querySelectorAll('a')
      .map((a) => a.getAttribute('href'));
    expect(links).toContain(CHANGES);
  });

  it('counts the changes at the top of the 对照 and shows them by character', () => {
    expect(text(CHANGES, '[data-change-summary]')).toBe(
      '新增 1 项任务、删除 2 项任务、修改 3 处、5 项重新编号、新增其他部分 1 个。',
    );
    const part = (before: string) => root(CHANGES).querySelector(`[data-before="${before}"]`)!;
    expect(part('task-5').getAttribute('data-change')).toBe('changed');
    expect(
      part('task-5')
        .querySelectorAll('del')
        .map((d) => d.textContent),
    ).toEqual(['［删］60']);
    expect(
      part('task-5')
        .querySelectorAll('ins')
        .map((d) => d.textContent),
    ).toEqual(['［增］55']);
    expect(
      part('task-10')
        .querySelectorAll('ins')
        .map((d) => d.textContent),
    ).toEqual(['［增］8000', '［增］5000']);
    expect(part('task-12').getAttribute('data-change')).toBe('removed');
    expect(part('section-3-3').getAttribute('data-change')).toBe('removed');
    expect(root(CHANGES).querySelector('[data-after="task-7"]')!.getAttribute('data-change')).toBe('added');
  });

  it('matches a task across renumbering and links it both ways', () => {
    const moved = root(CHANGES).querySelector('[data-before="task-7"]')!;
    expect(moved.getAttribute('data-after')).toBe('task-8');
    expect(moved.getAttribute('data-change')).toBe('same');
    expect(moved.querySelectorAll('a').map((a) => a.getAttribute('href'))).toEqual([
      `${VERSION}#task-7`,
      `${CURRENT}#task-8`,
    ]);
    expect(text(VERSION, '#task-7')).toContain('加快补齐配建养老服务设施短板');
    expect(text(CURRENT, '#task-8')).toContain('加快补齐配建养老服务设施短板');
  });

  it('maps the old anchors on the history page and on the current page, where a removed one still lands', () => {
    const map = (path: string, anchor: string) => root(path).querySelector(`[data-former-anchor="${anchor}"]`)!;
    expect(
      map(HISTORY, 'task-7')
        .querySelectorAll('a')
        .map((a) => a.getAttribute('href')),
    ).toEqual([`${VERSION}#task-7`, `${CURRENT}#task-8`]);
    // task-7 is still an anchor of the current text (other words): listed, not given again.
    expect(map(CURRENT, 'task-7').id).toBe('');
    const gone = map(CURRENT, 'section-3-3');
    expect(gone.id).toBe('section-3-3');
    expect(gone.classList.contains('anchored')).toBe(true);
    expect(gone.querySelector('a')!.getAttribute('href')).toBe(`${VERSION}#section-3-3`);
    expect(gone.textContent).toContain('已删除');
  });

  it('compares the lists: items added and removed, an amount changed, items renumbered', () => {
    expect(text(LIST_CHANGES, '[data-change-summary]')).toBe(
      '新增 1 项、删除 2 项、修改 1 项（其中数额 1 项）、13 项重新编号。',
    );
    const item = root(LIST_CHANGES).querySelector('[data-before="17"]')!;
    expect(item.getAttribute('data-after')).toBe('16');
    expect(item.querySelector('[data-change-field="amounts"]')!.textContent).toContain('［删］100［增］120');
    expect(root(LIST_CHANGES).querySelector('[data-before="13"]')!.getAttribute('data-change')).toBe('removed');
    expect(root(LIST_CHANGES).querySelector('[data-after="26"]')!.getAttribute('data-change')).toBe('added');
    expect(text(LIST_VERSION, '#item-13')).toContain('优抚集中供养');
    expect(text(LIST_VERSION, '[data-superseded]')).toContain('已被取代');
    expect(text(`/lists/${LIST}/`, '[data-versions]')).toContain('共 2 个版本');
  });

  it('compares a yearly list pair: the 2024 edition replaced by the 2025 edition', () => {
    const version = `/lists/${YEARLY_LIST}/versions/2024/`;
    expect(text(version, '[data-superseded]')).toContain('2025年1月8日');
    expect(text(version, '[data-superseded]')).toContain('2025年版');
    expect(text(`${version}changes/`, '[data-change-summary]')).toBe(
      '新增 0 项、删除 0 项、修改 1 项（其中数额 1 项）。',
    );
    expect(
      root(`${version}changes/`).querySelector('[data-before="17"] [data-change-field="amounts"]')!.textContent,
    ).toContain('［删］100［增］150');
    expect(text(`/documents/${YEARLY}/versions/`, '[data-version="2024"]')).toContain('被新年度版本取代');
  });

  it('forwards item pages and the finder page the draft had to its words', () => {
    const redirects = readFileSync(join(dist, '_redirects'), 'utf8');
    expect(redirects).toContain(`/lists/${LIST}/item-27/ ${LIST_VERSION}#item-27 301\n`);
    expect(redirects).toContain(`/finder/daye/ /lists/${LIST}/ 301\n`);
    const stub = forwardingPages(dist).find((p) => p.path === `/lists/${LIST}/item-27/`)!;
    expect(stub.root.querySelector('meta[http-equiv="refresh"]')!.getAttribute('content')).toBe(
      `0;url=${LIST_VERSION}#item-27`,
    );
    expect(text(LIST_VERSION, '#item-27')).toContain('互联网+养老平台服务');
  });

  it('keeps every URL and anchor of the manifest, and lists the new ones for npm run urls -- --update', () => {
    const manifest = parseManifest(readFileSync('content/url-manifest.txt', 'utf8'));
    const built = publishedUrls(dist);
    const diff = diffManifest(manifest, built, readRedirects(content));
    expect(diff.removed).toEqual([]);
    expect(diff.danglingRedirects).toEqual([]);
    expect(diff.unlisted).toEqual(
      expect.arrayContaining([
        VERSION,
        `${VERSION}#task-12`,
        CHANGES,
        HISTORY,
        LIST_VERSION,
        `${LIST_VERSION}#item-27`,
      ]),
    );
    expect(diffManifest(manifest, built, []).removed).toEqual([`/finder/daye/`, `/lists/${LIST}/item-27/`]);
  });

  it('indexes the older version under 历史版本 and offers the filter; comparisons say as of which date', () => {
    const filter = (path: string) =>
      root(path).querySelector('meta[data-pagefind-filter="version[content]"]')?.getAttribute('content');
    expect(filter(VERSION)).toBe('历史版本');
    expect(filter(LIST_VERSION)).toBe('历史版本');
    expect(filter(CURRENT)).toBe('现行版本');
    expect(root(CHANGES).querySelector('[data-pagefind-body]')).toBeNull();
    expect(
      root('/search/')
        .querySelectorAll('#search-version option')
        .map((o) => o.textContent),
    ).toEqual(['现行版本', '历史版本', '全部版本']);
    const newest = latestDate(readContent(content).documents.entries.map((d) => ownDate(d.data)))!;
    for (const path of ['/compare/', '/compare/services/', '/finder/'])
      expect(root(path).querySelector('[data-as-of]')!.getAttribute('data-as-of'), path).toBe(newest);
  });

  it('writes valid HTML on every new page kind and on the pages that link to them', async () => {
    const validator = new HtmlValidate(new FileSystemConfigLoader());
    const errors: string[] = [];
    for (const path of [...NEW_KINDS, CURRENT, `/lists/${LIST}/`, '/search/']) {
      const report = await validator.validateString(html(path), `dist${path}`);
      for (const r of report.results)
        for (const m of r.messages) errors.push(`${path}:${m.line} [${m.ruleId}] ${m.message}`);
    }
    expect(errors).toEqual([]);
  });
});

describe('the new page kinds in Chromium', () => {
  it('fit a 360 px phone at the largest text size, with large targets and enough contrast, and print', async () => {
    const server = await serveStatic(dist);
    const browser = await launchChromium();
    const AXE = readFileSync(join('node_modules', 'axe-core', 'axe.min.js'), 'utf8');
    const problems: string[] = [];
    try {
      for (const prefs of [{ size: 'xx-large' }, { size: 'xx-large', contrast: 'high' }])
        for (const path of NEW_KINDS) {
          const context = await browser.newContext({ viewport: { width: 360, height: 800 } });
          context.setDefaultTimeout(120_000);
          const p = await context.newPage();
          await p.addInitScript(([key, v]) => localStorage.setItem(key!, v!), [STORAGE_KEY, JSON.stringify(prefs)]);
          await p.goto(`${server.origin}${path}`);
          const found = await p.evaluate(() => {
            const small: string[] = [];
            for (const el of document.querySelectorAll<HTMLElement>('main a[href], main button, main summary')) {
              if (!el.checkVisibility()) continue;
              const block = el.closest('p, li, dd, h1, h2, h3')?.textContent?.replace(/\s+/gu, '') ?? '';
              const inline =
                getComputedStyle(el).display === 'inline' && block !== el.textContent!.replace(/\s+/gu, '');
              const box = el.getBoundingClientRect();
              if (!inline && Math.min(box.width, box.height) < 59.5) small.push(el.textContent!.trim().slice(0, 20));
            }
            return {
              width: document.documentElement.scrollWidth,
              small,
              size: getComputedStyle(document.body).fontSize,
            };
          });
          if (found.width > 360) problems.push(`${path} ${JSON.stringify(prefs)}: ${found.width} px wide`);
          if (found.small.length) problems.push(`${path}: small targets ${found.small.join(', ')}`);
          await p.evaluate(AXE);
          const rule = prefs.contrast ? 'color-contrast-enhanced' : 'color-contrast';
          const violations = await p.evaluate(async (r) => {
            const axe = (
              window as unknown as {
                axe: { run: (d: Document, o: object) => Promise<{ violations: { id: string }[] }> };
              }
            ).axe;
            return (await axe.run(document, { runOnly: { type: 'rule', values: [r] } })).violations.map((v) => v.id);
          }, rule);
          if (violations.length) problems.push(`${path} ${JSON.stringify(prefs)}: ${violations.join(', ')}`);
          await context.close();
        }
      // Printed, a change still reads as one without colour: its 增/删 label is printed with it.
      const context = await browser.newContext();
      const p = await context.newPage();
      await p.goto(`${server.origin}${CHANGES}`);
      await p.emulateMedia({ media: 'print' });
      const printed = await p.evaluate(() =>
        [...document.querySelectorAll('ins .change-label, del .change-label')].every((e) =>
          (e as HTMLElement).checkVisibility(),
        ),
      );
      expect(printed).toBe(true);
      expect((await p.pdf()).length).toBeGreaterThan(10_000);
      await context.close();
    } finally {
      await browser.close();
      await server.close();
    }
    expect(problems).toEqual([]);
  }, 600_000);
});
