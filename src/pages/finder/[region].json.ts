/** /finder/<region>.json: one region's items and rules, all the finder loads for it (docs/finder.md). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { finderRegions } from '../../data/finder.ts';
import type { FinderRegion } from '../../lib/eligibility/finder-data.ts';

export const getStaticPaths = (async () =>
  (await finderRegions()).map((data) => ({
    params: { region: data.region },
    props: { data },
  }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response(JSON.stringify((props as { data: FinderRegion }).data), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
