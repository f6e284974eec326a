import { describe, expect, it } from 'vitest';
import { joinTitleLines } from './head.ts';
import { ingestText } from './index.ts';
import { ownTitlesIn, readNotice, readTitleBlock } from './notice.ts';

const lines = (...texts: string[]) => texts.map((text, i) => ({ line: i + 1, raw: text, text }));

describe('readTitleBlock', () => {
  it('reads the 版头, a title over two lines and the 主送 line', () => {
    const block = readTitleBlock(
      lines(
        '某市人民政府文件',
        '某政发〔2024〕7号　　签发人：周某',
        '某市人民政府',
        '关于加快养老服务发展的实施意见',
        '各县（市、区）人民政府：',
        '为……，提出如下意见。',
      ),
      0,
      true,
    );
    expect(block.titleLines.map((l) => l.text)).toEqual(['某市人民政府', '关于加快养老服务发展的实施意见']);
    expect(block.printed).toEqual({
      issuerMark: '某市人民政府文件',
      documentNumber: '某政发〔2024〕7号',
      signer: '周某',
      addressees: '各县（市、区）人民政府',
    });
    expect(block.next).toBe(5);
  });
  it('an office printed alone over the 文号 is the 发文机关标志', () => {
    const block = readTitleBlock(
      lines('某市民政局', '某民发〔2023〕5号', '关于做好高龄津贴发放工作的通知', '正文。'),
      0,
      true,
    );
    expect(block.printed).toMatchObject({ issuerMark: '某市民政局', documentNumber: '某民发〔2023〕5号' });
    expect(block.titleLines.map((l) => l.text)).toEqual(['关于做好高龄津贴发放工作的通知']);
  });
  it('a status line and a date line under the title are not the title', () => {
    const block = readTitleBlock(
      lines('某县实施方案', '（征求意见稿）', '（2023年5月1日）', '为……制定本方案。'),
      0,
      true,
    );
    expect(block.titleLines).toHaveLength(1);
    expect(block.statusLine?.text).toBe('（征求意见稿）');
    expect(block.dateLine?.text).toBe('（2023年5月1日）');
  });
});

describe('readNotice', () => {
  const notice = (...texts: string[]) => {
    const l = lines(...texts);
    return readNotice(l, readTitleBlock(l, 0, true));
  };
  it('ends after its signature, date and 附注; the document’s repeated title is not the notice’s', () => {
    const n = notice(
      '关于印发《某市实施方案》的通知',
      '各区人民政府：',
      '《某市实施方案》已经市政府同意，现印发给你们。',
      '某市人民政府办公室',
      '2023年4月11日',
      '（此件公开发布）',
      '某市实施方案',
      '一、总体要求',
    );
    expect(n).toMatchObject({ innerTitle: '某市实施方案', next: 6 });
    expect(n?.printed).toMatchObject({
      signers: ['某市人民政府办公室'],
      dateSigned: '2023-04-11',
      annotations: ['（此件公开发布）'],
      addressees: '各区人民政府',
    });
  });
  it('takes the title without 书名号 and the office before 关于', () => {
    const n = notice(
      '某市人民政府办公室关于印发某市推进基本养老服务体系建设的实施方案的通知',
      '各县：',
      '现印发给你们。',
      '2023年4月11日',
      '一、目标',
    );
    expect(n?.innerTitle).toBe('某市推进基本养老服务体系建设的实施方案');
    expect(n?.printed.titleIssuer).toBe('某市人民政府办公室');
  });
  it('includes the 附件 label that introduces the document', () => {
    const n = notice(
      '关于印发《某县方案》的通知',
      '附件：某县方案',
      '某县人民政府办公室',
      '2023年10月8日',
      '附件',
      '某县方案',
      '一、目标',
    );
    expect(n?.printed.attachments).toEqual(['某县方案']);
    expect(n?.next).toBe(5);
  });
  it('is none for a title that publishes nothing, or a notice that never ends', () => {
    expect(notice('关于做好高龄津贴发放工作的通知', '各县：', '正文。')).toBeNull();
    expect(notice('关于印发《某县方案》的通知', '各县：', '正文。')).toBeNull();
  });
});

