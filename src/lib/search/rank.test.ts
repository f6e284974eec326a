import { describe, expect, it } from 'vitest';
import { rankCards } from './rank.ts';
import type { SearchCard } from './results.ts';

const card = (url: string, kind: string, about = 0, density = 0, ages?: string, matched = 4): SearchCard => ({
  url,
  title: url,
  excerpt: '',
  kind,
  region: '',
  document: '',
  amount: '',
  version: '',
  status: '',
  isSection: kind === '政策原文章节',
  matched,
  about,
  density,
  ...(ages ? { ages } : {}),
});
const urls = (cards: SearchCard[]) => cards.map((c) => c.url);

describe('rankCards', () => {
  const glossary = card('/glossary/#shilaohua-gaizao', '术语', 1, 1);
  const item = card('/lists/l/item-21/', '清单条目', 1, 0.7);
  const task = card('/documents/d/#task-11', '政策原文章节', 1, 0.4);
  const mention = card('/documents/d/#task-7', '政策原文章节', 0, 0);

  it('puts what a card is about before a passing mention, and the glossary last', () => {
    expect(urls(rankCards([glossary, mention, task, item]))).toEqual([item.url, task.url, mention.url, glossary.url]);
  });

  it('puts the glossary first when the query asks what a word means', () => {
    expect(urls(rankCards([mention, item, glossary], { meaning: true }))).toEqual([
      glossary.url,
      item.url,
      mention.url,
    ]);
  });

  it('puts the card holding more of the query first, and an item before a text on a tie', () => {
    const more = card('/documents/d/#task-3', '政策原文章节', 0, 0, undefined, 8);
    expect(urls(rankCards([task, more]))).toEqual([more.url, task.url]);
    const text = card('/documents/d/#task-8', '政策原文章节', 1, 0.9);
    const entitlement = card('/lists/l/item-23/', '清单条目', 1, 0.2);
    expect(urls(rankCards([text, entitlement]))).toEqual([entitlement.url, text.url]);
  });

  it('keeps the order of cards that tie', () => {
    const a = card('/a/', '政策原文', 1, 0.5);
    const b = card('/b/', '政策原文', 1, 0.5);
    expect(urls(rankCards([b, a]))).toEqual(['/b/', '/a/']);
  });

  it('narrows items to an age, those of that very age first', () => {
    const zunlao = card('/lists/l/item-3/', '清单条目', 1, 0.5, '80');
    const bus = card('/lists/l/item-8/', '清单条目', 1, 0.5, '65');
    const care = card('/lists/l/item-18/', '清单条目', 1, 0.5);
    expect(urls(rankCards([care, bus, zunlao], { age: 82 }))).toEqual([zunlao.url, bus.url, care.url]);
    expect(urls(rankCards([care, bus, zunlao], { age: 70 }))).toEqual([bus.url, care.url]);
  });
});
