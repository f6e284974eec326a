/**
 * Calendar arithmetic on ISO dates ("YYYY-MM-DD"), in whole days, without time zones: the dates of policy
 * texts are calendar days, and the build date is one too (./today.ts).
 */

/** A real calendar day written YYYY-MM-DD (2026-02-30 is not one). */
export function isIsoDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/u.test(value)) return false;
  const d = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().startsWith(value);
}

const utc = (iso: string): Date => new Date(`${iso}T00:00:00Z`);
const iso = (d: Date): string => d.toISOString().slice(0, 10);

/** The day `n` days after (or before, for a negative n). */
export function addDays(date: string, n: number): string {
  const d = utc(date);
  d.setUTCDate(d.getUTCDate() + n);
  return iso(d);
}

/** The same day `n` years later; 29 February becomes 1 March in a year without it. */
export function addYears(date: string, n: number): string {
  const d = utc(date);
  d.setUTCFullYear(d.getUTCFullYear() + n);
  return iso(d);
}

/** The last day of a period of `years` years that starts on `start` (有效期5年 from 2023-04-11: 2028-04-10). */
export const lastDayOf = (start: string, years: number): string => addDays(addYears(start, years), -1);
