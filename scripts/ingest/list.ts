/** A service list (基本养老服务清单) from the attachment that holds it: its YAML file, with what could not be read. */
import type { SourceMapping } from '../../src/model/site-data.ts';
import { extractAges, extractAmounts } from '../../src/lib/amounts.ts';
import { SERVICE_TYPES, UNSTATED, type Tier } from '../../src/model/vocab.ts';
import type { Problem } from './problem.ts';
import type { SourceProvenance } from './provenance.ts';
import { mapColumns, parseServiceTable, parseTierRanges, tierOfCaption, type ColumnField } from './service-table.ts';
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

/**
 * The 服务类型 a group row gives the rows under it: one of the three known types when it names one
 * (一、物质帮助类 → 物质帮助), else its own words without its number (二、健康服务 → 健康服务).
 */
function typeOfGroup(text: string): string {
  return (
    SERVICE_TYPES.find((t) => text.includes(t)) ??
    text
      .replace(/^(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十]+[）)])\s*/u, '')
      .replace(/^[（(](.*)[）)]$/u, '$1')
      .trim()
  );
}

/** Group rows other than tier captions, with the items under each (up to the next group row). */
function groupRanges(items: { number: number; group: string }[]) {
  const groups: { caption: string; from: number; to: number }[] = [];
  for (const item of items) {
    const last = groups.at(-1);
    if (last && last.caption === item.group && last.to === item.number - 1) last.to = item.number;
    else if (item.group !== '') groups.push({ caption: item.group, from: item.number, to: item.number });
  }
  return groups;
}

/** Without a 备注 that gives ranges, the captions over the rows (普惠服务项目 …) give the tiers and their items. */
function captionTiers(items: { number: number; tier: Tier | typeof UNSTATED; caption: string }[]) {
  const tiers: { tier: Tier; from: number; to: number; text: string; caption: string }[] = [];
  for (const item of items) {
    const last = tiers.at(-1);
    const tier = tierOfCaption(item.caption);
    if (last && last.caption === item.caption && last.tier === item.tier) last.to = item.number;
    else if (tier) tiers.push({ tier, from: item.number, to: item.number, text: item.caption, caption: item.caption });
  }
  return tiers;
}

/** Reads the list in `appendix` as the list `slug`; problems and notes go to the given arrays. */
export function emitList(
  entry: SourceMapping,
  appendix: Appendix,
  slug: string,
  provenance: SourceProvenance,
  problems: Problem[],
  notes: Problem[],
): EmittedList {
  const firstLine = appendix.lines[0]?.line ?? 0;
  const table = parseServiceTable(appendix.lines);
  problems.push(...(table.header.length > 0 ? table.problems : []));
  const { index, unmapped, unmappedAt } = mapColumns(table.header);
  const groupCaptions = table.captions.filter((c) => !tierOfCaption(c));
  if (table.header.length > 0) {
    const missing = REQUIRED.filter(
      ([field]) => index[field] === undefined && !(field === 'type' && groupCaptions.length > 0),
    );
    if (missing.length > 0) {
      problems.push({
        line: firstLine,
        message: `the list's table has no ${missing.map(([, name]) => name).join(', ')} column (its columns: ${table.header.join(', ')}): name the column as lists do, or teach COLUMN_NAMES in src/lib/list-columns.ts`,
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
  const tierCaptions = table.captions.filter((c) => tierOfCaption(c));
  // A list that states no tier at all — no ranges in a 备注, no 普惠/保障 caption over its rows — says so: 未注明.
  const tiersStated = ranges.length > 0 || tierCaptions.length > 0;
  if (table.rows.length > 0 && !tiersStated)
    notes.push({
      line: firstLine,
      message: `the list states no tiers (neither a 备注 with ranges nor a 普惠/保障 caption): its items' tier is ${UNSTATED}`,
    });
  const tierCaption = (tier: Tier) => tierCaptions.find((c) => tierOfCaption(c) === tier);
  const tierOf = (n: number, caption: string): Tier | undefined =>
    ranges.length > 0 ? ranges.find((r) => n >= r.from && n <= r.to)?.tier : tierOfCaption(caption);
  const cell = (cells: string[], field: ColumnField) => (index[field] === undefined ? '' : (cells[index[field]] ?? ''));
  const otherCells = (cells: string[]) =>
    unmapped.map((column, k) => ({ column, text: cells[unmappedAt[k]!] ?? '' })).filter((c) => c.text !== '');

  const items = table.rows.map((row) => {
    const number = cell(row.cells, 'number');
    const standard = cell(row.cells, 'standard');
    const content = [cell(row.cells, 'content'), standard].filter((s) => s !== '').join('\n');
    const target = cell(row.cells, 'target');
    const type = cell(row.cells, 'type') || (row.group ? typeOfGroup(row.group) : '') || UNSTATED;
    const leadText = cell(row.cells, 'lead');
    const tier: Tier | typeof UNSTATED | undefined = tiersStated ? tierOf(Number(number), row.caption) : UNSTATED;
    if (!tier)
      problems.push({
        line: row.firstLine,
        message: ranges.length
          ? `item ${number} lies in no tier range of the note “${noteText}”`
          : `item ${number} stands under no 普惠/保障 caption, while other items do`,
      });
    else if (tier !== UNSTATED && tierOfCaption(row.caption) && tierOfCaption(row.caption) !== tier)
      problems.push({
        line: row.firstLine,
        message: `item ${number} stands under “${row.caption}” but the note puts it in ${tier}`,
      });
    return {
      number: Number(number),
      name: cell(row.cells, 'name'),
      content,
      target,
      type,
      tier: tier ?? UNSTATED,
      leadText,
      leadDepartments: row.departments,
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
  const groups = groupRanges(items.map((item, i) => ({ number: item.number, group: table.rows[i]!.group })));
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
    ...(groups.length > 0 ? { groups } : {}),
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
