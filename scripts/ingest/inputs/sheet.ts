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

/**
 * A number as its cell's format shows it, for the formats lists use: percentages (0.5 with 0% → 50%),
 * fixed decimals (0.00), thousands separators (#,##0). exceljs gives the bare number ("0.5").
 */
export function formatNumber(value: number, numFmt: string | undefined): string {
  const format = (numFmt ?? '').split(';')[0]!.replace(/"[^"]*"|\[[^\]]*\]|\\./gu, '');
  const decimals = /0\.(0+)/u.exec(format)?.[1]?.length ?? 0;
  const percent = format.includes('%');
  const shown = percent ? value * 100 : value;
  // General: the number as Excel shows it, without the float noise of its binary form (0.1 + 0.2).
  if (!/[0#]/u.test(format)) return String(Number(value.toPrecision(15)));
  const [whole, fraction] = shown.toFixed(decimals).split('.');
  const grouped = format.includes(',') ? whole!.replace(/\B(?=(\d{3})+$)/gu, ',') : whole!;
  return `${grouped}${fraction ? `.${fraction}` : ''}${percent ? '%' : ''}`;
}

/** A cell's text as Excel shows it: numbers in their format, dates as YYYY-MM-DD (exceljs would print a JavaScript date). */
function cellText(cell: ExcelJS.Cell): string {
  const value = cell.value;
  const result = value && typeof value === 'object' && 'result' in value ? value.result : value;
  if (result instanceof Date) return result.toISOString().slice(0, 10);
  if (typeof result === 'number') return formatNumber(result, cell.numFmt);
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
    // A line break in a cell (Alt+Enter) goes on in a line of its own: in a department cell it separates units.
    const table = gridLines(grid);
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

/** The delimiter of a CSV file: comma, semicolon or TAB, whichever the first lines use most outside quotes. */
export function csvDelimiter(text: string): string {
  const head = text
    .split('\n')
    .slice(0, 5)
    .join('\n')
    .replace(/"(?:[^"]|"")*"/gu, '');
  const count = (d: string) => head.split(d).length - 1;
  return [',', ';', '\t'].reduce((best, d) => (count(d) > count(best) ? d : best), ',');
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
    rows = parse(decoded.text, {
      relax_column_count: true,
      skip_empty_lines: true,
      delimiter: csvDelimiter(decoded.text),
    });
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
