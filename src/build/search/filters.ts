/**
 * The filter values a page carries for the index, read from its `<meta data-pagefind-filter="name[content]"
 * content="…">` tags (how the templates and ./records.ts mark them): the one pattern the search step, the regions
 * above a page and the index benchmark read them by.
 */

/** Every value of the filter `name` on the page, in page order. */
export function filterValues(html: string, name: string): string[] {
  const tag = new RegExp(
    `<meta\\b[^>]*\\sdata-pagefind-filter="${name}\\[content\\]"[^>]*\\scontent="([^"]*)"[^>]*>`,
    'gu',
  );
  return [...html.matchAll(tag)].map((m) => m[1]!);
}
