import { describe, expect, it } from 'vitest';
import { historyOf, latestDate, nextStep, previousStep, stepLabel, supersededBy, traceAnchor } from './history.ts';

const block = (key: string, number: number, replacedOn: string) => ({
  key,
  number,
  kind: 'final' as const,
  replacedOn,
  replacedBy: '正式文件',
});
const h = historyOf('daye-x', { title: '正式', status: '现行有效', date: '2024-06-20' }, [
  { title: '修改稿', status: '送审稿', date: '未注明', version: block('2024-03-songshengao', 2, '2024-06-20') },
  { title: '初稿', status: '征求意见稿', date: '未注明', version: block('zhengqiuyijian', 1, '未注明') },
]);

describe('a history of versions', () => {
  it('orders the older versions by number, the current one last', () => {
    expect(h.steps.map((s) => s.key)).toEqual(['zhengqiuyijian', '2024-03-songshengao', null]);
    expect(nextStep(h, 'zhengqiuyijian')?.key).toBe('2024-03-songshengao');
    expect(previousStep(h, null)?.key).toBe('2024-03-songshengao');
    expect(previousStep(h, 'zhengqiuyijian')).toBeUndefined();
    expect(nextStep(h, null)).toBeUndefined();
  });

  it('names what replaced a version, with the date from its version block', () => {
    expect(supersededBy(h, '2024-03-songshengao')).toEqual({
      slug: 'daye-x',
      key: null,
      title: '正式',
      date: '2024-06-20',
    });
    expect(supersededBy(h, 'zhengqiuyijian')).toMatchObject({ key: '2024-03-songshengao', date: '未注明' });
    expect(supersededBy(h, 'nope')).toBeUndefined();
  });

  it('traces an anchor through consecutive versions', () => {
    const maps = [
      [
        { before: 'task-7', after: 'task-8' },
        { before: 'task-9', after: null },
      ],
      [{ before: 'task-8', after: 'task-9' }],
    ];
    expect(traceAnchor('task-7', 0, maps)).toEqual({ anchor: 'task-9' });
    expect(traceAnchor('task-9', 0, maps)).toEqual({ removedAt: 1 });
    expect(traceAnchor('task-8', 1, maps)).toEqual({ anchor: 'task-9' });
  });

  it('finds the newest date, ignoring 未注明', () => {
    expect(latestDate(['未注明', '2023-04-11', '2025-07-11', '2024-01-01'])).toBe('2025-07-11');
    expect(latestDate(['未注明'])).toBeUndefined();
  });
});

describe('stepLabel', () => {
  it('names older versions by their place and the current one as such, with the status in words', () => {
    const labels = { 送审稿: '送审稿（草案）', 现行有效: '正式印发' };
    expect(stepLabel(h, '2024-03-songshengao', labels)).toBe('第 2 版：送审稿（草案）');
    expect(stepLabel(h, 'zhengqiuyijian', labels)).toBe('第 1 版：征求意见稿');
    expect(stepLabel(h, null, labels)).toBe('现行版本：正式印发');
  });
});
