/**
 * The files the search page fetches besides Pagefind's index to understand a query (src/lib/search/query-data.ts),
 * written into the index's folder by the search step: the vocabulary (with the index, on the first query), the
 * traditional → simplified table (only for a query with traditional characters) and the finder pages (only
 * when a query that names a region finds nothing).
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { GlossaryEntry } from '../../model/glossary.ts';
import type { AliasGroup, EverydayGroup } from '../../model/site-data.ts';
import { FINDERS_URL, QUERY_DATA_URL, T2S_URL, type QueryData } from '../../lib/search/query-data.ts';
import { soundRuns } from './sounds.ts';
import { t2sTable } from './t2s-table.ts';

export interface QueryVocabulary {
  everyday: EverydayGroup[];
  aliases: AliasGroup[];
  glossary: GlossaryEntry[];
}

/** The vocabulary file: reviewed everyday groups only (a pending group is checked but not used). */
export function queryData({ everyday, aliases, glossary }: QueryVocabulary): QueryData {
  return {
    everyday: everyday.filter((g) => g.review === 'reviewed').map((g) => [g.term, g.words.join('|')]),
    terms: [...new Set(aliases.flatMap((a) => a.terms))].join('|'),
    colloquial: [...new Set(aliases.flatMap((a) => a.colloquial))].join('|'),
    glossary: glossary.map((e) => [
      e.id,
      [...new Set([...e.forms, ...(/[（(]/u.test(e.term) ? [] : [e.term])])].join('|'),
    ]),
    sounds: soundRuns(),
  };
}

/** Writes the three files into `dist`; returns their sizes in bytes (uncompressed), for the build log. */
export function writeQueryFiles(
  dist: string,
  vocabulary: QueryVocabulary,
  finders: Record<string, string>,
): { vocabulary: number; t2s: number; finders: number } {
  const write = (url: string, value: unknown) => {
    const text = JSON.stringify(value);
    writeFileSync(join(dist, url), text);
    return Buffer.byteLength(text);
  };
  return {
    vocabulary: write(QUERY_DATA_URL, queryData(vocabulary)),
    t2s: write(T2S_URL, t2sTable()),
    finders: write(FINDERS_URL, finders),
  };
}
