import { describe, expect, it } from 'vitest';
import { echoQuery, searchStatus } from './status.ts';

describe('echoQuery', () => {
  it('echoes a short query whole', () => {
    expect(echoQuery('尊老金')).toBe('尊老金');
    expect(echoQuery('补'.repeat(30))).toBe('补'.repeat(30));
  });
  it('echoes only the first 30 characters of a long query, then …', () => {
    expect(echoQuery('补'.repeat(31))).toBe(`${'补'.repeat(30)}…`);
    expect(echoQuery('x'.repeat(10_000))).toBe(`${'x'.repeat(30)}…`);
  });
  it('counts characters, not UTF-16 units, and cuts no character in half', () => {
    const emoji = '👵'.repeat(40);
    expect(Array.from(echoQuery(emoji))).toHaveLength(31);
    expect(echoQuery(emoji)).toBe(`${'👵'.repeat(30)}…`);
  });
  it('drops a space left at the cut', () => {
    expect(echoQuery(`${'a'.repeat(29)} ${'b'.repeat(10)}`)).toBe(`${'a'.repeat(29)}…`);
  });
});

describe('searchStatus', () => {
  const huge = '养'.repeat(10_000);

  it('says nothing was found, echoing a bounded query', () => {
    expect(searchStatus({ q: '尊老金', total: 0, shown: 0, pageSize: 5 })).toBe(
      '没有找到与“尊老金”相关的内容。可以换个说法、用更短的词，或去掉筛选条件。',
    );
    const text = searchStatus({ q: huge, total: 0, shown: 0, pageSize: 5 });
    expect(text).toBe(`没有找到与“${'养'.repeat(30)}…”相关的内容。可以换个说法、用更短的词，或去掉筛选条件。`);
    expect(searchStatus({ q: '', total: 0, shown: 0, pageSize: 5 })).toBe(
      '没有找到相关的内容。可以换个说法、用更短的词，或去掉筛选条件。',
    );
  });

  it('counts pages and results, echoing a bounded query', () => {
    expect(searchStatus({ q: '补贴', total: 12, shown: 9, pageSize: 5 })).toBe(
      '找到 12 个相关页面（“补贴”），先显示前 5 个页面里的 9 条结果。',
    );
    expect(searchStatus({ q: '', total: 3, shown: 4, pageSize: 5 })).toBe('找到 3 个相关页面，共 4 条结果。');
    const text = searchStatus({ q: huge, total: 1, shown: 1, pageSize: 5 });
    expect(text).toBe(`找到 1 个相关页面（“${'养'.repeat(30)}…”），共 1 条结果。`);
    expect(text.length).toBeLessThan(60);
  });
});
