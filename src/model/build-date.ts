/**
 * The day the build takes as today: what the content check compares the sources' dates with, the last day
 * the change log and the feeds show (docs/feeds.md), and the day `npm run ingest` records a source as added and
 * checked. BUILD_DATE=YYYY-MM-DD fixes it (a fixed clock for tests, or to rebuild a past state); without it,
 * today's date in China (Asia/Shanghai), where the documents are dated, whatever the machine's own time zone.
 */
import { isoDate } from './common.ts';

/** The calendar date of `now` in China, as YYYY-MM-DD. */
export const chinaDate = (now: Date): string =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit' })
    .format(now)
    .slice(0, 10);

/** BUILD_DATE when set, else today in China; a BUILD_DATE that is not a date throws a one-line message. */
export function buildDate(value: string | undefined = process.env.BUILD_DATE, now: Date = new Date()): string {
  if (value === undefined || value.trim() === '') return chinaDate(now);
  if (!isoDate.safeParse(value.trim()).success)
    throw new Error(`BUILD_DATE: "${value}" is not a date — write YYYY-MM-DD, e.g. 2026-12-01, or leave it unset`);
  return value.trim();
}
