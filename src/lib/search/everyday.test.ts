import { describe, expect, it } from 'vitest';
import type { AliasGroup, EverydayGroup } from '../../model/site-data.ts';
import { everydayProblems } from './everyday.ts';

const group = (term: string, words: string[]): EverydayGroup => ({ term, words, review: 'reviewed', note: 'n' });
const aliases: AliasGroup[] = [{ terms: ['养老机构', '养老院'], colloquial: ['住养老院'], note: 'n' }];
const site = '老年人意外伤害险 法律援助服务 养老机构';
const onSite = (t: string) => site.includes(t);

describe('everydayProblems', () => {
  it('accepts groups whose terms are on the site and whose words stand for one term each', () => {
    expect(
      everydayProblems([group('意外伤害', ['摔伤', '摔倒']), group('法律援助', ['律师'])], aliases, onSite),
    ).toEqual([]);
  });

  it('refuses a word mapped to two terms, or listed twice', () => {
    expect(everydayProblems([group('意外伤害', ['摔伤']), group('法律援助', ['摔伤'])], aliases, onSite)).toEqual([
      '1.words: "摔伤" is also in group 0 (→ 意外伤害) — a word can stand for one term only: keep it in one group',
    ]);
    expect(everydayProblems([group('意外伤害', ['摔伤', '摔伤'])], aliases, onSite)).toEqual([
      '0.words: "摔伤" is listed twice — keep one',
    ]);
  });

  it('refuses a term that appears nowhere on the site, and two groups for one term', () => {
    expect(everydayProblems([group('喘息服务', ['替班'])], aliases, onSite)).toEqual([
      '0.term: "喘息服务" appears nowhere on the site (documents, lists, glossary, plain words) — map the words to a wording the texts use',
    ]);
    expect(everydayProblems([group('法律援助', ['律师']), group('法律援助', ['打官司'])], aliases, onSite)).toEqual([
      '1.term: "法律援助" is also the term of group 0 — merge the two groups',
    ]);
  });

  it('refuses words that are searched as they are', () => {
    expect(
      everydayProblems([group('意外伤害', ['意外伤害', '法律援助']), group('法律援助', ['养老院'])], aliases, onSite),
    ).toEqual([
      '0.words: "意外伤害" is the group\'s own term — drop it from the words',
      '0.words: "法律援助" is the term of group 1, searched as it is — drop it from the words',
      '1.words: "养老院" is a policy wording of group 0 in search/aliases.yaml, which the index already knows — drop it from the words',
    ]);
  });
});
