import { describe, expect, it } from 'vitest';
import { hasSearch, pagefindFilters, readState, sameState, writeState } from './query-state.ts';

describe('search state in the URL', () => {
  it('round-trips the query and the filters, in a fixed order', () => {
    const state = readState(new URLSearchParams('kind=清单条目&q=%E5%B0%8A%E8%80%81%E9%87%91&region=大冶市'));
    expect(state).toEqual({ q: '尊老金', filters: { region: '大冶市', kind: '清单条目' } });
    expect(writeState(state)).toBe(
      '?q=%E5%B0%8A%E8%80%81%E9%87%91&region=%E5%A4%A7%E5%86%B6%E5%B8%82&kind=%E6%B8%85%E5%8D%95%E6%9D%A1%E7%9B%AE',
    );
    expect(readState(new URLSearchParams(writeState(state)))).toEqual(state);
  });
  it('trims and collapses spaces, drops empty and unknown parameters', () => {
    expect(readState(new URLSearchParams('q=++80岁+++补贴+&region=&utm=x'))).toEqual({ q: '80岁 补贴', filters: {} });
    expect(writeState({ q: '', filters: {} })).toBe('');
  });
  it('keeps “search the typed words” with a query only', () => {
    const state = readState(new URLSearchParams('q=摔伤&literal=1'));
    expect(state).toEqual({ q: '摔伤', filters: {}, literal: true });
    expect(writeState(state)).toBe('?q=%E6%91%94%E4%BC%A4&literal=1');
    expect(readState(new URLSearchParams('literal=1'))).toEqual({ q: '', filters: {} });
  });
  it('knows when there is something to search for', () => {
    expect(hasSearch({ q: '', filters: {} })).toBe(false);
    expect(hasSearch({ q: '', filters: { kind: '清单条目' } })).toBe(true);
    expect(sameState({ q: 'a', filters: {} }, { q: 'a', filters: {} })).toBe(true);
  });
});

describe('the filters Pagefind is asked for', () => {
  it('are the current versions unless older or all versions are chosen', () => {
    expect(pagefindFilters({ region: '大冶市' })).toEqual({ region: '大冶市', version: '现行版本' });
    expect(pagefindFilters({ version: '历史版本' })).toEqual({ version: '历史版本' });
    expect(pagefindFilters({ kind: '政策原文', version: '全部版本' })).toEqual({ kind: '政策原文' });
  });
});
