// Tries Pagefind ranking settings on the relevance sets, with the search page's own query understanding, search
// plan and card ranking (src/lib/search/: understand, plan, results, rank), calling Pagefind directly in Chromium.
// Needs a built site. Usage: node scripts/tune-search.ts '[{"termSaturation":1.0}, {"pageLength":0.5}]'
import { readFileSync } from 'node:fs';
import { serveStatic } from './lib/static-server.ts';
import { launchChromium } from './lib/chromium.ts';
import { meanReciprocalRank, recallAt } from '../src/lib/search/metrics.ts';
import { placesOf } from '../src/lib/search/places.ts';
import { searchPlan, type SearchPlan } from '../src/lib/search/plan.ts';
import { QUERY_DATA_URL, T2S_URL, readLexicon } from '../src/lib/search/query-data.ts';
import { rankCards } from '../src/lib/search/rank.ts';
import { SHARDS_URL, type ShardManifest } from '../src/lib/search/shards.ts';
import { toCards, type PagefindResultData } from '../src/lib/search/results.ts';
import { t2sConverter } from '../src/lib/search/t2s.ts';
import { understand } from '../src/lib/search/understand.ts';
import { everydaySet, relevanceSet } from './lib/run-queries.ts';

if (process.argv.includes('--help')) {
  console.log(`Usage: node scripts/tune-search.ts '[{"termSaturation":1.0}, {"pageLength":0.5}]' (after a build)`);
  process.exit(0);
}
const json = (url: string) => JSON.parse(readFileSync(`dist${url}`, 'utf8')) as never;
const lexicon = readLexicon(json(QUERY_DATA_URL));
const simplify = t2sConverter(json(T2S_URL));
// An index in parts (docs/search.md): every part merged, so every query sees the whole site.
const parts = (json(SHARDS_URL) as ShardManifest).parts.map((p) => p.path);
const server = await serveStatic('dist');
const browser = await launchChromium();
const grid = JSON.parse(process.argv[2] ?? '[{}]') as object[];
for (const ranking of grid) {
  const page = await browser.newPage();
  await page.goto(`${server.origin}/search/`);
  const options = (name: string) =>
    page.$$eval(`select[name="${name}"] option`, (os) => os.map((o) => (o as HTMLOptionElement).value).filter(Boolean));
  const places = placesOf(await options('region'), await options('province'));
  for (const [name, set] of [
    ['relevance', relevanceSet()],
    ['everyday', everydaySet()],
  ] as const) {
    const plans = set.map((s) => searchPlan({ q: s.q, filters: {} }, understand(s.q, lexicon, places, { simplify })));
    // The page's search in the browser: the plan's texts in turn, the first five pages' data with the text that found each.
    const found = await page.evaluate(
      async ({ plans, ranking, parts }) => {
        const url = '/pagefind/pagefind.js';
        const pf = await import(url);
        await pf.options({ excerptLength: 40, ranking });
        for (const path of parts) await pf.mergeIndex(path, { excerptLength: 40, ranking });
        const out: { data: unknown; searched: string | null }[][] = [];
        for (const plan of plans as SearchPlan[]) {
          const results: { r: { id: string; data: () => Promise<unknown> }; searched: string | null }[] = [];
          for (const { text, when } of plan.texts) {
            if ((when === 'few' && results.length >= 5) || (when === 'none' && results.length > 0)) continue;
            const r = await pf.search(text, { filters: plan.filters });
            for (const x of r.results)
              if (!results.some((y) => y.r.id === x.id)) results.push({ r: x, searched: text });
          }
          out.push(
            await Promise.all(results.slice(0, 5).map(async (x) => ({ data: await x.r.data(), searched: x.searched }))),
          );
        }
        return out;
      },
      { plans, ranking, parts },
    );
    const ranks = set.map(
      (s, i) =>
        rankCards(
          found[i]!.flatMap((f) => toCards(f.data as PagefindResultData, { ...plans[i]!.parts, searched: f.searched })),
          plans[i]!.rank,
        ).findIndex((c) => c.url === s.expect) + 1,
    );
    console.log(
      JSON.stringify(ranking),
      name,
      'r@1',
      recallAt(1, ranks).toFixed(3),
      'r@5',
      recallAt(5, ranks).toFixed(3),
      'MRR',
      meanReciprocalRank(ranks).toFixed(3),
    );
  }
  await page.close();
}
await browser.close();
await server.close();
