import { describe, expect, it } from 'vitest';
import { parse } from 'node-html-parser';
import { readItemFacts } from '../../lib/search/item-facts.ts';
import { foldItems, ITEM_TITLE_WEIGHT } from './records.ts';

const list = `<html lang="zh-CN"><head><meta data-pagefind-filter="region[content]" content="大冶市"><meta data-pagefind-filter="kind[content]" content="服务清单"></head>
<body><main data-pagefind-body><h1>大冶市基本养老服务清单</h1><div data-pagefind-ignore><table><tr><td>表格</td></tr></table></div></main><footer>页脚</footer></body></html>`;

const item = (n: number, name: string, service: string, amount?: string, age?: string) => ({
  anchor: `item-${n}`,
  html: `<html><head><meta data-pagefind-filter="region[content]" content="大冶市"><meta data-pagefind-filter="kind[content]" content="清单条目">
<meta data-pagefind-filter="service[content]" content="${service}">${amount ? `<meta data-pagefind-meta="amount[content]" content="${amount}">` : ''}${age ? `<meta data-pagefind-meta="age[content]" content="${age}">` : ''}</head>
<body><main data-pagefind-body><h1 data-pagefind-weight="10"><span>${name}</span></h1><p data-pagefind-ignore>大冶市 · 清单 · 序号 ${n}</p>
<section><h2 id="verbatim" data-pagefind-ignore>清单原文</h2><dl><dt data-pagefind-ignore>服务内容及标准</dt><dd id="x">${name}的内容</dd></dl></section>
<script>var e = 1</script></main></body></html>`,
});

describe('foldItems', () => {
  const folded = foldItems(list, [item(1, '高龄津贴', '物质帮助', '每月100元', '80'), item(2, '助餐服务', '照护服务')]);
  const root = parse(folded);
  const body = root.querySelector('[data-pagefind-body]')!;

  it("adds a section per item after the list's own part, headed by the item's name under its anchor", () => {
    const headings = body.querySelectorAll('h2[id]');
    expect(headings.map((h) => [h.id, h.text, h.getAttribute('data-pagefind-weight')])).toEqual([
      ['item-1', '高龄津贴', String(ITEM_TITLE_WEIGHT)],
      ['item-2', '助餐服务', String(ITEM_TITLE_WEIGHT)],
    ]);
    expect(body.text).toContain('高龄津贴的内容');
    expect(folded.indexOf('大冶市基本养老服务清单')).toBeLessThan(folded.indexOf('高龄津贴的内容'));
    expect(folded.indexOf('高龄津贴的内容')).toBeLessThan(folded.indexOf('页脚'));
  });

  it('leaves out what the item page ignores, its scripts, its h1 and the ids of its inner parts', () => {
    expect(body.text).not.toContain('序号 1');
    expect(body.text).not.toContain('清单原文');
    expect(body.text).not.toContain('var e');
    expect(body.querySelectorAll('h1')).toHaveLength(1);
    expect(body.querySelectorAll('[id]').map((e) => e.id)).toEqual(['item-1', 'item-2']);
  });

  it("adds the filter values the items carry that the list lacks, and the items' facts as meta", () => {
    const filters = root
      .querySelectorAll('meta[data-pagefind-filter]')
      .map((m) => `${m.getAttribute('data-pagefind-filter')}=${m.getAttribute('content')}`);
    expect(filters).toEqual([
      'region[content]=大冶市',
      'kind[content]=服务清单',
      'kind[content]=清单条目',
      'service[content]=物质帮助',
      'service[content]=照护服务',
    ]);
    const meta = root.querySelector('meta[data-pagefind-meta="items[content]"]')!.getAttribute('content');
    expect(readItemFacts(meta)).toEqual({
      'item-1': { name: '高龄津贴', service: '物质帮助', amount: '每月100元', age: '80' },
      'item-2': { name: '助餐服务', service: '照护服务' },
    });
  });

  it('returns a page without items unchanged', () => {
    expect(foldItems(list, [])).toBe(list);
  });
});
