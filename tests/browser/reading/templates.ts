/** One built page of every template, for the reading-comfort tests (docs/accessibility.md). */
import { builtPages } from '../../site/dist.ts';

const paths = () => builtPages().map((p) => p.path);
const first = (pattern: RegExp) => {
  const found = paths().find((p) => pattern.test(p));
  if (!found) throw new Error(`no built page matches ${pattern}`);
  return found;
};

/** A page of a kind the content may not have (older versions, docs/versions.md): none when it has none. */
const optional = (pattern: RegExp) =>
  paths()
    .filter((p) => pattern.test(p))
    .slice(0, 1);

export const DOCUMENT_PAGE = first(/^\/documents\/[^/]+\/$/u);
export const ITEM_PAGE = first(/^\/lists\/[^/]+\/item-\d+\/$/u);

/**
 * Home, /regions/, a region, a document, a list, an item, search, finder, a region's and a province's finder page,
 * the comparison pages, a topic, glossary, data, validity and changes (national and a province's or prefecture's); and, when the content has older versions, a history, an older version and a 对照
 * of a document and of a list (the seeds have none: tests/build/versions.test.ts checks those pages on a build that has);
 * and the comparison pages below the national ones where the content has them.
 */
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
  first(/^\/finder\/provinces\/[^/]+\/$/u),
  '/compare/',
  '/compare/commitments/',
  '/compare/services/',
  '/compare/basis/',
  first(/^\/compare\/topics\/[^/]+\/$/u),
  '/glossary/',
  '/data/',
  '/validity/',
  first(/^\/validity\/[^/]+\/$/u),
  '/changes/',
  first(/^\/changes\/[^/]+\/$/u),
  ...optional(/^\/documents\/[^/]+\/versions\/$/u),
  ...optional(/^\/documents\/[^/]+\/versions\/[^/]+\/$/u),
  ...optional(/^\/documents\/[^/]+\/versions\/[^/]+\/changes\/$/u),
  ...optional(/^\/lists\/[^/]+\/versions\/$/u),
  ...optional(/^\/lists\/[^/]+\/versions\/[^/]+\/$/u),
  ...optional(/^\/lists\/[^/]+\/versions\/[^/]+\/changes\/$/u),
  // Comparison pages below the national ones, where those do not fit the page budget (docs/compare.md): the five
  // real regions fit, a synthetic corpus (docs/scale.md) has them.
  ...optional(/^\/compare\/commitments\/[^/]+\/$/u),
  ...optional(/^\/compare\/commitments\/[^/]+\/[^/]+\/$/u),
  ...optional(/^\/compare\/services\/[^/]+\/$/u),
  ...optional(/^\/compare\/services\/[^/]+\/[^/]+\/$/u),
  ...optional(/^\/compare\/topics\/[^/]+\/[^/]+\/$/u),
  ...optional(/^\/compare\/topics\/[^/]+\/[^/]+\/[^/]+\/$/u),
  ...optional(/^\/compare\/basis\/[^/]+\/$/u),
];
