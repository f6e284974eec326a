import { describe, expect, it } from 'vitest';
import { matchNumbering } from './numbering.ts';

describe('matchNumbering', () => {
  it.each([
    ['一、总体要求', 1, 1, '一、'],
    ['十五、附则', 1, 15, '十五、'],
    ['(一)健全基本养老服务制度体系', 2, 1, '(一)'],
    ['（四）提升基本养老服务便利化、可及化水平', 2, 4, '（四）'],
    ['(十五)加强人才队伍建设。', 2, 15, '(十五)'],
    ['1.制定落实基本养老服务清单。', 3, 1, '1.'],
    ['12.争取扩', 3, 12, '12.'],
    ['1、加强领导', 3, 1, '1、'],
    ['１．全角数字', 3, 1, '１．'],
  ])('%s → level %i, number %i', (line, level, ordinal, number) => {
    expect(matchNumbering(line)).toMatchObject({ level, ordinal, number });
  });

  it.each(['2023年4月11日', '为深入贯彻落实', '1.5倍的标准', '(此件公开发布)', '附件2'])('%s is prose', (line) => {
    expect(matchNumbering(line)).toBeNull();
  });
});
