/**
 * Numbers and deadlines in policy prose: 55%以上, 不得低于60%, 每百户不少于20平方米, 1.6万户, 5至10年,
 * 一刻钟, 全覆盖, 全部, 二级以上, 五年内, 2023年底前, 到2025年, “十四五”期间 … Used by the commitment proposer
 * (scripts/propose-commitments.ts); a reviewer turns the proposals into content.
 */
import type { Comparator } from '../../model/vocab.ts';
import { asciiDigits, chineseNumeralToInt } from '../text.ts';

export interface Quantity {
  /** The phrase, verbatim. */
  text: string;
  value: number;
  /** The upper end of a range (5至10年). */
  upTo?: number;
  /** %, 元, 户, 人次, 张, 平方米, 平方米/百户, 个, 所, 倍, 分钟, 年, 次, 人, 类, 周岁. */
  unit: string;
  comparator: Comparator;
}

export interface Deadline {
  /** The phrase, verbatim (到2025年底, 2024年6月底前, “十四五”期间). */
  text: string;
  year: number;
  /** Only when the text names a month. */
  month?: number;
}

const AT_LEAST = '不少于|不低于|不得低于|至少有|至少|达到|超过';
const AT_MOST = '不高于|不超过|不得高于|不得超过';
const UNITS = '%|％|元\\/每户|元\\/户|元|万户|户|人次|张|平方米|个|所|倍|分钟|年|次|人|类|周岁|岁|级';
const NUMBER = '\\d+(?:\\.\\d+)?|[一二两三四五六七八九十百千]+';

const QUANTITY = new RegExp(
  `(?<pre>${AT_LEAST}|${AT_MOST})?(?<per>每(?:百户|千人|个)?)?(?<pre2>${AT_LEAST}|${AT_MOST})?` +
    `(?<n>${NUMBER})(?:(?:至|-|—|~)(?<m>${NUMBER}))?(?<wan>万)?(?<unit>${UNITS})(?<post>及以上|以上|以下|以内|内)?`,
  'gu',
);

function toNumber(s: string): number | null {
  if (/^\d/u.test(s)) return Number(s);
  return chineseNumeralToInt(s);
}

/** 不高于当地同等服务市场价格的80%: the comparator stands before what the share is of, in the same clause. */
function clauseComparator(before: string): string | undefined {
  const m = new RegExp(`^.*(${AT_LEAST}|${AT_MOST})[^，,；;。、]*的$`, 'u').exec(before);
  return m?.[1];
}

/** 达到100% is exactly all; 达到60% is at least 60%. */
function comparatorOf(pre: string | undefined, post: string | undefined, value: number, unit: string): Comparator {
  if (pre === '达到' && value === 100 && unit === '%') return '=';
  if ((pre && new RegExp(`^(${AT_LEAST})$`, 'u').test(pre)) || post === '以上' || post === '及以上') return '≥';
  if ((pre && new RegExp(`^(${AT_MOST})$`, 'u').test(pre)) || post === '以下' || post === '以内' || post === '内')
    return '≤';
  return '=';
}

/** Every number with a unit in a sentence, plus 一刻钟 (15 分钟) and 全覆盖 (100%). */
export function quantitiesIn(sentence: string): Quantity[] {
  const text = asciiDigits(sentence);
  const found: Quantity[] = [];
  for (const m of text.matchAll(QUANTITY)) {
    const g = m.groups!;
    const value = toNumber(g.n!);
    if (value === null) continue;
    const pre = g.pre ?? g.pre2 ?? clauseComparator(text.slice(0, m.index));
    // A year (2025年) is a date, not an amount; 第十二次 is an ordinal.
    if (g.unit === '年' && value >= 1900) continue;
    if (text[m.index - 1] === '第') continue;
    // Chinese numerals are idiom more often than amount (一个时期, 一张图, 一次性): only with a comparator
    // before (至少一次) or after (二级以上, 五年内).
    if (!/^\d/u.test(g.n!) && !pre && !g.post) continue;
    let unit = g.unit!.replace('％', '%').replace('元/每户', '元/户');
    let scale = g.wan ? 10_000 : 1;
    if (unit === '万户') {
      unit = '户';
      scale = 10_000;
    }
    if (g.per === '每百户' && unit === '平方米') unit = '平方米/百户';
    const upTo = g.m ? toNumber(g.m) : null;
    const q: Quantity = {
      text: sentence.slice(m.index, m.index + m[0].length),
      value: value * scale,
      unit,
      comparator: comparatorOf(pre, g.post, value, unit),
    };
    if (upTo !== null) q.upTo = upTo * scale;
    found.push(q);
  }
  for (const m of sentence.matchAll(/“?一刻钟”?/gu))
    found.push({ text: m[0], value: 15, unit: '分钟', comparator: '=' });
  for (const m of sentence.matchAll(/全覆盖/gu)) found.push({ text: m[0], value: 100, unit: '%', comparator: '=' });
  // 全部实现, 全部转型, 所有医疗机构: all of a countable set (review decides what the set is).
  for (const m of sentence.matchAll(
    /全部(?=实现|转型|达到|建成|纳入)|所有(?=[^，,。；]{0,12}(?:机构|敬老院|设施|乡镇|街道|社区))/gu,
  )) {
    found.push({ text: m[0], value: 100, unit: '%', comparator: '=' });
  }
  return found;
}

const DEADLINE = /(?:到|于)?(?<y>\d{4})年(?:(?<mo>\d{1,2})月)?(?<end>底|末)?(?<before>前)?|“十四五”(?:期间|末)/gu;

/** Dates by which something is to be done: 2023年底前, 到2025年, 2024年6月底前, “十四五”期间 / 末 (2025). */
export function deadlinesIn(sentence: string): Deadline[] {
  const text = asciiDigits(sentence);
  const found: Deadline[] = [];
  for (const m of text.matchAll(DEADLINE)) {
    const raw = sentence.slice(m.index, m.index + m[0].length);
    if (m[0].startsWith('“十四五”')) {
      found.push({ text: raw, year: 2025 });
      continue;
    }
    const g = m.groups!;
    // A year counts as a deadline only when the text says by when (到/于 …, … 前, … 底/末).
    if (!m[0].startsWith('到') && !m[0].startsWith('于') && !g.before && !g.end) continue;
    const d: Deadline = { text: raw, year: Number(g.y) };
    if (g.mo) d.month = Number(g.mo);
    found.push(d);
  }
  return found;
}
