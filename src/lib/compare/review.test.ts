import { describe, expect, it } from 'vitest';
import { compareData, type CompareSource } from './data.ts';
import { pendingEntries } from './pending.ts';
import { reviewOf, splitByReview } from './review.ts';
import { pendingRows } from './rows.ts';
import { comparedRegions, taggedItems, taggedTasks } from './views.ts';

const task = { anchor: 'task-1', level: 3, number: '1.', title: '任务', kind: 'task', presence: 'present' } as const;
const item = {
  number: 1,
  name: '高龄津贴',
  content: '每人每月100元',
  target: '80周岁及以上',
  type: '物质帮助',
  tier: '普惠',
  leadText: '市民政局',
  amounts: [],
  ages: [],
};
const source = (review: CompareSource['review']): CompareSource => ({
  regions: [
    { id: 'b', name: '乙市', code: '200000' },
    { id: 'a', name: '甲市', code: '100000' },
  ],
  documents: [
    {
      id: 'a-doc',
      title: '甲市方案',
      region: 'a',
      status: '现行有效',
      statusSince: '未注明',
      outline: [task],
      body: '',
    },
    {
      id: 'b-new',
      title: '乙市新方案',
      region: 'b',
      status: '送审稿',
      statusSince: '2026-03-01',
      outline: [task],
      body: '',
    },
    {
      id: 'b-old',
      title: '乙市旧方案',
      region: 'b',
      status: '已失效',
      statusSince: '2025-01-01',
      outline: [task],
      body: '',
    },
  ],
  lists: [
    {
      id: 'b-list',
      title: '乙市清单',
      region: 'b',
      document: 'b-new',
      itemsMissing: false,
      declaredItemCount: 1,
      items: [item],
    },
  ],
  topics: [],
  serviceKinds: [],
  metrics: [],
  documentTags: [],
  listTags: [],
  commitments: [],
  review,
});

describe('the review state of the sources register', () => {
  it('is pending for the document and every list of a pending source, and reviewed when the field is absent', () => {
    const review = reviewOf(
      [
        { document: 'a-doc' },
        { document: 'b-old', review: 'reviewed' },
        { document: 'b-new', review: 'pending', lists: [{ slug: 'b-named' }] },
      ],
      [
        { id: 'b-list', document: 'b-new' },
        { id: 'a-list', document: 'a-doc' },
      ],
    );
    expect([...review.documents]).toEqual(['b-new']);
    expect([...review.lists].sort()).toEqual(['b-list', 'b-named']);
  });

  it("is the current version's: an older version's entry, pending when it was replaced, does not count", () => {
    const review = reviewOf(
      [
        { document: 'a-doc', review: 'pending', lists: [{ slug: 'a-list' }], version: { key: 'songshengao' } },
        { document: 'a-doc', review: 'reviewed', lists: [{ slug: 'a-list' }] },
      ],
      [{ id: 'a-list', document: 'a-doc' }],
    );
    expect([...review.documents, ...review.lists]).toEqual([]);
  });

  it('splits entries keeping their order', () => {
    expect(splitByReview([1, 2, 3, 4], (n) => n % 2 === 0)).toEqual([
      [1, 3],
      [2, 4],
    ]);
  });
});

describe('comparison data with a pending document', () => {
  const review = reviewOf([{ document: 'b-new', review: 'pending' }], [{ id: 'b-list', document: 'b-new' }]);
  const data = compareData(source(review));

  it('compares the reviewed documents and lists only', () => {
    expect(data.documents.map((d) => d.id)).toEqual(['a-doc', 'b-old']);
    expect(data.lists).toEqual([]);
    expect(taggedTasks(data).map((t) => t.document.id)).toEqual(['a-doc', 'b-old']);
    expect(taggedItems(data)).toEqual([]);
    expect(comparedRegions(data).map((r) => r.id)).toEqual(['a', 'b']);
  });

  it('names each pending document and list as 尚待整理, by region, with the link to its text', () => {
    expect(pendingEntries(data).map((e) => [e.kind, e.id, e.url, e.region.name, e.status])).toEqual([
      ['document', 'b-new', '/documents/b-new/', '乙市', '送审稿'],
      ['list', 'b-list', '/lists/b-list/', '乙市', '送审稿'],
    ]);
    expect(pendingRows(data)[1]).toEqual({
      region: '乙市',
      regionCode: '200000',
      document: 'b-new',
      documentTitle: '乙市新方案',
      status: '送审稿',
      statusSince: '2026-03-01',
      kind: 'list',
      list: 'b-list',
      title: '乙市清单',
      url: '/lists/b-list/',
    });
  });

  it('leaves a region whose only document is pending out of the comparisons', () => {
    const sources = [
      { document: 'b-new', review: 'pending' as const },
      { document: 'b-old', review: 'pending' as const },
    ];
    const only = compareData(source(reviewOf(sources, [{ id: 'b-list', document: 'b-new' }])));
    expect(comparedRegions(only).map((r) => r.id)).toEqual(['a']);
    expect(pendingEntries(only).map((e) => e.id)).toEqual(['b-new', 'b-old', 'b-list']);
  });

  it('is the comparison of old when nothing is pending', () => {
    const all = compareData(source(undefined));
    expect(all.documents).toHaveLength(3);
    expect(all.lists).toHaveLength(1);
    expect(pendingEntries(all)).toEqual([]);
  });
});
