/**
 * Ages in a query and in list items (docs/search.md). A visitor writes an age as 80岁, 八十岁, 八旬, 80周岁以上,
 * 八十多岁 or 今年八十了; the search page takes it out of the words and lets it narrow the list items, as the
 * items' own age thresholds (服务对象: 80周岁及以上) allow.
 */

import { CN_DIGITS as DIGITS } from '../text.ts';

/** A number in digits or Chinese numerals up to 199: 80, 八十, 八十五, 一百零五, 百. */
export function readNumber(s: string): number | undefined {
  if (/^\d+$/u.test(s)) return Number(s);
  if (!/^[零〇一二两三四五六七八九十百]+$/u.test(s)) return undefined;
  let rest = s;
  let n = 0;
  const hundred = /^([一二两]?)百零?/u.exec(rest);
  if (hundred) {
    n += 100 * (hundred[1] ? DIGITS[hundred[1]]! : 1);
    rest = rest.slice(hundred[0].length);
  }
  const tens = /^([二三四五六七八九]?)十/u.exec(rest);
  if (tens) {
    n += 10 * (tens[1] ? DIGITS[tens[1]]! : 1);
    rest = rest.slice(tens[0].length);
  }
  if (rest.length === 1 && DIGITS[rest] !== undefined) return n + DIGITS[rest]!;
  if (rest.length === 0 && (hundred || tens)) return n;
  return undefined;
}

const NUMBER = '(\\d{1,3}|[零〇一二两三四五六七八九十百]{1,5})';
/** Ages as words: 花甲 60, 古稀 70, 耄耋 80, 期颐 100, and 六旬 … 九旬 (in one's sixties … nineties). */
const WORDS: [RegExp, (m: RegExpExecArray) => number | undefined][] = [
  [
    new RegExp(
      `(?:今年|已经|年满|刚满|满|都|快)?\\s*${NUMBER}\\s*(?:多|来)?\\s*(?:周岁|岁)(?:\\s*(?:及以上|以上|以后|左右|出头|多))?`,
      'u',
    ),
    (m) => readNumber(m[1]!),
  ],
  [
    new RegExp(`(?:今年|已经|已|都|快|年满|满|刚满|过了|到了)\\s*${NUMBER}\\s*(?:多)?\\s*了`, 'u'),
    (m) => readNumber(m[1]!),
  ],
  [new RegExp(`${NUMBER}\\s*(?:以上|多)?\\s*(?=的?(?:老人|老年人|高龄|长者))`, 'u'), (m) => readNumber(m[1]!)],
  [/([六七八九])旬/u, (m) => readNumber(`${m[1]}十`)],
  [/花甲/u, () => 60],
  [/古稀/u, () => 70],
  [/耄耋/u, () => 80],
  [/期颐|百岁/u, () => 100],
];

/** The first age a query names (from 40 to 130), and the query without it; the query unchanged when it names none. */
export function takeAge(query: string): { age?: number; rest: string } {
  for (const [pattern, value] of WORDS) {
    const m = pattern.exec(query);
    const age = m ? value(m) : undefined;
    if (m && age !== undefined && age >= 40 && age <= 130)
      return { age, rest: `${query.slice(0, m.index)} ${query.slice(m.index + m[0].length)}` };
  }
  return { rest: query };
}

/** An item's age thresholds as its list states them (src/model/list.ts: value and bound). */
interface AgeBound {
  value: number;
  bound: 'min' | 'max';
}

/**
 * An item's ages as the search index carries them (meta `age` of the item, ./item-facts.ts): its lower
 * thresholds, comma-separated, then `-max` for an upper one when there is no lower one: "60,70" (60周岁及以上,
 * 70周岁以上 free), "80", "-70". An upper bound beside a lower one is a tier of the same benefit
 * (60周岁以上70周岁以下半价), not a limit. Undefined when the item states no age.
 */
export function itemAges(ages: readonly AgeBound[]): string | undefined {
  const mins = [...new Set(ages.filter((a) => a.bound === 'min').map((a) => a.value))].sort((a, b) => a - b);
  if (mins.length) return mins.join(',');
  const max = Math.max(...ages.filter((a) => a.bound === 'max').map((a) => a.value));
  return Number.isFinite(max) ? `-${max}` : undefined;
}

/**
 * How an item's ages fit an age: undefined when they exclude it (below the lowest threshold, above the upper
 * bound); else the highest threshold it reaches (0 without one), so that the items of that age come first:
 * at 82, 高龄津贴 (80) before 健康管理 (65).
 */
export function ageFit(ages: string | undefined, age: number): number | undefined {
  if (!ages) return 0;
  if (ages.startsWith('-')) return age <= Number(ages.slice(1)) ? 0 : undefined;
  const reached = ages
    .split(',')
    .map(Number)
    .filter((min) => min <= age);
  return reached.length ? Math.max(...reached) : undefined;
}
