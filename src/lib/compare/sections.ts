/**
 * The verbatim paragraphs of a policy document, grouped by the anchor they stand under, read from the
 * MDX body (content/documents/*.mdx). Comparison pages quote from here, and the content check proves
 * that every quoted sentence is in the section its anchor names.
 */

const ANCHOR = /\banchor="([a-z0-9-]+)"/u;
const TABLE_CELL = /^<TableCell\b[^>]*>(.*)<\/TableCell>$/u;

/** Undoes escapeMdxText (scripts/ingest/mdx.ts): backslash escapes and the character references it writes. */
export function unescapeMdx(line: string): string {
  return line.replace(
    /\\(.)|&lt;|&#(\d+);/gu,
    (_: string, escaped?: string, code?: string) => escaped ?? (code ? String.fromCharCode(Number(code)) : '<'),
  );
}

/**
 * anchor → its paragraphs, in order. Text before the first anchored component is left out (documents
 * start with one). A component line only opens an anchor; headings' own text is not a paragraph, a table
 * cell's is.
 */
export function sectionParagraphs(body: string): Map<string, string[]> {
  const sections = new Map<string, string[]>();
  let current: string | undefined;
  for (const line of body.split('\n')) {
    const trimmed = line.trim();
    if (trimmed === '') continue;
    // A table cell of an attachment (<TableCell>…</TableCell>) is a paragraph of its own.
    const cell = TABLE_CELL.exec(trimmed);
    if (cell) {
      if (current !== undefined && cell[1] !== '') sections.get(current)!.push(unescapeMdx(cell[1]!));
      continue;
    }
    if (trimmed.startsWith('<')) {
      const m = ANCHOR.exec(trimmed);
      if (m) {
        current = m[1]!;
        if (!sections.has(current)) sections.set(current, []);
      }
      continue;
    }
    if (current !== undefined) sections.get(current)!.push(unescapeMdx(trimmed));
  }
  return sections;
}
