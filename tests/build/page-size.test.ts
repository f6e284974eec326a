import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { countElements, textLength } from './page-size.ts';

const PAGE = `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>页</title>
<style>p > a { color: red }</style><script type="module">const a = '<div>' + "<p>";</script></head>
<body><!-- <section>not one</section> --><main><h1 id="t">标题</h1><p>一<a href="/x/">二</a>三</p>
<article class="source-text"><h2>第一条</h2><p>本办法&nbsp;自2026年起施行。</p><br><img src="a.png" alt=""></article>
<custom-el data-x="1"></custom-el></main></body></html>`;

describe('page size without a parser', () => {
  it('counts the elements a parser finds, ignoring tags written inside scripts, styles and comments', () => {
    const parsed = parse(PAGE, { comment: false }).querySelectorAll('*').length;
    expect(countElements(PAGE)).toBe(parsed);
    expect(countElements(PAGE)).toBe(17);
  });

  it('measures the policy text when the page has one, else the whole page', () => {
    expect(textLength(PAGE)).toBe('第一条本办法.自2026年起施行。'.length);
    expect(textLength('<p>甲 乙</p>')).toBe(2);
  });
});
