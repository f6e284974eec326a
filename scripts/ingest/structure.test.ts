import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cleanSource } from './clean.ts';
import { parseServiceTable } from './service-table.ts';
import { parseDocument, walk } from './structure.ts';

const seed = (name: string) => readFileSync(`content/sources/${name}`, 'utf8');
const parsed = (name: string) => parseDocument(cleanSource(seed(name)).lines);

describe('cleanSource', () => {
  it('drops the 宁夏 portal chrome and reads its date and source', () => {
    const c = cleanSource(seed('004_199a7331c4598017.txt'));
    expect(c.dropped.map((d) => d.reason)).toEqual([
      'portal-site-title',
      'image-placeholder',
      'breadcrumb',
      'portal-metadata',
      'portal-footer',
      'portal-footer',
      'portal-footer',
      'portal-footer',
      'portal-footer',
    ]);
    expect(c.portal).toEqual([
      { field: 'datePublished', label: '日期', value: '2025-07-18', line: 6 },
      { field: 'source', label: '来源', value: '自治区党委,自治区人民政府', line: 6 },
    ]);
    expect(c.lines.some((l) => l.text === '(此件公开发布)')).toBe(true);
  });
  it('drops the 保山 related links and separator, keeps the notice', () => {
    const c = cleanSource(seed('000_5ae48a146704810a.txt'));
    expect(c.dropped.map((d) => [d.line, d.reason])).toEqual([
      [18, 'separator'],
      [164, 'related-links'],
      [166, 'related-links'],
      [168, 'portal-metadata'],
    ]);
    expect(c.lines[0]!.text).toBe('关于印发《保山市推进基本养老服务体系建设实施方案》的通知');
  });
  it('reads a lone 时间：/名称： line as the portal’s only in its block, at the top or below the related links', () => {
    const top = cleanSource('名称：某县实施方案\n索引号：123\n某县实施方案\n一、目标\n到2025年建成。\n');
    expect(top.portal.map((p) => [p.label, p.line])).toEqual([
      ['名称', 1],
      ['索引号', 2],
    ]);
    const body = cleanSource('某县敬老月活动方案\n一、活动时间\n时间：2024年10月1日\n地点：县老年活动中心\n');
    expect(body.portal).toEqual([]);
    expect(body.lines.map((l) => l.text)).toContain('时间：2024年10月1日');
  });
  it('drops the editors’ credit, a download box and the printer’s （此页无正文）, each with its reason', () => {
    const c = cleanSource(
      '某县实施方案\n一、目标\n到2025年建成。\n（此页无正文）\n某县民政局\n2024年1月2日\n附件下载：\n统计表.doc\n（责任编辑：李某某）\n编辑：张三　审核：李四\n',
    );
    expect(c.dropped.map((d) => [d.line, d.reason])).toEqual([
      [4, 'printing-artefact'],
      [7, 'page-chrome'],
      [8, 'page-chrome'],
      [9, 'page-chrome'],
      [10, 'page-chrome'],
    ]);
    // A step of a procedure is text, not an editor's credit.
    expect(cleanSource('某县办法\n审核：乡镇人民政府\n').dropped).toEqual([]);
  });
  it('removes the Word bookmark but keeps the rest of its line', () => {
    const c = cleanSource('标题\n[bookmark: _GoBack]1.健全制度。正文。\n');
    expect(c.dropped).toEqual([{ line: 2, text: '[bookmark: _GoBack]', reason: 'word-artefact' }]);
    expect(c.lines[1]!.text).toBe('1.健全制度。正文。');
  });
});

describe('a text without a title', () => {
  it('names the line where the title was expected, after the 版头', () => {
    const d = parseDocument(
      cleanSource('某市人民政府办公室文件\n某政办发〔2023〕1号\n一、目标\n到2025年建成。\n').lines,
    );
    expect(d.title).toBe('');
    expect(d.noTitleAt).toEqual({ text: '一、目标', line: 3 });
  });
});

