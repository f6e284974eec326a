/** One built page of every template, for the reading-comfort tests (docs/accessibility.md). */
import { builtPages } from '../../site/dist.ts';

const paths = () => builtPages().map((p) => p.path);
const first = (pattern: RegExp) => {
  const found = paths().find((p) => pattern.test(p));
  if (!found) throw new Error(`no built page matches ${pattern}`);
  return found;
};

export const DOCUMENT_PAGE = first(/^\/documents\/[^/]+\/$/u);
export const ITEM_PAGE = first(/^\/lists\/[^/]+\/item-\d+\/$/u);

/** Home, /regions/, a region, a document, a list, an item, search, finder, a region's finder page, the comparison pages, a topic, glossary, data, validity. */
/** Home, /regions/, a region, a document, a list, an item, search, finder, a region's finder page, the comparison pages, a topic, glossary, data, changes. */
export const TEMPLATE_PAGES = [
  '/',
  '/regions/',
  first(/^\/regions\/[^/]+\/$/u),
  DOCUMENT_PAGE,
  ITEM_PAGE.replace(/item-\d+\/$/u, ''), // a list with its table of items
  ITEM_PAGE,
  '/search/',
  '/finder/',
  first(/^\/finder\/[^/]+\/$/u),
  '/compare/',
  '/compare/commitments/',
  '/compare/services/',
  '/compare/basis/',
  first(/^\/compare\/topics\/[^/]+\/$/u),
  '/glossary/',
  '/data/',
  '/validity/',
  '/changes/',
];
