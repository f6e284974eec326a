/**
 * The whole-country downloads (docs/compare.md), for every stem in DOWNLOADS: /data/<stem>.csv.gz and .json.gz
 * (always), /data/<stem>.csv and .json (while they fit a host's file limit: src/lib/compare/downloads.ts) and
 * /data/<stem>.schema.json, the JSON Schema of a row, shared with the province files (/data/<province>/…).
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { z } from 'astro/zod';
import { downloads } from '../../data/downloads.ts';
import { ROW_FORMATS, rowFileBody } from '../../lib/compare/downloads.ts';
import { DOWNLOADS, type DownloadStem } from '../../lib/compare/rows.ts';

type Kind = 'csv' | 'json' | 'csv.gz' | 'json.gz' | 'schema.json';

export const getStaticPaths = (async () => {
  const { stems } = await downloads();
  return (Object.keys(DOWNLOADS) as DownloadStem[]).flatMap((stem) => {
    const kinds: Kind[] = [
      ...ROW_FORMATS.filter((format) => stems[stem].national[format].uncompressed),
      ...ROW_FORMATS.map((format) => `${format}.gz` as const),
      'schema.json',
    ];
    return kinds.map((kind) => ({ params: { file: `${stem}.${kind}` }, props: { stem, kind } }));
  });
}) satisfies GetStaticPaths;

const TYPES: Record<Kind, string> = {
  csv: 'text/csv; charset=utf-8',
  json: 'application/json; charset=utf-8',
  'csv.gz': 'application/gzip',
  'json.gz': 'application/gzip',
  'schema.json': 'application/schema+json; charset=utf-8',
};

export const GET: APIRoute = async ({ props }) => {
  const { stem, kind } = props as { stem: DownloadStem; kind: Kind };
  const download = DOWNLOADS[stem];
  const headers = { 'Content-Type': TYPES[kind] };
  if (kind === 'schema.json') {
    const schema = z.array(download.schema);
    const body = { ...z.toJSONSchema(schema), title: `养老政策通 ${download.title}`, $id: `/data/${stem}.schema.json` };
    return new Response(JSON.stringify(body, null, 2), { headers });
  }
  const { stems } = await downloads();
  const { columns, rows, national } = stems[stem];
  if (kind === 'csv.gz' || kind === 'json.gz')
    return new Response(new Uint8Array(national[kind === 'csv.gz' ? 'csv' : 'json'].gz), { headers });
  return new Response(rowFileBody(kind, columns, rows), { headers });
};
