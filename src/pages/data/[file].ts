/**
 * The downloads: /data/<stem>.csv (UTF-8 with BOM), /data/<stem>.json (an array of rows) and
 * /data/<stem>.schema.json (its JSON Schema), for every stem in DOWNLOADS (docs/compare.md).
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { z } from 'astro/zod';
import { compareData } from '../../data/compare.ts';
import { toCsv } from '../../lib/compare/csv.ts';
import { DOWNLOADS, type DownloadStem } from '../../lib/compare/rows.ts';

export const getStaticPaths = (() =>
  Object.keys(DOWNLOADS).flatMap((stem) =>
    ['csv', 'json', 'schema.json'].map((kind) => ({ params: { file: `${stem}.${kind}` }, props: { stem, kind } })),
  )) satisfies GetStaticPaths;

const TYPES = {
  csv: 'text/csv; charset=utf-8',
  json: 'application/json; charset=utf-8',
  'schema.json': 'application/schema+json; charset=utf-8',
} as const;

export const GET: APIRoute = async ({ props }) => {
  const { stem, kind } = props as { stem: DownloadStem; kind: keyof typeof TYPES };
  const download = DOWNLOADS[stem];
  const schema = z.array(download.schema);
  let body: string;
  if (kind === 'schema.json') {
    body = JSON.stringify(
      { ...z.toJSONSchema(schema), title: `养老政策通 ${download.title}`, $id: `/data/${stem}.schema.json` },
      null,
      2,
    );
  } else {
    // Parsing proves every row matches the published schema before it is written.
    const rows = schema.parse(download.rows(await compareData()));
    body =
      kind === 'json'
        ? JSON.stringify(rows, null, 2)
        : toCsv(
            Object.keys(download.schema.shape),
            rows.map((r) => Object.values(r) as Array<string | number | null>),
          );
  }
  return new Response(body, { headers: { 'Content-Type': TYPES[kind] } });
};
