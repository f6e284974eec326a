import { describe, expect, it } from 'vitest';
import { indexedText, indexLayout, ONE_INDEX_MAX_CHARS } from './layout.ts';

describe('indexLayout', () => {
  it('keeps one index while the text fits, one per province above', () => {
    expect(indexLayout(400_000)).toBe('one');
    expect(indexLayout(ONE_INDEX_MAX_CHARS)).toBe('one');
    expect(indexLayout(ONE_INDEX_MAX_CHARS + 1)).toBe('provinces');
    expect(indexLayout(18_900_000)).toBe('provinces');
  });

  it('follows SEARCH_INDEX when it is set, whatever the size', () => {
    expect(indexLayout(10, 'provinces')).toBe('provinces');
    expect(indexLayout(50_000_000, 'one')).toBe('one');
    expect(indexLayout(10, '')).toBe('one');
  });

  it('refuses another value with one line', () => {
    expect(() => indexLayout(10, 'shards')).toThrow(
      'SEARCH_INDEX=shards: not a search index layout — set it to one or provinces, or unset it to let the text decide',
    );
  });
});

describe('indexedText', () => {
  it('counts the characters between tags', () => {
    expect(indexedText('<main><h1 id="a">尊老金</h1><p>每月<b>100</b>元</p></main>')).toBe(9);
  });
});
