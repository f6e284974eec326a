/**
 * The catalog as the pages need it, read once per build from the content collections.
 * Pure ordering and grouping lives in src/lib; this file only reads collections.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { reviewOf, type Review } from '../lib/compare/review.ts';
import { groupBy } from '../lib/group-by.ts';
import { documentDate } from '../lib/labels.ts';
import { sourceId } from '../model/site-data.ts';

export type Region = CollectionEntry<'regions'>;
export type PolicyDocument = CollectionEntry<'documents'>;
export type ServiceList = CollectionEntry<'lists'>;
/** A document's entry in the sources register: its raw file, review state, 收录日期 and 最后核对. */
export type SourceRecord = CollectionEntry<'sources'>['data'];

export interface Catalog {
  regions: Region[];
  regionBySlug: Map<string, Region>;
  documentBySlug: Map<string, PolicyDocument>;
  documentsByRegion: Map<string, PolicyDocument[]>;
  listsByRegion: Map<string, ServiceList[]>;
  documents: PolicyDocument[];
  lists: ServiceList[];
  /** The sources register's entry of each document's current version (the content check requires one). */
  sourceByDocument: Map<string, SourceRecord>;
  /** Every entry by its id (src/model/site-data.ts `sourceId`): an older version's is `<document>/<key>`. */
  sourceById: Map<string, SourceRecord>;
  /** The province-level region a region belongs to (a province is its own). */
  provinceOf: (region: Region) => Region;
  /** Documents and lists published before their review (尚待整理, src/lib/compare/review.ts). */
  pending: Review;
}

let cached: Promise<Catalog> | undefined;

/** Regions sorted by GB/T 2260 code; documents newest first (undated last). */
export function catalog(): Promise<Catalog> {
  cached ??= (async () => {
    const regions = (await getCollection('regions')).sort((a, b) => a.data.code.localeCompare(b.data.code));
    const documents = (await getCollection('documents')).sort((a, b) =>
      documentDate(b.data).localeCompare(documentDate(a.data)),
    );
    const lists = await getCollection('lists');
    const sources = (await getCollection('sources')).map((s) => s.data);
    const group = <T extends { data: { region: { id: string } } }>(entries: T[]) =>
      groupBy(entries, (e) => e.data.region.id);
    const regionBySlug = new Map(regions.map((r) => [r.id, r]));
    return {
      regions,
      regionBySlug,
      documentBySlug: new Map(documents.map((d) => [d.id, d])),
      documentsByRegion: group(documents),
      listsByRegion: group(lists),
      sourceByDocument: new Map(sources.flatMap((s) => (s.version ? [] : [[s.document, s] as const]))),
      sourceById: new Map(sources.map((s) => [sourceId(s), s])),
      documents,
      lists,
      provinceOf: (region) => regionBySlug.get(region.data.province.id)!,
      pending: reviewOf(
        sources,
        lists.map((l) => ({ id: l.id, document: l.data.document.id })),
      ),
    };
  })();
  return cached;
}
