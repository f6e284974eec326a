// Tries ranking settings on the relevance set (direct Pagefind calls, same query cleaning and cards as the page).
import { serveStatic } from './lib/static-server.ts';
import { launchChromium } from './lib/chromium.ts';
import { normalizeQuery } from '../src/lib/search/normalize.ts';
import { meanReciprocalRank, recallAt } from '../src/lib/search/metrics.ts';
import { toCards, type PagefindResultData } from '../src/lib/search/results.ts';
import { relevanceSet } from './lib/run-queries.ts';
const server = await serveStatic('dist');
const browser = await launchChromium();
const set = relevanceSet();
const grid = JSON.parse(process.argv[2] ?? '[{}]');
for (const ranking of grid) {
  const page = await browser.newPage();
  await page.goto(`${server.origin}/search/`);
  const found = await page.evaluate(
    async ({ queries, ranking }) => {
      const url = '/pagefind/pagefind.js';
      const pf = await import(url);
      await pf.options({ ranking });
      const out: unknown[][] = [];
      for (const q of queries) {
        const r = await pf.search(q);
        out.push(
          await Promise.all(
            r.results.slice(0, 10).map(async (x: { data: () => Promise<PagefindResultData> }) => {
              const { url, excerpt, meta, sub_results, raw_content } = await x.data();
              return { url, excerpt, meta, sub_results, raw_content };
            }),
          ),
        );
      }
      return out;
    },
    { queries: set.map((s) => normalizeQuery(s.q)), ranking },
  );
  const ranks = set.map(
    (s, i) =>
      (found[i] as PagefindResultData[])
        .flatMap((d) => toCards(d, { q: normalizeQuery(s.q) }))
        .findIndex((c) => c.url === s.expect) + 1,
  );
  if (process.env.SHOW)
    set.forEach((s, i) => {
      if (ranks[i] !== 1) console.log('   ', ranks[i], s.q, s.expect);
    });
  console.log(
    JSON.stringify(ranking),
    'r@1',
    recallAt(1, ranks).toFixed(3),
    'r@5',
    recallAt(5, ranks).toFixed(3),
    'MRR',
    meanReciprocalRank(ranks).toFixed(3),
  );
  await page.close();
}
await browser.close();
await server.close();
