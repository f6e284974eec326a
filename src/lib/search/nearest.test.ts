import { describe, expect, it } from 'vitest';
import { nearestItems } from './nearest.ts';

const items = [
  { url: '/lists/l/item-18/', name: '养老护理补贴' },
  { url: '/lists/l/item-19/', name: '重度残疾人护理补贴' },
  { url: '/lists/l/item-11/', name: '健康管理服务' },
  { url: '/lists/l/item-26/', name: '老年人意外伤害险' },
];

describe('nearestItems', () => {
  it('offers the items sharing the most characters, the shorter name first on a tie', () => {
    expect(nearestItems('护理 补助', items).map((i) => i.url)).toEqual([
      '/lists/l/item-18/',
      '/lists/l/item-19/',
      '/lists/l/item-11/',
    ]);
    expect(nearestItems('意外 保险', items).map((i) => i.url)).toEqual(['/lists/l/item-26/']);
  });

  it('offers at most three, each once, and none that shares nothing', () => {
    const many = [...items, ...items, { url: '/lists/l/item-3/', name: '高龄津贴' }];
    expect(nearestItems('老人护理管理补贴', many)).toHaveLength(3);
    expect(nearestItems('理发', [{ url: '/x/', name: '高龄津贴' }])).toEqual([]);
  });
});
