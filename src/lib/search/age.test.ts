import { describe, expect, it } from 'vitest';
import { ageFit, itemAges, readNumber, takeAge } from './age.ts';

describe('readNumber', () => {
  it.each([
    ['80', 80],
    ['八十', 80],
    ['八十五', 85],
    ['九十', 90],
    ['十', 10],
    ['六十五', 65],
    ['一百', 100],
    ['百', 100],
    ['一百零五', 105],
    ['两', 2],
  ])('%s → %i', (s, n) => expect(readNumber(s)).toBe(n));

  it('reads no number in other words', () => {
    expect(readNumber('八十八十')).toBeUndefined();
    expect(readNumber('补贴')).toBeUndefined();
  });
});

describe('takeAge', () => {
  it.each([
    ['80岁 补贴', 80],
    ['八十岁老人有什么补贴', 80],
    ['八旬老人补贴', 80],
    ['80周岁以上老人', 80],
    ['八十多岁的老人', 80],
    ['九十岁以上', 90],
    ['我今年八十了能领什么', 80],
    ['父母都八十多了', 80],
    ['年满六十五周岁坐公交', 65],
    ['百岁老人', 100],
    ['耄耋老人', 80],
    ['85的老人', 85],
    ['我妈今年82岁了', 82],
  ])('%s → %i', (query, age) => expect(takeAge(query).age).toBe(age));

  it('takes the age out of the words', () => {
    expect(takeAge('八十岁老人有什么补贴').rest.trim()).toBe('老人有什么补贴');
    expect(takeAge('65岁 公交').rest.trim()).toBe('公交');
  });

  it('leaves numbers that are no age of an older person', () => {
    expect(takeAge('3000元补贴')).toEqual({ rest: '3000元补贴' });
    expect(takeAge('2025年')).toEqual({ rest: '2025年' });
    expect(takeAge('平凉 3岁孩子 托育').age).toBeUndefined();
  });
});

describe('item ages', () => {
  it('keeps the lower thresholds, or an upper bound alone', () => {
    expect(itemAges([{ value: 80, bound: 'min' }])).toBe('80');
    expect(
      itemAges([
        { value: 60, bound: 'min' },
        { value: 70, bound: 'max' },
        { value: 70, bound: 'min' },
      ]),
    ).toBe('60,70');
    expect(itemAges([{ value: 70, bound: 'max' }])).toBe('-70');
    expect(itemAges([])).toBeUndefined();
  });

  it('fits an age: the highest threshold reached, none when excluded', () => {
    expect(ageFit('80', 82)).toBe(80);
    expect(ageFit('80', 75)).toBeUndefined();
    expect(ageFit('60,70', 72)).toBe(70);
    expect(ageFit('60,70', 65)).toBe(60);
    expect(ageFit('-70', 65)).toBe(0);
    expect(ageFit('-70', 75)).toBeUndefined();
    expect(ageFit(undefined, 90)).toBe(0);
  });
});
