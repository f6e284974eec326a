import { describe, expect, it } from 'vitest';
import { clauseText, effectRows, printedRows } from './document-facts.ts';
import { validityOf } from './lifecycle/validity.ts';

describe('document facts for the page', () => {
  it('shows 未注明 for every fact the source does not state', () => {
    const rows = [...effectRows(validityOf({ dateSigned: '未注明' })), ...printedRows({})];
    expect(rows.every((r) => r.value === '未注明' && r.unstated)).toBe(true);
  });
  it('shows 生效日期 and 有效期至 in plain words, with the clause they come from', () => {
    const clause = '本办法自2024年1月1日起施行，有效期至2028年12月31日。';
    const effect = effectRows(
      validityOf({
        dateSigned: '2023-12-01',
        effective: { date: '2024-01-01', clause },
        validity: { until: '2028-12-31', clause },
      }),
    );
    expect(effect).toEqual([
      { label: '生效日期', value: '2024年1月1日', clause, unstated: false },
      { label: '有效期至', value: '2028年12月31日', clause, unstated: false },
    ]);
  });
  it('says how an end counted from 有效期N年 was found, or why it cannot be', () => {
    const counted = effectRows(
      validityOf({
        dateSigned: '2023-12-01',
        effective: { date: '2024-01-01', clause: '本办法自2024年1月1日起施行，有效期5年。' },
        validity: { years: 5, clause: '本办法自2024年1月1日起施行，有效期5年。' },
      }),
    )[1];
    expect(counted).toMatchObject({ value: '2028年12月31日（按“有效期5年”从生效日期起算）', unstated: false });
    const uncounted = effectRows(
      validityOf({
        dateSigned: '未注明',
        effective: { date: '未注明', clause: '本方案自印发之日起施行，有效期3年。' },
        validity: { years: 3, clause: '本方案自印发之日起施行，有效期3年。' },
      }),
    );
    expect(uncounted[1]).toMatchObject({ value: '未注明（原文写了“有效期3年”，但没有写从哪天起算）', unstated: true });
  });
  it('names where the editor read a date the text does not state', () => {
    const from = '某市人民政府门户网站的发布页';
    const [effective, until] = effectRows(
      validityOf({
        dateSigned: '未注明',
        effective: { date: '2024-03-01', clause: '生效日期：2024-03-01', from },
        validity: { until: '2027-02-28', clause: '失效日期：2027-02-28', from },
      }),
    );
    expect(effective).toEqual({
      label: '生效日期',
      value: '2024年3月1日',
      clause: '生效日期：2024-03-01',
      from,
      unstated: false,
    });
    expect(clauseText(until!)).toBe('据某市人民政府门户网站的发布页：“失效日期：2027-02-28”');
    expect(
      clauseText(effectRows(validityOf({ dateSigned: '未注明', effective: { date: '2024-03-01', clause: 'c' } }))[0]!),
    ).toBe('原文：“c”');
  });
  it('a clause that gives no date is shown with 未注明 and the clause', () => {
    const v = validityOf({ dateSigned: '未注明', effective: { date: '未注明', clause: '本方案自印发之日起施行。' } });
    expect(effectRows(v)[0]).toEqual({
      label: '生效日期',
      value: '未注明',
      clause: '本方案自印发之日起施行。',
      unstated: true,
    });
  });
  it('the 版记, repeals and the portal’s labels', () => {
    const rows = printedRows({
      printedBy: '某市人民政府办公室',
      datePrinted: '2023-04-12',
      repeals: [{ title: '某市养老服务补贴办法', number: '某政发〔2019〕3号' }],
      indexNumber: '000014349/2023-01207',
    });
    const value = (label: string) => rows.find((r) => r.label === label)?.value;
    expect(value('印发机关和印发日期')).toBe('某市人民政府办公室　2023年4月12日');
    expect(value('废止的文件')).toBe('《某市养老服务补贴办法》（某政发〔2019〕3号）');
    expect(value('索引号（网站标注）')).toBe('000014349/2023-01207');
    expect(value('签发人')).toBe('未注明');
  });
});
