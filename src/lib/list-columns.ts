/**
 * The columns of a service list's table: which printed heading holds which field of the list model. The
 * ingester finds the fields by these headings (scripts/ingest/service-table.ts), and the list pages show each
 * item's cells under the list's own headings, in the list's own order.
 */

/** The list model's fields a column can hold; 服务标准 in a column of its own joins 服务内容. */
export type ColumnField = 'number' | 'name' | 'content' | 'standard' | 'target' | 'type' | 'lead';

/** Joins a heading that spans several columns to the heading of each column under it: 支出责任·市级. */
export const HEADING_JOINER = '·';

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

/** The field a heading names, if any: a heading under a spanning one (服务内容及标准·服务标准) by its own words first. */
export function columnField(heading: string): ColumnField | undefined {
  const key = heading.replace(/[\s\u3000]/gu, '');
  const parts = key.split(HEADING_JOINER);
  for (const candidate of [parts[parts.length - 1]!, parts[0]!, key]) {
    const field = COLUMN_NAMES.find(([, re]) => re.test(candidate))?.[0];
    if (field) return field;
  }
  return undefined;
}

export interface ColumnMap {
  /** Where each field stands (the first column that names it). */
  index: Partial<Record<ColumnField, number>>;
  /** The headings no field takes (支出责任, 备注 …), in order. */
  unmapped: string[];
  /** Where those columns stand. */
  unmappedAt: number[];
}

/** Which column holds which field, and which columns hold none. */
export function mapColumns(header: string[]): ColumnMap {
  const map: ColumnMap = { index: {}, unmapped: [], unmappedAt: [] };
  header.forEach((heading, i) => {
    const field = columnField(heading);
    if (field && map.index[field] === undefined) map.index[field] = i;
    else {
      map.unmapped.push(heading);
      map.unmappedAt.push(i);
    }
  });
  return map;
}
