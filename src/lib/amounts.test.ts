import { describe, expect, it } from 'vitest';
import { extractAges, extractAmounts } from './amounts.ts';

describe('extractAmounts', () => {
  it('money with qualifier and unit: 不低于 100 元/月/人', () => {
    expect(extractAmounts('按不低于100元/月/人的标准发放养老服务补贴。')).toEqual([
      { kind: 'money', value: 100, unit: '元/月/人', qualifier: '不低于', text: '不低于100元/月/人' },
    ]);
  });
  it('a share of a base: 低保标准的 20%', () => {
    expect(extractAmounts('按不低于当地低保标准20%的比例增发低保金。')).toEqual([
      { kind: 'share', value: 20, unit: '%', qualifier: '不低于', base: '当地低保标准', text: '不低于当地低保标准20%' },
    ]);
  });
  it('a multiple of a base: 城市低保标准的 1.3 倍', () => {
    expect(extractAmounts('基本生活标准不低于当地城市最低生活保障标准的1.3倍')[0]).toMatchObject({
      kind: 'multiple',
      value: 1.3,
      unit: '倍',
      qualifier: '不低于',
      base: '当地城市最低生活保障标准',
    });
  });
  it('counts, free and half price, in order of appearance', () => {
    expect(extractAmounts('每年提供1次健康管理服务').map((a) => [a.kind, a.value, a.unit])).toEqual([
      ['count', 1, '次/年'],
    ]);
    expect(extractAmounts('实行半价优惠，对70周岁以上实行免费').map((a) => a.kind)).toEqual(['half-price', 'free']);
  });
  it('finds nothing where no amount is stated', () => {
    expect(extractAmounts('按户籍所在地确定标准发放高龄津贴。')).toEqual([]);
  });
});

describe('extractAges', () => {
  it('以上 and 及以上 are lower bounds, 以下 an upper bound', () => {
    expect(extractAges('对60周岁以上70周岁以下的老年人实行半价优惠，本市户籍80周岁及以上')).toEqual([
      { value: 60, bound: 'min', text: '60周岁以上' },
      { value: 70, bound: 'max', text: '70周岁以下' },
      { value: 80, bound: 'min', text: '80周岁及以上' },
    ]);
  });
  it('a range (80—89周岁, 90至99岁) bounds both ways, and its numbers are not read again alone', () => {
    expect(extractAges('80—89周岁每人每月50元；90至99岁每人每月100元；100周岁及以上每人每月300元')).toEqual([
      { value: 80, bound: 'min', text: '80—89周岁' },
      { value: 89, bound: 'max', text: '80—89周岁' },
      { value: 90, bound: 'min', text: '90至99岁' },
      { value: 99, bound: 'max', text: '90至99岁' },
      { value: 100, bound: 'min', text: '100周岁及以上' },
    ]);
  });
  it('does not invent an age for 高龄 without a number', () => {
    expect(extractAges('获得最低生活保障金后生活仍有困难的高龄老年人')).toEqual([]);
  });
});
