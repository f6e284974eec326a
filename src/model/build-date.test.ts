import { describe, expect, it } from 'vitest';
import { buildDate, chinaDate } from './build-date.ts';

describe('the build date', () => {
  it('is SITE_TODAY when set', () => {
    expect(buildDate('2026-12-01', new Date('2030-01-01T00:00:00Z'))).toBe('2026-12-01');
  });

  it('is otherwise the calendar date in China, not the machine’s', () => {
    // 20:00 UTC on 30 November is 04:00 on 1 December in Beijing.
    expect(buildDate(undefined, new Date('2026-11-30T20:00:00Z'))).toBe('2026-12-01');
    expect(buildDate('', new Date('2026-11-30T15:59:59Z'))).toBe('2026-11-30');
    expect(chinaDate(new Date('2026-12-31T16:00:00Z'))).toBe('2027-01-01');
  });

  it('refuses a SITE_TODAY that is not a day of the calendar, in one line', () => {
    expect(() => buildDate('2026-02-30')).toThrow(
      'SITE_TODAY: "2026-02-30" is not a calendar day — write it as YYYY-MM-DD (e.g. SITE_TODAY=2026-12-01), or leave it unset for the day of the build',
    );
    expect(() => buildDate('tomorrow')).toThrow(/^SITE_TODAY: "tomorrow" is not a calendar day/u);
  });
});
