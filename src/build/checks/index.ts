/**
 * The content check: every file read once and validated against its schema (src/model/read.ts), then
 * what no schema sees, one file per collection: references, duplicate slugs and anchors, the MDX
 * allow-list, the sources' checksums, the comparison layer, eligibility, older versions and redirects. Every message starts with
 * the file, names the field and says what to do.
 */
import { comparePaths, comparePlan } from '../../lib/compare/pages.ts';
import { groupBy } from '../../lib/group-by.ts';
import { reviewOf, type Review } from '../../lib/compare/review.ts';
import { buildDate, chinaDate } from '../../model/build-date.ts';
import type { Redirect } from '../../model/site-data.ts';
import { readContent, type Content } from '../../model/read.ts';
import { versionRedirects as derivedRedirects } from '../version-redirects.ts';
import { expectedPages, livePaths, routeOf, searchablePages, type ContentCounts } from '../routes.ts';
import { checkCompare } from './compare.ts';
import { checkDocuments } from './documents.ts';
import { checkEligibility } from './eligibility.ts';
import { checkLists } from './lists.ts';
import { checkRedirects } from './redirects.ts';
import { checkRegions, regionReference } from './regions.ts';
import { collector } from './report.ts';
import { checkSiteData } from './site-data.ts';
import { checkVersions } from './versions.ts';

export interface ContentSummary extends ContentCounts {
  /** Pages the build must produce (src/build/routes.ts). */
  expectedPages: number;
  /** Pages the search index must hold, each list item counted (src/build/routes.ts). */
  searchablePages: number;
  /** Regions with a finder page (their reviewed list has items): the search page offers it when a query finds nothing. */
  finderRegions: string[];
}

/** The one-line summary the content check and the build print (scripts/bench.ts reads it). */
export const describeSummary = (s: ContentSummary): string =>
  `Content OK: ${s.regions} regions, ${s.documents} documents, ${s.lists} lists, ${s.items} items.`;

export interface CheckResult {
  errors: string[];
  summary: ContentSummary;
  /** What was read, for the build to hand on to its collections. */
  content: Content;
  /** Item pages a newer list no longer has, forwarded to an older version (docs/versions.md); besides content/redirects.yaml. */
  versionRedirects: Redirect[];
}

/**
 * The day a source's 收录日期 and 最后核对 may not pass: the later of the calendar's today in China and the build
 * date. A site built for a past day (SITE_TODAY, to see its statuses then) still holds sources added since; the
 * change log leaves their events out (docs/feeds.md). A SITE_TODAY that is no date is one line.
 */
function today(errors: string[]): string {
  try {
    const built = buildDate();
    const now = chinaDate(new Date());
    return built > now ? built : now;
  } catch (error) {
    errors.push((error as Error).message);
    return '9999-12-31';
  }
}

/** Checks the content read from `dir`; `label` starts every message (content, or the folder given). */
export function checkContent(dir: string, label = 'content', content: Content = readContent(dir, label)): CheckResult {
  const { errors, report } = collector();
  errors.push(...content.problems);
  const regions = checkRegions(content, report);
  const regionExists = regionReference(content, regions, report);
  const documents = checkDocuments(content, dir, regionExists, report);
  const lists = checkLists(content, documents.anchorsById, regionExists, report);
  checkSiteData(content, today(errors), report);
  const versions = checkVersions(content, dir, regionExists, report);
  // Sources marked pending go live before their review layer exists (docs/content-model.md).
  const review = reviewOf(
    content.sources.rows ?? [],
    content.lists.entries.map((l) => ({ id: l.file.id, document: l.data.document })),
  );
  checkCompare(content, { documents: documents.passed, lists, review }, report);
  checkEligibility(content, lists, review, report);
  const comparePages = splitComparePages(content, review);
  const answerable = lists.filter((l) => l.data.items.length > 0 && !review.lists.has(l.file.id));
  const levels = content.regions.entries.map((r) => ({ id: r.data.slug, level: r.data.level }));
  const provinces = levels.filter((r) => r.level === 'province').map((r) => r.id);
  const scopes = levels.filter((r) => r.level !== 'county').map((r) => r.id);
  const live = livePaths({
    regions: content.regions.files.map((f) => f.id),
    provinces,
    scopes,
    documents: content.documents.files.map((f) => f.id),
    lists: lists.map((l) => ({ id: l.file.id, items: l.data.items.map((i) => i.number) })),
    finderRegions: answerable.map((l) => l.data.region),
    topics: [...new Set(content.topics.rows?.map((t) => t.id))],
    documentVersions: versions.documents,
    listVersions: versions.lists,
    comparePaths: comparePages,
  });
  const versionRedirects = derivedRedirects(content);
  content.redirects.rows?.forEach((r, i) => {
    const derived = versionRedirects.find((d) => d.from === r.from);
    if (derived)
      report(
        content.redirects.file!,
        `${i}.from: "${r.from}" already forwards to ${derived.to} (a page an older version had, docs/versions.md) — remove the entry`,
      );
  });
  checkRedirects(
    content,
    dir,
    {
      isLive: (path) => live.has(path),
      anchorsOf: (path) => documents.anchorsById.get(/^\/documents\/([a-z0-9-]+)\/$/u.exec(path)?.[1] ?? ''),
    },
    report,
  );

  const counts: ContentCounts = {
    regions: content.regions.files.length,
    provinces: provinces.length,
    scopes: scopes.length,
    documents: content.documents.files.length,
    lists: content.lists.files.length,
    items: lists.reduce((n, l) => n + l.data.items.length, 0),
    answerableLists: answerable.length,
    topics: new Set(content.topics.rows?.map((t) => t.id)).size,
    versionedDocuments: new Set(versions.documents.map((v) => v.document)).size,
    documentVersions: versions.documents.length,
    versionedLists: new Set(versions.lists.map((v) => v.list)).size,
    listVersions: versions.lists.length,
    comparePages: Object.fromEntries(
      [...groupBy(comparePages, (p) => routeOf(p)!.kind)].map(([kind, paths]) => [kind, paths.length]),
    ),
  };
  return {
    errors,
    summary: {
      ...counts,
      expectedPages: expectedPages(counts),
      searchablePages: searchablePages(counts),
      finderRegions: [...new Set(answerable.map((l) => l.data.region))],
    },
    content,
    versionRedirects,
  };
}

/** The comparison pages below the national ones that the content calls for (src/lib/compare/pages.ts), from the reviewed entries. */
function splitComparePages(content: Content, review: Review): string[] {
  const documents = content.documents.entries
    .filter((d) => !review.documents.has(d.file.id))
    .map((d) => ({ id: d.file.id, region: d.data.region, citations: d.data.implements.length }));
  const lists = content.lists.entries
    .filter((l) => !review.lists.has(l.file.id))
    .map((l) => ({ id: l.file.id, region: l.data.region, items: l.data.items }));
  return comparePaths(
    comparePlan({
      regions: content.regions.entries.map(({ data: r }) => ({
        id: r.slug,
        province: r.province,
        ...(r.parent ? { parent: r.parent } : {}),
      })),
      documents,
      lists,
      documentTags: content.documentTags.entries.map((e) => e.data),
      listTags: content.listTags.entries.map((e) => e.data),
      commitments: content.commitments.entries.map((e) => e.data),
      topics: content.topics.rows ?? [],
      serviceKinds: content.serviceKinds.rows ?? [],
    }),
  );
}
