import { describe, expect, it } from 'vitest';
import { provinceIndexUrl, shardsFor, type ShardManifest } from './shards.ts';

const manifest: ShardManifest = {
  provinces: [
    { name: '湖北省', path: provinceIndexUrl('hubei') },
    { name: '云南省', path: provinceIndexUrl('yunnan') },
    { name: '宁夏回族自治区', path: provinceIndexUrl('ningxia') },
  ],
};
const provinceOf = new Map([
  ['大冶市', '湖北省'],
  ['黄石市', '湖北省'],
  ['湖北省', '湖北省'],
  ['保山市', '云南省'],
  ['宁夏回族自治区', '宁夏回族自治区'],
]);

describe('shardsFor', () => {
  it('needs every province for a query across the country (no region, no province)', () => {
    expect(shardsFor({}, provinceOf, manifest)).toEqual([
      '/pagefind/p/hubei/',
      '/pagefind/p/yunnan/',
      '/pagefind/p/ningxia/',
    ]);
    expect(shardsFor({ kind: '清单条目', version: '现行版本' }, provinceOf, manifest)).toHaveLength(3);
  });

  it("needs the province of a region filter, the visitor's or one the query names", () => {
    expect(shardsFor({ region: '大冶市' }, provinceOf, manifest)).toEqual(['/pagefind/p/hubei/']);
    expect(shardsFor({ region: { any: ['黄石市', '保山市'] } }, provinceOf, manifest)).toEqual([
      '/pagefind/p/hubei/',
      '/pagefind/p/yunnan/',
    ]);
  });

  it('needs the provinces of a province filter', () => {
    expect(shardsFor({ province: '宁夏回族自治区' }, provinceOf, manifest)).toEqual(['/pagefind/p/ningxia/']);
    expect(shardsFor({ province: { any: ['云南省'] }, region: '大冶市' }, provinceOf, manifest)).toEqual([
      '/pagefind/p/hubei/',
      '/pagefind/p/yunnan/',
    ]);
  });

  it('needs every province for a region it cannot place, and none with one index', () => {
    expect(shardsFor({ region: '某某县' }, provinceOf, manifest)).toHaveLength(3);
    expect(shardsFor({}, provinceOf, { provinces: [] })).toEqual([]);
    expect(shardsFor({ province: '甘肃省' }, provinceOf, manifest)).toEqual([]);
  });
});
