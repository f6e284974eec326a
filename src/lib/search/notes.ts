/**
 * What the search page says about how it understood a query (docs/search.md): the policy terms it searched
 * for instead of everyday words or typos, the region and age it read, and the words it had to leave out. Each
 * quoted word is bounded like the status line's echo (./status.ts).
 */
import { echoQuery } from './status.ts';
import type { Understanding } from './understand.ts';

const WORD = 12;
const quote = (words: readonly string[]) => words.map((w) => `“${echoQuery(w, WORD)}”`).join('');

export interface Notes {
  /** 按“意外伤害”为您查找（您写的是“摔伤”）。 — when a word was replaced or the characters converted. */
  mapped?: string;
  /** 只看大冶市的结果。 */
  places?: string;
  /** 年龄：80 岁 …。 */
  age?: string;
  /** 没有同时含有“不放心”的内容，下面是按“独居”找到的。 — when loose words had to be left out. */
  relaxed?: string;
}

/** `searched`: the text that found the results shown (another than u.text when loose words were left out). */
export function understandingNotes(u: Understanding, searched: string | null): Notes {
  const notes: Notes = {};
  const to = [...new Set(u.mapped.map((m) => m.to))];
  if (to.length) notes.mapped = `按${quote(to)}为您查找（您写的是${quote(u.mapped.map((m) => m.from))}）。`;
  else if (u.converted) notes.mapped = `按简体字“${echoQuery(u.converted, 30)}”为您查找。`;
  if (u.places.length) notes.places = `只看${u.places.map((p) => p.name).join('、')}的结果。`;
  if (u.age !== undefined)
    notes.age = `年龄：${u.age} 岁。服务清单的条目只列出这个年龄可以享受的，年龄要求最接近的在前。`;
  if (searched !== null && searched !== u.text && u.text) {
    const left = u.text.split(' ').filter((w) => !searched.split(' ').includes(w));
    notes.relaxed = `没有同时含有${quote(left)}的内容，下面是按${quote(searched.split(' '))}找到的。`;
  }
  return notes;
}
