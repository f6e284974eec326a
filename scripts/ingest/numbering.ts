import { asciiDigits, chineseNumeralToInt } from '../../src/lib/text.ts';

/**
 * The three numbering levels of Chinese policy documents:
 *   1 — 一、 二、 …            (parts)
 *   2 — (一) （一） …         (groups, half- or full-width brackets)
 *   3 — 1. 1． 1、 １． …      (numbered tasks)
 */
export type NumberingLevel = 1 | 2 | 3;

export interface Numbered {
  level: NumberingLevel;
  /** The number's value: 三 → 3, (十五) → 15, 12. → 12. */
  ordinal: number;
  /** The number exactly as printed, e.g. "（一）" or "1.". */
  number: string;
  /** What follows the number on the same line, verbatim. */
  rest: string;
}

const LEVEL1 = /^([零〇一二两三四五六七八九十百]+)、(.*)$/u;
const LEVEL2 = /^([（(])([零〇一二两三四五六七八九十百]+)([）)])(.*)$/u;
const LEVEL3 = /^([0-9０-９]{1,3})([.．、])(?![0-9０-９])(.*)$/u;

/** Recognises a numbered line; null for prose. Leading white space is ignored. */
export function matchNumbering(line: string): Numbered | null {
  const text = line.replace(/^[\s\u00A0\u3000]+/, '');
  let m = LEVEL1.exec(text);
  if (m) {
    const ordinal = chineseNumeralToInt(m[1]!);
    if (ordinal !== null) return { level: 1, ordinal, number: `${m[1]}、`, rest: m[2]! };
  }
  m = LEVEL2.exec(text);
  if (m) {
    // A mixed pair such as （一) still numbers a group: only the value matters.
    const ordinal = chineseNumeralToInt(m[2]!);
    if (ordinal !== null) return { level: 2, ordinal, number: `${m[1]}${m[2]}${m[3]}`, rest: m[4]! };
  }
  m = LEVEL3.exec(text);
  if (m) {
    return { level: 3, ordinal: Number(asciiDigits(m[1]!)), number: `${m[1]}${m[2]}`, rest: m[3]! };
  }
  return null;
}
