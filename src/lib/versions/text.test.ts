import { describe, expect, it } from 'vitest';
import { documentParts, splitSentences, unescapeMdx } from './text.ts';

const kinds = new Map([
  ['section-1', 'section' as const],
  ['task-1', 'task' as const],
  ['appendix-2', 'appendix' as const],
  ['annex-1', 'appendix' as const],
]);

describe('documentParts', () => {
  it('reads headings, blocks, paragraphs and table rows of an ingested body, verbatim', () => {
    const body = [
      '<Preamble anchor="preamble">',
      '为了\\{规范\\}管理，制定本方案。',
      '</Preamble>',
      '<Heading anchor="section-1" level="1" presence="present">一、总体要求</Heading>',
      '<Heading anchor="task-1" level="2" presence="present">1\\.开展评估。</Heading>',
      '&lt;b&gt;不是标签&#34;引号&#34;。第二句；第三句',
      '<Appendix anchor="annex-1" heading="附件1 任务&#34;分工&#34;表" title="任务分工表">',
      '<Table caption="任务分工表">',
      '<TableRow kind="header">',
      '<TableCell kind="header">序号</TableCell>',
      '<TableCell kind="header">任务</TableCell>',
      '</TableRow>',
      '</Table>',
      '</Appendix>',
      '<Appendix anchor="appendix-2" heading="附件2 清单" title="清单" list="x" />',
    ].join('\n\n');
    expect(documentParts(body, kinds)).toEqual([
      { anchor: 'preamble', kind: 'preamble', heading: '', paragraphs: ['为了{规范}管理，制定本方案。'] },
      { anchor: 'section-1', kind: 'section', heading: '一、总体要求', paragraphs: [] },
      {
        anchor: 'task-1',
        kind: 'task',
        heading: '1.开展评估。',
        paragraphs: ['<b&gt;不是标签"引号"。第二句；第三句'],
      },
      { anchor: 'annex-1', kind: 'appendix', heading: '附件1 任务"分工"表', paragraphs: ['序号｜任务'] },
      { anchor: 'appendix-2', kind: 'appendix', heading: '附件2 清单', paragraphs: [] },
    ]);
  });

  it('undoes the escapes in one pass: an escaped ampersand before lt stays text', () => {
    expect(unescapeMdx('\\&lt;')).toBe('&lt;');
    expect(unescapeMdx('&#105;mport 1\\. \\*')).toBe('import 1. *');
  });
});

describe('splitSentences', () => {
  it('ends a sentence after 。；！？ with the closing marks that follow, and keeps a trailing bracket apart', () => {
    expect(splitSentences('到2025年，覆盖率达到60%。建立“五社”联动机制。”第三句；（责任单位：市民政局）')).toEqual([
      '到2025年，覆盖率达到60%。',
      '建立“五社”联动机制。”',
      '第三句；',
      '（责任单位：市民政局）',
    ]);
  });
});
