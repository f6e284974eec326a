import { describe, expect, it } from 'vitest';
import type { RegionData } from '../../model/region.ts';
import { fileUnderRegionsAbove, regionsAbove } from './regions.ts';

const region = (slug: string, name: string, level: RegionData['level'], parent?: string): RegionData => ({
  slug,
  name,
  level,
  code: '420000',
  province: 'hubei',
  ...(parent ? { parent } : {}),
});
const regions = [
  region('hubei', '湖北省', 'province'),
  region('huangshi', '黄石市', 'prefecture', 'hubei'),
  region('daye', '大冶市', 'county', 'huangshi'),
];

describe('regions above', () => {
  it('names the regions above a region, below its province', () => {
    expect([...regionsAbove(regions)]).toEqual([['大冶市', ['黄石市']]]);
  });

  it("files a county's page under its prefecture too, once", () => {
    const page = `<html><head><meta name="pagefind-filter-region" data-pagefind-filter="region[content]" content="大冶市"></head><body></body></html>`;
    const filed = fileUnderRegionsAbove(page, regionsAbove(regions));
    expect(filed).toContain('<meta data-pagefind-filter="region[content]" content="黄石市"></head>');
    expect(fileUnderRegionsAbove(filed, regionsAbove(regions))).toBe(filed);
    const prefecture = page.replace('大冶市', '黄石市');
    expect(fileUnderRegionsAbove(prefecture, regionsAbove(regions))).toBe(prefecture);
  });
});
