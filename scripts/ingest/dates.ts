/** Dates as policy texts and portals print them, read into YYYY-MM-DD; never completed or guessed. */
import { asciiDigits, chineseNumeralToInt } from '../../src/lib/text.ts';

const CN_YEAR_DIGIT: Record<string, string> = Object.fromEntries(
  [...'〇○零ＯO一二三四五六七八九'].map((c, i) => [c, String(Math.max(0, i - 4))]),
);

const ARABIC = '[0-9０-９]';
const CN_DIGIT = '[〇○零ＯO一二三四五六七八九]';
const CN_SMALL = '[一二三四五六七八九十]{1,3}';
const S = '[\\s\\u3000]*';

/** A date in the forms printed texts use: 2023年4月11日, 2023 年 04 月 11 日, 二〇二三年四月十一日. */
export const PRINTED_DATE = new RegExp(
  `(?:${ARABIC}{4}${S}年${S}${ARABIC}{1,2}${S}月${S}${ARABIC}{1,2}${S}日|${CN_DIGIT}{4}年${CN_SMALL}月${CN_SMALL}日)`,
  'u',
);

/** The forms portals use besides: 2023-04-18, 2023-04-18 10:20, 2023/4/18, 2023.04.18. */
const NUMERIC_DATE = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[\sT]+\d{1,2}:\d{2}(?::\d{2})?)?$/u;

function iso(y: number, m: number, d: number): string | null {
  const s = `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
  const date = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(s) ? s : null;
}

/** The date a whole string states (white space around it allowed), as YYYY-MM-DD; null when it is not one real date. */
export function parseDate(text: string): string | null {
  const s = asciiDigits(text.trim().replace(/\s+(?=[年月日])|(?<=[年月])\s+/gu, ''));
  const numeric = NUMERIC_DATE.exec(s);
  if (numeric) return iso(Number(numeric[1]), Number(numeric[2]), Number(numeric[3]));
  const arabic = /^(\d{4})年(\d{1,2})月(\d{1,2})日$/u.exec(s);
  if (arabic) return iso(Number(arabic[1]), Number(arabic[2]), Number(arabic[3]));
  const cn = new RegExp(`^(${CN_DIGIT}{4})年(${CN_SMALL})月(${CN_SMALL})日$`, 'u').exec(s);
  if (cn) {
    const year = Number([...cn[1]!].map((c) => CN_YEAR_DIGIT[c]).join(''));
    const month = chineseNumeralToInt(cn[2]!);
    const day = chineseNumeralToInt(cn[3]!);
    return month && day ? iso(year, month, day) : null;
  }
  return null;
}

/** The first printed date inside a longer text (自2024年1月1日起施行), as YYYY-MM-DD, or null. */
export function findDate(text: string): string | null {
  const m = PRINTED_DATE.exec(text);
  return m ? parseDate(m[0]) : null;
}

/** A line that is a date and nothing else, brackets allowed: 2023年4月11日, （2025年7月11日）, 二〇二三年四月十一日. */
export function dateLine(text: string): string | null {
  const inner = /^[（(]?(.+?)[）)]?$/u.exec(text.trim())?.[1] ?? '';
  return PRINTED_DATE.test(inner) ? parseDate(inner) : null;
}
