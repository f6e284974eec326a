/** Facts a document states about itself or the documents it cites, read from its own text. Nothing here is guessed. */
import { UNSTATED } from '../../src/model/vocab.ts';

export interface CitedDocument {
  title: string;
  number: string;
}

const YEAR_OPEN = '〔﹝\\[［【（(';
const YEAR_CLOSE = '〕﹞\\]］】）)';

/**
 * A document number (发文字号): issuer code, the year in brackets, the serial and 号 — 中办发〔2022〕42号,
 * 云办发﹝2022﹞67号, 某政办发[2023]12号, 鄂政办发（2023）3号. Texts use every kind of bracket for the year.
 */
export const DOC_NUMBER_SOURCE = `[\\u4e00-\\u9fffA-Za-z]{1,14}[${YEAR_OPEN}]\\s*\\d{4}\\s*[${YEAR_CLOSE}]\\s*第?\\s*\\d{1,5}\\s*号`;
const DOC_NUMBER_FIRST = new RegExp(`^\\s*(${DOC_NUMBER_SOURCE})`, 'u');

const OPENERS = '(（';
const CLOSERS = ')）';

/** The bracket that opens at `start` (（ or (), with brackets inside it matched; null when it does not close. */
function bracketAt(text: string, start: number): string | null {
  if (!OPENERS.includes(text[start] ?? '')) return null;
  let depth = 0;
  for (let i = start; i < text.length; i++) {
    if (OPENERS.includes(text[i]!)) depth++;
    else if (CLOSERS.includes(text[i]!) && --depth === 0) return text.slice(start + 1, i);
  }
  return null;
}

/** Strips what may differ between two printings of one title: white space and 书名号. */
export function titleKey(title: string): string {
  return title.replace(/[\s\u3000《》〈〉]/gu, '');
}

/**
 * Every 《title》 the text cites, with the document number in the bracket right after it when there is one
 * (otherwise 未注明). Titles equal to one of `ownTitles` (the document itself, its 印发通知's) are left out.
 */
export function citedDocuments(text: string, ownTitles: string[] = []): CitedDocument[] {
  const own = new Set(ownTitles.map(titleKey));
  const cited: CitedDocument[] = [];
  for (const m of text.matchAll(/《([^《》]+)》/gu)) {
    // 以下简称《意见》 names a cited document again, shorter; it is not another one.
    if (own.has(titleKey(m[1]!)) || /(简称|以下称)$/u.test(text.slice(0, m.index))) continue;
    const bracket = bracketAt(text, m.index + m[0].length);
    const number = (bracket !== null && DOC_NUMBER_FIRST.exec(bracket)?.[1]) || UNSTATED;
    cited.push({ title: m[1]!, number });
  }
  return cited;
}

/** Years the text sets targets for: 到2025年, 2023年底前, 2024年前, 2022年底 (not 2018年以来). */
export function targetYears(text: string): number[] {
  const years = new Set<number>();
  // 截至2022年底 / 截止到2022年 states where things stand, not a target.
  const pattern = /(?:(?<!截止)到|(?<!有效期|截)至)(\d{4})年|(?<!截至|截止|截止到|截至到)(\d{4})年(?:底前|前|底)/gu;
  for (const m of text.matchAll(pattern)) {
    years.add(Number(m[1] ?? m[2]));
  }
  return [...years].sort((a, b) => a - b);
}
