import { describe, expect, it } from 'vitest';
import { dateLine, findDate, parseDate } from './dates.ts';

describe('parseDate', () => {
  it.each([
    ['2023年4月11日', '2023-04-11'],
    ['2023年04月11日', '2023-04-11'],
    ['2023 年 4 月 11 日', '2023-04-11'],
    ['２０２３年４月１１日', '2023-04-11'],
    ['二〇二三年四月十一日', '2023-04-11'],
    ['二○二四年十二月三十一日', '2024-12-31'],
    ['二〇二四年八月五日', '2024-08-05'],
    ['2023-04-18', '2023-04-18'],
    ['2023-04-18 10:20', '2023-04-18'],
    ['2023/4/18', '2023-04-18'],
    ['2023.04.18', '2023-04-18'],
  ])('%s → %s', (text, iso) => {
    expect(parseDate(text)).toBe(iso);
  });

  it.each(['2023年2月30日', '二〇二三年二月三十日', '2023年4月', '2023年', '4月11日', '2023-13-01', '发布日期'])(
    '%s is no date (never completed or guessed)',
    (text) => {
      expect(parseDate(text)).toBeNull();
    },
  );
});

describe('findDate and dateLine', () => {
  it('finds the first printed date in a clause', () => {
    expect(findDate('本办法自2024年1月1日起施行，有效期至2028年12月31日')).toBe('2024-01-01');
    expect(findDate('自印发之日起施行')).toBeNull();
  });
  it('takes a line that is a date and nothing else, brackets allowed', () => {
    expect(dateLine('2023年4月11日')).toBe('2023-04-11');
    expect(dateLine('(2025年7月11日)')).toBe('2025-07-11');
    expect(dateLine('（二〇二三年四月十一日）')).toBe('2023-04-11');
    expect(dateLine('2023年4月11日印发')).toBeNull();
    expect(dateLine('2023-04-11')).toBeNull();
    expect(dateLine('于2023年4月11日召开')).toBeNull();
  });
});
