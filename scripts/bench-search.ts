#!/usr/bin/env node
// Search benchmark: bytes transferred and time to first results for a few queries, in Chromium,
// unthrottled and on Lighthouse's mobile network (150 ms round trip, 1.6 Mbps down, 750 kbps up).
// Needs a built site (npm run build). Usage: npm run bench:search [-- --runs 3]
// Prints a Markdown table (copy it to docs/search.md) and, last, one JSON line with every figure.
import { cpus } from 'node:os';
import type { Browser } from 'playwright-core';
import { launchChromium } from './lib/chromium.ts';
import { timedSearch } from './lib/run-queries.ts';
import { serveStatic } from './lib/static-server.ts';

const QUERIES = ['尊老金', '免费坐公交', '80岁 补贴', '保山 彩票公益金'];
// The slow network is emulated by the server (scripts/lib/static-server.ts), because Chromium's
// own network emulation does not reach the requests of Pagefind's web worker.
const NETWORKS = {
  unthrottled: undefined,
  'mobile (150 ms, 1.6 Mbps)': { latencyMs: 150, bytesPerSecond: 1.6e6 / 8 },
} as const;
const runsArg = process.argv.indexOf('--runs');
const RUNS = runsArg > 0 ? Number(process.argv[runsArg + 1]) : 3;

interface Sample {
  network: string;
  query: string;
  pageBytes: number;
  firstBytes: number;
  firstMs: number;
  nextBytes: number;
  nextMs: number;
}

let bytes = 0;

async function measure(
  browser: Browser,
  origin: string,
  query: string,
  next: string,
): Promise<Omit<Sample, 'network'>> {
  const context = await browser.newContext(); // a cold cache every time
  const page = await context.newPage();
  bytes = 0;

  await page.goto(`${origin}/search/`, { waitUntil: 'load' });
  const pageBytes = bytes;
  const search = async (q: string) => {
    bytes = 0;
    const ms = await timedSearch(page, q, 60_000);
    return { ms, bytes };
  };
  const first = await search(query);
  const second = await search(next);
  await context.close();
  return { query, pageBytes, firstBytes: first.bytes, firstMs: first.ms, nextBytes: second.bytes, nextMs: second.ms };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const kb = (b: number) => (b / 1024).toFixed(1);

const browser = await launchChromium();
const rows: Sample[] = [];
for (const network of Object.keys(NETWORKS) as (keyof typeof NETWORKS)[]) {
  const server = await serveStatic('dist', 0, {
    throttle: NETWORKS[network],
    onResponse: (_path, n) => {
      bytes += n;
    },
  });
  for (const [i, query] of QUERIES.entries()) {
    const next = QUERIES[(i + 1) % QUERIES.length]!;
    const samples: Omit<Sample, 'network'>[] = [];
    for (let r = 0; r < RUNS; r++) samples.push(await measure(browser, server.origin, query, next));
    rows.push({
      network,
      query,
      pageBytes: median(samples.map((s) => s.pageBytes)),
      firstBytes: median(samples.map((s) => s.firstBytes)),
      firstMs: median(samples.map((s) => s.firstMs)),
      nextBytes: median(samples.map((s) => s.nextBytes)),
      nextMs: median(samples.map((s) => s.nextMs)),
    });
  }
  await server.close();
}
await browser.close();

console.log(
  `Search benchmark — median of ${RUNS} cold-cache runs, ${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}, Chromium headless, gzip on; kB = response bodies as sent`,
);
console.log('');
console.log(
  '| network | query | search page (kB) | first query: kB | first query: ms | next query: kB | next query: ms |',
);
console.log('| --- | --- | ---: | ---: | ---: | ---: | ---: |');
for (const r of rows)
  console.log(
    `| ${r.network} | ${r.query} | ${kb(r.pageBytes)} | ${kb(r.firstBytes)} | ${Math.round(r.firstMs)} | ${kb(r.nextBytes)} | ${Math.round(r.nextMs)} |`,
  );
console.log(JSON.stringify({ runs: RUNS, rows }));
