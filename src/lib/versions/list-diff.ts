/**
 * The 对照 of two consecutive versions of a service list (docs/versions.md): items matched by name, then by
 * the likeness of name and content (an item renumbered or renamed is still itself), and for each matched
 * item the cells that changed, by character, with the amounts, target groups and departments counted apart.
 */
import { describeAmount } from '../amount-text.ts';
import type { ServiceItem } from '../../model/list.ts';
import { charSegments, type Segment } from './segments.ts';
import { bestPairs, bigrams, dice } from './similarity.ts';

/** The cells of an item the 对照 compares, with the words the page shows for them. */
export const ITEM_FIELDS = {
  name: '服务项目',
  content: '服务内容及标准',
  target: '服务对象',
  type: '服务类型',
  tier: '普惠/保障',
  lead: '牵头责任部门',
  amounts: '数额',
  other: '其他栏目',
} as const;
export type ItemField = keyof typeof ITEM_FIELDS;

export interface FieldChange {
  field: ItemField;
  segments: Segment[];
}

export type ItemChange =
  | { op: 'same'; before: ServiceItem; after: ServiceItem }
  | { op: 'changed'; before: ServiceItem; after: ServiceItem; fields: FieldChange[] }
  | { op: 'added'; after: ServiceItem }
  | { op: 'removed'; before: ServiceItem };

export interface ListCounts {
  added: number;
  removed: number;
  /** Items with any changed cell. */
  changed: number;
  /** Of those: items whose amounts, target group or lead departments changed. */
  amounts: number;
  targets: number;
  departments: number;
  /** Matched items whose number (序号) changed. */
  renumbered: number;
}

export interface ListComparison {
  /** Every item of both versions: the later list's order, removed items where they stood. */
  items: ItemChange[];
  counts: ListCounts;
  /** Every item number of the earlier list and the number of the same item in the later one (null: removed). */
  numberMap: Array<{ before: number; after: number | null }>;
}

/** Items this alike (name and content) or more are one item. */
const ITEM_THRESHOLD = 0.5;

const cells = (i: ServiceItem): Record<ItemField, string> => ({
  name: i.name,
  content: i.content,
  target: i.target,
  type: i.type,
  tier: i.tier,
  lead: i.leadText,
  amounts: i.amounts.map(describeAmount).join('；'),
  other: (i.otherCells ?? []).map((c) => `${c.column}：${c.text}`).join('；'),
});

function matchItems(before: ServiceItem[], after: ServiceItem[]): Map<number, number> {
  const matched = new Map<number, number>();
  const taken = new Set<number>();
  const names = (items: ServiceItem[]) => items.map((i) => i.name);
  const unique = (items: ServiceItem[], name: string) => names(items).filter((n) => n === name).length === 1;
  // A name that each list has once is one item; then the likeness of name and content.
  before.forEach((b, i) => {
    if (!unique(before, b.name) || !unique(after, b.name)) return;
    const j = after.findIndex((a) => a.name === b.name);
    matched.set(i, j);
    taken.add(j);
  });
  const olds = before.map((_, i) => i).filter((i) => !matched.has(i));
  const news = after.map((_, j) => j).filter((j) => !taken.has(j));
  const grams = (i: ServiceItem) => bigrams(`${i.name}\n${i.content}`);
  const oldGrams = olds.map((i) => grams(before[i]!));
  const newGrams = news.map((j) => grams(after[j]!));
  for (const [o, n] of bestPairs(olds.length, news.length, (o, n) => dice(oldGrams[o]!, newGrams[n]!), ITEM_THRESHOLD))
    matched.set(olds[o]!, news[n]!);
  return matched;
}

/** Compares the items of an earlier and a later list. */
export function compareLists(before: ServiceItem[], after: ServiceItem[]): ListComparison {
  const matched = matchItems(before, after);
  const oldOf = new Map([...matched].map(([o, n]) => [n, o]));
  const items: ItemChange[] = [];
  const counts: ListCounts = {
    added: 0,
    removed: 0,
    changed: 0,
    amounts: 0,
    targets: 0,
    departments: 0,
    renumbered: 0,
  };
  let next = 0;
  const removedUpTo = (end: number) => {
    for (; next < end; next += 1)
      if (!matched.has(next)) {
        items.push({ op: 'removed', before: before[next]! });
        counts.removed += 1;
      }
  };
  after.forEach((a, j) => {
    const o = oldOf.get(j);
    if (o === undefined) {
      items.push({ op: 'added', after: a });
      counts.added += 1;
      return;
    }
    removedUpTo(o);
    next = Math.max(next, o + 1);
    const b = before[o]!;
    if (b.number !== a.number) counts.renumbered += 1;
    const was = cells(b);
    const is = cells(a);
    const fields = (Object.keys(ITEM_FIELDS) as ItemField[])
      .filter((f) => was[f] !== is[f])
      .map((field) => ({ field, segments: charSegments(was[field], is[field]) }));
    if (fields.length === 0) {
      items.push({ op: 'same', before: b, after: a });
      return;
    }
    items.push({ op: 'changed', before: b, after: a, fields });
    counts.changed += 1;
    if (fields.some((f) => f.field === 'amounts')) counts.amounts += 1;
    if (fields.some((f) => f.field === 'target')) counts.targets += 1;
    if (fields.some((f) => f.field === 'lead')) counts.departments += 1;
  });
  removedUpTo(before.length);
  return {
    items,
    counts,
    numberMap: before.map((b, i) => ({
      before: b.number,
      after: matched.has(i) ? after[matched.get(i)!]!.number : null,
    })),
  };
}

/** The counts in words: 新增 1 项、删除 1 项、修改 2 项（其中数额 1 项、服务对象 1 项）、3 项重新编号. */
export function describeListCounts(c: ListCounts): string {
  const of = [
    c.amounts > 0 ? `数额 ${c.amounts} 项` : '',
    c.targets > 0 ? `服务对象 ${c.targets} 项` : '',
    c.departments > 0 ? `牵头部门 ${c.departments} 项` : '',
  ].filter(Boolean);
  const words = [
    `新增 ${c.added} 项`,
    `删除 ${c.removed} 项`,
    `修改 ${c.changed} 项${of.length ? `（其中${of.join('、')}）` : ''}`,
  ];
  if (c.renumbered > 0) words.push(`${c.renumbered} 项重新编号`);
  return words.join('、');
}
