/**
 * The search step of the page pass: the Pagefind index over the pages that mark a data-pagefind-body
 * (docs/search.md), one Pagefind page each, with a list's item pages folded into the list's record
 * (./records.ts), filed under the regions above their own (./regions.ts), after adding the vocabulary's other
 * wordings to the copy it indexes (./enrich.ts); then, beside the index, the files the search page
 * understands queries with (./query-data.ts). The records wait on disk (./spool.ts) until the pass ends; then
 * they are indexed as one index, or, above a size (./layout.ts), in parts of whole provinces written one after the
 * other, so that Pagefind holds only the largest part's pages at a time.
 */
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import { ITEM_PAGE } from '../../lib/search/item-facts.ts';
import { indexPartUrl, SHARDS_URL, type ShardManifest } from '../../lib/search/shards.ts';
import { parseItemSegment } from '../../lib/urls.ts';
import type { PageStep } from '../page-pass.ts';
import { pruneProvinceBundle } from './bundle.ts';
import { enrichForIndex } from './enrich.ts';
import { filterValues } from './filters.ts';
import { INDEX_MAX_CHARS, planIndex, SEARCH_INDEX_ENV, type IndexPlan } from './layout.ts';
import { writeQueryFiles, type QueryVocabulary } from './query-data.ts';
import { foldItems, type ItemPage } from './records.ts';
import { fileUnderRegionsAbove } from './regions.ts';
import { Spool, type SpooledRecord } from './spool.ts';

