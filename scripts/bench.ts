#!/usr/bin/env node
// Scale benchmark: generate a corpus, build it (pages and search index), measure. Run `npm run bench -- --help`.
// Prints a readable summary and, as its last line, one JSON object with every figure (docs/scale.md).
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { buildPhases, pageTimings, summarizeByKind, type TimedLine } from './bench/build-log.ts';
import { corpusCommand, MARKER_FILE } from './corpus/corpus.ts';
import { htmlFiles } from '../src/build/site-files.ts';
import { launchChromium } from './lib/chromium.ts';
import { timedSearch } from './lib/run-queries.ts';
import { watchMemory } from './lib/process-memory.ts';
import { memoryPeaks, type MemorySample } from '../src/build/memory-sample.ts';
import { serveStatic } from './lib/static-server.ts';

const HELP = `Usage: npm run bench -- --regions N [--documents M] [--seed S] [--query Q] [--search-index one|provinces] [--out DIR] [--content DIR] [--timeout-min M]
Builds the site for N regions into its own folder (never dist/) and measures it:
  N = 5         the real content/ (the five seed regions), unless --content names another folder
  other N       a synthetic corpus in .corpus/N (generated first if missing: npm run generate:corpus)
Steps: astro build --force (cold content cache; the content check runs inside it) with CONTENT_DIR set,
under /usr/bin/time -v; then a first search query in Chromium (cold cache) on the built site, across the country
and scoped to a region (the query after a region's name), each in a fresh browser context.
Options:
  --documents M    documents in the synthetic corpus, older versions counted (npm run generate:corpus --
                   --documents; default one per region); the corpus is .corpus/N-M and the output .bench/N-M
  --seed S         corpus seed (default "scale")
  --query Q        the first search query (default 尊老金)
  --scope R        the region named in the scoped query (default: the last region of the search page's list)
  --search-index L SEARCH_INDEX for the build: one index, or one per province (default: the build's rule,
                   src/build/search/layout.ts, docs/search.md)
  --out DIR        where the build, its log and result.json go (default .bench/N)
  --content DIR    build this content folder instead
  --timeout-min M  stop the build after M minutes (default 25)
  --max-rss-mb MB  stop the build when its processes together hold more than MB resident (default 14000:
                   the machine is shared; the issue's target is 8 GB for the largest process)
  --heap MB        --max-old-space-size for the build (default: the cap of npm run build in package.json;
                   0: Node's own limit)
Last line: {"regions","pages","documents","items","buildSeconds","indexSeconds","msPerPage","peakRssMB","distMB",
"searchFirstKB","searchFirstMs","searchScopedKB", "searchIndex",
"pagefindPeakMB", …} — buildSeconds is the whole build (content check included) minus indexSeconds.`;

const OPTIONS = {
  regions: { type: 'string' },
  documents: { type: 'string' },
  seed: { type: 'string' },
  query: { type: 'string' },
  scope: { type: 'string' },
  'search-index': { type: 'string' },
  out: { type: 'string' },
  content: { type: 'string' },
  'timeout-min': { type: 'string' },
  'max-rss-mb': { type: 'string' },
  heap: { type: 'string' },
  help: { type: 'boolean' },
} as const;

const { values } = (() => {
  try {
    return parseArgs({ options: OPTIONS });
  } catch (error) {
    // An unknown option or a value that looks like one (--heap -5): one line, not a stack trace.
    console.error(`bench: ${(error as Error).message.split('\n')[0]} — see npm run bench -- --help`);
    process.exit(2);
  }
})();
if (values.help || !values.regions) {
  console.log(HELP);
  process.exit(values.help ? 0 : 2);
}
const n = Number(values.regions);
const seed = values.seed ?? 'scale';
const query = values.query ?? '尊老金';
const m = values.documents === undefined ? undefined : Number(values.documents);
/** The corpus's folder name: N, or N-M with --documents. */
const corpusName = m === undefined ? String(n) : `${n}-${m}`;
const out = resolve(values.out ?? join('.bench', corpusName));
const dist = join(out, 'dist');
const timeoutMs = Number(values['timeout-min'] ?? 25) * 60_000;
// The build as npm run build runs it: with its heap cap (package.json), unless --heap says otherwise.
const buildScript = (JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: Record<string, string> }).scripts
  .build!;
