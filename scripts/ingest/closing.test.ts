import { describe, expect, it } from 'vitest';
import { isClosingClause, readClosing } from './closing.ts';

const read = (...texts: string[]) => readClosing(texts.map((text, i) => ({ text, line: i + 1 })));

describe('readClosing', () => {
  it('自印发之日起施行: takes effect on issue, no date printed', () => {
    expect(read('本方案自印发之日起施行。').effective).toEqual({
      onIssue: true,
      clause: '本方案自印发之日起施行。',
      line: 1,
    });
  });
  it('a printed date and a term of years in one sentence', () => {
    const facts = read('本办法自2024年1月1日起施行，有效期5年。');
    expect(facts.effective).toMatchObject({ date: '2024-01-01', onIssue: false });
    expect(facts.validity).toMatchObject({ years: 5, clause: '本办法自2024年1月1日起施行，有效期5年。' });
  });
  it('有效期至 a date, with Chinese numerals for years too', () => {
    expect(read('有效期至2028年12月31日。').validity).toMatchObject({ until: '2028-12-31' });
    expect(read('本意见有效期五年。').validity).toMatchObject({ years: 5 });
  });
  it('repealed documents with their numbers, brackets nested', () => {
    expect(
      read('原《某市养老服务补贴办法》（某政发〔2019〕3号）和《某市居家养老办法》同时废止。').repeals?.documents,
    ).toEqual([
      { title: '某市养老服务补贴办法', number: '某政发〔2019〕3号' },
      { title: '某市居家养老办法', number: '未注明' },
    ]);
  });
  it('the interpreter, with or without 负责', () => {
    expect(read('本实施方案由市民政局负责解释。').interpreter?.unit).toBe('市民政局');
    expect(read('本办法具体应用问题由市民政局、市财政局解释。').interpreter?.unit).toBe('市民政局、市财政局');
  });
  it('ignores what a task says about other documents', () => {
    const facts = read(
      '贯彻落实《某省养老服务条例》，该条例自2023年3月1日起施行。',
      '自2024年1月1日起，对80周岁以上老年人发放高龄津贴。',
      '各地要在有效期内完成评估。',
      '请各单位负责解释政策。',
    );
    expect(facts).toEqual({});
  });
  it('keeps the first clause of each kind (the document’s own before its notice’s)', () => {
    expect(read('本方案自2024年1月1日起施行。', '本通知自印发之日起施行。').effective?.date).toBe('2024-01-01');
  });
});

describe('isClosingClause', () => {
  it.each(['本方案自印发之日起施行', '本方案自印发之日起施行。', '有效期至2028年12月31日', '本办法由市民政局负责解释'])(
    '%s closes a text',
    (text) => expect(isClosingClause(text)).toBe(true),
  );
  it.each(['支持县职业中学开设', '到2025年，基本建成', '（责任单位：市民政局）'])('%s does not', (text) =>
    expect(isClosingClause(text)).toBe(false),
  );
});
