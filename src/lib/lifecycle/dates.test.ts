import { describe, expect, it } from 'vitest';
import { addDays, addYears, isIsoDate, lastDayOf } from './dates.ts';
import { siteToday } from './today.ts';

describe('calendar days', () => {
  it('knows a real day from a string that only looks like one', () => {
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2023-02-29')).toBe(false);
    expect(isIsoDate('2026-13-01')).toBe(false);
    expect(isIsoDate('未注明')).toBe(false);
    expect(isIsoDate('2026-1-1')).toBe(false);
  });

  it('counts days and years', () => {
    expect(addDays('2025-12-31', 1)).toBe('2026-01-01');
    expect(addDays('2024-03-01', -1)).toBe('2024-02-29');
    expect(addYears('2024-02-29', 1)).toBe('2025-03-01');
    expect(addYears('2023-04-11', 5)).toBe('2028-04-11');
  });

  it('gives the last day of a period of years (有效期N年)', () => {
    expect(lastDayOf('2023-04-11', 5)).toBe('2028-04-10');
    expect(lastDayOf('2020-01-01', 5)).toBe('2024-12-31');
    expect(lastDayOf('2024-02-29', 1)).toBe('2025-02-28');
  });
});

describe('the build date', () => {
  it('is SITE_TODAY when set', () => {
    expect(siteToday('2026-12-01', new Date('2030-01-01T00:00:00Z'))).toBe('2026-12-01');
  });

  it('is the day in China otherwise (a UTC evening is the next morning there)', () => {
    expect(siteToday(undefined, new Date('2026-11-30T17:00:00Z'))).toBe('2026-12-01');
    expect(siteToday('', new Date('2026-11-30T15:59:00Z'))).toBe('2026-11-30');
  });

  it('refuses a value that is no calendar day, in one line naming the variable', () => {
    expect(() => siteToday('2026-02-30', new Date())).toThrow(/^SITE_TODAY: "2026-02-30" is not a calendar day — /u);
    expect(() => siteToday('tomorrow', new Date())).toThrow(/YYYY-MM-DD/u);
  });
});
