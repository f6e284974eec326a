import { describe, expect, it } from 'vitest';
import { placesOf } from './places.ts';
import { readLexicon } from './query-data.ts';
import { understand } from './understand.ts';

// A small vocabulary in the shape the search page gets (src/lib/search/query-data.ts); homophones by hand.
const lexicon = {
  ...readLexicon({
    everyday: [
      ['意外伤害', '摔伤|摔倒'],
      ['法律援助', '请不起律师|维权'],
      ['失能', '瘫痪|卧床不起'],
      ['补贴', '补助|贴补|给钱'],
      ['独居', '一个人住'],
      ['失智', '老年痴呆'],
    ],
    terms: '护理补贴|高龄津贴|尊老金|体检|探访|意外伤害险',
    colloquial: '保险|老人补贴',
    glossary: [['shizhi', '失智']],
    sounds: '',
  }),
  sounds: new Map([
    ['理', 1],
    ['里', 1],
    ['体', 2],
    ['题', 2],
    ['贴', 3],
    ['帖', 3],
    ['区', 4],
    ['去', 4],
  ]),
};
const places = placesOf(['湖北省', '黄石市', '大冶市', '宁夏回族自治区'], ['湖北省', '宁夏回族自治区']);
const read = (q: string, options = {}) => understand(q, lexicon, places, options);

describe('understand', () => {
  it('drops asking words, particles and the people asking, keeping what names a benefit', () => {
    expect(read('高龄津贴怎么申请？').text).toBe('高龄津贴');
    expect(read('我妈能领护理补贴吗').text).toBe('护理补贴');
    expect(read('请问有没有体检呢').text).toBe('体检');
  });

  it('maps everyday words to policy terms and says so', () => {
    const u = read('老人摔伤了有保险吗');
    expect(u.text).toBe('意外伤害 保险');
    expect(u.mapped).toEqual([{ from: '摔伤', to: '意外伤害' }]);
    expect(read('老人打官司请不起律师').strict).toBe('法律援助');
  });

  it('keeps everyday words as typed when asked for the typed words', () => {
    const u = read('老人摔伤了有保险吗', { literal: true });
    expect(u.text).toBe('摔伤 保险');
    expect(u.mapped).toEqual([]);
  });

  it('keeps words it does not know as loose words, and drops single characters', () => {
    const u = read('瘫痪在床的老人护理补贴');
    expect(u.text).toBe('失能 护理补贴');
    expect(read('老人卧床不起家里困难有补助吗').text).toBe('失能 困难 补贴');
    const v = read('独居老人不放心');
    expect(v.loose).toEqual(['不放心']);
    expect(v.strict).toBe('独居');
  });

  it('takes the age out', () => {
    const u = read('八十岁老人有什么补贴');
    expect(u.age).toBe(80);
    expect(u.text).toBe('补贴');
    expect(read('我今年八十了能领什么')).toMatchObject({ age: 80, text: '' });
  });

  it('turns region names, short or full, into the region filter', () => {
    const u = read('大冶 高龄津贴');
    expect(u.places).toEqual([{ name: '大冶市', filter: 'region' }]);
    expect(u.text).toBe('高龄津贴');
    expect(read('宁夏适老化改造').places).toEqual([{ name: '宁夏回族自治区', filter: 'province' }]);
    // A region alone is searched for, too: its page.
    expect(read('黄石')).toMatchObject({ text: '黄石', places: [{ name: '黄石市', filter: 'region' }] });
    // With a region filter chosen, a region name is a word.
    expect(read('大冶 高龄津贴', { keepPlaces: true })).toMatchObject({ text: '大冶 高龄津贴', places: [] });
  });

  it('corrects characters typed by sound into policy terms only', () => {
    const u = read('瘫痪老人护里补贴');
    expect(u.text).toBe('失能 护理补贴');
    expect(u.mapped).toContainEqual({ from: '护里补贴', to: '护理补贴' });
    expect(read('老人免费题检').text).toBe('免费 体检');
    expect(read('高龄津帖').text).toBe('高龄津贴');
    // 区 sounds like 去, but 去医院 is no policy term.
    expect(read('社区医院').text).toBe('社区医院');
  });

  it('reads full-width characters, and traditional ones with the page’s table', () => {
    expect(read('８０岁老人补贴')).toMatchObject({ age: 80, text: '老人补贴' });
    const simplify = (s: string) => s.replace('齡', '龄').replace('貼', '贴');
    expect(read('高齡津貼', { simplify })).toMatchObject({ text: '高龄津贴', converted: '高龄津贴' });
  });

  it('knows a question about what a word means', () => {
    expect(read('失能是什么意思')).toMatchObject({ meaning: true, text: '失能' });
    expect(read('什么是高龄津贴')).toMatchObject({ meaning: true, text: '高龄津贴' });
    expect(read('老年痴呆是啥意思')).toMatchObject({ meaning: true, text: '失智' });
    expect(read('失能老人有什么补贴').meaning).toBe(false);
  });

  it('searches what was typed when nothing would be left', () => {
    expect(read('请问').text).toBe('请问');
  });
});
