import { describe, expect, it } from 'vitest';
import { commitmentCandidates, holdsCommitments, withoutCitations } from './candidates.ts';
import { uncoveredCandidates } from './coverage.ts';
import { sectionParagraphs } from './sections.ts';

const body = [
  '<Notice anchor="notice">',
  '',
  '2023年4月11日',
  '',
  '</Notice>',
  '<Preamble anchor="preamble">',
  '',
  '根据《省人民政府办公厅印发关于推进基本养老服务体系建设的实施方案的通知》（鄂政办发〔2023〕3号），结合我市实际，制定本实施方案。',
  '',
  '</Preamble>',
  '<Heading anchor="task-5" level="3" presence="present">5\\.完善基本养老服务经费保障机制。</Heading>',
  '',
  '建立基本养老服务经费保障机制，社会福利事业的彩票公益金用于养老服务占比不得低于60%。鼓励社会力量参与。',
  '',
  '<Heading anchor="task-9" level="3" presence="present">9\\.支持普惠养老服务发展。</Heading>',
  '',
  '到2025年，基本建立三级养老服务网络。',
  '',
  '<Appendix anchor="appendix-2" heading="附件2" title="清单">',
  '',
  '1\\.高龄津贴 80周岁及以上',
  '',
  '</Appendix>',
  '<Appendix anchor="appendix-3" heading="附件3" title="分工表">',
  '',
  '<Table caption="分工表">',
  '<TableRow kind="header">',
  '<TableCell kind="header">序号</TableCell>',
  '<TableCell kind="header">工作任务</TableCell>',
  '</TableRow>',
  '<TableRow>',
  '<TableCell>1</TableCell>',
  '<TableCell>签约覆盖率达到75%&#34;以上&#34;</TableCell>',
  '<TableCell></TableCell>',
  '</TableRow>',
  '</Table>',
  '',
  '</Appendix>',
].join('\n');

describe('commitmentCandidates', () => {
  const sections = sectionParagraphs(body);
  const candidates = commitmentCandidates(sections);

  it('reads the MDX body into verbatim paragraphs per anchor', () => {
    expect(sections.get('task-5')).toEqual([
      '建立基本养老服务经费保障机制，社会福利事业的彩票公益金用于养老服务占比不得低于60%。鼓励社会力量参与。',
    ]);
    expect(sections.get('appendix-2')).toEqual(['1.高龄津贴 80周岁及以上']);
  });

  it('reads each cell of an attachment’s table as a paragraph of its own', () => {
    expect(sections.get('appendix-3')).toEqual(['序号', '工作任务', '1', '签约覆盖率达到75%"以上"']);
  });

  it('finds the sentences with a number or a deadline, not the notice, citations or attachments', () => {
    expect(candidates.map((c) => [c.anchor, c.sentence])).toEqual([
      ['task-5', '建立基本养老服务经费保障机制，社会福利事业的彩票公益金用于养老服务占比不得低于60%。'],
      ['task-9', '到2025年，基本建立三级养老服务网络。'],
    ]);
    expect(candidates[0]!.quantities.map((q) => q.text)).toEqual(['不得低于60%']);
    expect(candidates[1]!.deadlines.map((d) => d.year)).toEqual([2025]);
  });

  it('strips titles, document numbers and standard codes before looking for numbers', () => {
    expect(withoutCitations('对照《江苏省家庭养老照护床位建设和服务规范》（DB32/4182-2021），建设运营。')).toBe(
      '对照，建设运营。',
    );
    expect(withoutCitations('根据《通知》（云办发﹝2022﹞67号）精神')).toBe('根据精神');
    expect(holdsCommitments('outline')).toBe(false);
    expect(holdsCommitments('section-2-1')).toBe(true);
  });

  it('counts a sentence as reviewed when a commitment quotes it or a dismissal names it, at that anchor', () => {
    const [lottery, network] = candidates;
    const commitment = {
      metric: 'm',
      anchor: 'task-5',
      sentence: lottery!.sentence,
      quantity: '不得低于60%',
      comparator: '≥' as const,
      value: 60,
      scope: 's',
    };
    expect(uncoveredCandidates(candidates, { commitments: [commitment], dismissed: [] })).toEqual([network]);
    expect(
      uncoveredCandidates(candidates, {
        commitments: [commitment],
        dismissed: [{ anchor: 'task-8', sentence: network!.sentence, reason: 'goal-without-number' }],
      }),
    ).toEqual([network]);
    expect(
      uncoveredCandidates(candidates, {
        commitments: [commitment],
        dismissed: [{ anchor: 'task-9', sentence: network!.sentence, reason: 'goal-without-number' }],
      }),
    ).toEqual([]);
  });
});
