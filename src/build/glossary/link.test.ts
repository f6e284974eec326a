import { describe, expect, it } from 'vitest';
import { linkFirstUses } from './link.ts';
import { termUses } from '../../lib/glossary/uses.ts';

const entries = [
  { id: 'tekun', term: '特困人员', forms: ['特困人员', '特困'], definition: '……………………。' },
  { id: 'dibao', term: '低保', forms: ['最低生活保障', '低保'], definition: '……………………。' },
  { id: 'bianyuan', term: '低保边缘家庭', forms: ['低保边缘'], definition: '……………………。' },
];

describe('linkFirstUses', () => {
  const html =
    '<main><h2>特困人员</h2><article data-verbatim><p>对特困人员和低保边缘家庭，以及低保、特困对象。</p><p>低保<a href="/x">特困</a></p><span data-site>低保</span></article><p>特困人员</p></main>';
  const { html: out, linked } = linkFirstUses(html, entries, '/glossary/');

  it('links the first use of each term in the verbatim text, the longest form first', () => {
    expect(linked).toEqual(['tekun', 'bianyuan', 'dibao']);
    expect(out).toContain(
      '对<a class="term" href="/glossary/#tekun" title="特困人员：查看解释">特困人员</a>和<a class="term" href="/glossary/#bianyuan" title="低保边缘家庭：查看解释">低保边缘</a>家庭，以及<a class="term" href="/glossary/#dibao" title="低保：查看解释">低保</a>、特困对象。',
    );
  });

  it('leaves headings, links, our own words and text outside the verbatim alone, and the text unchanged', () => {
    expect(out).toContain('<h2>特困人员</h2>');
    expect(out).toContain('<p>特困人员</p></main>');
    expect(out.replace(/<a class="term"[^>]*>([^<]*)<\/a>/gu, '$1')).toBe(html);
  });
});

it('termUses finds the places that name a term', () => {
  const places = [
    { url: '/d/#a', label: 'A', text: '没有', group: 'd' },
    { url: '/d/#b', label: 'B', text: '城乡低保对象', group: 'd' },
    { url: '/d/#c', label: 'C', text: '低保', group: 'd' },
    { url: '/i/', label: 'I', text: '最低生活保障家庭', group: '/i/' },
  ];
  expect(termUses(entries[1]!, places).map((p) => p.url)).toEqual(['/d/#b', '/i/']);
});
