/**
 * The page budget (docs/quality.md): at most 1,500 elements a page, at any size of the country. A page that
 * lists many regions or documents decides by this rule whether its whole list fits, or it shows a summary that
 * links down the region hierarchy (province, prefecture) to pages that do fit.
 */
export const PAGE_ELEMENTS = 1_500;
/**
 * What a page's long lists may take together: the rest is for the layout (header, navigation, footer: ~150
 * elements), the page's own text and its summary table.
 */
export const LIST_ELEMENTS = 900;

/** Whether `rows` rows of about `perRow` elements each, after `fixed` elements of headings, fit a page's lists. */
export const fitsPage = (rows: number, perRow: number, fixed = 0): boolean => fixed + rows * perRow <= LIST_ELEMENTS;

/** How many rows of about `perRow` elements fit a page's lists after `fixed` elements (never fewer than 0). */
export const rowsThatFit = (perRow: number, fixed = 0): number =>
  Math.max(0, Math.floor((LIST_ELEMENTS - fixed) / perRow));

/** The first `max` values and how many are left out: a capped list says how many more there are. */
export function capped<T>(values: readonly T[], max: number): { shown: T[]; more: number } {
  const shown = values.slice(0, Math.max(0, max));
  return { shown, more: values.length - shown.length };
}