describe('a notice whose end is not found', () => {
  it('is read as one text, and what it publishes is still not what it implements', () => {
    const raw =
      '关于印发《某县方案》的通知\n各乡镇：\n根据《某省意见》，《某县方案》已经县政府同意，现印发给你们。\n请遵照执行。\n';
    const r = ingestText({ file: 'x.txt', region: 'x', document: 'x-y' }, Buffer.from(raw));
    const fm = r.files.get('documents/x-y.mdx')!;
    expect(fm).toContain('title: "关于印发《某县方案》的通知"');
    expect(fm).toContain('implements:\n  - title: "某省意见"\n    number: "未注明"\ntargetYears: []');
    expect(r.notes.map((n) => n.line)).toContain(1);
  });
});

describe('ownTitlesIn', () => {
  it('names what a title publishes or asks comments on, not what it implements', () => {
    expect(ownTitlesIn('关于印发《某县方案》的通知')).toEqual(['某县方案']);
    // The draft's title, and as the notice cites it, with its status.
    expect(ownTitlesIn('关于公开征求《某市养老服务条例（征求意见稿）》意见的公告')).toEqual([
      '某市养老服务条例',
      '某市养老服务条例（征求意见稿）',
    ]);
    expect(ownTitlesIn('关于贯彻落实《国务院关于加强老龄工作的意见》的实施意见')).toEqual([]);
  });
});

describe('a consultation notice (征求意见的公告)', () => {
  const raw = [
    '关于公开征求《某县居家养老服务补贴办法（征求意见稿）》意见的公告',
    '　　现将《某县居家养老服务补贴办法（征求意见稿）》全文公布，公开征求意见。请于2024年8月30日前通过以下方式反馈：',
    '　　1.电子邮件：mzj@example.cn；',
    '　　2.信函：某县民政局养老服务股。',
    '某县民政局',
    '2024年8月15日',
    '某县居家养老服务补贴办法',
    '（征求意见稿）',
    '　　一、补贴对象',
    '　　本县户籍80周岁及以上老年人。',
    '　　二、补贴标准',
    '　　每人每月100元。本办法自印发之日起施行。',
    '',
  ].join('\n');

  it('is the notice of the draft it prints: the draft is the document, the notice its wrapper', () => {
    const r = ingestText({ file: 'x.txt', region: 'x', document: 'x-y' }, Buffer.from(raw));
    expect(r.problems).toEqual([]);
    const fm = r.files.get('documents/x-y.mdx')!;
    expect(fm).toContain('title: "某县居家养老服务补贴办法"');
    expect(fm).toContain('status: "征求意见稿"');
    expect(fm).toContain('noticeTitle: "关于公开征求《某县居家养老服务补贴办法（征求意见稿）》意见的公告"');
    // The notice's date is when the draft was published for comments; a draft has no 印发 date yet.
    expect(fm).toContain('dateSigned: "未注明"');
    expect(fm).toContain('datePublished: "2024-08-15"');
    expect(fm).toContain('effective:\n  date: "未注明"');
    // Its numbered points (1. 2.) are the notice's, not the draft's tasks.
    expect(fm).toMatch(/outline:\n {2}- anchor: "section-1"/u);
    expect(fm).not.toContain('anchor: "task-1"');
  });
});

describe('joinTitleLines', () => {
  it('joins a wrapped title without a gap, but keeps joint issuers apart', () => {
    expect(joinTitleLines(['大冶市人民政府办公室关于印发', '《大冶市养老服务', '办法》的通知'])).toBe(
      '大冶市人民政府办公室关于印发《大冶市养老服务办法》的通知',
    );
    expect(
      joinTitleLines(['黄石市医疗保障局 黄石市财政局', '黄石市卫生健康委员会 黄石市民政局', '关于印发《细则》的通知']),
    ).toBe('黄石市医疗保障局 黄石市财政局 黄石市卫生健康委员会 黄石市民政局关于印发《细则》的通知');
  });
});
