import { columnField, HEADING_JOINER, mapColumns } from '../../src/lib/list-columns.ts';
import type { Tier } from '../../src/model/vocab.ts';
import type { SourceLine } from './clean.ts';
import { splitDepartmentCell } from './responsibility.ts';

export { mapColumns, type ColumnField } from '../../src/lib/list-columns.ts';

export interface TierRange {
  tier: Tier;
  from: number;
  to: number;
  /** How the list's own note words the range, verbatim (e.g. 1-11项为面向特定群体老年人的普惠服务项目). */
  text: string;
}

/** One cell: its lines as in the source (a cell may be broken over several lines). */
interface Cell {
  parts: string[];
  line: number;
  /** The line of its last part. */
  lastLine: number;
}

export interface TableRow {
  /** Cell texts, broken lines joined without a separator (Chinese has none; a space between Latin words). */
  cells: string[];
  /** Each cell's lines as the source breaks it. */
  parts: string[][];
  /** The lead department cell split into units (市民政局市卫健局 → 市民政局, 市卫健局; 县民政局↵各乡镇人民政府 → two). */
  departments: string[];
  /** The tier caption the row stands under, verbatim, e.g. (面向特定群体老年人普惠服务项目); '' if none. */
  caption: string;
  /** The other group row it stands under (一、物质帮助, 二、健康服务), verbatim; '' if none. */
  group: string;
  firstLine: number;
  lastLine: number;
}

export interface ParsedTable {
  /** The header: one heading per column (several header rows combined, see combineHeaderRows). */
  header: string[];
  /** Header rows (as printed, before they are combined), rows and group rows, in the table's order. */
  entries: ({ kind: 'header'; rows: string[][] } | { kind: 'row'; row: TableRow } | { kind: 'group'; text: string })[];
  /** Every group row of the table, verbatim, in order (tier captions and the others). */
  captions: string[];
  rows: TableRow[];
  notes: string[];
  problems: { line: number; message: string }[];
}

/** A whole bracketed line: a caption such as （面向特殊老年人保障服务项目）. */
const CAPTION = /^[（(][^（()）]*[）)]$/u;
/**
 * A group row's text: 一、物质帮助, （二）照护服务, 普惠服务项目, 保障类, （面向特定群体老年人普惠服务项目) —
 * not a unit's name broken over lines (市医疗\n保障局), nor a sentence.
 */
const GROUP_ROW =
  /^(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十]+[）)])[^。；;，,]{1,40}$|^[（(]?[^\d。；;，,]{0,24}(?:普惠|保障|物质帮助|照护服务|关爱服务)[^\d。；;，,]{0,12}[）)]?$/u;
const UNIT_NAME = /(局|委|院|办|厅|政府|中心)$/u;
const NOTE = /^备注[:：]/u;

const isGroupRow = (text: string) => GROUP_ROW.test(text) && !UNIT_NAME.test(text);
const isNumber = (text: string) => /^\d+$/u.test(text);
/** 序号 (or 编号): the heading a header row starts with. */
const isNumberHeading = (text: string) => columnField(text) === 'number';

/** The tier a caption names: 普惠 or 保障 as tier words (保障服务项目, 保障类), not 基本生活保障. */
export function tierOfCaption(text: string): Tier | undefined {
  if (text.includes('普惠')) return '普惠';
  return /保障(?:类|型|性)?(?:基本养老)?服务(?:项目)?|保障类|保障项目/u.test(text) ? '保障' : undefined;
}

/** What the name of a unit ends with, and what only the rest of a name begins with (员会 of 委员会). */
const UNIT_END =
  /(局|委|院|政府|中心|办|办公室|管委会|委员会|公司|集团|银行|联合会|残联|妇联|总工会|团委|办事处|街道|乡镇|社区)$/u;
const NAME_REST = /^(员会|会|局|委|院|办|公室|府|室|中心|处)/u;

/**
 * The departments of a lead department cell: a line break separates two units where the line before it ends a
 * unit's name (县民政局↵各乡镇人民政府) — not inside a name the layout broke (市交通↵运输局) — then the cell is
 * split as any (splitDepartmentCell).
 */
export function departmentsOf(parts: string[]): string[] {
  const text = parts.reduce(
    (joined, part) =>
      joined === '' ? part : UNIT_END.test(joined) && !NAME_REST.test(part) ? `${joined}\n${part}` : joined + part,
    '',
  );
  return splitDepartmentCell(text);
}

/** A cell's lines as one text: no separator between Chinese, a space between Latin words or numbers. */
function joinParts(parts: string[]): string {
  return parts.reduce(
    (joined, part) =>
      /[A-Za-z0-9]$/u.test(joined) && /^[A-Za-z0-9]/u.test(part) ? `${joined} ${part}` : joined + part,
    '',
  );
}

