/** Regions: unique slugs named like their files, a province above each, a parent above each non-province. */
import type { Content, Entry } from '../../model/read.ts';
import type { RegionData } from '../../model/region.ts';
import type { Report } from './report.ts';

const LEVEL_RANK = { province: 0, prefecture: 1, county: 2 } as const;

/** The regions that passed, by slug. */
export function checkRegions(content: Content, report: Report): Map<string, Entry<RegionData>> {
  const bySlug = new Map<string, Entry<RegionData>>();
  for (const r of content.regions.entries) {
    const twin = bySlug.get(r.data.slug);
    if (twin) {
      report(
        r.file,
        `slug: "${r.data.slug}" is already used by ${twin.file.path} — give one of them a distinct slug (docs/urls.md: add the province, e.g. "${r.data.slug}-${r.data.province}")`,
      );
      continue;
    }
    if (r.data.slug !== r.file.id)
      report(
        r.file,
        `slug: "${r.data.slug}" differs from the file name "${r.file.id}" — rename the file to ${r.data.slug}.yaml`,
      );
    bySlug.set(r.data.slug, r);
  }
  for (const { file, data: r } of bySlug.values()) {
    const province = bySlug.get(r.province)?.data;
    if (!province)
      report(file, `province: no region "${r.province}" — add content/regions/${r.province}.yaml or correct the slug`);
    else if (province.level !== 'province')
      report(file, `province: "${r.province}" is a ${province.level}, not a province — name the province-level region`);
    else if (province.code.slice(0, 2) !== r.code.slice(0, 2))
      report(
        file,
        `code: "${r.code}" does not start with its province's "${province.code.slice(0, 2)}" — check the GB/T 2260 code`,
      );
    if (r.level === 'province') {
      if (r.parent !== undefined) report(file, 'parent: a province has no parent — remove the field');
      if (r.province !== r.slug) report(file, `province: a province names itself — write province: "${r.slug}"`);
    } else if (r.parent === undefined) {
      report(
        file,
        'parent: missing — name the region directly above (for a county-level city, the prefecture that administers it)',
      );
    } else {
      const parent = bySlug.get(r.parent)?.data;
      if (!parent)
        report(file, `parent: no region "${r.parent}" — add content/regions/${r.parent}.yaml or correct the slug`);
      else if (LEVEL_RANK[parent.level] >= LEVEL_RANK[r.level])
        report(
          file,
          `parent: "${r.parent}" (${parent.level}) is not above this ${r.level} — name a higher-level region`,
        );
    }
  }
  return bySlug;
}

/**
 * A check that a field names a region. A region whose own file is invalid is reported there, not again
 * at every reference to it.
 */
export function regionReference(content: Content, regions: Map<string, unknown>, report: Report) {
  const ids = new Set(content.regions.files.map((f) => f.id));
  return (file: Parameters<Report>[0], field: string, value: string) => {
    if (!regions.has(value) && !ids.has(value))
      report(file, `${field}: no region "${value}" — add content/regions/${value}.yaml or correct the slug`);
  };
}
