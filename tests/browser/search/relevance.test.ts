/**
 * Search relevance on the built site, in Chromium, through the search page itself.
 * Thresholds (docs/search.md): recall@5 ≥ 0.95 and MRR ≥ 0.8; and every region, document and
 * 大冶 item must be found within the first five by its own name and by an everyday wording.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { builtSiteInChromium } from '../built-site.ts';
import type { Page } from 'playwright-core';
import { meanReciprocalRank, recallAt } from '../../../src/lib/search/metrics.ts';
import { builtPages } from '../../site/dist.ts';
import { rankIn, relevanceSet, searchOnPage } from '../../../scripts/lib/run-queries.ts';

const RECALL_AT_5 = 0.95;
const MRR = 0.8;

const site = builtSiteInChromium();
let page: Page;
const errors: string[] = [];
const rows: { q: string; expect: string; why: string; rank: number; top: string[] }[] = [];

beforeAll(async () => {
  page = await site.browser.newPage();
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(`${site.origin}/search/`);
  for (const query of relevanceSet()) {
    const cards = await searchOnPage(page, query.q);
    rows.push({ ...query, rank: rankIn(cards, query.expect), top: cards.slice(0, 5).map((c) => c[0]!) });
  }
});

describe('search relevance (tests/browser/search/relevance-set.yaml)', () => {
  it('has at least 40 queries, each expecting a page that exists', () => {
    const paths = new Set(builtPages().map((p) => p.path));
    expect(rows.length).toBeGreaterThanOrEqual(40);
    expect(rows.map((r) => r.expect.split('#')[0]!).filter((p) => !paths.has(p))).toEqual([]);
  });

  it(`reaches recall@5 ≥ ${RECALL_AT_5} and MRR ≥ ${MRR}`, () => {
    const ranks = rows.map((r) => r.rank);
    const recall = recallAt(5, ranks);
    const mrr = meanReciprocalRank(ranks);
    const misses = rows
      .filter((r) => r.rank === 0 || r.rank > 5)
      .map((r) => `  ${r.q} → want ${r.expect}, rank ${r.rank || '—'}; top: ${r.top.join(' ')}`);
    console.log(
      `Search relevance: ${rows.length} queries, recall@1 ${recallAt(1, ranks).toFixed(3)}, recall@5 ${recall.toFixed(3)}, MRR ${mrr.toFixed(3)}`,
    );
    if (misses.length) console.log(`Not in the first five:\n${misses.join('\n')}`);
    expect(recall, misses.join('\n')).toBeGreaterThanOrEqual(RECALL_AT_5);
    expect(mrr).toBeGreaterThanOrEqual(MRR);
  });

  it('finds every region, document, list and 大冶 item by its own name and an everyday wording', () => {
    const byTarget = new Map<string, Set<string>>();
    for (const r of rows.filter((x) => x.rank >= 1 && x.rank <= 5 && !x.expect.includes('#'))) {
      byTarget.set(r.expect, new Set([...(byTarget.get(r.expect) ?? []), r.why === 'name' ? 'name' : 'other']));
    }
    const targets = builtPages()
      .map((p) => p.path)
      .filter((p) => /^\/(regions\/[^/]+|documents\/[^/]+|lists\/daye-[^/]+\/item-\d+)\/$/u.test(p));
    const incomplete = targets.filter((t) => byTarget.get(t)?.size !== 2);
    expect(incomplete, 'pages not found in the first five by both their name and another wording').toEqual([]);
  });

  it('logs no errors in the browser console', () => {
    expect(errors).toEqual([]);
  });
});
