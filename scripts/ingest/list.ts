/** A service list (基本养老服务清单) from the attachment that holds it: its YAML file, with what could not be read. */
import type { SourceEntry } from '../../src/model/site-data.ts';
import { extractAges, extractAmounts } from '../../src/lib/amounts.ts';
import { SERVICE_TYPES, type ServiceType, type Tier } from '../../src/model/vocab.ts';
import type { Problem } from './problem.ts';
import type { SourceProvenance } from './provenance.ts';
import { splitDepartmentCell } from './responsibility.ts';
import { mapColumns, parseServiceTable, parseTierRanges, type ColumnField } from './service-table.ts';
import type { Appendix } from './structure.ts';

export interface EmittedList {
  /** The list's data, for its YAML file. */
  list: Record<string, unknown>;
  /** Set when the source has no items: what the document page says about the missing list. */
  missing?: { label: string; title: string; count: number; note: string };
}

const REQUIRED: [ColumnField, string][] = [
  ['number', '序号'],
  ['name', '服务项目'],
  ['content', '服务内容'],
  ['target', '服务对象'],
  ['type', '服务类型'],
  ['lead', '牵头部门'],
];

function serviceTypeIn(text: string): ServiceType | undefined {
  return SERVICE_TYPES.find((t) => text.includes(t));
}

/** Without a 备注 that gives ranges, the captions over the rows (普惠服务项目 …) give the tiers and their items. */
function captionTiers(items: { number: number; tier: Tier; caption: string }[]) {
  const tiers: { tier: Tier; from: number; to: number; text: string; caption: string }[] = [];
  for (const item of items) {
    const last = tiers.at(-1);
    if (last && last.caption === item.caption && last.tier === item.tier) last.to = item.number;
    else if (/普惠|保障/u.test(item.caption))
      tiers.push({ tier: item.tier, from: item.number, to: item.number, text: item.caption, caption: item.caption });
  }
  return tiers;
}

/** Reads the list in `appendix` as the list `slug`; problems and notes go to the given arrays. */
export function emitList(
  entry: SourceEntry,
  appendix: Appendix,
  slug: string,
  provenance: SourceProvenance,
  problems: Problem[],
  notes: Problem[],
): EmittedList {
  const firstLine = appendix.lines[0]?.line ?? 0;
  const table = parseServiceTable(appendix.lines);
  problems.push(...(table.header.length > 0 ? table.problems : []));
  const { index, unmapped } = mapColumns(table.header);
  if (table.header.length > 0) {
    const typesFromCaptions = table.captions.some((c) => serviceTypeIn(c));
    const missing = REQUIRED.filter(
      ([field]) => index[field] === undefined && !(field === 'type' && typesFromCaptions),
    );
    if (missing.length > 0) {
      problems.push({
        line: firstLine,
        message: `the list's table has no ${missing.map(([, name]) => name).join(', ')} column (its columns: ${table.header.join(', ')}): name the column as lists do, or teach COLUMN_NAMES in scripts/ingest/service-table.ts`,
      });
    }
    for (const column of unmapped) {
      notes.push({
        line: firstLine,
        message: `column “${column}” has no field of its own: its cells are kept as otherCells`,
      });
    }
  }
  const noteText = table.notes.join('');
  const ranges = parseTierRanges(noteText);
  const tierCaption = (tier: Tier) => table.captions.find((c) => c.includes(tier));
  const tierOf = (n: number, caption: string): Tier | undefined =>
    ranges.length > 0
      ? ranges.find((r) => n >= r.from && n <= r.to)?.tier
      : caption.includes('普惠')
        ? '普惠'
        : caption.includes('保障')
          ? '保障'
          : undefined;
  const cell = (cells: string[], field: ColumnField) => (index[field] === undefined ? '' : (cells[index[field]] ?? ''));
  const otherCells = (cells: string[]) =>
    unmapped
      .map((column) => ({ column, text: cells[table.header.indexOf(column)] ?? '' }))
      .filter((c) => c.text !== '');

  const items = table.rows.map((row) => {
    const number = cell(row.cells, 'number');
    const standard = cell(row.cells, 'standard');
    const content = [cell(row.cells, 'content'), standard].filter((s) => s !== '').join('\n');
    const target = cell(row.cells, 'target');
    const type = cell(row.cells, 'type') || serviceTypeIn(row.caption) || '';
    const leadText = cell(row.cells, 'lead');
    const tier = tierOf(Number(number), row.caption);
    if (!tier)
      problems.push({
        line: row.firstLine,
        message: ranges.length
          ? `item ${number} lies in no tier range of the note “${noteText}”`
          : `item ${number}: neither a 备注 with ranges nor a caption says whether it is 普惠 or 保障`,
      });
    else if (/普惠|保障/u.test(row.caption) && !row.caption.includes(tier))
      problems.push({
        line: row.firstLine,
        message: `item ${number} stands under “${row.caption}” but the note puts it in ${tier}`,
      });
    if (!(SERVICE_TYPES as readonly string[]).includes(type))
      problems.push({
        line: row.firstLine,
        message: `item ${number}: service type “${type}” is not one of ${SERVICE_TYPES.join(' / ')}`,
      });
    return {
      number: Number(number),
      name: cell(row.cells, 'name'),
      content,
      target,
      type: type as ServiceType,
      tier: tier ?? '普惠',
      leadText,
      leadDepartments: splitDepartmentCell(leadText),
      amounts: extractAmounts(content),
      ages: extractAges(`${target}。${content}`),
      ...(otherCells(row.cells).length > 0 ? { otherCells: otherCells(row.cells) } : {}),
      sourceLines: [row.firstLine, row.lastLine],
    };
  });
  const declared = Math.max(0, ...ranges.map((r) => r.to));
  if (items.length > 0 && ranges.length > 0 && items.length !== declared) {
    problems.push({ line: firstLine, message: `the list has ${items.length} items but its note counts ${declared}` });
  }
  const title = appendix.title.join('');
  if ([...title].length < 2)
    problems.push({ line: firstLine, message: `attachment “${appendix.label}” has no title line: a list needs one` });
  const list = {
    slug,
    title,
    region: entry.region,
    document: entry.document,
    appendixLabel: appendix.label,
    appendixAnchor: appendix.anchor,
    tiers:
      ranges.length > 0
        ? ranges.map((r) => ({ ...r, ...(tierCaption(r.tier) ? { caption: tierCaption(r.tier)! } : {}) }))
        : captionTiers(items.map((item, i) => ({ ...item, caption: table.rows[i]!.caption }))),
    columns: table.header,
    notes: table.notes,
    declaredItemCount: declared || items.length,
    itemsMissing: items.length === 0,
    items,
    provenance,
  };
  if (items.length > 0) return { list };
  notes.push({
    line: firstLine,
    message: `attachment “${title}” has no list items in the source: its list page says so`,
  });
  const note = ranges.map((r) => r.text).join('，') || noteText;
  return { list, missing: { label: appendix.label, title, count: declared, note } };
}
