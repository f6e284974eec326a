import { describe, expect, it } from 'vitest';
import type { ServiceItem } from '../../model/list.ts';
import { compareLists, describeListCounts } from './list-diff.ts';

const item = (number: number, name: string, content: string, extra: Partial<ServiceItem> = {}): ServiceItem => ({
  number,
  name,
  content,
  target: '本市户籍80周岁及以上老年人',
  type: '物质帮助',
  tier: '普惠',
  leadText: '市民政局',
  leadDepartments: ['市民政局'],
  amounts: [],
  ages: [],
  sourceLines: [1, 1],
  ...extra,
});
const money = (value: number) => ({
  kind: 'money' as const,
  value,
  unit: '元/月/人' as const,
  qualifier: '' as const,
  text: `每人每月${value}元`,
});

const before = [
  item(1, '高龄津贴', '按户籍所在地确定标准发放高龄津贴，每人每月100元。', { amounts: [money(100)] }),
  item(2, '提供社区活动场所', '为老年人提供安全可靠的室内外活动场所。'),
  item(3, '老年人能力综合评估', '为老年人提供能力综合评估服务。'),
];
const after = [
  item(1, '高龄津贴', '按户籍所在地确定标准发放高龄津贴，每人每月120元。', { amounts: [money(120)] }),
  item(2, '老年助餐服务', '为高龄老年人提供助餐服务。'),
  item(3, '提供社区活动场所', '为老年人提供安全可靠的室内外活动场所。', { leadText: '市民政局、各乡镇（街道）' }),
];

describe('compareLists', () => {
  const c = compareLists(before, after);

  it('matches items by name across renumbering and maps the old numbers', () => {
    expect(c.numberMap).toEqual([
      { before: 1, after: 1 },
      { before: 2, after: 3 },
      { before: 3, after: null },
    ]);
  });

  it('names the changed cells, by character, and counts amounts and departments apart', () => {
    const changed = c.items.filter((i) => i.op === 'changed');
    expect(changed.map((i) => i.fields.map((f) => f.field))).toEqual([['content', 'amounts'], ['lead']]);
    expect(changed[0]!.fields[0]!.segments.filter((s) => s.op !== 'same')).toEqual([
      { text: '100', op: 'removed' },
      { text: '120', op: 'added' },
    ]);
    expect(c.counts).toEqual({
      added: 1,
      removed: 1,
      changed: 2,
      amounts: 1,
      targets: 0,
      departments: 1,
      renumbered: 1,
    });
    expect(describeListCounts(c.counts)).toBe(
      '新增 1 项、删除 1 项、修改 2 项（其中数额 1 项、牵头部门 1 项）、1 项重新编号',
    );
  });

  it('keeps the later order with removed items where they stood', () => {
    expect(c.items.map((i) => `${i.op}:${'after' in i ? i.after.number : i.before.number}`)).toEqual([
      'changed:1',
      'added:2',
      'changed:3',
      'removed:3',
    ]);
  });
});
