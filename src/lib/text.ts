/** Small text helpers shared by ingestion, rendering and the checks. */

/** The digits of Chinese numerals (〇 and 两 included). */
export const CN_DIGITS: Readonly<Record<string, number>> = {
  零: 0,
  〇: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};

/** 十五 → 15, 二十三 → 23, 一百零二 → 102; null when the string is not a Chinese numeral. */
export function chineseNumeralToInt(s: string): number | null {
  if (!/^[零〇一二两三四五六七八九十百]+$/.test(s)) return null;
  let total = 0;
  let digit = 0;
  for (const ch of s) {
    if (ch === '百') {
      total += (digit || 1) * 100;
      digit = 0;
    } else if (ch === '十') {
      total += (digit || 1) * 10;
      digit = 0;
    } else {
      digit = CN_DIGITS[ch] ?? 0;
    }
  }
  return total + digit;
}

/** Full-width digits (１２) become ASCII digits; everything else is kept. */
export function asciiDigits(s: string): string {
  return s.replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));
}

/** Unicode NFC, Unix line ends, no BOM: the form every stored text is in. */
export function normalizeText(raw: string): string {
  return raw
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .normalize('NFC');
}

/** Removes every kind of white space (incl. NBSP and the ideographic space) — for whitespace-blind comparisons. */
export function stripWhitespace(s: string): string {
  return s.replace(/[\s\u00A0\u3000]+/g, '');
}

/** True when a line holds nothing but white space. */
export function isBlank(s: string): boolean {
  return stripWhitespace(s) === '';
}

/** Sentence-ending marks of Chinese policy prose. */
const SENTENCE_END = /(?<=[。！？；;!?])/u;

/** Splits prose into sentences after 。！？； (the mark stays with its sentence); empty pieces are dropped. */
export function splitSentences(s: string): string[] {
  return s
    .split(SENTENCE_END)
    .map((x) => x.trim())
    .filter((x) => x !== '');
}
