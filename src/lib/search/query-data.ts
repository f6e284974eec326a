/**
 * What the search page needs besides Pagefind's index to understand a query (docs/search.md), written by the
 * search step (src/build/search/query-data.ts) beside the index and fetched with it: the reviewed everyday
 * vocabulary, the policy wordings the index knows, the glossary's wordings and the homophone runs. The
 * traditional → simplified table and the finder pages are separate files, fetched only when a query needs them.
 */
import { soundGroups } from './chars.ts';

export interface QueryData {
  /** The reviewed groups of content/search/everyday.yaml: [term, its words joined by "|"]. */
  everyday: [string, string][];
  /** Policy wordings searched as they are, joined by "|": search/aliases.yaml's terms. */
  terms: string;
  /** Everyday words the index itself knows, joined by "|": search/aliases.yaml's colloquial words. */
  colloquial: string;
  /** The glossary: [entry id, its term and forms joined by "|"]. */
  glossary: [string, string][];
  /** Homophone runs of GB2312 level 1 (./chars.ts). */
  sounds: string;
}

/** The files, in Pagefind's folder of the built site. */
export const QUERY_DATA_URL = '/pagefind/site-vocabulary.json';
export const T2S_URL = '/pagefind/site-t2s.json';
/** Regions with a finder page: { name: URL } (src/build/search/query-data.ts). */
export const FINDERS_URL = '/pagefind/site-finders.json';

/** The vocabulary as the query understanding uses it (./understand.ts). */
export interface Lexicon {
  /** Everyday word → the policy term searched instead. */
  everyday: ReadonlyMap<string, string>;
  /** Words searched as they are, never split or mapped: policy terms and the index's colloquial words. */
  known: ReadonlySet<string>;
  /** The policy terms among them (aliases, everyday terms, glossary): a typo is corrected only into one of these. */
  terms: ReadonlySet<string>;
  /** Character → homophone group, for typos (empty: no correction). */
  sounds: ReadonlyMap<string, number>;
  /** Glossary wording → entry id, for “what does X mean” and for queries that find nothing. */
  glossary: ReadonlyMap<string, string>;
}

export const EMPTY_LEXICON: Lexicon = {
  everyday: new Map(),
  known: new Set(),
  terms: new Set(),
  sounds: new Map(),
  glossary: new Map(),
};

export function readLexicon(data: QueryData): Lexicon {
  const everyday = new Map<string, string>();
  for (const [term, words] of data.everyday) for (const w of words.split('|')) everyday.set(w, term);
  const glossary = new Map<string, string>();
  for (const [id, forms] of data.glossary) for (const f of forms.split('|')) glossary.set(f, id);
  const terms = new Set([...data.terms.split('|'), ...data.everyday.map(([term]) => term), ...glossary.keys()]);
  const known = new Set([...terms, ...data.colloquial.split('|')]);
  terms.delete('');
  known.delete('');
  return { everyday, known, terms, sounds: soundGroups(data.sounds), glossary };
}