/** What the index and the search page's query files are made with, besides the pages. */
export interface SearchInputs extends QueryVocabulary {
  /** Region name → the regions above it, below its province (./regions.ts). */
  regionsAbove: ReadonlyMap<string, readonly string[]>;
  /** Region name → its finder page, for regions that have one. */
  finders: Record<string, string>;
  /** Province name → its slug: an index in parts names each part's folder after its largest province. */
  provinceSlugs: Record<string, string>;
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} kB`;
const mchars = (chars: number) => `${(chars / 1e6).toFixed(1)} M characters`;

/** The province a record is filed under (its province filter); '' for a page of no province. */
export const provinceOfRecord = (html: string): string => filterValues(html, 'province')[0] ?? '';

/** The folder under dist/ that holds the index and Pagefind's scripts. */
const SEARCH_BUNDLE = 'pagefind';

interface Pending {
  url: string;
  html: string;
  items: Array<ItemPage & { n: number }>;
}

/** One Pagefind page as the index receives it. */
export interface SearchRecord {
  url: string;
  /** The page as indexed: items folded in, filed under the regions above, other wordings added. */
  html: string;
  /** List items folded into it. */
  items: number;
  /** Whether the vocabulary added wordings. */
  enriched: boolean;
}

/**
 * Turns the built pages, seen in path order, into the index's records and hands each to `add`: a searchable
 * page waits until the pages after it are seen, because its item pages (paths below it) come next.
 */
export function searchRecords(
  inputs: Pick<SearchInputs, 'aliases' | 'regionsAbove'>,
  add: (record: SearchRecord) => Promise<void>,
): PageStep {
  let pending: Pending | null = null;
  const flush = async () => {
    if (!pending) return;
    const { url, items } = pending;
    const html = fileUnderRegionsAbove(
      foldItems(
        pending.html,
        items.sort((a, b) => a.n - b.n),
      ),
      inputs.regionsAbove,
    );
    pending = null;
    const vocabulary = html.includes('data-search-vocabulary="off"') ? [] : inputs.aliases;
    const { html: content, added } = enrichForIndex(html, vocabulary);
    await add({ url, html: content, items: items.length, enriched: added.length > 0 });
  };
  return {
    async page({ path, html }) {
      if (!html.includes('data-pagefind-body')) return;
      const item = ITEM_PAGE.exec(path);
      if (item && pending?.url === item[1]) {
        pending.items.push({ anchor: item[2]!, html, n: parseItemSegment(item[2]!)! });
        return;
      }
      if (item)
        throw new Error(
          `The item page ${path} has no list page before it: the search index folds items into their list`,
        );
      await flush();
      pending = { url: path, html, items: [] };
    },
    finish: flush,
  };
}

/** One index to write: where, and its records. */
interface IndexPart {
  /** The provinces it holds: none for the one index or the pages of no province. */
  provinces: string[];
  outputPath: string;
  records: () => AsyncIterable<SpooledRecord>;
}

/** The records of several shards, one shard after the other. */
async function* readEach(spool: Spool, keys: readonly string[]): AsyncGenerator<SpooledRecord> {
  for (const key of keys) yield* spool.read(key);
}

/** Writes one Pagefind index of the records; returns how many it holds. Pagefind is closed after it. */
async function writeIndex(part: IndexPart): Promise<number> {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'zh-cn' });
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  let added = 0;
  for await (const record of part.records()) {
    const result = await index.addHTMLFile({ url: record.url, content: record.html });
    if (result.errors.length) throw new Error(`Pagefind could not index ${record.url}: ${result.errors.join('; ')}`);
    added += 1;
  }
  const written = await index.writeFiles({ outputPath: part.outputPath });
  if (written.errors.length) throw new Error(`Pagefind could not write the index: ${written.errors.join('; ')}`);
  await pagefind.close();
  return added;
}

/**
 * Fails the build when the indexes hold a different number of pages (each folded item counted) than the
 * content calls for. `maxChars`: the most text of one index (./layout.ts; smaller in tests).
 */
export async function searchStep(
  dist: string,
  inputs: SearchInputs,
  expectedPages: number,
  maxChars = INDEX_MAX_CHARS,
): Promise<PageStep & { summary: () => string }> {
  const { aliases } = inputs;
  const started = performance.now();
  const spool = new Spool();
  // A build that stops before the pass ends leaves no spool behind.
  process.once('exit', () => spool.close());
  let pages = 0;
  let folded = 0;
  let enriched = 0;
  let plan: IndexPlan = { layout: 'one', parts: [] };
  let largest = { pages: 0, chars: 0, provinces: [] as string[] };
  let chars = 0;
  const manifest: ShardManifest = { parts: [] };
  let files = { vocabulary: 0, t2s: 0, finders: 0 };

  const records = searchRecords(inputs, async (record) => {
    spool.add(provinceOfRecord(record.html), record);
    if (record.enriched) enriched += 1;
    folded += record.items;
  });

  return {
    page: (page) => records.page(page),
    async finish() {
      try {
        await records.finish();
        const outputPath = join(dist, SEARCH_BUNDLE);
        rmSync(outputPath, { recursive: true, force: true });
        const shards = spool.shards;
        chars = shards.reduce((n, s) => n + s.chars, 0);
        plan = planIndex(shards, process.env[SEARCH_INDEX_ENV], maxChars);
        const parts: IndexPart[] = [];
        if (plan.layout === 'one') parts.push({ provinces: [], outputPath, records: () => spool.readAll() });
        else {
          // The pages of no province first: Pagefind's own folder, with its scripts, is the index the others merge into.
          parts.push({ provinces: [], outputPath, records: () => spool.read('') });
          for (const provinces of plan.parts) {
            const slug = inputs.provinceSlugs[provinces[0]!];
            if (!slug)
              throw new Error(
                `The search index: a page is filed under the province ${provinces[0]}, which is no province of the content`,
              );
            const path = indexPartUrl(slug);
            parts.push({ provinces, outputPath: join(dist, path), records: () => readEach(spool, provinces) });
            manifest.parts.push({ path, provinces });
            const tally = shards.filter((s) => provinces.includes(s.key));
            const size = { pages: 0, chars: 0, provinces };
            for (const t of tally) {
              size.pages += t.records;
              size.chars += t.chars;
            }
            if (size.chars > largest.chars) largest = size;
          }
        }
        for (const part of parts) {
          pages += await writeIndex(part);
          if (part.provinces.length) pruneProvinceBundle(outputPath, part.outputPath);
        }
        writeFileSync(join(dist, SHARDS_URL), JSON.stringify(manifest));
        files = writeQueryFiles(dist, inputs, inputs.finders);
      } finally {
        spool.close();
      }
      if (pages + folded !== expectedPages) {
        throw new Error(
          `The search index holds ${pages} pages and ${folded} list items but the content calls for ${expectedPages} searchable pages: a page lost its data-pagefind-body`,
        );
      }
    },
    summary: () =>
      `${pages} pages indexed, ${folded} list items folded into their lists (${enriched} pages with added wordings from ${aliases.length} vocabulary groups), ${mchars(chars)}, ` +
      (plan.layout === 'one'
        ? 'one index'
        : `the pages of no province and ${manifest.parts.length} ${plan.layout === 'provinces' ? 'indexes, one per province' : 'parts of whole provinces'}; the largest part ${largest.provinces.join('、')}: ${largest.pages} pages, ${mchars(largest.chars)}`) +
      `, in ${Math.round(performance.now() - started)} ms; ` +
      `query files: vocabulary ${kb(files.vocabulary)} (${inputs.everyday.filter((g) => g.review === 'reviewed').length} everyday groups), traditional → simplified ${kb(files.t2s)}, finders ${kb(files.finders)}`,
  };
}
