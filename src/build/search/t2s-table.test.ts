import * as OpenCC from 'opencc-js';
import { describe, expect, it } from 'vitest';
import { t2sConverter } from '../../lib/search/t2s.ts';
import { t2sTable } from './t2s-table.ts';

describe('t2sTable', () => {
  const convert = t2sConverter(t2sTable());

  it('converts as OpenCC converts Taiwan and Hong Kong texts, for the words visitors type', () => {
    const tw = OpenCC.Converter({ from: 'tw', to: 'cn' });
    for (const text of [
      '高齡津貼',
      '老人摔傷了有保險嗎',
      '殘疾老人護理補貼',
      '獨居老人探訪',
      '適老化改造',
      '養老機構',
      '長期護理保險',
      '頭髮',
      '乾燥',
      '乾隆',
      '一隻',
      '著名',
      '裡面',
    ])
      expect(convert(text), text).toBe(tw(text));
  });

  it('leaves simplified text alone', () => {
    expect(convert('高龄津贴 80岁 补贴')).toBe('高龄津贴 80岁 补贴');
  });

  it('is small enough to fetch for a traditional query', () => {
    expect(JSON.stringify(t2sTable()).length).toBeLessThan(40_000);
  });
});