describe('parseDocument on the seeds', () => {
  it('保山: notice, 20 tasks in 4 groups, (牵头单位…) on each', () => {
    const d = parsed('000_5ae48a146704810a.txt');
    expect(d.notice?.printed).toMatchObject({
      signers: ['保山市人民政府办公室'],
      dateSigned: '2023-04-11',
      addressees: '各县(市、区)人民政府,市直各委、办、局',
    });
    expect(d.notice?.innerTitle).toBe('保山市推进基本养老服务体系建设实施方案');
    expect(d.title).toBe('保山市推进基本养老服务体系建设实施方案');
    const tasks = [...walk(d.sections)].filter((n) => n.level === 3);
    expect(tasks.map((t) => t.anchor)).toEqual(Array.from({ length: 20 }, (_, i) => `task-${i + 1}`));
    expect(tasks.every((t) => t.responsibility && t.responsibility.lead.length > 0)).toBe(true);
    expect(d.sections[1]!.children.map((g) => g.anchor)).toEqual([
      'section-2-1',
      'section-2-2',
      'section-2-3',
      'section-2-4',
    ]);
    expect(d.appendices.map((a) => a.headingLines)).toEqual([['附件:保山市基本养老服务清单']]);
  });
  it('大冶: title over two lines, 送审稿, 12 tasks, member list and 附件2', () => {
    const d = parsed('001_602c48758aff2cce.txt');
    expect(d.title).toBe('大冶市推进基本养老服务体系建设的实施方案');
    expect(d.status).toBe('送审稿');
    expect([...walk(d.sections)].filter((n) => n.level === 3)).toHaveLength(12);
    expect(d.appendices.map((a) => [a.anchor, a.label])).toEqual([
      ['annex-1', ''],
      ['appendix-2', '附件2'],
    ]);
  });
  it('平凉: reads its own outline, marks task 12 truncated and the rest missing', () => {
    const d = parsed('002_4e7c8c770b35bd19.txt');
    expect(d.outline).toHaveLength(34);
    const nodes = [...walk(d.sections)];
    expect(nodes.find((n) => n.anchor === 'task-12')).toMatchObject({
      presence: 'truncated',
      outlineHeading: '争取扩大普惠性服务供给',
    });
    const missing = nodes.filter((n) => n.presence === 'missing').map((n) => n.anchor);
    expect(missing).toContain('task-23');
    expect(missing).toContain('section-3');
    expect(missing.filter((a) => a.startsWith('task-'))).toHaveLength(11);
  });
  it('南通: 征求意见稿, 15 tasks in 5 groups', () => {
    const d = parsed('003_aa4559bf84d04fce.txt');
    expect(d.status).toBe('征求意见稿');
    expect(d.sections[1]!.children).toHaveLength(5);
    expect([...walk(d.sections)].filter((n) => n.level === 3)).toHaveLength(15);
  });
  it('宁夏: (一)…(十五) across sections, the closing paragraph stays with 六', () => {
    const d = parsed('004_199a7331c4598017.txt');
    const items = [...walk(d.sections)].filter((n) => n.level === 2);
    expect(items.map((n) => n.ordinal)).toEqual(Array.from({ length: 15 }, (_, i) => i + 1));
    expect(d.sections[5]!.closing[0]!.text).toMatch(/^健全党委领导/u);
    expect(d.endMatter).toEqual([{ text: '(此件公开发布)', line: 61 }]);
    expect(d.printed.annotations).toEqual(['(此件公开发布)']);
    expect(d.dateSigned).toBe('2025-07-11');
  });
  it('reports a misnumbered task with its line instead of guessing', () => {
    const d = parseDocument(cleanSource('标题\n一、任务\n1.甲。正文。\n3.丙。正文。\n').lines);
    expect(d.problems).toEqual([{ line: 4, message: 'task number 3. follows 1: one is missing or misnumbered' }]);
  });
});

describe('parseServiceTable on the 大冶 list', () => {
  const d = parsed('001_602c48758aff2cce.txt');
  const table = parseServiceTable(d.appendices[1]!.lines);
  it('joins cells broken across lines into 27 rows of 6 cells', () => {
    expect(table.problems).toEqual([]);
    expect(table.header).toEqual(['序号', '服务项目', '服务内容及标准', '服务对象', '服务类型', '牵头责任部门']);
    expect(table.rows).toHaveLength(27);
    expect(table.rows.map((r) => Number(r.cells[0]))).toEqual(Array.from({ length: 27 }, (_, i) => i + 1));
    expect(table.rows[1]!.cells[1]).toBe('城乡居民基本养老保险');
    expect(table.rows[7]!.cells[5]).toBe('市交通运输局');
    expect(table.rows[11]!.departments).toEqual(['市法院', '市司法局']);
    expect(new Set(table.rows.map((r) => r.cells[4]))).toEqual(new Set(['物质帮助', '照护服务', '关爱服务']));
  });
  it('reports a row that lost a cell, at the line where the rows stop lining up', () => {
    const lines = [
      { line: 1, raw: '\t序号', text: '序号' },
      { line: 2, raw: '\t名称', text: '名称' },
      { line: 3, raw: '\t1', text: '1' },
      { line: 4, raw: '\t2', text: '2' },
      { line: 5, raw: '\t乙', text: '乙' },
    ];
    expect(parseServiceTable(lines).problems).toEqual([
      { line: 5, message: 'a row should start with its number, found “乙”' },
      { line: 5, message: 'row has 1 cells, the header has 2' },
    ]);
  });
});

