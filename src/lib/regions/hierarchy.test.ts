import { describe, expect, it } from 'vitest';
import { byPrefecture, inScope, isScope, prefectureOf, scopeOf, summaryRow, type RegionNode } from './hierarchy.ts';

// 湖北 with 黄石 (大冶 under it), 武汉 (江岸), 仙桃 (省直辖); 宁夏 alone.
const REGIONS: RegionNode[] = [
  { id: 'hubei', level: 'province', code: '420000', province: 'hubei' },
  { id: 'wuhan', level: 'prefecture', code: '420100', parent: 'hubei', province: 'hubei' },
  { id: 'jiangan', level: 'county', code: '420102', parent: 'wuhan', province: 'hubei' },
  { id: 'huangshi', level: 'prefecture', code: '420200', parent: 'hubei', province: 'hubei' },
  { id: 'daye', level: 'county', code: '420281', parent: 'huangshi', province: 'hubei' },
  { id: 'xiantao', level: 'county', code: '429004', parent: 'hubei', province: 'hubei' },
  { id: 'ningxia', level: 'province', code: '640000', province: 'ningxia' },
];
const bySlug = new Map(REGIONS.map((r) => [r.id, r]));
const lookup = (id: string) => bySlug.get(id)!;

describe('prefectureOf', () => {
  it('is the prefecture itself, the one above a county, none for a province or a county it administers', () => {
    expect(prefectureOf('huangshi', lookup)).toBe('huangshi');
    expect(prefectureOf('daye', lookup)).toBe('huangshi');
    expect(prefectureOf('hubei', lookup)).toBeUndefined();
    expect(prefectureOf('xiantao', lookup)).toBeUndefined();
    expect(prefectureOf('ningxia', lookup)).toBeUndefined();
  });
});

describe('byPrefecture', () => {
  it("puts the province's own group first, then prefectures by code, keeping the order given within each", () => {
    const groups = byPrefecture(['daye', 'xiantao', 'jiangan', 'huangshi', 'hubei', 'wuhan'], (r) => r, lookup);
    expect(groups).toEqual([
      { prefecture: undefined, values: ['xiantao', 'hubei'] },
      { prefecture: 'wuhan', values: ['jiangan', 'wuhan'] },
      { prefecture: 'huangshi', values: ['daye', 'huangshi'] },
    ]);
  });

  it('groups anything that has a region, and nothing gives no groups', () => {
    const docs = [
      { slug: 'a', region: 'daye' },
      { slug: 'b', region: 'huangshi' },
    ];
    expect(byPrefecture(docs, (d) => d.region, lookup).map((g) => g.values.map((d) => d.slug))).toEqual([['a', 'b']]);
    expect(byPrefecture([], String, lookup)).toEqual([]);
  });
});

describe('scopes', () => {
  it('are the provinces and prefectures', () => {
    expect(REGIONS.filter(isScope).map((r) => r.id)).toEqual(['hubei', 'wuhan', 'huangshi', 'ningxia']);
    expect(scopeOf(lookup('hubei'))).toEqual({ level: 'province', id: 'hubei' });
    expect(scopeOf(lookup('huangshi'))).toEqual({ level: 'prefecture', id: 'huangshi' });
  });

  it('hold the regions below them', () => {
    const within = (scope: Parameters<typeof inScope>[0]) =>
      REGIONS.filter((r) => inScope(scope, r.id, lookup)).map((r) => r.id);
    expect(within({ level: 'country' })).toHaveLength(REGIONS.length);
    expect(within({ level: 'province', id: 'hubei' })).toEqual([
      'hubei',
      'wuhan',
      'jiangan',
      'huangshi',
      'daye',
      'xiantao',
    ]);
    expect(within({ level: 'prefecture', id: 'huangshi' })).toEqual(['huangshi', 'daye']);
  });

  it('count each region in a summary row one level down', () => {
    const rows = (scope: Parameters<typeof summaryRow>[0]) =>
      REGIONS.filter((r) => inScope(scope, r.id, lookup)).map((r) => summaryRow(scope, r.id, lookup));
    expect(rows({ level: 'country' })).toEqual(['hubei', 'hubei', 'hubei', 'hubei', 'hubei', 'hubei', 'ningxia']);
    expect(rows({ level: 'province', id: 'hubei' })).toEqual([
      'hubei',
      'wuhan',
      'wuhan',
      'huangshi',
      'huangshi',
      'xiantao',
    ]);
    expect(rows({ level: 'prefecture', id: 'huangshi' })).toEqual(['huangshi', 'daye']);
  });
});
