import { describe, expect, it } from 'vitest';
import { indexedText, planIndex, INDEX_MAX_CHARS } from './layout.ts';

const shards = [
  { key: '', chars: 100 },
  { key: '湖北省', chars: 400 },
  { key: '云南省', chars: 700 },
  { key: '甘肃省', chars: 300 },
  { key: '江苏省', chars: 1200 },
];

describe('planIndex', () => {
  it('keeps one index while the text fits', () => {
    expect(
      planIndex([
        { key: '', chars: 100 },
        { key: '湖北省', chars: 200_000 },
      ]),
    ).toEqual({ layout: 'one', parts: [] });
    expect(planIndex([{ key: '湖北省', chars: INDEX_MAX_CHARS }]).layout).toBe('one');
    expect(planIndex(shards, undefined, 2700)).toEqual({ layout: 'one', parts: [] });
  });

  it('packs the provinces, largest first, into as few parts as fit the limit; a province too large stays whole', () => {
    expect(planIndex(shards, undefined, 1000)).toEqual({
      layout: 'parts',
      parts: [['江苏省'], ['云南省', '甘肃省'], ['湖北省']],
    });
    expect(planIndex(shards, undefined, 1100).parts).toEqual([['江苏省'], ['云南省', '湖北省'], ['甘肃省']]);
    expect(planIndex(shards, undefined, 1500).parts).toEqual([
      ['江苏省', '甘肃省'],
      ['云南省', '湖北省'],
    ]);
  });

  it('follows SEARCH_INDEX when it is set, whatever the size', () => {
    expect(planIndex(shards, 'provinces')).toEqual({
      layout: 'provinces',
      parts: [['江苏省'], ['云南省'], ['湖北省'], ['甘肃省']],
    });
    expect(planIndex(shards, 'one', 10)).toEqual({ layout: 'one', parts: [] });
    expect(planIndex([{ key: '', chars: 10 }], 'provinces')).toEqual({ layout: 'one', parts: [] });
  });

  it('refuses another value with one line', () => {
    expect(() => planIndex(shards, 'shards')).toThrow(
      'SEARCH_INDEX=shards: not a search index layout — set it to one or provinces, or unset it to let the text decide',
    );
  });
});

describe('indexedText', () => {
  it('counts the characters between tags', () => {
    expect(indexedText('<main><h1 id="a">尊老金</h1><p>每月<b>100</b>元</p></main>')).toBe(9);
  });
});
