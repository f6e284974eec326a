import { describe, expect, it } from 'vitest';
import { filterValues } from './filters.ts';

describe('filterValues', () => {
  const html =
    '<head><meta data-pagefind-filter="region[content]" content="大冶市"><meta data-pagefind-filter="province[content]" content="湖北省">' +
    '<meta data-pagefind-filter="region[content]" content="黄石市"></head><p data-pagefind-filter="region[content]" content="不是meta"></p>';

  it('reads every value of one filter from its meta tags, in page order', () => {
    expect(filterValues(html, 'region')).toEqual(['大冶市', '黄石市']);
    expect(filterValues(html, 'province')).toEqual(['湖北省']);
    expect(filterValues(html, 'version')).toEqual([]);
  });
});
