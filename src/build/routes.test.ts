import { describe, expect, it } from 'vitest';
import { expectedFeeds, livePaths, routeOf, ROUTES, type ContentCounts, type ContentIds } from './routes.ts';

const ids: ContentIds = {
  regions: ['baoshan', 'daye', 'hubei'],
  provinces: ['hubei'],
  scopes: ['hubei'],
  documents: ['daye-a', 'daye-b'],
  lists: [
    { id: 'daye-qingdan', items: [1, 2, 3] },
    { id: 'baoshan-qingdan', items: [] },
  ],
  finderRegions: ['daye'],
  topics: ['t1', 't2'],
  documentVersions: [
    { document: 'daye-a', key: 'songshengao' },
    { document: 'daye-a', key: '2024-03' },
  ],
  listVersions: [{ list: 'daye-qingdan', key: 'songshengao' }],
  comparePaths: ['/compare/commitments/m1/', '/compare/commitments/m1/hubei/', '/compare/topics/t1/hubei/huangshi/'],
};
const counts: ContentCounts = {
  regions: 3,
  provinces: 1,
  scopes: 1,
  documents: 2,
  lists: 2,
  items: 3,
  answerableLists: 1,
  topics: 2,
  versionedDocuments: 1,
  documentVersions: 2,
  versionedLists: 1,
  listVersions: 1,
  comparePages: { 'commitments subject': 1, 'commitments province': 1, 'topic prefecture': 1 },
};

describe('the routes table', () => {
  it('gives each kind as many paths as it counts pages, each matched by its own pattern only', () => {
    for (const route of ROUTES) {
      const paths = route.paths(ids);
      expect(paths, route.kind).toHaveLength(route.count(counts));
      for (const path of paths) expect(routeOf(path)?.kind, path).toBe(route.kind);
    }
  });

  it('knows the live paths, and nothing else', () => {
    const live = livePaths(ids);
    expect(live.has('/documents/daye-a/')).toBe(true);
    expect(live.has('/lists/daye-qingdan/item-3/')).toBe(true);
    expect(live.has('/finder/daye/')).toBe(true);
    expect(live.has('/documents/daye-old/')).toBe(false);
    expect(live.has('/lists/daye-qingdan/item-4/')).toBe(false);
    expect(live.has('/finder/baoshan/')).toBe(false);
    expect(live.has('/finder/provinces/hubei/')).toBe(true);
    expect(live.has('/validity/hubei/')).toBe(true);
    expect(live.has('/changes/hubei/')).toBe(true);
    expect(live.has('/validity/daye/')).toBe(false);
    expect(live.has('/documents/daye-a/versions/2024-03/changes/')).toBe(true);
    expect(live.has('/lists/daye-qingdan/versions/songshengao/')).toBe(true);
    expect(live.has('/documents/daye-b/versions/')).toBe(false);
    expect(live.size).toBe(ROUTES.reduce((n, r) => n + r.count(counts), 0));
  });

  it('calls for the site’s feed and one per region, only when the build has a site address', () => {
    expect(expectedFeeds(counts, true)).toBe(4);
    expect(expectedFeeds(counts, false)).toBe(0);
  });
});
