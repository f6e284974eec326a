import { describe, expect, it } from 'vitest';
import {
  addresseeLine,
  attachmentNoteAt,
  imprintLine,
  isAnnotation,
  isStatusLine,
  issuerMark,
  numberLine,
  orgNames,
  signatureAt,
  statusOf,
} from './head.ts';

const lines = (...texts: string[]) => texts.map((text, i) => ({ line: i + 1, raw: text, text }));

describe('the 版头', () => {
  it('发文机关标志: one or more offices, then 文件', () => {
    expect(issuerMark('某市人民政府办公室文件')).toEqual(['某市人民政府办公室']);
    expect(issuerMark('中共某市委办公室　某市人民政府办公室文件')).toEqual(['中共某市委办公室', '某市人民政府办公室']);
    expect(issuerMark('关于印发有关文件')).toBeNull();
  });
  it('发文字号 in every kind of bracket, with 签发人 on its line or alone', () => {
    expect(numberLine('某政办发〔2023〕12号')).toEqual({ documentNumber: '某政办发〔2023〕12号' });
    for (const n of [
      '某政发[2023]12号',
      '某政发［2023］12号',
      '某政发【2023】12号',
      '某政发(2023)12号',
      '某政发（2023）12号',
      '某政发﹝2023﹞12号',
    ])
      expect(numberLine(n)?.documentNumber).toBe(n);
    expect(numberLine('某政发〔2023〕12号　　　　签发人：张三')).toEqual({
      documentNumber: '某政发〔2023〕12号',
      signer: '张三',
    });
    expect(numberLine('签发人：李四')).toEqual({ signer: '李四' });
    expect(numberLine('（某政办发〔2023〕12号）')).toEqual({ documentNumber: '某政办发〔2023〕12号' });
    expect(numberLine('根据某政办发〔2023〕12号文件精神')).toBeNull();
  });
  it('a 令 in the 版头: its mark and its number', () => {
    expect(issuerMark('某市人民政府令')).toEqual(['某市人民政府']);
    expect(numberLine('第12号')).toEqual({ documentNumber: '第12号' });
    expect(numberLine('（某市人民政府令第12号）')).toEqual({ documentNumber: '某市人民政府令第12号' });
    expect(numberLine('某省人民代表大会常务委员会公告（第3号）')).toEqual({
      documentNumber: '某省人民代表大会常务委员会公告（第3号）',
    });
    expect(numberLine('第12号文件')).toBeNull();
  });
  it('主送机关 ends with a colon and names addressees', () => {
    expect(addresseeLine('各县（市、区）人民政府，市政府各部门：')).toBe('各县（市、区）人民政府，市政府各部门');
    expect(addresseeLine('市直各委、办、局:')).toBe('市直各委、办、局');
    expect(addresseeLine('现将有关事项通知如下：')).toBeNull();
    expect(addresseeLine('具体要求：')).toBeNull();
  });
  it('status lines and the status they give', () => {
    expect(
      ['（征求意见稿）', '(送审稿)', '（草案）', '（试行）', '（修订）', '（2024年版）', '（2023年修订版）'].every(
        isStatusLine,
      ),
    ).toBe(true);
    expect(isStatusLine('（此件公开发布）')).toBe(false);
    expect(statusOf('（征求意见稿）')).toBe('征求意见稿');
    expect(statusOf('某市实施方案（送审稿）')).toBe('送审稿');
    expect(statusOf('（草案）')).toBe('草案');
    expect(statusOf('（讨论稿）')).toBe('草案');
    expect(statusOf('（试行）')).toBe('试行');
    expect(statusOf('某县困难老年人探访关爱服务实施办法（试行）')).toBe('试行');
    expect(statusOf('（试行）某市办法（征求意见稿）')).toBe('征求意见稿');
    expect(statusOf('关于试行长期护理保险制度的通知')).toBe('现行有效');
    expect(statusOf('（暂行）')).toBe('现行有效');
    expect(statusOf('（2024年版）')).toBe('现行有效');
    expect(statusOf('（2023年修订版）')).toBe('现行有效');
  });
});

describe('the signature, 附件说明, 附注 and 版记', () => {
  it('offices over a date, or on one line with it', () => {
    expect(signatureAt(lines('某市人民政府办公室', '2023年4月11日'), 0)).toEqual({
      start: 0,
      end: 1,
      issuers: ['某市人民政府办公室'],
      date: '2023-04-11',
    });
    expect(signatureAt(lines('某市民政局', '某市财政局', '二〇二三年十一月二十日'), 0)?.issuers).toEqual([
      '某市民政局',
      '某市财政局',
    ]);
    expect(signatureAt(lines('某市民政局　　某市财政局', '2023年11月20日'), 0)?.issuers).toEqual([
      '某市民政局',
      '某市财政局',
    ]);
    expect(signatureAt(lines('某市民政局　　2023年11月20日'), 0)?.date).toBe('2023-11-20');
    expect(signatureAt(lines('某市基本养老服务体系建设领导小组', '成员名单'), 0)).toBeNull();
    expect(signatureAt(lines('三、保障措施', '2023年4月11日'), 0)).toBeNull();
  });
  it('names of offices, not headings', () => {
    expect(orgNames('中共某市委　某市人民政府')).toEqual(['中共某市委', '某市人民政府']);
    expect(orgNames('保障措施')).toBeNull();
    expect(orgNames('各县、市、区人民政府')).toBeNull();
  });
  it('附件说明 only when a signature or date follows', () => {
    const note = lines('附件：1.某市实施方案', '2.某市基本养老服务清单', '某市人民政府办公室', '2023年7月3日');
    expect(attachmentNoteAt(note, 0)).toEqual({ end: 1, titles: ['1.某市实施方案', '2.某市基本养老服务清单'] });
    expect(attachmentNoteAt(lines('附件:某市基本养老服务清单', '备注:1—12项为普惠服务项目'), 0)).toBeNull();
  });
  it('附注 is a whole bracket that is no responsibility, number or status', () => {
    expect(isAnnotation('（此件公开发布）')).toBe(true);
    expect(isAnnotation('(联系人：张三，电话：1234567)')).toBe(true);
    expect(isAnnotation('（责任单位：市民政局）')).toBe(false);
    expect(isAnnotation('（一）加强组织领导（市民政局负责）')).toBe(false);
    expect(isAnnotation('（试行）')).toBe(false);
  });
  it('版记: 抄送 and 印发机关和印发日期', () => {
    expect(imprintLine('抄送：市委各部门，市人大常委会办公室。')).toEqual({
      copiedTo: '市委各部门，市人大常委会办公室。',
    });
    expect(imprintLine('某市人民政府办公室　　　　2023年4月12日印发')).toEqual({
      printedBy: '某市人民政府办公室',
      datePrinted: '2023-04-12',
    });
    expect(imprintLine('2023年4月12日印发')).toEqual({ datePrinted: '2023-04-12' });
    expect(imprintLine('现将方案印发')).toBeNull();
  });
});