describe('the truncation rule: evidence, never appearance', () => {
  const parse = (text: string) => parseDocument(cleanSource(text).lines);
  const truncated = (text: string) => [...walk(parse(text).sections)].filter((n) => n.presence === 'truncated');

  it('平凉: the text stops inside task 12, and the note names the line', () => {
    const d = parsed('002_4e7c8c770b35bd19.txt');
    expect(d.notes).toContainEqual({
      line: 53,
      message: 'the text breaks off inside 12.: it ends “…争取扩” without a closing mark',
    });
  });
  it('a sentence cut mid-way at the end of the source', () => {
    expect(truncated('标题\n一、任务\n1.甲。正文。\n2.乙。支持县职业中学开设\n').map((n) => n.number)).toEqual(['2.']);
  });
  it.each([
    ['a bracket followed by full-width spaces', '标题\n一、任务\n1.甲。正文。（责任单位：市民政局）　　\n'],
    ['a bracket without a final 。', '标题\n一、任务\n1.甲。正文（市民政局负责）\n'],
    ['a closing clause without 。', '标题\n一、任务\n1.甲。正文。\n本方案自印发之日起施行\n'],
    ['a signature and date after the text', '标题\n一、任务\n1.甲。正文，\n某县民政局\n2023年6月2日\n'],
    ['an attachment after the text', '标题\n一、任务\n1.甲。正文\n附件\n某县清单\n'],
    ['a quotation mark', '标题\n一、任务\n1.甲。建设“15分钟养老服务圈”\n'],
  ])('not for %s', (_, text) => {
    expect(truncated(text)).toEqual([]);
  });
});

describe('parseDocument on other layouts', () => {
  const parse = (text: string) => parseDocument(cleanSource(text).lines);
  it('第一章 / 第一条: the articles are the units, what is numbered inside them is their text', () => {
    const d = parse(
      '某办法\n第一章　总则\n第一条　为了……，制定本办法。\n第二条　补贴对象：\n（一）低保老年人；\n（二）特困人员。\n第二章　附则\n第三条　本办法自2024年1月1日起施行。\n',
    );
    expect([...walk(d.sections)].map((n) => [n.anchor, n.level])).toEqual([
      ['chapter-1', 1],
      ['article-1', 2],
      ['article-2', 2],
      ['chapter-2', 1],
      ['article-3', 2],
    ]);
    expect(d.sections[0]!.children[1]!.body.map((p) => p.text)).toEqual([
      '补贴对象：',
      '（一）低保老年人；',
      '（二）特困人员。',
    ]);
  });
  it('tasks without parts above them stand at the top', () => {
    const d = parse('某县工作要点\n1.加强领导。正文。\n2.落实责任。正文。\n');
    expect(d.problems).toEqual([]);
    expect(d.sections.map((n) => [n.anchor, n.level])).toEqual([
      ['task-1', 1],
      ['task-2', 1],
    ]);
  });
  it('reports a number that repeats an earlier part instead of writing two equal anchors', () => {
    const d = parse('标题\n一、甲\n（一）乙。正文。\n（一）丙。正文。\n');
    expect(d.problems).toEqual([
      { line: 4, message: '（一） repeats the numbering of an earlier part (anchor section-1-1): check the numbers' },
    ]);
  });
});

describe('cleanSource keeps table cells', () => {
  it('a tab-started cell that reads like a portal label or a tool-bar word stays in the text', () => {
    const c = cleanSource('标题\n\t日期：2023-05-01\n\t中\n日期：2023-05-02\n');
    expect(c.lines.map((l) => l.raw)).toEqual(['标题', '\t日期：2023-05-01', '\t中']);
    expect(c.dropped).toEqual([{ line: 4, text: '日期：2023-05-02', reason: 'portal-metadata' }]);
  });
});
