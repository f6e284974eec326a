import { describe, expect, it } from 'vitest';
import { searchTags } from './facets.ts';

describe('searchTags', () => {
  it("turns an item's facts into filters and meta, filed by the status in the site's vocabulary", () => {
    const tags = searchTags({
      kind: '清单条目',
      region: '大冶市',
      province: '湖北省',
      status: '送审稿',
      service: '物质帮助',
      document: '方案',
      amount: '每月不低于 100 元',
      ages: '80',
    });
    expect(tags.filter((t) => t.kind === 'filter').map((t) => `${t.name}:${t.value}`)).toEqual([
      'region:大冶市',
      'province:湖北省',
      'kind:清单条目',
      'service:物质帮助',
      'status:送审稿',
      'version:现行版本',
    ]);
    expect(tags.filter((t) => t.kind === 'meta').map((t) => t.name)).toEqual([
      'kind',
      'region',
      'document',
      'amount',
      'age',
      'status',
    ]);
  });
  it('files a page of an older version under 历史版本, and says so in its meta', () => {
    const tags = searchTags({ kind: '政策原文', status: '送审稿', version: '历史版本' });
    expect(tags.filter((t) => t.name === 'version').map((t) => `${t.kind}:${t.value}`)).toEqual([
      'filter:历史版本',
      'meta:历史版本',
    ]);
  });
  it('leaves out what a page does not have', () => {
    expect(searchTags({ kind: '地区', region: '湖北省', province: '湖北省' }).map((t) => t.name)).toEqual([
      'region',
      'province',
      'kind',
      'version',
      'kind',
      'region',
    ]);
  });
});
