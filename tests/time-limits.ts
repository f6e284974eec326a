/**
 * Time limits for the tests over the built site. A test that reads every built page (html-validate, the
 * link check, the fidelity check, a browser visit of each page …) takes time in proportion to the page
 * count, and CI shares its machine: a fixed limit passes on an idle machine and fails on a loaded one. So
 * the limit grows with the number of pages dist/ holds. No test asserts a speed (benchmarks do that).
 */
import { existsSync, readdirSync } from 'node:fs';

/** The .html files under dist/ (0 before a build). */
export function builtPageCount(dist: string): number {
  if (!existsSync(dist)) return 0;
  return readdirSync(dist, { recursive: true, encoding: 'utf8' }).filter((name) => name.endsWith('.html')).length;
}

/** For the site checks (Node only): parsing and checking a page takes a few ms on an idle machine. */
export const siteTestTimeout = (pages: number): number => 60_000 + 250 * pages;

/** For the browser tests: opening a page in Chromium and auditing it takes about a second on an idle machine. */
export const browserTestTimeout = (pages: number): number => 120_000 + 3_000 * pages;
