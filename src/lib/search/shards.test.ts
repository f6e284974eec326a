import { describe, expect, it } from 'vitest';
import { indexPartUrl, shardsFor, type ShardManifest } from './shards.ts';

const manifest: ShardManifest = {
  parts: [
    { path: indexPartUrl('hubei'), provinces: ['湖北省'] },
    { path: indexPartUrl('yunnan'), provinces: ['云南省', '甘肃省'] },
    { path: indexPartUrl('ningxia'), provinces: ['宁夏回族自治区'] },
  ],
};
const provinceOf = new Map([
  ['大冶市', '湖北省'],
  ['黄石市', '湖北省'],
  ['湖北省', '湖北省'],
  ['保山市', '云南省'],
  ['平凉市', '甘肃省'],
  ['宁夏回族自治区', '宁夏回族自治区'],
]);
const ALL = ['/pagefind/p/hubei/', '/pagefind/p/yunnan/', '/pagefind/p/ningxia/'];

describe('shardsFor', () => {
  it('needs every part for a query across the country (no region, no province)', () => {
    expect(shardsFor({}, provinceOf, manifest)).toEqual(ALL);
    expect(shardsFor({ kind: '清单条目', version: '现行版本' }, provinceOf, manifest)).toEqual(ALL);
  });

  it("needs the part of a region filter's province, the visitor's or one the query names", () => {
    expect(shardsFor({ region: '大冶市' }, provinceOf, manifest)).toEqual(['/pagefind/p/hubei/']);
    expect(shardsFor({ region: '平凉市' }, provinceOf, manifest)).toEqual(['/pagefind/p/yunnan/']);
    expect(shardsFor({ region: { any: ['黄石市', '保山市'] } }, provinceOf, manifest)).toEqual([
      '/pagefind/p/hubei/',
      '/pagefind/p/yunnan/',
    ]);
  });

  it('needs the parts of a province filter', () => {
    expect(shardsFor({ province: '宁夏回族自治区' }, provinceOf, manifest)).toEqual(['/pagefind/p/ningxia/']);
    expect(shardsFor({ province: { any: ['甘肃省'] }, region: '大冶市' }, provinceOf, manifest)).toEqual([
      '/pagefind/p/hubei/',
      '/pagefind/p/yunnan/',
    ]);
  });

  it('needs every part for a region it cannot place, and none with one index', () => {
    expect(shardsFor({ region: '某某县' }, provinceOf, manifest)).toEqual(ALL);
    expect(shardsFor({}, provinceOf, { parts: [] })).toEqual([]);
    expect(shardsFor({ province: '江苏省' }, provinceOf, manifest)).toEqual([]);
  });
});
