import { asciiDigits, chineseNumeralToInt } from '../../src/lib/text.ts';

/**
 * The numbering kinds of Chinese policy documents, from the outside in:
 *   chapter — 第一章 …            (regulations and 办法)
 *   part    — 一、 二、 …          (GB/T 9704 first level)
 *   group   — (一) （一） …        (second level, half- or full-width brackets)
 *   task    — 1. 1． 1、 １． …    (third level)
 *   article — 第一条 …             (the unit of regulations; what follows inside an article is its text)
 *   item    — (1) （1） ① …        (fourth level: enumerations inside a paragraph's text, never headings)
 * How deep each kind sits depends on the kinds a document uses (structure.ts).
 */
export type NumberingKind = 'chapter' | 'part' | 'group' | 'task' | 'article' | 'item';

/** The order of the kinds from the outside in; an article stands where a task would. */
export const KIND_RANK: Record<NumberingKind, number> = { chapter: 0, part: 1, group: 2, task: 3, article: 3, item: 4 };

export interface Numbered {
  kind: NumberingKind;
  /** The number's value: 三 → 3, (十五) → 15, 12. → 12, 第二十条 → 20. */
  ordinal: number;
  /** The number exactly as printed, e.g. "（一）", "1." or "第三条". */
  number: string;
  /** What follows the number on the same line, verbatim (white space after 第X章/第X条 included). */
  rest: string;
}

const CN = '[零〇一二两三四五六七八九十百]+';
const CHAPTER = new RegExp(`^(第(?:${CN}|[0-9０-９]{1,3})章)(.*)$`, 'u');
const ARTICLE = new RegExp(`^(第(?:${CN}|[0-9０-９]{1,3})条)(.*)$`, 'u');
const PART = new RegExp(`^(${CN})、(.*)$`, 'u');
const GROUP = new RegExp(`^([（(])(${CN})([）)])(.*)$`, 'u');
const TASK = /^([0-9０-９]{1,3})([.．、])(?![0-9０-９])(.*)$/u;
const ITEM = /^([（(])([0-9０-９]{1,2})([）)])(.*)$/u;
const CIRCLED = /^([\u2460-\u2473])(.*)$/u;

function ordinalOf(s: string): number | null {
  const digits = asciiDigits(s);
  return /^\d+$/u.test(digits) ? Number(digits) : chineseNumeralToInt(s);
}

/** Recognises a numbered line; null for prose. Leading white space is ignored. */
export function matchNumbering(line: string): Numbered | null {
  const text = line.replace(/^[\s\u00A0\u3000]+/u, '');
  let m = CHAPTER.exec(text) ?? ARTICLE.exec(text);
  if (m) {
    // A following 款/项 reference (第一条第二款) is prose that cites an article, not an article.
    if (/^第[^条章]+[条章]\s*(第|规定|所|的|中|之)/u.test(text)) return null;
    const ordinal = ordinalOf(m[1]!.slice(1, -1));
    if (ordinal !== null)
      return { kind: m[1]!.endsWith('章') ? 'chapter' : 'article', ordinal, number: m[1]!, rest: m[2]! };
  }
  m = PART.exec(text);
  if (m) {
    const ordinal = chineseNumeralToInt(m[1]!);
    if (ordinal !== null) return { kind: 'part', ordinal, number: `${m[1]}、`, rest: m[2]! };
  }
  m = GROUP.exec(text);
  if (m) {
    // A mixed pair such as （一) still numbers a group: only the value matters.
    const ordinal = chineseNumeralToInt(m[2]!);
    if (ordinal !== null) return { kind: 'group', ordinal, number: `${m[1]}${m[2]}${m[3]}`, rest: m[4]! };
  }
  m = TASK.exec(text);
  if (m) return { kind: 'task', ordinal: Number(asciiDigits(m[1]!)), number: `${m[1]}${m[2]}`, rest: m[3]! };
  m = ITEM.exec(text);
  if (m) return { kind: 'item', ordinal: Number(asciiDigits(m[2]!)), number: `${m[1]}${m[2]}${m[3]}`, rest: m[4]! };
  m = CIRCLED.exec(text);
  if (m) return { kind: 'item', ordinal: m[1]!.charCodeAt(0) - 0x245f, number: m[1]!, rest: m[2]! };
  return null;
}
