import { describe, expect, it } from 'vitest';
import type { ServiceKind, Topic } from '../../src/model/compare.ts';
import { mentionedServices, proposeServiceKind, proposeTopics } from './tagging.ts';
import { taggableUnits } from '../../src/lib/compare/units.ts';

const topic = (id: string, keywords: string[]): Topic => ({ id, name: id, summary: '……。', keywords });
const topics = [
  topic('jingfei', ['彩票公益金', '资金保障']),
  topic('puhui', ['社会力量', '购买服务']),
  topic('pinggu', ['能力评估']),
];
const kind = (id: string, localNames: string[]): ServiceKind => ({
  id,
  name: localNames[0]!,
  type: '物质帮助',
  localNames,
  summary: '……。',
});
const kinds = [
  kind('gaoling', ['高龄津贴', '尊老金']),
  kind('huli', ['护理补贴', '养老护理补贴']),
  kind('jizhong', ['集中特困供养', '特困人员集中供养']),
];

describe('the rule-based tagger', () => {
  it('proposes topics named in the title first, then those the text repeats', () => {
    expect(
      proposeTopics('强化资金保障', '确保彩票公益金55%以上用于养老。推进政府向社会力量购买服务。', topics),
    ).toEqual(['jingfei', 'puhui']);
    expect(proposeTopics('其他', '开展能力评估。', topics)).toEqual(['pinggu']);
    expect(proposeTopics('其他', '没有关键词。', topics)).toEqual([]);
  });

  it('finds a list item’s kind by name, or by the longest local name it contains', () => {
    expect(proposeServiceKind('尊老金', kinds)).toBe('gaoling');
    expect(proposeServiceKind('养老护理补贴', kinds)).toBe('huli');
    expect(proposeServiceKind('失能老年人护理补贴发放', kinds)).toBe('huli');
    expect(proposeServiceKind('流浪乞讨救助', kinds)).toBeNull();
  });

  it('lists the kinds a text names, in order of first mention', () => {
    expect(
      mentionedServices('整合低保、特困、高龄津贴等政策，建立护理补贴制度，落实特困人员集中供养。', kinds),
    ).toEqual(['gaoling', 'huli', 'jizhong']);
  });

  it('tags leaves of the outline: tasks and sections with no parts below', () => {
    const e = (anchor: string, level: number, kind: 'section' | 'task' | 'appendix' = 'section') => ({
      anchor,
      level,
      kind,
      title: anchor,
      presence: 'present' as const,
    });
    expect(
      taggableUnits([
        e('section-1', 1),
        e('section-2', 1),
        e('section-2-1', 2),
        e('task-1', 3, 'task'),
        e('section-2-2', 2),
        e('appendix', 1, 'appendix'),
      ]).map((u) => u.anchor),
    ).toEqual(['section-1', 'task-1', 'section-2-2']);
  });
});
