import { describe, expect, it } from 'vitest';
import { normalizeQuery } from './normalize.ts';

describe('normalizeQuery', () => {
  it.each([
    ['护理补贴多少钱', '护理补贴'],
    ['80岁有什么补贴', '80岁 补贴'],
    ['高龄津贴怎么申请？', '高龄津贴'],
    ['老人坐公交免费吗', '老人坐公交免费'],
    ['请问大冶有哪些养老服务', '大冶 养老服务'],
    ['低保老人能领多少钱', '低保老人'],
  ])('%s → %s', (typed, expected) => {
    expect(normalizeQuery(typed)).toBe(expected);
  });

  it('keeps words that merely contain an asking character', () => {
    expect(normalizeQuery('能力评估')).toBe('能力评估');
    expect(normalizeQuery('有需求的老年人')).toBe('有需求的老年人');
  });

  it('keeps the typed query when nothing would be left', () => {
    expect(normalizeQuery('多少钱')).toBe('多少钱');
    expect(normalizeQuery('  ')).toBe('');
  });
});
