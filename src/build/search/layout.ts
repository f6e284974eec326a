/**
 * One Pagefind index or one per province (docs/search.md, "One index or one per province"). Pagefind holds every
 * page it is given until it writes the index, and its memory while writing grows with the text it indexes
 * (~93 bytes per character, docs/scale.md), not with the page count, the sub-results or the API: only splitting
 * the text bounds it. Splitting costs a country-wide query more requests (each province's metadata and index
 * chunks), so a site keeps one index while its text is small enough.
 */

/** The environment variable that overrides the rule: `one` or `provinces` (tests and benches). */
export const SEARCH_INDEX_ENV = 'SEARCH_INDEX';

export type IndexLayout = 'one' | 'provinces';
const LAYOUTS: readonly IndexLayout[] = ['one', 'provinces'];

/**
 * The most text (characters, tags left out) one index holds: ~93 bytes per character while Pagefind writes
 * makes ~750 MB, well under the 4 GB a process may hold, beside the build's Node. The five real regions index
 * ~0.4 M characters; 300 regions with 1,000 documents 18.9 M (1.76 GB as one index, 0.63 GB as four provinces).
 */
export const ONE_INDEX_MAX_CHARS = 8_000_000;

/** The text of a page as the rule counts it: everything between tags (the head's and ignored parts' too). */
export const indexedText = (html: string): number => html.replace(/<[^>]*>/gu, '').length;

/**
 * One index while the text fits ONE_INDEX_MAX_CHARS, one per province above; `override` (SEARCH_INDEX) decides
 * when set. An override that is neither throws one line saying what to set.
 */
export function indexLayout(textChars: number, override?: string): IndexLayout {
  if (override) {
    if ((LAYOUTS as readonly string[]).includes(override)) return override as IndexLayout;
    throw new Error(
      `${SEARCH_INDEX_ENV}=${override}: not a search index layout — set it to ${LAYOUTS.join(' or ')}, or unset it to let the text decide`,
    );
  }
  return textChars <= ONE_INDEX_MAX_CHARS ? 'one' : 'provinces';
}
