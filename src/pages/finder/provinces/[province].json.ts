/** /finder/provinces/<province>.json: the province's answerable regions, for the finder's region choice (docs/finder.md). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { finderProvinces, type FinderProvince } from '../../../data/finder.ts';
import type { FinderProvinceChoice } from '../../../lib/eligibility/finder-data.ts';

export const getStaticPaths = (async () =>
  (await finderProvinces())
    .filter((p) => p.answerable > 0)
    .map((p) => ({ params: { province: p.province.id }, props: { p } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => {
  const { p } = props as { p: FinderProvince };
  const choice: FinderProvinceChoice = {
    regions: p.groups.flatMap((g) =>
      g.regions.map((r) => ({
        region: r.region,
        name: r.name,
        ...(g.prefecture && { prefecture: g.prefecture.data.name }),
      })),
    ),
  };
  return new Response(JSON.stringify(choice), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
