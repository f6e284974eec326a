/**
 * The region hierarchy of the content (src/lib/regions/hierarchy.ts), read once per build: the lookup the pure
 * functions need, the provinces, and the scopes (provinces and prefectures) that have pages of their own under
 * /validity/ and /changes/.
 */
import { isScope, scopeOf, type RegionLookup, type RegionNode } from '../lib/regions/hierarchy.ts';
import { catalog, type Region } from './catalog.ts';

export interface Hierarchy {
  lookup: RegionLookup;
  /** Province-level regions, by code. */
  provinces: Region[];
  /** Provinces and prefectures, by code: each has a page under /validity/ and /changes/. */
  scopes: Region[];
}

const node = (r: Region): RegionNode => ({
  id: r.id,
  level: r.data.level,
  code: r.data.code,
  parent: r.data.parent?.id,
  province: r.data.province.id,
});

let cached: Promise<Hierarchy> | undefined;

export function hierarchy(): Promise<Hierarchy> {
  cached ??= (async () => {
    const { regions } = await catalog();
    const nodes = new Map(regions.map((r) => [r.id, node(r)]));
    return {
      lookup: (id) => nodes.get(id)!,
      provinces: regions.filter((r) => r.data.level === 'province'),
      scopes: regions.filter((r) => isScope(nodes.get(r.id)!)),
    };
  })();
  return cached;
}

/** A scope's page props: the province or prefecture and the regions its page covers (a type, so Astro's Props
 * index signature accepts it). */
export type ScopePage = {
  region: Region;
  scope: ReturnType<typeof scopeOf>;
};

/** The static paths of a page per scope (/validity/<region>/, /changes/<region>/). */
export async function scopePaths(): Promise<Array<{ params: { region: string }; props: ScopePage }>> {
  const { scopes, lookup } = await hierarchy();
  return scopes.map((region) => ({
    params: { region: region.id },
    props: { region, scope: scopeOf(lookup(region.id)) },
  }));
}
