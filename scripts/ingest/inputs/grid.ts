/**
 * Tables → the parser's table form (scripts/ingest/service-table.ts): every cell on its own line starting
 * with a TAB, a row's cells one after the other, so a row starts with its 序号 cell; a line break inside a
 * cell goes on in a line without a TAB. A row above or below the table that holds a single piece of text (a
 * title, a 备注) is a plain line; such a row inside the table (a group row: 普惠服务项目, 一、物质帮助) is
 * written as the row it is, its text and the empty cells it covers. Merged cells: a cell merged downwards is
 * repeated in every row it covers (it states the same fact for each of them); a cell merged sideways is
 * written once, the cells it covers are empty.
 */

/** A cell as the source gives it, with its spans. */
export interface SpanCell {
  text: string;
  rowSpan?: number;
  colSpan?: number;
}

/** One position of the expanded grid: the cell's own text, a copy from above, or covered from the left. */
export interface GridCell {
  text: string;
  from: 'own' | 'above' | 'left';
}

export interface TableText {
  lines: string[];
  /** Positions filled with the text of a cell merged downwards. */
  repeated: number;
}

/** The lines of a cell, without white space around them and without empty ones. */
function cellLines(text: string): string[] {
  return text
    .split(/\s*\n\s*/u)
    .map((part) => part.trim())
    .filter((part) => part !== '');
}

/** A cell's lines as one line (a title or note row): joined without a separator, as Chinese text has none (a space between Latin words). */
export function cellText(text: string): string {
  return cellLines(text).reduce(
    (joined, part) =>
      /[A-Za-z0-9]$/u.test(joined) && /^[A-Za-z0-9]/u.test(part) ? `${joined} ${part}` : joined + part,
    '',
  );
}

/** Rows of cells with row and column spans → a rectangular grid. */
export function expandSpans(rows: SpanCell[][]): GridCell[][] {
  const grid: GridCell[][] = [];
  rows.forEach((row, r) => {
    grid[r] ??= [];
    let c = 0;
    for (const cell of row) {
      while (grid[r]![c]) c += 1;
      // Spans beyond any real table (colspan="1000") would only make empty columns.
      const rowSpan = Math.min(Math.max(1, cell.rowSpan ?? 1), rows.length - r);
      const colSpan = Math.min(Math.max(1, cell.colSpan ?? 1), 64);
      const text = cellLines(cell.text).join('\n');
      for (let dr = 0; dr < rowSpan; dr++) {
        grid[r + dr] ??= [];
        for (let dc = 0; dc < colSpan; dc++) {
          grid[r + dr]![c + dc] = {
            text: dc === 0 ? text : '',
            from: dr === 0 && dc === 0 ? 'own' : dc > 0 ? 'left' : 'above',
          };
        }
      }
      c += colSpan;
    }
  });
  const width = Math.max(0, ...grid.map((row) => row.length));
  return grid.map((row) => Array.from({ length: width }, (_, c) => row[c] ?? { text: '', from: 'own' }));
}

/** A grid → lines of the table form. */
export function gridLines(grid: GridCell[][]): TableText {
  const lines: string[] = [];
  let repeated = 0;
  const filledOf = (row: GridCell[]) => row.filter((cell) => cell.text.trim() !== '');
  // The table proper: from its first row of two or more cells to its last.
  const wide = grid.map((row) => filledOf(row).length >= 2);
  const first = wide.indexOf(true);
  const last = wide.lastIndexOf(true);
  grid.forEach((row, r) => {
    const filled = filledOf(row);
    if (filled.length === 0) return;
    // One piece of text above or below the table is a title or a note — unless it is a row number whose other cells are empty.
    const inside = r > first && r < last;
    if (!inside && filled.length === 1 && filled[0]!.from !== 'above' && !/^\d+$/u.test(filled[0]!.text)) {
      lines.push(cellText(filled[0]!.text));
      return;
    }
    for (const cell of row) {
      if (cell.from === 'above' && cell.text !== '') repeated += 1;
      const [head = '', ...rest] = cellLines(cell.text);
      lines.push(`\t${head}`, ...rest);
    }
  });
  return { lines, repeated };
}