const heapMB = Number(values.heap ?? /--max-old-space-size=(\d+)/u.exec(buildScript)?.[1] ?? 0);
if (!Number.isInteger(heapMB) || heapMB < 0) {
  console.error(`bench: --heap ${values.heap}: give the heap cap in MB as a whole number (0: Node's own limit)`);
  process.exit(2);
}
const maxRssMB = Number(values['max-rss-mb'] ?? 14_000);
const contentDir = values.content ?? (n === 5 && m === undefined ? 'content' : join('.corpus', corpusName));
const node = process.execPath;
const log = (s: string) => console.log(`[bench] ${s}`);
const seconds = (ms: number) => Math.round(ms / 10) / 100;
mkdirSync(out, { recursive: true });
const loadStart = loadavg()[0]!;

// 1. The corpus.
let generateSeconds: number | undefined;
if (contentDir !== 'content' && !values.content) {
  const marker = join(contentDir, MARKER_FILE);
  const fresh =
    existsSync(marker) &&
    readFileSync(marker, 'utf8').includes(`${corpusCommand({ regions: n, documents: m, seed })}\``);
  if (!fresh) {
    log(`generating ${n} regions${m === undefined ? '' : `, ${m} documents`} into ${contentDir} …`);
    const started = performance.now();
    const run = spawnSync(
      node,
      [
        'scripts/generate-corpus.ts',
        '--regions',
        String(n),
        ...(m === undefined ? [] : ['--documents', String(m)]),
        '--seed',
        seed,
        '--out',
        contentDir,
      ],
      { stdio: 'inherit' },
    );
    if (run.status !== 0) process.exit(run.status ?? 1);
    generateSeconds = seconds(performance.now() - started);
  }
}

// 2. The content check runs inside the build (the content guard), which logs its summary line.
let started = performance.now();

