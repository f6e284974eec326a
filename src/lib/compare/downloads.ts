/**
 * The download files (docs/compare.md): their bodies, the rows of each province, and whether a whole-country
 * file is still written uncompressed. Pure: the build (src/data/downloads.ts) reads the content and compresses.
 */
import { toCsv } from './csv.ts';

/** The formats of a row file: CSV (UTF-8 with BOM) and JSON (an array of rows). */
export const ROW_FORMATS = ['csv', 'json'] as const;
export type RowFormat = (typeof ROW_FORMATS)[number];

/** A file's body: the same columns (the schema's keys, in order) in both formats. */
export function rowFileBody(format: RowFormat, columns: readonly string[], rows: readonly object[]): string {
  if (format === 'json') return JSON.stringify(rows, null, 2);
  return toCsv(
    columns,
    rows.map((r) => columns.map((c) => (r as Record<string, string | number | null>)[c])),
  );
}

/**
 * The rows of each province, in one pass and in the rows' own order. Every province named gets an entry
 * (empty when none of its regions has a row), so every province has the same files; a row whose region
 * belongs to no province named is a bug in the caller and throws.
 */
export function rowsByProvince<R>(
  rows: readonly R[],
  provinces: readonly string[],
  provinceOf: (row: R) => string | undefined,
): Map<string, R[]> {
  const groups = new Map<string, R[]>(provinces.map((p) => [p, []]));
  for (const row of rows) {
    const province = provinceOf(row);
    const group = province === undefined ? undefined : groups.get(province);
    if (!group) throw new Error(`downloads: a row's region has no province among ${provinces.join(', ')}`);
    group.push(row);
  }
  return groups;
}

/**
 * The largest file a static host is sure to take: Cloudflare Pages refuses a deploy with any file over
 * 25 MiB (GitHub Pages warns at 50 MB, refuses at 100 MB), so a larger file would break the whole site's deploy.
 */
export const HOST_FILE_LIMIT = 25 * 1024 * 1024;

/**
 * The budget rule for a whole-country file: written uncompressed while it fits a host's file limit; past it, only
 * its .gz (and the per-province files) are published, and /data/ says so.
 */
export const writesUncompressed = (bytes: number, limit: number = HOST_FILE_LIMIT): boolean => bytes <= limit;

/** A file size as /data/ shows it: bytes under 1 kB, else kB or MB with three significant digits (1 kB = 1,000 B). */
export function fileSize(bytes: number): string {
  if (bytes < 1000) return `${bytes} B`;
  const [value, unit] = bytes < 999_500 ? [bytes / 1000, 'kB'] : [bytes / 1_000_000, 'MB'];
  return `${value >= 100 ? Math.round(value) : Number(value.toPrecision(3))} ${unit}`;
}
