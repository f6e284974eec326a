import { describe, expect, it } from 'vitest';
import { formatDeadline, formatValue } from './format.ts';

describe('formatValue and formatDeadline', () => {
  it('says the comparator in words', () => {
    expect(formatValue({ comparator: '≥', value: 55 }, '%')).toBe('不低于 55%');
    expect(formatValue({ comparator: '≤', value: 70 }, '%')).toBe('不高于 70%');
    expect(formatValue({ comparator: '=', value: 100 }, '%')).toBe('100%');
    expect(formatValue({ comparator: '≥', value: 20 }, '平方米/百户')).toBe('不低于 20 平方米/百户');
    expect(formatValue({ comparator: '=', value: 5, upTo: 10 }, '年')).toBe('5—10 年');
  });
  it('gives a year, a month, or 未注明', () => {
    expect(formatDeadline({ year: 2025 })).toBe('2025年');
    expect(formatDeadline({ year: 2024, month: 6 })).toBe('2024年6月');
    expect(formatDeadline(undefined)).toBe('未注明');
  });
});
