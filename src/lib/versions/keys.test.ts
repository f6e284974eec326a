import { describe, expect, it } from 'vitest';
import { replacedByNote, replacedOn, versionKey, versionKind } from './keys.ts';

const facts = (status: string, date = '未注明', title = '大冶市推进基本养老服务体系建设的实施方案') => ({
  title,
  status,
  datePublished: date,
  dateSigned: '未注明',
});

describe('version keys', () => {
  it('are the edition, else the month and the draft kind, else the draft kind, else the place', () => {
    expect(versionKey(facts('现行有效', '未注明', '大冶市基本养老服务清单（2024年版）'), 1, new Set())).toBe('2024');
    expect(versionKey(facts('送审稿', '2024-03-05'), 1, new Set())).toBe('2024-03-songshengao');
    expect(versionKey(facts('现行有效', '2023-04-11'), 1, new Set())).toBe('2023-04');
    expect(versionKey(facts('送审稿'), 1, new Set())).toBe('songshengao');
    expect(versionKey(facts('现行有效'), 3, new Set())).toBe('v3');
  });

  it('never reuse a taken key', () => {
    expect(versionKey(facts('送审稿'), 2, new Set(['songshengao', 'songshengao-2']))).toBe('songshengao-3');
  });
});

describe('how a version was replaced', () => {
  it('names the kind of replacement', () => {
    expect(versionKind(facts('送审稿'), facts('现行有效'))).toBe('final');
    expect(versionKind(facts('征求意见稿'), facts('送审稿'))).toBe('revised-draft');
    expect(versionKind(facts('现行有效'), facts('现行有效'))).toBe('amendment');
    expect(
      versionKind(facts('现行有效', '未注明', '清单（2024年版）'), facts('现行有效', '未注明', '清单（2025年版）')),
    ).toBe('edition');
  });

  it('dates and describes the replacing text', () => {
    const final = { ...facts('现行有效', '未注明'), dateSigned: '2024-06-20' };
    expect(replacedOn(final)).toBe('2024-06-20');
    expect(replacedByNote(final)).toBe('正式文件《大冶市推进基本养老服务体系建设的实施方案》');
    expect(replacedByNote(facts('送审稿'))).toBe('送审稿《大冶市推进基本养老服务体系建设的实施方案》');
  });
});
