import { describe, expect, it } from 'vitest';
import { CARDS_PER_RESULT, excerptRuns, STABLE_ANCHOR, toCard, toCards } from './results.ts';

describe('toCard', () => {
  it('reads the meta a result card shows and tells sections from pages', () => {
    const card = toCard({
      url: '/documents/x/#task-5',
      excerpt: 'e',
      meta: { title: '5.强化资金保障', kind: '政策原文', region: '保山市', document: '方案', status: '现行有效' },
    });
    expect(card).toEqual({
      url: '/documents/x/#task-5',
      title: '5.强化资金保障',
      excerpt: 'e',
      kind: '政策原文',
      region: '保山市',
      document: '方案',
      amount: '',
      status: '现行有效',
      version: '',
      isSection: true,
      matched: 0,
      about: 0,
      density: 0,
    });
    expect(toCard({ url: '/regions/daye/', excerpt: '', meta: {} }).title).toBe('/regions/daye/');
  });
});

/**
 * A page's content as Pagefind stores it (words split by zero-width spaces), and its sub-results: each
 * part's matches are given as the words it matched, which are looked up in the content.
 */
function result(
  url: string,
  meta: Record<string, string>,
  content: string[],
  parts: [string, string, string[], number?, string[]?][],
) {
  const at = (word: string, from: number) => content.indexOf(word, from);
  return {
    url,
    excerpt: '',
    meta,
    raw_content: content.join('\u200b'),
    // The fifth element: the matched words that stand in the part's heading (weight 6), the rest in its text.
    sub_results: parts.map(([anchor, title, matched, score = 1, inHeading = []]) => {
      const start = anchor ? content.indexOf(`#${anchor}`) : 0;
      const locations = matched.map((w) => at(w, start));
      return {
        url: anchor ? `${url}#${anchor}` : url,
        title,
        excerpt: `${title}…`,
        locations,
        weighted_locations: locations.map((location, i) => ({
          balanced_score: score / locations.length,
          location,
          weight: inHeading.includes(matched[i]!) ? 6 : 1,
        })),
      };
    }),
  };
}

