import { describe, expect, it } from 'vitest';
import { addDays, addYears, isIsoDate, lastDayOf } from './dates.ts';

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
