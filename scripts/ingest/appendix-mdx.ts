/**
 * An attachment that is not a service list, as MDX: its lines as paragraphs, and a table among them (a
 * 任务分工表 in the table form) as a <Table> of rows and cells, each cell verbatim — so its rows stay rows.
 */
import type { SourceLine } from './clean.ts';
import type { Appendix } from './document-tree.ts';
import { escapeMdxText, mdxElement } from './mdx.ts';
import { parseServiceTable, type ParsedTable } from './service-table.ts';

/** A line after the last cell that goes on with it (各乡镇人民政府), not a paragraph under the table (…报送进展。). */
const cellRest = (text: string) => text !== '' && [...text].length <= 40 && !/[。；;！!？?：:]$/u.test(text);

const isCell = (l: SourceLine) => l.raw.startsWith('\t');

/** An opening tag: `<Name a="1">`. */
const open = (name: string, attributes: Record<string, string | number | undefined>) =>
  mdxElement(name, attributes).replace(/ \/>$/u, '>');

function rowMdx(cells: string[], kind?: 'header'): string {
  return [
    open('TableRow', { kind }),
    ...cells.map((text) => mdxElement('TableCell', { kind }, text)),
    '</TableRow>',
  ].join('\n');
}

/** The table as one MDX block: header rows, rows and group rows in order, every cell verbatim. */
function tableMdx(table: ParsedTable, caption: string): string {
  const width = table.header.length;
  const rows = table.entries.flatMap((e) =>
    e.kind === 'header'
      ? e.rows.map((cells) => rowMdx(cells, 'header'))
      : e.kind === 'row'
        ? [rowMdx(e.row.cells)]
        : [
            [
              open('TableRow', { kind: 'group' }),
              mdxElement('TableCell', { kind: 'group', span: width }, e.text),
              '</TableRow>',
            ].join('\n'),
          ],
  );
  return [open('Table', { caption }), ...rows, '</Table>'].join('\n');
}

/**
 * The children of the attachment's <Appendix>: paragraphs, escaped, with its table as a <Table> when the lines
 * hold one that reads as rows (a header starting with 序号, rows starting with their numbers). A table that does
 * not is left as paragraphs, one per cell, with a note saying why.
 */
export function appendixChildren(a: Appendix): { children: string[]; note?: { line: number; message: string } } {
  const paragraphs = (lines: SourceLine[]) => lines.filter((l) => l.text !== '').map((l) => escapeMdxText(l.text));
  const first = a.lines.findIndex(isCell);
  if (first === -1) return { children: a.lines.map((l) => escapeMdxText(l.text)) };
  let last = a.lines.findLastIndex(isCell);
  while (last + 1 < a.lines.length && !isCell(a.lines[last + 1]!) && cellRest(a.lines[last + 1]!.text)) last += 1;
  const table = parseServiceTable(a.lines.slice(first, last + 1));
  if (table.problems.length > 0 || table.rows.length === 0) {
    const problem = table.problems[0];
    return {
      children: paragraphs(a.lines),
      note: {
        line: problem?.line ?? a.lines[first]!.line,
        message: `the table of attachment “${a.title.join('') || a.label}” is shown one cell per paragraph: ${problem?.message ?? 'it has no rows'}`,
      },
    };
  }
  return {
    children: [
      ...paragraphs(a.lines.slice(0, first)),
      tableMdx(table, a.title.join('') || a.label),
      ...table.notes.map(escapeMdxText),
      ...paragraphs(a.lines.slice(last + 1)),
    ],
  };
}
