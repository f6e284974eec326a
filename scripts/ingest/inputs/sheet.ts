/**
 * Service lists published as spreadsheets: .xlsx through exceljs, .csv through csv-parse (quoted fields,
 * CRLF, any encoding decode.ts reads). Rows become the parser's table form (grid.ts) under the sheet's own
 * title row; a sheet without one is refused, as the list's title is not ours to make up.
 */
import ExcelJS from 'exceljs';
import { parse } from 'csv-parse/sync';
import { decodeBytes } from './decode.ts';
import { expandSpans, gridLines, type GridCell } from './grid.ts';
import { failed, firstLine, SAVE_AS, type Extracted, type LineMessage } from './types.ts';

const NO_TITLE =
  'the table has no title row above it: add the list’s title as published (e.g. 某市基本养老服务清单) as the first row';

function finish(format: 'xlsx' | 'csv', lines: string[], notes: LineMessage[], encoding?: string): Extracted {
  const base = { format, ...(encoding ? { encoding } : {}), notes };
  if (lines.length === 0) return { ...failed(format, 'the table is empty: nothing to ingest', encoding), notes };
  if (lines[0]!.startsWith('\t')) return { ...failed(format, NO_TITLE, encoding), notes };
  return { ...base, text: `${lines.join('\n')}\n`, problems: [] };
}

/** A cell's text as Excel shows it; dates as YYYY-MM-DD (exceljs would print a JavaScript date). */
function cellText(cell: ExcelJS.Cell): string {
  const value = cell.value;
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (value && typeof value === 'object' && 'result' in value && value.result instanceof Date)
    return value.result.toISOString().slice(0, 10);
  return cell.text ?? '';
}

export async function extractXlsx(raw: Uint8Array): Promise<Extracted> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(Buffer.from(raw.buffer, raw.byteOffset, raw.byteLength) as never);
  } catch (error) {
    return failed('xlsx', `not a readable Excel .xlsx workbook (${firstLine(error)}): ${SAVE_AS}`);
  }
  const lines: string[] = [];
  const notes: LineMessage[] = [];
  let repeated = 0;
  const read: string[] = [];
  for (const sheet of workbook.worksheets) {
    if (sheet.state !== 'visible') {
      notes.push({ line: 0, message: `hidden sheet “${sheet.name}” was not read` });
      continue;
    }
    const grid: GridCell[][] = [];
    for (let r = 1; r <= sheet.rowCount; r++) {
      const row = sheet.getRow(r);
      const cells: GridCell[] = [];
      for (let c = 1; c <= sheet.columnCount; c++) {
        const cell = row.getCell(c);
        const master = cell.isMerged ? cell.master : cell;
        if (master.address === cell.address) cells.push({ text: cellText(cell).trim(), from: 'own' });
        else if (Number(master.col) < c) cells.push({ text: '', from: 'left' });
        else cells.push({ text: cellText(master).trim(), from: 'above' });
      }
      grid.push(cells);
    }
    const table = gridLines(
      grid.map((row) => row.map((cell) => ({ ...cell, text: cell.text.replace(/\s*\n\s*/gu, '') }))),
    );
    if (table.lines.length === 0) continue;
    read.push(sheet.name);
    lines.push(...table.lines);
    repeated += table.repeated;
  }
  if (read.length > 1) notes.push({ line: 0, message: `sheets read one after the other: ${read.join(', ')}` });
  if (repeated > 0)
    notes.push({ line: 0, message: `${repeated} cells merged downwards were repeated in each row they cover` });
  return finish('xlsx', lines, notes);
}

export function extractCsv(raw: Uint8Array): Extracted {
  const decoded = decodeBytes(raw);
  if ('error' in decoded) {
    const extracted = failed('csv', `${decoded.error}: ${SAVE_AS}`);
    extracted.problems[0]!.line = decoded.line;
    return extracted;
  }
  let rows: string[][];
  try {
    rows = parse(decoded.text, { relax_column_count: true, skip_empty_lines: true });
  } catch (error) {
    const line = (error as { lines?: number }).lines ?? 1;
    return {
      ...failed('csv', `not a readable CSV table (${firstLine(error)})`, decoded.encoding),
      problems: [{ line, message: `not a readable CSV table (${firstLine(error)})` }],
    };
  }
  const table = gridLines(expandSpans(rows.map((row) => row.map((text) => ({ text })))));
  const notes = decoded.note ? [{ line: 0, message: decoded.note }] : [];
  return finish('csv', table.lines, notes, decoded.encoding);
}
