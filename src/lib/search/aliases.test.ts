import { describe, expect, it } from 'vitest';
import type { AliasGroup } from '../../model/site-data.ts';
import { aliasConflicts, aliasesFor } from './aliases.ts';

const groups: AliasGroup[] = [
  { terms: ['高龄津贴', '尊老金'], colloquial: ['老人补贴'], note: 'n' },
  { terms: ['公共交通工具', '公交'], colloquial: ['坐车'], note: 'n' },
];

describe('aliasesFor', () => {
  it('adds the other terms and the colloquial words of every group the text names', () => {
    expect(aliasesFor('按户籍所在地确定标准发放高龄津贴。', groups)).toEqual(['尊老金', '老人补贴']);
    expect(aliasesFor('免费乘坐城市公共交通工具。', groups)).toEqual(['公交', '坐车']);
  });
  it('never repeats a word the text has, and a colloquial word alone triggers nothing', () => {
    expect(aliasesFor('尊老金和高龄津贴', groups)).toEqual(['老人补贴']);
    expect(aliasesFor('坐车去医院', groups)).toEqual([]);
  });
});

describe('aliasConflicts', () => {
  it('reports a wording in two groups and a wording twice in one', () => {
    expect(aliasConflicts([...groups, { terms: ['公交', '巴士'], colloquial: ['巴士'], note: 'n' }])).toEqual([
      '2: "公交" is also in group 1 — merge the two groups or drop the word from one',
      '2: "巴士" is listed twice in this group — keep one',
    ]);
  });
  it('accepts the committed vocabulary shape without conflicts', () => {
    expect(aliasConflicts(groups)).toEqual([]);
  });
});
