import { describe, expect, it } from 'vitest';
import { normalizeQuery } from './normalize.ts';

describe('normalizeQuery', () => {
  it.each([
    ['护理补贴多少钱', '护理补贴'],
    ['80岁有什么补贴', '80岁 补贴'],
    ['高龄津贴怎么申请？', '高龄津贴'],
    ['老人坐公交免费吗', '坐公交免费'],
    ['失能老人 补贴', '失能 补贴'],
    ['老年人能力综合评估', '能力综合评估'],
    ['请问大冶有哪些养老服务', '大冶 养老服务'],
    ['低保老人能领多少钱', '低保'],
  ])('%s → %s', (typed, expected) => {
    expect(normalizeQuery(typed)).toBe(expected);
  });

  it('keeps words that merely contain an asking character or 老年', () => {
    expect(normalizeQuery('老年大学')).toBe('老年大学');
    expect(normalizeQuery('能力评估')).toBe('能力评估');
    expect(normalizeQuery('有需求的人')).toBe('有需求的人');
  });

  it('keeps the typed query when nothing would be left', () => {
    expect(normalizeQuery('多少钱')).toBe('多少钱');
    expect(normalizeQuery('老年人')).toBe('老年人');
    expect(normalizeQuery('  ')).toBe('');
  });
});
