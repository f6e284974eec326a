/**
 * The build date ("today"): the day the site's statuses and validity are worked out for (docs/lifecycle.md).
 * It is the build machine's calendar day in China (Asia/Shanghai), or the day SITE_TODAY names, so that a test
 * builds for a fixed day and never depends on the wall clock.
 */
import { isIsoDate } from './dates.ts';

/** The calendar day of an instant in China. */
const chinaDay = (now: Date): string =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit' })
    .format(now)
    .slice(0, 10);

/** SITE_TODAY (YYYY-MM-DD) when set, else the day `now` falls on in China; a value that is no date throws one line. */
export function siteToday(value: string | undefined, now: Date): string {
  if (value === undefined || value === '') return chinaDay(now);
  if (!isIsoDate(value))
    throw new Error(
      `SITE_TODAY: "${value}" is not a calendar day — write it as YYYY-MM-DD (e.g. SITE_TODAY=2026-12-01), or leave it unset for the day of the build`,
    );
  return value;
}
