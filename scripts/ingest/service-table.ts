import type { Tier } from '../../src/model/vocab.ts';
import type { SourceLine } from './clean.ts';
import { splitDepartmentCell } from './responsibility.ts';

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
}

export interface TableRow {
  /** Cell texts, broken lines joined without a separator (Chinese has none). */
  cells: string[];
  /** Lead departments cell split into names (市民政局市卫健局 → 市民政局, 市卫健局). */
  departments: string[];
  /** The tier caption the row stands under, verbatim, e.g. (面向特定群体老年人普惠服务项目). */
  caption: string;
  firstLine: number;
  lastLine: number;
}

export interface ParsedTable {
  header: string[];
  captions: string[];
  rows: TableRow[];
  notes: string[];
  problems: { line: number; message: string }[];
}

/** The list model's fields a column can hold; 服务标准 in a column of its own joins 服务内容. */
export type ColumnField = 'number' | 'name' | 'content' | 'standard' | 'target' | 'type' | 'lead';

/** Column headings as lists print them (white space removed), by field. */
const COLUMN_NAMES: [ColumnField, RegExp][] = [
  ['number', /^(序号|编号)$/u],
  ['name', /^(服务项目|项目名称|服务名称|项目|服务事项)$/u],
  ['content', /^(服务内容及标准|服务内容和标准|服务内容与标准|服务内容|内容及标准|内容和标准)$/u],
  ['standard', /^(服务标准|标准)$/u],
  ['target', /^(服务对象|对象|享受对象|服务对象及条件|适用对象)$/u],
  ['type', /^(服务类型|类型|服务类别|类别)$/u],
  ['lead', /^(牵头责任部门|牵头部门|牵头单位|牵头责任单位|责任部门|责任单位|主管部门|实施部门)$/u],
];

/** Where each field stands in the header, and the headings no field takes (支出责任, 备注 …). */
export function mapColumns(header: string[]): { index: Partial<Record<ColumnField, number>>; unmapped: string[] } {
  const index: Partial<Record<ColumnField, number>> = {};
  const unmapped: string[] = [];
  header.forEach((heading, i) => {
    const key = heading.replace(/[\s\u3000]/gu, '');
    const field = COLUMN_NAMES.find(([f, re]) => re.test(key) && index[f] === undefined)?.[0];
    if (field) index[field] = i;
    else unmapped.push(heading);
  });
  return { index, unmapped };
}

const CAPTION = /^[（(][^（()）]*[）)]$/u;
/** A group row's text: 一、物质帮助, （二）照护服务, 普惠服务项目, 保障类. */
const GROUP_ROW =
  /^([一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)]).{1,30}$|^[^\d]{0,20}(普惠|保障|物质帮助|照护服务|关爱服务)[^\d]{0,10}$/u;
const NOTE = /^备注[:：]/u;

/**
 * Reads a tab-separated table whose cells start with a tab and may continue on following lines
 * without one (服务\n项目). A header row starts with 序号; data rows start with their number.
 */
export function parseServiceTable(lines: SourceLine[]): ParsedTable {
  const result: ParsedTable = { header: [], captions: [], rows: [], notes: [], problems: [] };
  const cells: (Cell | { caption: string })[] = [];
  for (const l of lines) {
    if (l.raw.startsWith('\t')) cells.push({ parts: [l.text], line: l.line });
    else if (CAPTION.test(l.text)) cells.push({ caption: l.text });
    else if (NOTE.test(l.text)) result.notes.push(l.text);
    else {
      const last = cells[cells.length - 1];
      if (last && 'parts' in last) last.parts.push(l.text);
      else result.problems.push({ line: l.line, message: `line outside any table cell: “${l.text}”` });
    }
  }

  let caption = '';
  let row: Cell[] = [];
  let inHeader = false;
  const flush = () => {
    if (row.length === 0) return;
    if (inHeader) {
      if (result.header.length === 0) result.header = row.map((c) => c.parts.join(''));
      else if (row.map((c) => c.parts.join('')).join() !== result.header.join()) {
        result.problems.push({ line: row[0]!.line, message: 'a repeated header row differs from the first one' });
      }
    } else if (row.length !== result.header.length) {
      result.problems.push({
        line: row[0]!.line,
        message: `row has ${row.length} cells, the header has ${result.header.length}`,
      });
    } else {
      const lead = row[row.length - 1]!;
      result.rows.push({
        cells: row.map((c) => c.parts.join('')),
        departments: splitDepartmentCell(lead.parts.join('')),
        caption,
        firstLine: row[0]!.line,
        lastLine: lead.line + lead.parts.length - 1,
      });
    }
    row = [];
  };

  for (const cell of cells) {
    if ('caption' in cell) {
      flush();
      caption = cell.caption;
      result.captions.push(cell.caption);
      continue;
    }
    const text = cell.parts.join('');
    const numeric = /^\d+$/u.test(text);
    // A group row inside the table (一、物质帮助 / 普惠服务项目), printed as one cell where a row would start.
    const rowStart = row.length === 0 || (!inHeader && row.length === result.header.length);
    const endsHeader = inHeader && row.length > 0 && mapColumns([text]).unmapped.length > 0;
    if ((rowStart || endsHeader) && !numeric && text !== '序号' && GROUP_ROW.test(text)) {
      flush();
      caption = text;
      result.captions.push(text);
      continue;
    }
    if (text === '序号' || (inHeader && numeric) || (!inHeader && row.length === result.header.length)) {
      flush();
      inHeader = text === '序号';
      if (!inHeader && !numeric) {
        result.problems.push({ line: cell.line, message: `a row should start with its number, found “${text}”` });
      }
    }
    row.push(cell);
  }
  flush();
  if (result.header.length === 0)
    result.problems.push({ line: lines[0]?.line ?? 0, message: 'no header row (序号 …) found' });
  return result;
}

/** Tier ranges from a list's note: “1—12项为面向社会老年人的普惠服务项目,13—29项为…保障服务项目”. */
export function parseTierRanges(note: string): TierRange[] {
  const ranges: TierRange[] = [];
  for (const m of note.matchAll(/(\d+)\s*[—\-–－~～至]+\s*(\d+)项为([^，,。；;]+)/gu)) {
    const tier = m[3]!.includes('普惠') ? '普惠' : m[3]!.includes('保障') ? '保障' : null;
    if (tier) ranges.push({ tier, from: Number(m[1]), to: Number(m[2]), text: m[0] });
  }
  return ranges;
}
