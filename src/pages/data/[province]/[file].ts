/**
 * A province's downloads (docs/compare.md): /data/<province>/<stem>.csv and .json, the rows of the regions in that
 * province only (the province itself included), with the columns and the JSON Schema (/data/<stem>.schema.json)
 * of the whole-country files. Every province-level region has every file, empty or not.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { downloads } from '../../../data/downloads.ts';
import { ROW_FORMATS, rowFileBody, type RowFormat } from '../../../lib/compare/downloads.ts';
import { DOWNLOADS, type DownloadStem } from '../../../lib/compare/rows.ts';

export const getStaticPaths = (async () => {
  const { provinces } = await downloads();
  return provinces.flatMap((province) =>
    (Object.keys(DOWNLOADS) as DownloadStem[]).flatMap((stem) =>
      ROW_FORMATS.map((format) => ({
        params: { province: province.id, file: `${stem}.${format}` },
        props: { stem, format },
      })),
    ),
  );
}) satisfies GetStaticPaths;

const TYPES: Record<RowFormat, string> = { csv: 'text/csv; charset=utf-8', json: 'application/json; charset=utf-8' };

export const GET: APIRoute = async ({ params, props }) => {
  const { stem, format } = props as { stem: DownloadStem; format: RowFormat };
  const { columns, byProvince } = (await downloads()).stems[stem];
  return new Response(rowFileBody(format, columns, byProvince.get(params.province!)!), {
    headers: { 'Content-Type': TYPES[format] },
  });
};