/**
 * One header out of the header rows of a table (a heading that spans two columns above the headings of each:
 * 支出责任 over 市级 | 县级). The extractors repeat a heading that spans both rows and leave the cells a
 * heading spans sideways empty: a column's heading is its heading in each row, a repeated one once, joined
 * by ·, and a cell left empty takes the spanning heading to its left.
 */
export function combineHeaderRows(rows: string[][]): string[] {
  let header = [...rows[0]!];
  for (const next of rows.slice(1)) {
    const above = header;
    header = above.map((a, i) => {
      const b = next[i] ?? '';
      if (b === '' || b === a) return a;
      let head = a;
      if (a === '') {
        let j = i - 1;
        while (j >= 0 && above[j] === '') j--;
        // The heading to the left spans this column only when the row below gives it a heading of its own.
        if (j >= 0 && (next[j] ?? '') !== above[j]) head = above[j]!;
      }
      return head === '' ? b : `${head}${HEADING_JOINER}${b}`;
    });
  }
  return header;
}

type Token =
  | { kind: 'cell'; cell: Cell }
  | { kind: 'plain'; text: string; line: number }
  | { kind: 'note'; text: string; line: number };

function tokens(lines: SourceLine[]): Token[] {
  const out: Token[] = [];
  for (const l of lines) {
    if (l.raw.startsWith('\t')) out.push({ kind: 'cell', cell: { parts: [l.text], line: l.line, lastLine: l.line } });
    else if (l.text === '') continue;
    else if (NOTE.test(l.text)) out.push({ kind: 'note', text: l.text, line: l.line });
    else out.push({ kind: 'plain', text: l.text, line: l.line });
  }
  return out;
}

const cellText = (t: Token | undefined) => (t?.kind === 'cell' ? joinParts(t.cell.parts) : undefined);
/** Whether the token starts a row: a number, a header row's 序号, or anything but a cell (a note, the end). */
const startsRow = (t: Token | undefined) => {
  const text = cellText(t);
  return text === undefined || isNumber(text) || isNumberHeading(text);
};

/**
 * A group row written as cells (the extractors write a row merged across the table as its text and the empty
 * cells it covers): `width` cells from token `i`, one of them text that is no number (in the first cell, or a
 * group row's words), then a row start.
 * Lines between the cells continue the cell before them. Returns the text and the tokens it takes.
 */
function groupRowAt(
  toks: Token[],
  i: number,
  width: number,
  /** Under a header, the row after a group row is a data row: a number (not 序号 of a second header row). */
  underHeader = false,
): { text: string; line: number; taken: number } | null {
  if (width < 2) return null;
  const texts: { text: string; line: number }[] = [];
  let k = i;
  let cells = 0;
  while (k < toks.length && cells < width) {
    const t = toks[k]!;
    if (t.kind === 'cell') {
      cells += 1;
      texts.push({ text: t.cell.parts[0]!, line: t.cell.line });
    } else if (t.kind === 'plain' && cells > 0 && texts.at(-1)!.text !== '') texts.at(-1)!.text += t.text;
    else break;
    k += 1;
  }
  const filled = texts.filter((t) => t.text !== '');
  const next = underHeader ? isNumber(cellText(toks[k]) ?? '') : startsRow(toks[k]);
  if (cells !== width || filled.length !== 1 || !next) return null;
  const only = filled[0]!;
  if (isNumber(only.text) || isNumberHeading(only.text)) return null;
  // A text further right, under empty cells, is a group row only when it reads as one (it may be the rest of an item).
  if (texts[0]!.text === '' && !isGroupRow(only.text)) return null;
  return { ...only, taken: k - i };
}

/**
 * Reads a table in the table form (docs/ingest-formats.md): cells start with a TAB and may continue on
 * following lines without one (服务\n项目). A header row starts with 序号 (several header rows make one
 * header); data rows start with their number. A group row — a line or a row with one text between rows,
 * 普惠服务项目, 一、物质帮助 — gives a caption to the rows under it.
 */
