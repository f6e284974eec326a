#!/usr/bin/env node
// Lighthouse benchmark: the four category scores of one page of each kind, in Lighthouse's default
// mobile profile (emulated Moto G Power, simulated slow 4G and 4× CPU slowdown), in Debian's Chromium,
// with the built site served on 127.0.0.1. See docs/lighthouse.md.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { launch } from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROMIUM, ensureChromium } from './lib/chromium.ts';
import {
  CATEGORIES,
  findings,
  findingsList,
  median,
  medianIndex,
  missesTarget,
  notApplicable,
  scoresTable,
  replaceSection,
  type Category,
  type PageResult,
  type ResultLike,
} from './lib/lighthouse-report.ts';
import { serveStatic } from './lib/static-server.ts';

const HELP = `Usage: npm run bench:lighthouse -- [--runs N] [--write]

Runs Lighthouse (mobile profile; performance, accessibility, best practices, SEO) on one page of each
kind of the built site in dist/ (run npm run build first), served on 127.0.0.1.

  --runs N   runs per page (default 1); each score is the median, metrics and audits come from
             the run with the median performance score
  --write    also rewrite the results section of docs/lighthouse.md
  --help     this text

Prints a Markdown table, the audits that did not score 1 on each page, and, last, one JSON line.`;

const args = process.argv.slice(2);
if (args.includes('--help')) {
  console.log(HELP);
  process.exit(0);
}
const runsAt = args.indexOf('--runs');
const RUNS = runsAt >= 0 ? Number(args[runsAt + 1]) : 1;
if (!Number.isInteger(RUNS) || RUNS < 1) {
  console.error('--runs needs a whole number ≥ 1');
  process.exit(2);
}
const WRITE = args.includes('--write');

const DIST = 'dist';
if (!existsSync(join(DIST, 'index.html'))) {
  console.error('dist/ has no built site: run `npm run build` first.');
  process.exit(1);
}

/** The longest document page, by HTML size. */
function longestDocument(): string {
  const docs = readdirSync(join(DIST, 'documents')).filter((d) => existsSync(join(DIST, 'documents', d, 'index.html')));
  const size = (d: string) => statSync(join(DIST, 'documents', d, 'index.html')).size;
  const longest = docs.sort((a, b) => size(b) - size(a))[0];
  if (!longest) throw new Error('dist/documents/ has no document pages');
  return `/documents/${longest}/`;
}

const PAGES = [
  '/',
  '/regions/daye/',
  longestDocument(),
  '/lists/daye-jiben-yanglao-qingdan/item-1/',
  '/compare/commitments/',
  '/compare/services/',
  '/search/',
  '/finder/',
];
for (const path of PAGES) {
  if (!existsSync(join(DIST, path, 'index.html'))) {
    console.error(`dist${path}index.html is missing`);
    process.exit(1);
  }
}

ensureChromium();
const chromiumVersion = execFileSync(CHROMIUM, ['--version'], {
  encoding: 'utf8',
  stdio: ['ignore', 'pipe', 'ignore'],
}).trim();
const started = Date.now();
const server = await serveStatic(DIST);
const chrome = await launch({
  chromePath: CHROMIUM,
  chromeFlags: [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--no-first-run',
    // Any host other than 127.0.0.1 fails at once instead of waiting for a network that is not there.
    '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1',
  ],
});

