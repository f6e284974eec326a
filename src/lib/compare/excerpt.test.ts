import { describe, expect, it } from 'vitest';
import { excerptOf } from './excerpt.ts';

describe('excerptOf', () => {
  it('keeps whole sentences that fit', () => {
    expect(excerptOf(['第一句。第二句。第三句很长很长。'], 8)).toEqual({ text: '第一句。第二句。', cut: false });
  });
  it('cuts a long first sentence and says so', () => {
    expect(excerptOf(['一二三四五六七八九十。'], 5)).toEqual({ text: '一二三四五', cut: true });
  });
  it('is empty for a task without text (原文缺失)', () => {
    expect(excerptOf([])).toEqual({ text: '', cut: false });
  });
});
