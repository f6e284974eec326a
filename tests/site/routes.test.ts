/**
 * The routes table (src/build/routes.ts) against the built site: every page belongs to one page kind, each
 * kind has as many pages as the content calls for, and exactly the searchable kinds open their main text
 * to the search index.
 */
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/build/checks/index.ts';
import { ROUTES, routeOf } from '../../src/build/routes.ts';
import { builtPages, isRedirectPage } from './dist.ts';

const pages = () => builtPages().filter((p) => !isRedirectPage(p));
const { summary } = checkContent(resolve('content'));

describe('the routes table', () => {
  it('knows every built page', () => {
    expect(
      pages()
        .filter((p) => !routeOf(p.path))
        .map((p) => p.path),
    ).toEqual([]);
  });

  it('counts each kind of page as the content calls for', () => {
    const built = new Map(ROUTES.map((r) => [r.kind, 0]));
    for (const p of pages()) built.set(routeOf(p.path)!.kind, built.get(routeOf(p.path)!.kind)! + 1);
    expect(Object.fromEntries(built)).toEqual(Object.fromEntries(ROUTES.map((r) => [r.kind, r.count(summary)])));
  });

  it('opens exactly the searchable kinds to the search index', () => {
    const wrong = pages().filter((p) => p.html.includes('data-pagefind-body') !== routeOf(p.path)!.searchable);
    expect(wrong.map((p) => p.path)).toEqual([]);
  });
});
