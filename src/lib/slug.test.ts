import { describe, expect, it } from 'vitest';
import { regionSlug } from './slug.ts';
import { regionStem } from './region-stem.ts';
import { documentUrl, itemUrl, parseItemSegment, regionUrl, listUrl } from './urls.ts';

describe('region slugs', () => {
  it('uses the pinyin of the name without its suffix', () => {
    expect(regionSlug('保山市', new Set(), 'yunnan', '530500')).toBe('baoshan');
    expect(regionSlug('宁夏回族自治区', new Set(), 'ningxia', '640000')).toBe('ningxia');
    expect(regionStem('东区')).toBe('东区');
  });
  it('resolves 泰州 / 台州: the second adds its province, the first keeps its slug', () => {
    const taken = new Set([regionSlug('泰州市', new Set(), 'jiangsu', '321200')]);
    expect([...taken]).toEqual(['taizhou']);
    expect(regionSlug('台州市', taken, 'zhejiang', '331000')).toBe('taizhou-zhejiang');
    expect(regionSlug('台州市', new Set(['taizhou', 'taizhou-zhejiang']), 'zhejiang', '331000')).toBe('taizhou-331000');
  });
});

describe('URL scheme', () => {
  it('builds lower-case paths with a trailing slash', () => {
    expect(regionUrl('daye')).toBe('/regions/daye/');
    expect(documentUrl('daye-jiben-yanglao-songshengao', 'task-7')).toBe(
      '/documents/daye-jiben-yanglao-songshengao/#task-7',
    );
    expect(listUrl('daye-jiben-yanglao-qingdan')).toBe('/lists/daye-jiben-yanglao-qingdan/');
    expect(itemUrl('daye-jiben-yanglao-qingdan', 3)).toBe('/lists/daye-jiben-yanglao-qingdan/item-3/');
  });
  it('reads item segments back', () => {
    expect(parseItemSegment('item-12')).toBe(12);
    expect(parseItemSegment('item-0')).toBeNull();
    expect(parseItemSegment('12')).toBeNull();
  });
});
