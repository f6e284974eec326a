import { describe, expect, it } from 'vitest';
import { compareDocuments, describeCounts, type PartChange } from './document-diff.ts';
import type { DocPart } from './text.ts';

const task = (n: number, heading: string, ...paragraphs: string[]): DocPart => ({
  anchor: `task-${n}`,
  kind: 'task',
  heading: `${n}.${heading}`,
  paragraphs,
});
const section = (anchor: string, heading: string): DocPart => ({ anchor, kind: 'section', heading, paragraphs: [] });

const before: DocPart[] = [
  { anchor: 'preamble', kind: 'preamble', heading: '', paragraphs: ['为推进基本养老服务体系建设，制定本方案。'] },
  section('section-2', '二、重点任务'),
  task(1, '开展老年人能力综合评估。', '贯彻实施老年人能力综合评估国家标准，建立健康档案。（责任单位：市民政局）'),
  task(
    2,
    '完善基本养老服务经费保障机制。',
    '社会福利事业的彩票公益金用于养老服务占比不得低于60%。鼓励企业捐赠。（责任单位：市财政局）',
  ),
  task(3, '加快补齐配建养老服务设施短板。', '新建居住区按每百户不少于20平方米的标准配建用房。（责任单位：市住建局）'),
  task(4, '创新智慧养老服务模式。', '推广应用数字化养老设施，实现智慧养老聚合。（责任单位：市科技局）'),
];
const after: DocPart[] = [
  { anchor: 'preamble', kind: 'preamble', heading: '', paragraphs: ['为推进基本养老服务体系建设，制定本方案。'] },
  section('section-2', '二、重点任务'),
  task(1, '开展老年人能力综合评估。', '贯彻实施老年人能力综合评估国家标准，建立健康档案。（责任单位：市民政局）'),
  task(2, '建立老年助餐服务网络。', '每个乡镇至少建成1个老年食堂，为高龄老年人提供助餐服务。（责任单位：市民政局）'),
  task(
    3,
    '完善基本养老服务经费保障机制。',
    '社会福利事业的彩票公益金用于养老服务占比不得低于55%。鼓励企业捐赠。（责任单位：市财政局）',
  ),
  task(4, '加快补齐配建养老服务设施短板。', '新建居住区按每百户不少于20平方米的标准配建用房。（责任单位：市住建局）'),
];

describe('compareDocuments', () => {
  const c = compareDocuments(before, after);
  const byOld = (anchor: string) => c.parts.find((p) => 'before' in p && p.before.anchor === anchor)!;

  it('matches tasks across renumbering by their text, and maps every old anchor', () => {
    expect(c.anchorMap).toEqual([
      { before: 'preamble', after: 'preamble' },
      { before: 'section-2', after: 'section-2' },
      { before: 'task-1', after: 'task-1' },
      { before: 'task-2', after: 'task-3' },
      { before: 'task-3', after: 'task-4' },
      { before: 'task-4', after: null },
    ]);
    expect(byOld('task-3')).toMatchObject({ op: 'same', after: { anchor: 'task-4' } });
  });

  it('shows a changed amount by character inside its sentence, the other sentences kept', () => {
    const changed = byOld('task-2') as Extract<PartChange, { op: 'changed' }>;
    expect(changed.op).toBe('changed');
    expect(changed.heading).toBeUndefined();
    expect(changed.sentences.map((s) => s.op)).toEqual(['changed', 'same', 'same']);
    const first = changed.sentences[0] as { segments: Array<{ text: string; op: string }> };
    expect(first.segments.filter((s) => s.op !== 'same')).toEqual([
      { text: '60', op: 'removed' },
      { text: '55', op: 'added' },
    ]);
  });

  it('lists added and removed tasks in reading order and counts them', () => {
    expect(c.parts.map((p) => `${p.op}:${'after' in p ? p.after.anchor : p.before.anchor}`)).toEqual([
      'same:preamble',
      'same:section-2',
      'same:task-1',
      'added:task-2',
      'changed:task-3',
      'same:task-4',
      'removed:task-4',
    ]);
    expect(c.counts).toEqual({
      addedTasks: 1,
      removedTasks: 1,
      addedParts: 0,
      removedParts: 0,
      changedPlaces: 1,
      renumbered: 2,
    });
    expect(describeCounts(c.counts)).toBe('新增 1 项任务、删除 1 项任务、修改 1 处、2 项重新编号');
  });

  it('marks a sentence that moved from one task to another', () => {
    const a = [task(1, '甲', '第一句话在这里。要移动的那一句话很长很长。'), task(2, '乙', '第二项原有的句子。')];
    const b = [task(1, '甲', '第一句话在这里。'), task(2, '乙', '第二项原有的句子。要移动的那一句话很长很长。')];
    const moved = compareDocuments(a, b).parts.flatMap((p) => (p.op === 'changed' ? p.sentences : []));
    expect(moved.filter((s) => s.op !== 'same')).toEqual([
      { op: 'moved-out', text: '要移动的那一句话很长很长。', to: { anchor: 'task-2', kind: 'task', heading: '2.乙' } },
      { op: 'moved-in', text: '要移动的那一句话很长很长。', from: { anchor: 'task-1', kind: 'task', heading: '1.甲' } },
    ]);
    expect(compareDocuments(a, b).counts.changedPlaces).toBe(1);
  });

  it('says when nothing changed', () => {
    const same = compareDocuments(before, before);
    expect(same.parts.every((p) => p.op === 'same')).toBe(true);
    expect(describeCounts(same.counts)).toBe('新增 0 项任务、删除 0 项任务、修改 0 处');
  });
});
