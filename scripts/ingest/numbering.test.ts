import { describe, expect, it } from 'vitest';
import { matchNumbering } from './numbering.ts';

describe('matchNumbering', () => {
  it.each([
    ['一、总体要求', 'part', 1, '一、'],
    ['十五、附则', 'part', 15, '十五、'],
    ['(一)健全基本养老服务制度体系', 'group', 1, '(一)'],
    ['（四）提升基本养老服务便利化、可及化水平', 'group', 4, '（四）'],
    ['(十五)加强人才队伍建设。', 'group', 15, '(十五)'],
    ['1.制定落实基本养老服务清单。', 'task', 1, '1.'],
    ['12.争取扩', 'task', 12, '12.'],
    ['1、加强领导', 'task', 1, '1、'],
    ['１．全角数字', 'task', 1, '１．'],
    ['１２、全角数字和顿号', 'task', 12, '１２、'],
    ['第一章　总　　则', 'chapter', 1, '第一章'],
    ['第十二章 附则', 'chapter', 12, '第十二章'],
    ['第一条　为了规范养老服务补贴的发放，制定本办法。', 'article', 1, '第一条'],
    ['第二十三条 本办法自2024年1月1日起施行。', 'article', 23, '第二十三条'],
    ['第3条 阿拉伯数字的条', 'article', 3, '第3条'],
    ['（1）高龄津贴。', 'item', 1, '（1）'],
    ['(2)护理补贴', 'item', 2, '(2)'],
    ['（１２）全角', 'item', 12, '（１２）'],
    ['②助餐服务', 'item', 2, '②'],
  ])('%s → %s %i', (line, kind, ordinal, number) => {
    expect(matchNumbering(line)).toMatchObject({ kind, ordinal, number });
  });

  it('keeps the white space after 第X章 / 第X条 in the rest, so the heading prints as in the source', () => {
    expect(matchNumbering('第一章　总　　则')?.rest).toBe('　总　　则');
  });

  it.each([
    '2023年4月11日',
    '为深入贯彻落实',
    '1.5倍的标准',
    '(此件公开发布)',
    '附件2',
    '第一条第二款规定的补贴，按月发放。',
    '第三条规定的对象可以申请。',
  ])('%s is prose', (line) => {
    expect(matchNumbering(line)).toBeNull();
  });
});
