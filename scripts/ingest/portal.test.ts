import { describe, expect, it } from 'vitest';
import { parsePortalLine } from './portal.ts';

describe('parsePortalLine', () => {
  it('reads a label padded with full-width or ASCII spaces', () => {
    expect(parsePortalLine('文　　号：青政办发〔2023〕18号')).toEqual([
      { field: 'documentNumber', label: '文号', value: '青政办发〔2023〕18号' },
    ]);
    expect(parsePortalLine('索 引 号：11532300MB0000000A/2023-00041')?.[0]).toMatchObject({ field: 'indexNumber' });
  });
  it('reads several labels on one line, the longest label first (发布日期 before 发布)', () => {
    expect(
      parsePortalLine('发文字号：松民发〔2023〕5号　　成文日期：2023年06月02日　　发布日期：2023-06-05 09:30'),
    ).toEqual([
      { field: 'documentNumber', label: '发文字号', value: '松民发〔2023〕5号' },
      { field: 'dateSigned', label: '成文日期', value: '2023年06月02日' },
      { field: 'datePublished', label: '发布日期', value: '2023-06-05 09:30' },
    ]);
  });
  it('reads the seeds’ portal lines', () => {
    expect(parsePortalLine('日期:2025-07-18 来源:自治区党委,自治区人民政府')).toEqual([
      { field: 'datePublished', label: '日期', value: '2025-07-18' },
      { field: 'source', label: '来源', value: '自治区党委,自治区人民政府' },
    ]);
    expect(parsePortalLine('发布:2023-04-11')).toEqual([
      { field: 'datePublished', label: '发布', value: '2023-04-11' },
    ]);
  });
  it.each([
    ['a sentence that starts with a label', '来源：本市统计数据显示，老年人口占比持续上升。'],
    ['a date field whose value is no date', '日期：　　年　　月　　日'],
    ['a line that only partly parses', '主要内容：发布日期：2023-04-18'],
    ['an unknown label', '责任单位：市民政局'],
    ['a label without its colon', '发布日期 2023-04-18'],
  ])('is not metadata: %s', (_, line) => {
    expect(parsePortalLine(line)).toBeNull();
  });
});
