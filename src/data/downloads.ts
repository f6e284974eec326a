/**
 * The downloads (/data/, docs/compare.md), worked out once per build: each stem's rows, parsed with its schema;
 * the same rows grouped by province in one pass; and each whole-country file's size and its .gz bytes, so that
 * /data/ can show sizes and the budget rule can decide which uncompressed files are written.
 */
import { z } from 'astro/zod';
import { catalog } from './catalog.ts';
import { compareData } from './compare.ts';
import { gzipText } from './gzip.ts';
import {
  ROW_FORMATS,
  rowFileBody,
  rowsByProvince,
  writesUncompressed,
  type RowFormat,
} from '../lib/compare/downloads.ts';
import { DOWNLOADS, type DownloadStem } from '../lib/compare/rows.ts';
import { dataFileUrl } from '../lib/urls.ts';

export interface Province {
  /** The province-level region's slug: the folder of its files, /data/<province>/. */
  id: string;
  name: string;
}

export interface NationalFile {
  /** Bytes of the uncompressed file. */
  bytes: number;
  /** The .gz file (src/data/gzip.ts), computed once. */
  gz: Buffer;
  /** Whether the uncompressed file is written (the budget rule, src/lib/compare/downloads.ts). */
  uncompressed: boolean;
}

export interface StemDownload {
  columns: string[];
  rows: object[];
  byProvince: Map<string, object[]>;
  national: Record<RowFormat, NationalFile>;
}

export interface Downloads {
  /** Every province-level region, by GB/T 2260 code; each has the same files, empty or not. */
  provinces: Province[];
  stems: Record<DownloadStem, StemDownload>;
}

let cached: Promise<Downloads> | undefined;

export function downloads(): Promise<Downloads> {
  cached ??= (async () => {
    const [data, { regions, provinceOf }] = await Promise.all([compareData(), catalog()]);
    const provinces = regions.filter((r) => r.data.level === 'province').map((r) => ({ id: r.id, name: r.data.name }));
    const provinceByCode = new Map(regions.map((r) => [r.data.code, provinceOf(r).id]));
    const ids = provinces.map((p) => p.id);
    const stems = Object.fromEntries(
      (Object.keys(DOWNLOADS) as DownloadStem[]).map((stem) => {
        const download = DOWNLOADS[stem];
        const columns = Object.keys(download.schema.shape);
        // Parsing proves every row matches the published schema before any file is written.
        const rows = z.array(download.schema).parse(download.rows(data)) as Array<{ regionCode: string }>;
        const national = Object.fromEntries(
          ROW_FORMATS.map((format) => {
            const body = rowFileBody(format, columns, rows);
            const bytes = Buffer.byteLength(body, 'utf8');
            return [format, { bytes, gz: gzipText(body), uncompressed: writesUncompressed(bytes) }];
          }),
        ) as Record<RowFormat, NationalFile>;
        const byProvince = rowsByProvince(rows, ids, (r) => provinceByCode.get(r.regionCode));
        return [stem, { columns, rows, byProvince, national }];
      }),
    ) as Record<DownloadStem, StemDownload>;
    return { provinces, stems };
  })();
  return cached;
}

/**
 * Where a comparison page links for a whole-country file: the file itself while it is written, else its .gz
 * (the budget rule of src/lib/compare/downloads.ts), so no page links to a file the build left out.
 */
export async function nationalFileUrl(stem: DownloadStem, format: RowFormat): Promise<string> {
  const { stems } = await downloads();
  return stems[stem].national[format].uncompressed ? dataFileUrl(stem, format) : dataFileUrl(stem, `${format}.gz`);
}