const runs = new Map<string, ResultLike[]>(PAGES.map((p) => [p, []]));
let lighthouseVersion = '';
let benchmarkIndex = 0;
try {
  for (let r = 0; r < RUNS; r++) {
    for (const path of PAGES) {
      const measure = () =>
        lighthouse(server.origin + path, {
          port: chrome.port,
          output: 'json',
          logLevel: 'error',
          onlyCategories: [...CATEGORIES],
        });
      let lhr = (await measure())?.lhr;
      // A lost trace (NO_NAVSTART, NO_FCP …) on a busy machine: Lighthouse itself says to run again, once.
      if (lhr?.runtimeError) {
        console.error(`run ${r + 1}/${RUNS} ${path}: ${lhr.runtimeError.code}, measuring again`);
        lhr = (await measure())?.lhr;
      }
      if (!lhr) throw new Error(`Lighthouse returned nothing for ${path}`);
      if (lhr.runtimeError)
        throw new Error(`Lighthouse failed on ${path}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
      lighthouseVersion = lhr.lighthouseVersion;
      benchmarkIndex = lhr.environment.benchmarkIndex;
      runs.get(path)!.push(lhr as unknown as ResultLike);
      console.error(
        `run ${r + 1}/${RUNS} ${path}: ${CATEGORIES.map((c) => Math.round((lhr.categories[c]?.score ?? 0) * 100)).join(' / ')}`,
      );
    }
  }
} finally {
  chrome.kill();
  await server.close();
}
const seconds = (Date.now() - started) / 1000;

const score = (lhr: ResultLike, c: Category) => Math.round((lhr.categories[c]?.score ?? 0) * 100);
const pages: PageResult[] = PAGES.map((path) => {
  const all = runs.get(path)!;
  const rep = all[medianIndex(all.map((l) => score(l, 'performance')))]!;
  const num = (id: string) => rep.audits[id]?.numericValue ?? NaN;
  const requests = (rep.audits['network-requests']?.details as { items?: { url: string }[] } | undefined)?.items ?? [];
  return {
    path,
    scores: Object.fromEntries(CATEGORIES.map((c) => [c, median(all.map((l) => score(l, c)))])) as Record<
      Category,
      number
    >,
    metrics: {
      fcpMs: num('first-contentful-paint'),
      lcpMs: num('largest-contentful-paint'),
      tbtMs: num('total-blocking-time'),
      cls: num('cumulative-layout-shift'),
      siMs: num('speed-index'),
    },
    findings: findings(rep, server.origin),
    seoNotApplicable: notApplicable(rep, 'seo'),
    external: requests.map((q) => q.url).filter((u) => /^https?:/u.test(u) && !u.startsWith(server.origin)),
  };
});

const date = new Date().toISOString().slice(0, 10);
const machine =
  `${date} · ${cpus().length} × ${cpus()[0]?.model ?? 'CPU'} (Lighthouse benchmark index ${Math.round(benchmarkIndex)}) · ` +
  `${chromiumVersion} headless · Lighthouse ${lighthouseVersion} · ${RUNS > 1 ? `median of ${RUNS} runs` : '1 run'} per page · ` +
  `${Math.round(seconds)} s in all`;
const missed = pages.filter((p) => missesTarget(p).length).map((p) => `${p.path} (${missesTarget(p).join(', ')})`);
const verdict = missed.length ? `Target missed on: ${missed.join('; ')}.` : 'Target met on every page.';
const section = [
  machine,
  '',
  scoresTable(pages),
  '',
  `Target: 100 for accessibility, best practices and SEO, ≥ 95 for performance (misses in bold). ${verdict}`,
  '',
  'Audits that did not score 1 (score 0–100; “not weighted” ones do not count towards the category score):',
  '',
  findingsList(pages),
].join('\n');

console.log(section);
if (WRITE) {
  const file = 'docs/lighthouse.md';
  writeFileSync(
    file,
    replaceSection(
      readFileSync(file, 'utf8'),
      '<!-- bench:lighthouse:begin -->',
      '<!-- bench:lighthouse:end -->',
      section,
    ),
  );
  console.error(`wrote ${file}`);
}
console.log(
  JSON.stringify({
    date,
    lighthouse: lighthouseVersion,
    chromium: chromiumVersion,
    runs: RUNS,
    seconds: Math.round(seconds),
    pages: Object.fromEntries(
      pages.map((p) => [
        p.path,
        {
          ...p.scores,
          ...Object.fromEntries(
            Object.entries(p.metrics).map(([k, v]) => [k, k === 'cls' ? Number(v.toFixed(3)) : Math.round(v)]),
          ),
          notPerfect: p.findings.map((f) => f.id),
        },
      ]),
    ),
  }),
);
