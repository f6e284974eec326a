/**
 * Tables saved from Word as plain text: one row per line, its cells apart by TABs (`序号\t服务项目\t…`). They
 * become the parser's table form (docs/ingest-formats.md) — every cell on a line of its own that starts with a
 * TAB — before anything else reads the text, each cell keeping the line number of its row. A cell that holds
 * several paragraphs breaks its row over several lines: the first piece of such a line continues the cell
 * before it (a line without a TAB, as in the table form); a line without any TAB stays as it is (a group row
 * such as （面向特殊老年人保障服务项目）, a 备注, or the rest of a cell).
 */
import type { SourceLine } from './clean.ts';

/**
 * A row of TAB-separated cells as Word writes it, with two or more cells that hold text. A line that starts with
 * a TAB is a cell of the table form, unless it stands inside such a table and has more TABs (a row whose first
 * cell is empty).
 */
function tabCells(l: SourceLine, inTable = false): string[] | null {
  const cells = l.raw.split('\t');
  if (cells.length < 2 || (l.raw.startsWith('\t') && (!inTable || cells.length < 3))) return null;
  return cells.filter((c) => c.trim() !== '').length >= (inTable ? 1 : 2) ? cells : null;
}

/**
 * The lines of the table that starts at `start` (a row of TAB-separated cells), or 0 when the rows there are not
 * a table: a table has at least two rows with as many cells as its first. Plain lines may stand between rows.
 */
function tableExtent(lines: SourceLine[], start: number, width: number): number {
  let end = start + 1;
  let rows = 1;
  let matching = 1;
  for (let k = start + 1; k < lines.length; k++) {
    const cells = tabCells(lines[k]!, true);
    if (cells) {
      rows += 1;
      if (cells.length === width) matching += 1;
      end = k + 1;
      continue;
    }
    // A line without TABs belongs to the table when a row follows it (after blank lines, at most two plain lines).
    let next = k + 1;
    let plain = lines[k]!.text === '' ? 0 : 1;
    while (next < lines.length && !tabCells(lines[next]!, true) && plain <= 2) {
      if (lines[next]!.text !== '') plain += 1;
      next += 1;
    }
    if (next >= lines.length || !tabCells(lines[next]!, true) || plain > 2) break;
  }
  return rows >= 2 && matching >= 2 ? end - start : 0;
}

const cell = (line: number, piece: string): SourceLine => ({ line, raw: `\t${piece}`, text: piece.trim() });

/** Rows of TAB-separated cells → the table form; every other line unchanged. */
export function splitTabRows(lines: SourceLine[]): SourceLine[] {
  const out: SourceLine[] = [];
  for (let k = 0; k < lines.length; k++) {
    const first = tabCells(lines[k]!);
    const extent = first ? tableExtent(lines, k, first.length) : 0;
    if (!first || extent === 0) {
      out.push(lines[k]!);
      continue;
    }
    const width = first.length;
    let filled = 0;
    for (const l of lines.slice(k, k + extent)) {
      const cells = tabCells(l, true);
      if (!cells) {
        out.push(l);
        continue;
      }
      cells.forEach((piece, i) => {
        if (i === 0 && filled > 0 && filled < width) {
          // The row is not complete: the line goes on with the cell the line before ended in.
          if (piece.trim() !== '') out.push({ line: l.line, raw: piece, text: piece.trim() });
          return;
        }
        if (i === 0) filled = 0;
        out.push(cell(l.line, piece));
        filled += 1;
      });
    }
    k += extent - 1;
  }
  return out;
}
