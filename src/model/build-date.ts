/**
 * The day the build takes as today (docs/lifecycle.md, docs/feeds.md): what statuses and validity are worked out
 * for, what the content check compares the sources' dates with, the last day the change log and the feeds show,
 * and the day `npm run ingest` records a source as added and checked. SITE_TODAY=YYYY-MM-DD fixes it (a fixed
 * clock for tests, or to rebuild a past state); without it, today's date in China (Asia/Shanghai), where the
 * documents are dated, whatever the machine's own time zone. The one clock of the project.
 */
import { isoDate } from './common.ts';

/** The calendar date of `now` in China, as YYYY-MM-DD. */
export const chinaDate = (now: Date): string =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit' })
    .format(now)
    .slice(0, 10);

/** SITE_TODAY when set, else today in China; a SITE_TODAY that is not a day of the calendar throws one line. */
export function buildDate(value: string | undefined = process.env.SITE_TODAY, now: Date = new Date()): string {
  if (value === undefined || value.trim() === '') return chinaDate(now);
  if (!isoDate.safeParse(value.trim()).success)
    throw new Error(
      `SITE_TODAY: "${value}" is not a calendar day — write it as YYYY-MM-DD (e.g. SITE_TODAY=2026-12-01), or leave it unset for the day of the build`,
    );
  return value.trim();
}