export function parseServiceTable(lines: SourceLine[]): ParsedTable {
  const result: ParsedTable = {
    header: [],
    entries: [],
    captions: [],
    rows: [],
    notes: [],
    problems: [],
  };
  const toks = tokens(lines);
  // Changed by the helpers below too: typed wide, so that no check on it is narrowed away.
  let mode = 'before' as 'before' | 'header' | 'data';
  let headerRows: Cell[][] = [];
  let row: Cell[] = [];
  let caption = '';
  let group = '';
  const width = () => result.header.length;
  const texts = (cells: Cell[]) => cells.map((c) => joinParts(c.parts));

  const endRow = () => {
    if (mode !== 'data' || row.length === 0) return;
    if (row.length !== width()) {
      result.problems.push({
        line: row[0]!.line,
        message: `row has ${row.length} cells, the header has ${width()}`,
      });
    } else {
      const lead = mapColumns(result.header).index.lead;
      const parsed: TableRow = {
        cells: texts(row),
        parts: row.map((c) => c.parts),
        departments: lead === undefined ? [] : departmentsOf(row[lead]!.parts),
        caption,
        group,
        firstLine: row[0]!.line,
        lastLine: Math.max(...row.map((c) => c.lastLine)),
      };
      result.rows.push(parsed);
      result.entries.push({ kind: 'row', row: parsed });
    }
    row = [];
  };
  const endHeader = () => {
    if (mode !== 'header') return;
    const rows = headerRows.map(texts);
    const line = headerRows[0]![0]!.line;
    if (rows.some((r) => r.length !== rows[0]!.length)) {
      result.problems.push({
        line,
        message: `the header rows have ${rows.map((r) => r.length).join(' and ')} cells: they should have as many`,
      });
    }
    const header = combineHeaderRows(rows);
    result.entries.push({ kind: 'header', rows });
    if (result.header.length === 0) result.header = header;
    else if (header.join('\t') !== result.header.join('\t'))
      result.problems.push({ line, message: 'a repeated header row differs from the first one' });
    headerRows = [];
    mode = 'data';
  };
  const addGroup = (text: string) => {
    endHeader();
    endRow();
    result.captions.push(text);
    result.entries.push({ kind: 'group', text });
    if (tierOfCaption(text)) {
      caption = text;
      group = '';
    } else group = text;
  };
  const startHeader = (cell: Cell) => {
    endRow();
    mode = 'header';
    headerRows = [[cell]];
  };

  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!;
    if (t.kind === 'note') {
      result.notes.push(t.text);
      continue;
    }
    if (t.kind === 'plain') {
      const open = mode === 'header' ? headerRows.at(-1)! : row;
      const last = open.at(-1);
      if (mode === 'before' || !last) {
        // Before the header: a caption over the table; between rows: a group row.
        if (isGroupRow(t.text) || (mode === 'before' && CAPTION.test(t.text))) addGroup(t.text);
        else result.problems.push({ line: t.line, message: `line outside any table cell: “${t.text}”` });
      } else if (
        isGroupRow(t.text) &&
        (mode === 'data'
          ? row.length >= width()
          : isNumber(cellText(toks[i + 1]) ?? '') && columnField(joinParts([...last.parts, t.text])) === undefined)
      ) {
        // Where a row ends (after the header: where the first row begins), a group row, not the rest of a cell.
        addGroup(t.text);
      } else {
        last.parts.push(t.text);
        last.lastLine = t.line;
      }
      continue;
    }
    const { cell } = t;
    const text = joinParts(cell.parts);
    if (mode === 'before') {
      if (isNumberHeading(text)) startHeader(cell);
      else result.problems.push({ line: cell.line, message: `a table cell before the header row (序号 …): “${text}”` });
      continue;
    }
    if (mode === 'header') {
      const current = headerRows.at(-1)!;
      if (isNumber(text)) {
        endHeader();
        row = [cell];
      } else if (isNumberHeading(text)) headerRows.push([cell]);
      else {
        const asRow = groupRowAt(toks, i, current.length, true);
        if (asRow) {
          addGroup(asRow.text);
          i += asRow.taken - 1;
        } else if (isGroupRow(text) && columnField(text) === undefined && isNumber(cellText(toks[i + 1]) ?? ''))
          addGroup(text);
        else current.push(cell);
      }
      continue;
    }
    if (row.length > 0 && row.length < width()) {
      row.push(cell);
      continue;
    }
    // Where a row starts: its number, a repeated header, or a group row.
    if (isNumber(text)) {
      endRow();
      row = [cell];
    } else if (isNumberHeading(text)) startHeader(cell);
    else {
      const asRow = groupRowAt(toks, i, width());
      if (asRow) {
        addGroup(asRow.text);
        i += asRow.taken - 1;
      } else if (isGroupRow(text)) addGroup(text);
      else {
        endRow();
        result.problems.push({ line: cell.line, message: `a row should start with its number, found “${text}”` });
        row = [cell];
      }
    }
  }
  endHeader();
  endRow();
  if (result.header.length === 0)
    result.problems.push({ line: lines[0]?.line ?? 0, message: 'no header row (序号 …) found' });
  return result;
}

/** Tier ranges from a list's note: “1—12项为面向社会老年人的普惠服务项目,13—29项为…保障服务项目”, “3项为…”. */
export function parseTierRanges(note: string): TierRange[] {
  const ranges: TierRange[] = [];
  for (const m of note.matchAll(/第?(\d+)(?:\s*[—\-–－~～至]+\s*第?(\d+))?项为([^，,。；;]+)/gu)) {
    const tier = m[3]!.includes('普惠') ? '普惠' : m[3]!.includes('保障') ? '保障' : null;
    if (tier) ranges.push({ tier, from: Number(m[1]), to: Number(m[2] ?? m[1]), text: m[0] });
  }
  return ranges;
}
