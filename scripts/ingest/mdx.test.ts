import { mdxToHast } from 'satteri';
import { describe, expect, it } from 'vitest';
import { escapeMdxText, mdxAttribute, mdxBlock } from './mdx.ts';
import { unescapeMdx } from '../../src/lib/compare/sections.ts';

/** What the site's MDX compiler shows for `mdx`: its text, and each attribute value. */
function rendered(mdx: string): { text: string; attributes: string[] } {
  let text = '';
  const attributes: string[] = [];
  const visit = (node: { type: string; value?: string; children?: unknown[]; attributes?: { value: unknown }[] }) => {
    if (node.type === 'text') text += node.value ?? '';
    for (const a of node.attributes ?? []) if (typeof a.value === 'string') attributes.push(a.value);
    for (const child of node.children ?? []) visit(child as typeof node);
  };
  visit(mdxToHast(mdx) as Parameters<typeof visit>[0]);
  return { text, attributes };
}

const HOSTILE = [
  "import x from 'y'。",
  'export default {}。',
  '<script>alert(1)</script>。',
  '<Heading anchor="x">不是组件</Heading>',
  '{a} {{b}} }{',
  '# 不是标题',
  '- 不是列表',
  '1. 不是列表',
  '1) 不是列表',
  '> 不是引用',
  '*** --- ===',
  '&amp; &lt; &#123; \\ \\{ \\\\',
  '[链接](http://example.com) ![图](x.png)',
  '|a|b| **粗** __细__ `码` ~删~',
  '“中文引号”与"ASCII引号"与\'单引号\'',
  '<!-- 注释 -->',
];

describe('escapeMdxText', () => {
  it.each(HOSTILE)('renders %s exactly as written', (line) => {
    expect(rendered(mdxBlock('Preamble', { anchor: 'preamble' }, [line])).text.trim()).toBe(line);
  });
  it('leaves no line the content check would refuse', () => {
    for (const line of HOSTILE.map(escapeMdxText)) {
      expect(line).not.toMatch(/^(import|export)\s/u);
      expect(line).not.toMatch(/(?<!\\)\{/u);
      expect(line).not.toMatch(/<\/?[A-Za-z]/u);
      expect(line).not.toMatch(/\banchor="/u);
    }
  });
  it('is undone by unescapeMdx, which the comparison pages use', () => {
    for (const line of HOSTILE) expect(unescapeMdx(escapeMdxText(line))).toBe(line);
  });
});

describe('mdxAttribute', () => {
  it.each(['附件：某市"一老一小"清单', "单引号'", '<b>{x}</b> & &amp;'])(
    'carries %s into the attribute value',
    (value) => {
      expect(rendered(`<Appendix ${mdxAttribute('heading', value)} />`).attributes).toEqual([value]);
    },
  );
});
