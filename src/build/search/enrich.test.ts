import { describe, expect, it } from 'vitest';
import { enrichForIndex, HEADING_ALIAS_WEIGHT, htmlText } from './enrich.ts';

const groups = [{ terms: ['高龄津贴', '尊老金'], colloquial: ['老人补贴'], note: 'n' }];
const page = (main: string) =>
  `<html lang="zh-CN"><body><nav>高龄津贴</nav><main data-pagefind-body>${main}</main></body></html>`;

describe('enrichForIndex', () => {
  it('adds a weighted paragraph after a heading that names the thing', () => {
    const { html, added } = enrichForIndex(page('<h1>高龄津贴</h1><p>内容</p>'), groups);
    expect(html).toContain(
      `<h1>高龄津贴</h1><p data-pagefind-weight="${HEADING_ALIAS_WEIGHT}">相关说法：尊老金、老人补贴</p><p>内容</p>`,
    );
    expect(added).toEqual([{ heading: 'h1', words: ['尊老金', '老人补贴'] }]);
  });

  it('adds body-weight words to the section whose text names it, not to the others', () => {
    const { html, added } = enrichForIndex(
      page('<h1>清单</h1><h2 id="task-1">1.甲</h2><p>发放高龄津贴</p><h2 id="task-2">2.乙</h2><p>其他</p>'),
      groups,
    );
    expect(html).toContain('<h2 id="task-1">1.甲</h2><p>相关说法：尊老金、老人补贴</p><p>发放高龄津贴</p>');
    expect(added.map((a) => a.heading)).toEqual(['task-1']);
  });

  it('leaves a page without an indexed part, or without matches, unchanged', () => {
    const plain = '<html><body><h1>高龄津贴</h1></body></html>';
    expect(enrichForIndex(plain, groups).html).toBe(plain);
    expect(enrichForIndex(page('<h1>别的</h1>'), groups).html).toBe(page('<h1>别的</h1>'));
  });

  it('skips headings inside ignored parts', () => {
    expect(
      enrichForIndex(page('<h1>甲</h1><nav data-pagefind-ignore><h2 id="x">高龄津贴</h2></nav>'), groups).added,
    ).toEqual([]);
  });

  it('cuts the ignored parts of a heading from the indexed copy, so they do not title its result', () => {
    const page =
      '<main data-pagefind-body><h2 id="task-5">5.强化资金保障。<a data-pagefind-ignore>复制链接<span data-pagefind-ignore>（本节的固定链接）</span></a></h2><p>正文</p></main>';
    const { html } = enrichForIndex(page, []);
    expect(html).toBe('<main data-pagefind-body><h2 id="task-5">5.强化资金保障。</h2><p>正文</p></main>');
  });
});

describe('htmlText', () => {
  it('drops tags and decodes the entities pages use', () => {
    expect(htmlText('<p>a &amp; <b>b</b> &lt;c&gt;</p>')).toBe('a & b <c>');
  });
});