describe('toCards', () => {
  const docWords = [
    '保山市',
    '实施方案',
    '#task-1',
    '评估',
    '保山市',
    '#task-5',
    '彩票',
    '公益金',
    '#task-7',
    '彩票',
    '#meta-x',
    '公益金',
  ];
  const DOC_Q = { q: '保山市 实施方案 评估 彩票公益金' };
  const doc = (parts: [string, string, string[], number?][]) =>
    result(
      '/documents/x/',
      { title: '实施方案', kind: '政策原文', region: '保山市', document: '实施方案' },
      docWords,
      parts,
    );

  const docCards = (parts: [string, string, string[], number?][]) => toCards(doc(parts), DOC_Q);

  it("shows the sections that add the query's other words to the title's, as section cards", () => {
    const cards = docCards([
      ['', '实施方案', ['保山市'], 5],
      ['task-1', '1.开展工作', ['保山市'], 1],
      ['task-5', '5.强化资金保障', ['彩票', '公益金'], 2],
      ['task-7', '7.其他', ['彩票'], 3],
    ]);
    expect(cards.map((c) => [c.url, c.title, c.isSection])).toEqual([['/documents/x/#task-5', '5.强化资金保障', true]]);
    expect(cards[0]!.excerpt).toBe('5.强化资金保障…');
  });

  it('shows the page alone when its title holds every word the sections match', () => {
    expect(
      docCards([
        ['', '实施方案', ['保山市'], 5],
        ['task-1', '1.开展工作', ['保山市'], 1],
      ]).map((c) => c.url),
    ).toEqual(['/documents/x/']);
  });

  it('counts only the words the query contains, not the longer words Pagefind matched by prefix', () => {
    const words = ['保山', '市', '方案', '#task-1', '市民', '#task-2', '和服'];
    const page = result('/documents/y/', { title: '方案', kind: '政策原文' }, words, [
      ['', '方案', ['保山', '市', '方案'], 5],
      ['task-1', '1.', ['市民'], 9],
      ['task-2', '2.', ['和服'], 9],
    ]);
    expect(toCards(page, { q: '保山市 方案 服务' }).map((c) => c.url)).toEqual(['/documents/y/']);
  });

  it(
    'orders parts by how much of the query they hold whole in their text (彩票 then 公益金 under another heading ' +
      'is no 彩票公益金), then by score; counts other headings as the page, and shows at most ' +
      CARDS_PER_RESULT,
    () => {
      const cards = docCards([
        ['task-1', '1.评估', ['评估'], 1],
        ['task-5', '5.', ['彩票'], 4],
        ['task-7', '7.', ['彩票'], 3],
        ['meta-x', '不是锚点', ['公益金'], 2],
      ]);
      expect(cards.map((c) => c.url)).toEqual(['/documents/x/#task-5', '/documents/x/#task-1', '/documents/x/#task-7']);
      expect(
        docCards([
          ['', '实施方案', ['公益金'], 9],
          ['task-5', '5.', ['彩票'], 4],
        ]).map((c) => c.url),
      ).toEqual(['/documents/x/#task-5']);
    },
  );

  const items = JSON.stringify({
    'item-1': { name: '养老保险', service: '物质帮助' },
    'item-3': { name: '高龄津贴', service: '物质帮助', amount: '每月100元' },
    'item-10': { name: '助餐', service: '照护服务' },
  });
  const listWords = [
    '大冶市',
    '清单',
    '#item-1',
    '养老',
    '金',
    '#item-3',
    '高龄',
    '津贴',
    '尊',
    '老',
    '金',
    '清单',
    '#item-10',
    '助餐',
    '老',
  ];
  const list = (parts: [string, string, string[], number?][]) =>
    result(
      '/lists/l/',
      { title: '大冶市基本养老服务清单', kind: '服务清单', region: '大冶市', document: '方案', items },
      listWords,
      parts,
    );
  const LIST_Q = { q: '尊老金 清单 助餐' };
  const zunlaojin = list([
    ['item-1', '养老保险', ['金'], 3],
    ['item-3', '高龄津贴', ['尊', '老', '金'], 2],
    ['item-10', '助餐', ['老'], 1],
  ]);

  it("leads a list's best-matching items to their own pages with their amounts, leaving out partial matches", () => {
    expect(toCards(zunlaojin, { q: '尊老金 清单' }).map((c) => [c.url, c.title, c.kind, c.amount])).toEqual([
      ['/lists/l/item-3/', '高龄津贴', '清单条目', '每月100元'],
    ]);
  });

  it('shows only items, of the chosen type, when the filters ask for items or a service type', () => {
    const both = list([
      ['', '清单', ['清单'], 1],
      ['item-3', '高龄津贴', ['清单'], 2],
      ['item-10', '助餐', ['助餐'], 2],
    ]);
    expect(toCards(both, { ...LIST_Q, kind: '清单条目' }).map((c) => c.url)).toEqual(['/lists/l/item-10/']);
    expect(toCards(zunlaojin, { ...LIST_Q, service: '照护服务' }).map((c) => c.url)).toEqual(['/lists/l/item-10/']);
    expect(toCards(both, { ...LIST_Q, kind: '服务清单' }).map((c) => c.url)).toEqual(['/lists/l/']);
  });

  it('shows every matching item, not only ' + CARDS_PER_RESULT + ', when the filters ask for items', () => {
    const words = ['清单', ...Array.from({ length: 5 }, (_, i) => [`#item-${i + 1}`, '补贴']).flat()];
    const facts = JSON.stringify(
      Object.fromEntries(Array.from({ length: 5 }, (_, i) => [`item-${i + 1}`, { name: `第${i + 1}项` }])),
    );
    const five = result(
      '/lists/m/',
      { title: '清单', kind: '服务清单', items: facts },
      words,
      Array.from({ length: 5 }, (_, i): [string, string, string[]] => [`item-${i + 1}`, `第${i + 1}项`, ['补贴']]),
    );
    expect(toCards(five, { q: '补贴' })).toHaveLength(CARDS_PER_RESULT);
    expect(toCards(five, { q: '补贴', kind: '清单条目' })).toHaveLength(5);
  });

  it('lists every item the filters allow when there is no query to match', () => {
    const bare = { ...zunlaojin, sub_results: [] };
    expect(toCards(bare, { service: '物质帮助' }).map((c) => [c.url, c.title])).toEqual([
      ['/lists/l/item-1/', '养老保险'],
      ['/lists/l/item-3/', '高龄津贴'],
    ]);
    expect(toCards(bare).map((c) => c.url)).toEqual(['/lists/l/']);
  });

  it('shows the parts whose heading names a query word first, with how much of the heading it is', () => {
    const words = ['失能', '护理', '补贴', '#item-18', '失能', '护理', '补贴', '#item-21', '失能', '补贴', '低收入'];
    const facts = JSON.stringify({ 'item-18': { name: '养老护理补贴' }, 'item-21': { name: '家庭适老化改造' } });
    const page = result('/lists/l/', { title: '清单', kind: '服务清单', items: facts }, words, [
      ['item-21', '家庭适老化改造', ['失能', '补贴', '低收入'], 9],
      ['item-18', '养老护理补贴', ['失能', '护理', '补贴'], 1, ['护理', '补贴', '失能']],
    ]);
    const cards = toCards(page, { q: '失能 护理补贴 低收入' });
    expect(cards.map((c) => [c.url, c.about, c.density])).toEqual([
      ['/lists/l/item-18/', 2, 1],
      ['/lists/l/item-21/', 0, 0],
    ]);
  });

  it("leads the glossary's entries to their anchors", () => {
    const words = ['名词解释', '#shineng', '失能', '#shizhi', '失智', '失能'];
    const glossary = result('/glossary/', { title: '名词解释', kind: '术语' }, words, [
      ['shineng', '失能', ['失能'], 5, ['失能']],
      ['shizhi', '失智', ['失能'], 1],
    ]);
    expect(toCards(glossary, { q: '失能' }).map((c) => [c.url, c.kind, c.about])).toEqual([
      ['/glossary/#shineng', '术语', 1],
      ['/glossary/#shizhi', '术语', 0],
    ]);
  });

  it('falls back to the page when a kind filter leaves none of its parts', () => {
    expect(toCards(zunlaojin, { ...LIST_Q, kind: '服务清单' }).map((c) => c.url)).toEqual(['/lists/l/']);
  });
});

describe('excerptRuns', () => {
  it('splits marks from plain text and unescapes what Pagefind escaped', () => {
    expect(excerptRuns('按<mark>高龄津贴</mark>标准 &lt;b&gt;')).toEqual([
      { text: '按', marked: false },
      { text: '高龄津贴', marked: true },
      { text: '标准 <b>', marked: false },
    ]);
  });
});

describe('STABLE_ANCHOR', () => {
  it('accepts the manifest anchors and nothing else', () => {
    for (const a of [
      'section-2',
      'section-2-1',
      'task-12',
      'appendix',
      'appendix-2',
      'annex-1',
      'notice',
      'preamble',
      'end',
    ])
      expect(STABLE_ANCHOR.test(a)).toBe(true);
    for (const a of ['meta-title', 'gaps-x', 'verbatim', 'task-', 'notice-label'])
      expect(STABLE_ANCHOR.test(a)).toBe(false);
  });
});
