import { describe, expect, it } from 'vitest';
import { cleanSource } from './clean.ts';
import type { Problem } from './problem.ts';
import { resolveFacts } from './facts.ts';
import { parseDocument } from './structure.ts';

function facts(text: string) {
  const cleaned = cleanSource(text);
  const notes: Problem[] = [];
  return { ...resolveFacts(parseDocument(cleaned.lines), cleaned.portal, notes), notes };
}

describe('resolveFacts', () => {
  it('fills what the text does not print from the portal block', () => {
    const { meta, stated } = facts(
      '发文机关：某县民政局\n文号：某民发〔2023〕5号\n成文日期：2023年6月2日\n发布日期：2023-06-05\n某县实施方案\n一、目标\n到2025年建成。\n',
    );
    expect(meta).toEqual({
      issuer: '某县民政局',
      documentNumber: '某民发〔2023〕5号',
      dateSigned: '2023-06-02',
      datePublished: '2023-06-05',
    });
    expect(stated).toEqual({});
  });
  it('keeps the text’s word where the portal disagrees, and notes the line', () => {
    const { meta, notes } = facts(
      '成文日期：2023年6月3日\n某县实施方案\n一、目标\n到2025年建成。\n某县民政局\n2023年6月2日\n',
    );
    expect(meta.dateSigned).toBe('2023-06-02');
    expect(notes).toEqual([
      {
        line: 1,
        message: "the portal's 成文日期 “2023年6月3日” differs from the text's “2023-06-02”: the text's is kept",
      },
    ]);
  });
  it('自印发之日起施行 takes effect on the 印发日期 of the 版记 when printed, else on the 成文日期', () => {
    const signed = facts('某县实施方案\n一、目标\n本方案自印发之日起施行。\n某县民政局\n2023年6月2日\n');
    expect(signed.stated.effective).toEqual({ date: '2023-06-02', clause: '本方案自印发之日起施行。' });
    const printed = facts(
      '某县实施方案\n一、目标\n本方案自印发之日起施行。\n某县民政局\n2023年6月2日\n某县民政局办公室　　2023年6月5日印发\n',
    );
    expect(printed.stated).toMatchObject({
      effective: { date: '2023-06-05' },
      datePrinted: '2023-06-05',
      printedBy: '某县民政局办公室',
    });
    const unstated = facts('某县实施方案\n一、目标\n本方案自印发之日起施行。\n');
    expect(unstated.stated.effective).toEqual({ date: '未注明', clause: '本方案自印发之日起施行。' });
  });
  it('a portal’s 生效时间 and 失效时间 when the text has no clause', () => {
    const { stated } = facts(
      '生效时间：2023-07-01\n失效时间：2025-06-30\n有效性：有效\n某县实施方案\n一、目标\n到2025年建成。\n',
    );
    expect(stated).toEqual({
      effective: { date: '2023-07-01', clause: '生效时间：2023-07-01' },
      validity: { until: '2025-06-30', clause: '失效时间：2025-06-30' },
      validityStatus: '有效',
    });
  });
  it('a 规章’s 题注: issuer and number of its 令, adopted (成文日期), promulgated (发布日期), in force', () => {
    const { meta, stated } = facts(
      '某市养老服务办法\n（2023年11月20日市人民政府第38次常务会议审议通过　2023年12月5日某市人民政府令第12号公布　自2024年3月1日起施行）\n第一条　为了促进养老服务发展，制定本办法。\n',
    );
    expect(meta).toEqual({
      issuer: '某市人民政府',
      documentNumber: '某市人民政府令第12号',
      dateSigned: '2023-11-20',
      datePublished: '2023-12-05',
    });
    expect(stated.effective).toEqual({ date: '2024-03-01', clause: '自2024年3月1日起施行' });
  });
  it('notes a portal label it does not know, and reads a portal’s 印发日期', () => {
    const { stated, notes } = facts(
      '发布机构：某县民政局　　录入时间：2024-04-02\n印发日期：2023-06-05\n某县实施方案\n一、目标\n到2025年建成。\n',
    );
    expect(stated.datePrinted).toBe('2023-06-05');
    expect(notes.map((n) => n.line)).toEqual([1]);
    expect(notes[0]!.message).toContain('“录入时间：2024-04-02”');
  });
  it('the issuer from the 发文机关标志, or from the office a title names before 关于', () => {
    expect(facts('某市人民政府办公室文件\n某市实施方案\n一、目标\n到2025年建成。\n').meta.issuer).toBe(
      '某市人民政府办公室',
    );
    expect(
      facts('某市民政局关于印发《某市方案》的通知\n各县：\n现印发给你们。\n2023年1月5日\n一、目标\n到2025年建成。\n')
        .meta.issuer,
    ).toBe('某市民政局');
  });
});
