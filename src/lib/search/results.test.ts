import { describe, expect, it } from 'vitest';
import { excerptRuns, STABLE_ANCHOR, toCard } from './results.ts';

describe('toCard', () => {
  it('reads the meta a result card shows and tells sections from pages', () => {
    const card = toCard({ url: '/documents/x/#task-5', excerpt: 'e', meta: { title: '5.强化资金保障', kind: '政策原文', region: '保山市', document: '方案', status: '正式文件' } });
    expect(card).toEqual({ url: '/documents/x/#task-5', title: '5.强化资金保障', excerpt: 'e', kind: '政策原文', region: '保山市', document: '方案', amount: '', status: '正式文件', isSection: true });
    expect(toCard({ url: '/regions/daye/', excerpt: '', meta: {} }).title).toBe('/regions/daye/');
  });
});

describe('excerptRuns', () => {
  it('splits marks from plain text and unescapes what Pagefind escaped', () => {
    expect(excerptRuns('按<mark>高龄津贴</mark>标准 &lt;b&gt;')).toEqual([
      { text: '按', marked: false }, { text: '高龄津贴', marked: true }, { text: '标准 <b>', marked: false },
    ]);
  });
});

describe('STABLE_ANCHOR', () => {
  it('accepts the manifest anchors and nothing else', () => {
    for (const a of ['section-2', 'section-2-1', 'task-12', 'appendix', 'appendix-2', 'annex-1', 'notice', 'preamble', 'end']) expect(STABLE_ANCHOR.test(a)).toBe(true);
    for (const a of ['meta-title', 'gaps-x', 'verbatim', 'task-', 'notice-label']) expect(STABLE_ANCHOR.test(a)).toBe(false);
  });
});
