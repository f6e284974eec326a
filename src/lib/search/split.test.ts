import { describe, expect, it } from 'vitest';
import { CONTEXT_WEIGHT, splitForIndex } from './split.ts';

const head = '<head><meta data-pagefind-meta="region[content]" content="大冶市"><meta data-pagefind-meta="document[content]" content="实施方案"></head>';
const doc = `<html lang="zh-CN">${head}<body><main data-pagefind-body>
<h1>实施方案</h1><p>发布机关</p>
<nav data-pagefind-ignore><a href="#task-1">目录</a></nav>
<h2 id="section-1" class="anchored">一、总体要求<a data-pagefind-ignore>复制链接</a></h2><p>要求正文</p>
<h4 id="task-1" class="anchored">1.开展评估</h4><p>评估正文</p>
<h2 id="meta-title">不是固定锚点</h2><p>仍属任务1</p>
<section data-pagefind-ignore><h2 id="appendix-2" class="anchored">附件2 清单</h2><p>清单</p></section>
</main></body></html>`;

describe('splitForIndex', () => {
  const records = splitForIndex(doc, '/documents/x/');

  it('gives the page head and each stable anchored heading a record of its own', () => {
    expect(records.map((r) => r.url)).toEqual(['/documents/x/', '/documents/x/#section-1', '/documents/x/#task-1']);
  });

  it('titles a section record with its heading, without the copy-link words', () => {
    expect(records[1]!.html).toContain('<h1>一、总体要求</h1>');
    expect(records[1]!.html).not.toContain('复制链接');
    expect(records[1]!.html).toContain('要求正文');
    expect(records[1]!.html).not.toContain('评估正文');
  });

  it('carries the page\'s filters and meta, and the region and document at low weight', () => {
    expect(records[2]!.html).toContain(head);
    expect(records[2]!.html).toContain(`<p data-pagefind-weight="${CONTEXT_WEIGHT}">大冶市 《实施方案》</p>`);
    expect(records[2]!.html).toContain('<html lang="zh-CN">');
  });

  it('keeps a non-stable heading inside the section before it, and leaves ignored parts out', () => {
    expect(records[2]!.html).toContain('仍属任务1');
    expect(records.map((r) => r.html).join('')).not.toContain('清单</p>');
    expect(records[0]!.html).not.toContain('目录');
  });

  it('returns a page without anchored sections as it is', () => {
    const item = '<html><body><main data-pagefind-body><h1>高龄津贴</h1></main></body></html>';
    expect(splitForIndex(item, '/lists/l/item-3/')).toEqual([{ url: '/lists/l/item-3/', html: item }]);
  });
});
