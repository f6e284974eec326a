import { describe, expect, it } from 'vitest';
import { isPortalBlockByItself, parsePortalLine } from './portal.ts';

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
  it('reads labels padded with no-break spaces, and two pairs apart by a run of spaces', () => {
    expect(parsePortalLine('索\u00a0\u00a0引\u00a0\u00a0号：　000014349/2024-12345')).toEqual([
      { field: 'indexNumber', label: '索引号', value: '000014349/2024-12345' },
    ]);
    expect(parsePortalLine('主题分类：　民政　　　　　　　　有\u00a0效\u00a0性：　有效')).toEqual([
      { field: 'topicCategory', label: '主题分类', value: '民政' },
      { field: 'validityStatus', label: '有效性', value: '有效' },
    ]);
  });
  it('knows the labels of 政府信息公开 blocks', () => {
    const fields = (line: string) => parsePortalLine(line)?.map((p) => `${p.label}→${p.field}`);
    expect(fields('发布机构：　通山县民政局　　　　生成日期：　2024-04-02')).toEqual([
      '发布机构→issuer',
      '生成日期→dateSigned',
    ]);
    expect(fields('名　　称：　通山县2024年老年助餐服务工作实施方案')).toEqual(['名称→title']);
    expect(
      fields('信息索引号：011043-2024-00012　　公开目录：政策文件　　公开方式：主动公开　　公开范围：面向社会'),
    ).toEqual(['信息索引号→indexNumber', '公开目录→ignored', '公开方式→ignored', '公开范围→ignored']);
    expect(fields('文件编号：冶民发〔2024〕4号　所属机构：大冶市民政局　时效：有效')).toEqual([
      '文件编号→documentNumber',
      '所属机构→issuer',
      '时效→validityStatus',
    ]);
    expect(fields('生效日期：2024-01-01　失效日期：2028-12-31　印发日期：2023-12-29')).toEqual([
      '生效日期→effective',
      '失效日期→validUntil',
      '印发日期→datePrinted',
    ]);
  });
  it('keeps a label it does not know apart from the value before it', () => {
    expect(parsePortalLine('发布机构：通山县民政局　　录入时间：2024-04-02')).toEqual([
      { field: 'issuer', label: '发布机构', value: '通山县民政局' },
      { field: 'unknown', label: '录入时间', value: '2024-04-02' },
    ]);
  });
  it('leaves the toolbar on the line out of every value', () => {
    expect(parsePortalLine('时间：2022-11-30 15:02　来源：大冶市民政局　[打印] [关闭]')).toEqual([
      { field: 'datePublished', label: '时间', value: '2022-11-30 15:02' },
      { field: 'source', label: '来源', value: '大冶市民政局' },
    ]);
    expect(parsePortalLine('发布时间：2024-04-08　作者：办公室　【大 中 小】　打印本页')).toEqual([
      { field: 'datePublished', label: '发布时间', value: '2024-04-08' },
      { field: 'ignored', label: '作者', value: '办公室' },
    ]);
    // 字号：大 中 小 is the font-size widget, not a 文号 — also when the page's <span>s ran it together.
    for (const line of ['发布日期：2024-01-22 字号：大 中 小 打印', '发布日期：2024-01-22字号：大中小打印'])
      expect(parsePortalLine(line)).toEqual([{ field: 'datePublished', label: '发布日期', value: '2024-01-22' }]);
    expect(parsePortalLine('发布日期：2024-01-22来源：市民政局')?.map((p) => p.value)).toEqual([
      '2024-01-22',
      '市民政局',
    ]);
    expect(parsePortalLine('标题：关于支持大中小型养老机构发展的通知')?.[0]?.value).toBe(
      '关于支持大中小型养老机构发展的通知',
    );
  });
  it('tells a line that is surely the portal’s from a lone pair of ordinary words', () => {
    const sure = (line: string) => isPortalBlockByItself(parsePortalLine(line)!);
    expect(sure('索引号：123')).toBe(true);
    expect(sure('日期:2025-07-18 来源:自治区党委')).toBe(true);
    expect(sure('时间：2022-11-30 15:02')).toBe(true);
    expect(sure('时间：2024年10月1日')).toBe(false);
    expect(sure('名称：某县实施方案')).toBe(false);
    expect(sure('来源：县民政局')).toBe(false);
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
