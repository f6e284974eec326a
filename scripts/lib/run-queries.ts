/**
 * Runs queries through the real search page in Chromium, the way a visitor does: type into the
 * box, press Enter, read the result cards. Shared by the relevance test (tests/browser/search/) and
 * scripts/tune-search.ts, which reads the same relevance set.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { parse } from 'yaml';

export interface RelevanceQuery {
  q: string;
  expect: string;
  why: string;
  /** Kept aside while the vocabulary was built, to see whether it generalises (the everyday set). */
  heldOut?: boolean;
}

/** The relevance set: the test's data, tests/browser/search/relevance-set.yaml (docs/search.md). */
export function relevanceSet(): RelevanceQuery[] {
  const file = new URL('../../tests/browser/search/relevance-set.yaml', import.meta.url);
  return parse(readFileSync(file, 'utf8')) as RelevanceQuery[];
}

/** The everyday set: questions in the words older people and their families use, tests/search/everyday-set.yaml. */
export function everydaySet(): RelevanceQuery[] {
  const file = new URL('../../tests/search/everyday-set.yaml', import.meta.url);
  return parse(readFileSync(file, 'utf8')) as RelevanceQuery[];
}

/** The result cards on the page: for each, the page it leads to and the sections it lists. */
export function readCards(page: Page): Promise<string[][]> {
  return page.$$eval('.search-result', (cards) =>
    cards.map((card) => [
      card.querySelector('h2 a')?.getAttribute('href') ?? '',
      ...[...card.querySelectorAll('.search-sections > li > a')].map((a) => a.getAttribute('href') ?? ''),
    ]),
  );
}

/** Types the query into the search page's box, submits, and waits until its results are shown. */
export async function searchOnPage(page: Page, q: string): Promise<string[][]> {
  const expected = `?${new URLSearchParams({ q: q.trim().replace(/\s+/gu, ' ') }).toString()}`;
  await page.fill('#search-q', q);
  await page.press('#search-q', 'Enter');
  await page.waitForFunction(
    (state) => {
      const el = document.querySelector<HTMLElement>('site-search');
      return el?.dataset.query === state && (el.dataset.state === 'done' || el.dataset.state === 'error');
    },
    expected,
    { timeout: 20_000 },
  );
  return readCards(page);
}

/**
 * Types a query, submits it and waits until its results are shown, polling every 10 ms: the milliseconds from the
 * key press (the search benchmarks, npm run bench and npm run bench:search).
 */
export async function timedSearch(page: Page, q: string, timeout: number): Promise<number> {
  await page.fill('#search-q', q);
  const started = performance.now();
  await page.press('#search-q', 'Enter');
  await page.waitForFunction(
    (want) => {
      const el = document.querySelector<HTMLElement>('site-search');
      return (
        el?.dataset.state === 'done' && el.dataset.query === want && document.querySelector('.search-result') !== null
      );
    },
    `?${new URLSearchParams({ q })}`,
    { timeout, polling: 10 },
  );
  return performance.now() - started;
}

/** 1-based rank of the first card leading to `url`; 0 if none. */
export const rankIn = (cards: string[][], url: string): number => cards.findIndex((c) => c.includes(url)) + 1;
