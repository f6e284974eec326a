import { describe, expect, it } from 'vitest';
import { readLexicon } from '../../lib/search/query-data.ts';
import { queryData } from './query-data.ts';

describe('queryData', () => {
  const data = queryData({
    everyday: [
      { term: '意外伤害', words: ['摔伤', '摔倒'], review: 'reviewed', note: 'n' },
      { term: '法律援助', words: ['打官司'], review: 'pending', note: 'n' },
    ],
    aliases: [{ terms: ['高龄津贴', '尊老金'], colloquial: ['老人补贴'], note: 'n' }],
    glossary: [
      { id: 'dibao', term: '低保（最低生活保障）', forms: ['最低生活保障', '低保'], definition: 'd'.repeat(10) },
      { id: 'shineng', term: '失能', forms: ['失能'], definition: 'd'.repeat(10) },
    ],
  });

  it('sends the reviewed everyday groups only, with the index’s wordings and the glossary’s', () => {
    expect(data.everyday).toEqual([['意外伤害', '摔伤|摔倒']]);
    expect(data.terms).toBe('高龄津贴|尊老金');
    expect(data.colloquial).toBe('老人补贴');
    expect(data.glossary).toEqual([
      ['dibao', '最低生活保障|低保'],
      ['shineng', '失能'],
    ]);
  });

  it('reads back as the lexicon the search page understands queries with', () => {
    const lexicon = readLexicon(data);
    expect(lexicon.everyday.get('摔倒')).toBe('意外伤害');
    expect(lexicon.everyday.has('打官司')).toBe(false);
    expect([...lexicon.terms]).toEqual(expect.arrayContaining(['高龄津贴', '意外伤害', '低保']));
    expect(lexicon.known.has('老人补贴')).toBe(true);
    expect(lexicon.terms.has('老人补贴')).toBe(false);
    expect(lexicon.glossary.get('低保')).toBe('dibao');
    expect(lexicon.sounds.get('理')).toBe(lexicon.sounds.get('里'));
  });
});