// 3. The build (as npm run build), under /usr/bin/time -v for the kernel's peak RSS of the largest process.
log(`building into ${relative(process.cwd(), dist)} (astro build --force) …`);
const astro = ['node_modules/astro/bin/astro.mjs', 'build', '--force', '--outDir', dist];
const useTime = existsSync('/usr/bin/time');
const env = {
  ...process.env,
  CONTENT_DIR: contentDir,
  ASTRO_TELEMETRY_DISABLED: '1',
  NO_COLOR: '1',
  FORCE_COLOR: '0',
  ...(values['search-index'] ? { SEARCH_INDEX: values['search-index'] } : {}),
  // What the build's Node holds, split into V8's heap and the rest (src/build/integrations/memory-log.ts).
  BUILD_MEMORY_LOG: join(out, 'node-memory.jsonl'),
  ...(heapMB ? { NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --max-old-space-size=${heapMB}`.trim() } : {}),
};
const child = useTime
  ? spawn('/usr/bin/time', ['-v', node, ...astro], { env, detached: true })
  : spawn(node, astro, { env, detached: true });
let stopped: string | undefined;
const stop = (why: string) => {
  if (stopped) return;
  stopped = why;
  log(`stopping the build: ${why}`);
  process.kill(-child.pid!, 'SIGTERM');
};
const memory = watchMemory(child.pid!, 500, (totalMB) => {
  if (totalMB > maxRssMB) stop(`its processes hold ${totalMB} MB (limit ${maxRssMB} MB)`);
});
const lines: TimedLine[] = [];
let stderr = '';
started = performance.now();
let pending = '';
child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
  const t = (performance.now() - started) / 1000;
  const parts = (pending + chunk).split('\n');
  pending = parts.pop()!;
  for (const text of parts) lines.push({ t, text });
});
child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
  stderr += chunk;
});
const timer = setTimeout(() => stop(`timeout after ${timeoutMs / 60_000} min`), timeoutMs);
const status = await new Promise<number | null>((done) => child.on('close', done));
clearTimeout(timer);
const totalSeconds = seconds(performance.now() - started);
const mem = memory.stop();
writeFileSync(
  join(out, 'build.log'),
  `${lines.map((l) => `[+${l.t.toFixed(1)}s] ${l.text}`).join('\n')}\n--- stderr ---\n${stderr}`,
);
writeFileSync(join(out, 'memory.json'), JSON.stringify(mem.samples));
const timeRss = /Maximum resident set size \(kbytes\): (\d+)/u.exec(stderr);
// The kernel's figure misses a grandchild that node never waits for (Pagefind's binary): take the larger.
const peakRssMB = Math.max(timeRss ? Math.round(Number(timeRss[1]) / 1024) : 0, mem.peakLargestMB);
const phases = buildPhases(lines, totalSeconds);
const summary = lines
  .map((l) => /Content OK: (\d+) regions, (\d+) documents, (\d+) lists, (\d+) items/u.exec(l.text))
  .find(Boolean);
const [regions, documents, lists, items] = summary ? summary.slice(1).map(Number) : [];
const pages = pageTimings(lines);
const machine = {
  cpus: cpus().length,
  cpu: cpus()[0]?.model ?? '?',
  memGB: Math.round(totalmem() / 2 ** 30),
  node: process.version,
  loadStart: Math.round(loadStart * 10) / 10,
  loadEnd: Math.round(loadavg()[0]! * 10) / 10,
};
/** The build's own samples (node-memory.jsonl): the split at Node's peak RSS and the largest of each part. */
function nodeMemory(file: string) {
  if (!existsSync(file)) return null;
  const samples = readFileSync(file, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as MemorySample);
  return memoryPeaks(samples) ?? null;
}
const pagesWritten = existsSync(dist) ? htmlFiles(dist).length : 0;
// The page build: everything but the index (up to where the build got); the content check is in its config phase.
const pageBuildSeconds = seconds(((phases.indexStartSeconds ?? totalSeconds) + (phases.afterIndexSeconds ?? 0)) * 1000);
const base = {
  n,
  ...(m === undefined ? {} : { corpusDocuments: m }),
  contentDir,
  lists,
  generateSeconds,
  phases,
  peakRssTimeMB: timeRss ? Math.round(Number(timeRss[1]) / 1024) : null,
  peakRssPolledMB: mem.peakLargestMB,
  peakRssByProgramMB: mem.peakByProgramMB,
  peakRssTreeMB: mem.peakTotalMB,
  heapCapMB: heapMB || null,
  nodeMemoryMB: nodeMemory(join(out, 'node-memory.jsonl')),
  machine,
  renderByKind: summarizeByKind(pages).slice(0, 8),
  slowestPages: [...pages].sort((a, b) => b.ms - a.ms).slice(0, 5),
};
if (status !== 0 || stopped) {
  console.error(
    stderr
      .split('\n')
      .filter((l) => !/^\t/u.test(l))
      .slice(-30)
      .join('\n'),
  );
  // What the build reached: every page written and glossary-linked, but no index (see the phases).
  const rendered = phases.renderSeconds !== undefined;
  console.log(
    JSON.stringify({
      regions,
      pages: pagesWritten,
      documents,
      items,
      buildSeconds: rendered ? pageBuildSeconds : null,
      indexSeconds: null,
      msPerPage: rendered ? Math.round((pageBuildSeconds * 1000 * 100) / pagesWritten) / 100 : null,
      peakRssMB,
      distMB: null,
      error: stopped ?? `astro build exited with ${status}`,
      secondsUntilStopped: totalSeconds,
      ...base,
    }),
  );
  process.exit(1);
}

// 4. What was built.
const files = (dir: string): string[] =>
  readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name));
const all = files(dist);
const size = (list: string[]) => list.reduce((sum, f) => sum + statSync(f).size, 0);
const html = all.filter((f) => f.endsWith('.html'));
const finder = all.filter((f) => /\/finder\/[^/]+\.json$/u.test(f)).map((f) => statSync(f).size);
const buildSeconds = pageBuildSeconds;

// 5. A first search query in Chromium, cold cache, unthrottled (as npm run bench:search): across the country,
// then scoped to a region by naming it, each in a fresh context.
let bytes = 0;
const requests = new Map<string, number>();
const server = await serveStatic(dist, 0, {
  onResponse: (path, n) => {
    bytes += n;
    const kind = path.replace(/^\/pagefind\/(?:p\/[^/]+\/)?(index|fragment|filter)\/.*/u, '/pagefind/…/$1/*');
    requests.set(kind, (requests.get(kind) ?? 0) + n);
  },
});
const browser = await launchChromium();
async function firstQuery(q: string) {
  const context = await browser.newContext();
  const page = await context.newPage();
  bytes = 0;
  await page.goto(`${server.origin}/search/`, { waitUntil: 'load' });
  const pageBytes = bytes;
  const lastRegion = await page.$$eval('#search-region option', (os) => os.at(-1)?.getAttribute('value') ?? '');
  bytes = 0;
  requests.clear();
  const ms = Math.round(await timedSearch(page, q, 180_000));
  const found = {
    ms,
    bytes,
    pageBytes,
    lastRegion,
    results: await page.locator('.search-result').count(),
    requests: new Map(requests),
  };
  await context.close();
  return found;
}
log(`searching for ${query} in Chromium …`);
const first = await firstQuery(query);
const scopedQuery = `${values.scope ?? first.lastRegion} ${query}`;
log(`searching for ${scopedQuery} in Chromium …`);
const scoped = await firstQuery(scopedQuery);
await browser.close();
await server.close();
const searchFirstMs = first.ms;
const searchFirstBytes = first.bytes;
const searchPageBytes = first.pageBytes;
const results = first.results;
const shardFile = join(dist, 'pagefind', 'site-shards.json');
const indexParts = existsSync(shardFile)
  ? (JSON.parse(readFileSync(shardFile, 'utf8')) as { parts: Array<{ provinces: string[] }> }).parts
  : [];

const kb = (b: number) => Math.round(b / 102.4) / 10;
const result = {
  regions,
  pages: html.length,
  documents,
  items,
  buildSeconds,
  indexSeconds: phases.indexSeconds ?? null,
  msPerPage: Math.round((buildSeconds * 1000 * 100) / html.length) / 100,
  peakRssMB,
  distMB: Math.round(size(all) / 1e5) / 10,
  searchQuery: query,
  searchFirstKB: kb(searchFirstBytes),
  searchFirstMs,
  searchResultsShown: results,
  searchPageKB: kb(searchPageBytes),
  searchRequestsKB: Object.fromEntries([...first.requests].sort((a, b) => b[1] - a[1]).map(([k, v]) => [k, kb(v)])),
  searchScopedQuery: scopedQuery,
  searchScopedKB: kb(scoped.bytes),
  searchScopedMs: scoped.ms,
  searchScopedResultsShown: scoped.results,
  searchScopedRequestsKB: Object.fromEntries(
    [...scoped.requests].sort((a, b) => b[1] - a[1]).map(([k, v]) => [k, kb(v)]),
  ),
  searchIndex: indexParts.length
    ? `the pages of no province and ${indexParts.length} parts (${indexParts.map((p) => p.provinces.length).join('+')} provinces)`
    : 'one',
  searchIndexLog: lines.find((l) => /pages indexed/u.test(l.text))?.text.replace(/^.*?(\d+ pages indexed)/u, '$1'),
  pagefindPeakMB: mem.peakByProgramMB['pagefind_extend'] ?? null,
  pagefindMB: Math.round(size(all.filter((f) => f.includes('/pagefind/'))) / 1e5) / 10,
  finderMaxKB: finder.length ? kb(Math.max(...finder)) : 0,
  finderTotalKB: kb(finder.reduce((a, b) => a + b, 0)),
  ...base,
};
writeFileSync(join(out, 'result.json'), `${JSON.stringify(result, null, 2)}\n`);
log(`${regions} regions, ${documents} documents, ${items} items → ${html.length} pages, ${result.distMB} MB`);
log(
  `build ${buildSeconds} s (${result.msPerPage} ms/page) + index ${phases.indexSeconds} s; peak RSS ${peakRssMB} MB (largest process)`,
);
if (base.nodeMemoryMB) {
  const { atPeak } = base.nodeMemoryMB;
  log(
    `Node at its peak (${atPeak.t} s): RSS ${atPeak.rss} MB = V8 heap ${atPeak.heapTotal} (${atPeak.heapUsed} used) + external ${atPeak.external} (array buffers ${atPeak.arrayBuffers}) + other ${atPeak.other}`,
  );
}
log(
  `phases: ${Object.entries(phases)
    .map(([k, v]) => `${k.replace(/Seconds$/u, '')} ${v}s`)
    .join(', ')}`,
);
log(
  `first search “${query}”: ${result.searchFirstKB} kB, ${searchFirstMs} ms (${JSON.stringify(result.searchRequestsKB)})`,
);
log(
  `first search “${scopedQuery}”: ${result.searchScopedKB} kB, ${scoped.ms} ms (${JSON.stringify(result.searchScopedRequestsKB)})`,
);
log(`search index: ${result.searchIndex}; Pagefind's peak ${result.pagefindPeakMB} MB; ${result.searchIndexLog}`);
console.log(JSON.stringify(result));
