/**
 * How a 规章 (a government decree) or a 地方性法规 states its own enactment. Under the title, a 题注 in brackets:
 * （2023年11月20日市人民政府第38次常务会议审议通过　2023年12月5日某市人民政府令第12号公布　自2024年3月1日起施行）;
 * or, above the title, the 令 that promulgates it: 某市人民政府令 / 第12号 / 《某办法》已经…审议通过，现予公布，
 * 自…起施行。 / 市长　张三 / 2023年12月5日. Each states who issued it (the 令's issuer), its number (the 令 number),
 * when it was adopted (通过: the 成文日期), when published (公布) and when it takes effect.
 */
import type { Para, SourceLine } from './clean.ts';
import { dateLine, parseDate, PRINTED_DATE } from './dates.ts';

const S = '[\\s\\u3000]*';
const SERIAL = `第${S}[0-9０-９一二三四五六七八九十百千零〇]+${S}号`;

/** The number of a 令 or 公告 that promulgates a rule: 某市人民政府令第12号, 某省人民代表大会常务委员会公告第3号. */
const ORDER_NUMBER_SOURCE = `[\\u4e00-\\u9fff]{2,30}?(?:令|公告)${S}(?:[（(]${S}${SERIAL}${S}[）)]|${SERIAL})`;
/** A line that is only a 令 number (the 版头 of a 令: 第12号), or the whole number, perhaps in brackets. */
const ORDER_NUMBER_LINE = new RegExp(`^[（(〔]?(${ORDER_NUMBER_SOURCE}|${SERIAL})[）)〕]?$`, 'u');

/** The 令 number a line states and nothing else: 第12号, 某市人民政府令第12号, （某市人民政府令第12号）. */
export function orderNumberLine(text: string): string | null {
  return ORDER_NUMBER_LINE.exec(text.trim())?.[1]?.trim() ?? null;
}

export interface Enactment {
  /** 审议通过 / 通过: the date it was adopted, which is its 成文日期. */
  adopted?: string;
  /** 公布: the date it was promulgated. */
  published?: string;
  /** The number of the 令 (or 公告) that promulgated it, verbatim. */
  number?: string;
  /** The office whose 令 it is (某市人民政府 of 某市人民政府令). */
  issuer?: string;
  /** 市长　张三 under a 令: who signed it, verbatim. */
  signer?: string;
  /** 自…起施行, verbatim, and its date. */
  effective?: { date: string; clause: string };
  /** The lines that state it (the 题注, or the 令 up to its date). */
  lines: Para[];
}

const DATE = `(${PRINTED_DATE.source})`;
const ADOPTED = new RegExp(`^${DATE}${S}(.*?)(?:审议)?通过$`, 'u');
const APPROVED = new RegExp(`^${DATE}${S}.*批准$`, 'u');
const PUBLISHED = new RegExp(
  `^${DATE}${S}(?:(([\\u4e00-\\u9fff]{2,30}?)(?:令|公告)${S}(?:[（(]${S}${SERIAL}${S}[）)]|${SERIAL}))${S})?(?:公布|发布|颁布)$`,
  'u',
);
const EFFECTIVE = new RegExp(`^(?:自${S})?${DATE}${S}起${S}(?:施行|实施|执行|生效)$`, 'u');
const AMENDED = new RegExp(`^根据${S}${DATE}.*(?:修正|修订|修改|废止)$`, 'u');
/** 自2024年3月1日起施行 inside a 令's sentence. */
const EFFECTIVE_IN = new RegExp(`自${S}${DATE}${S}起${S}(?:施行|实施|执行|生效)`, 'u');
const ADOPTED_IN = new RegExp(`已(?:经|于)${S}${DATE}`, 'u');
/** What an office's name ends with, for the issuer of a 令. */
const OFFICE = /(人民政府|政府|委员会|常务委员会|办公厅|办公室|[局厅委])$/u;

/** The clauses of a 题注, split where it is spaced or punctuated (never inside 《》). */
function clauses(text: string): string[] {
  const out: string[] = [];
  let current = '';
  let depth = 0;
  for (const ch of text) {
    if (ch === '《') depth++;
    if (ch === '》') depth = Math.max(0, depth - 1);
    if (depth === 0 && /[\s\u3000，,；;]/u.test(ch)) {
      if (current) out.push(current);
      current = '';
    } else current += ch;
  }
  if (current) out.push(current);
  return out;
}

/** The facts of a 题注's text (without its brackets); null when any clause is not one of a 题注's. */
export function readCaption(text: string): Omit<Enactment, 'lines'> | null {
  const facts: Omit<Enactment, 'lines'> = {};
  const parts = clauses(text);
  if (parts.length === 0) return null;
  for (const part of parts) {
    const adopted = ADOPTED.exec(part);
    const published = PUBLISHED.exec(part);
    const effective = EFFECTIVE.exec(part);
    if (published) {
      facts.published ??= parseDate(published[1]!) ?? undefined;
      if (published[2]) facts.number ??= published[2];
      const office = published[3];
      if (office && OFFICE.test(office)) facts.issuer ??= office;
    } else if (adopted) facts.adopted ??= parseDate(adopted[1]!) ?? undefined;
    else if (effective) {
      const date = parseDate(effective[1]!);
      if (date) facts.effective ??= { date, clause: part };
    } else if (!APPROVED.test(part) && !AMENDED.test(part)) return null;
  }
  return facts.adopted || facts.published || facts.effective ? facts : null;
}

/** A 题注 at `k`: a bracket over one to four lines that states the enactment; null when the lines there are none. */
export function captionAt(lines: SourceLine[], k: number): { enactment: Enactment; end: number } | null {
  const first = lines[k]?.text ?? '';
  if (!/^[（(]/u.test(first)) return null;
  let joined = '';
  for (let j = k; j < Math.min(lines.length, k + 4); j++) {
    joined += (j > k ? '　' : '') + lines[j]!.text;
    if (!/[）)]$/u.test(lines[j]!.text)) continue;
    const facts = readCaption(joined.slice(1, -1));
    if (!facts) return null;
    const used = lines.slice(k, j + 1).map((l) => ({ text: l.text, line: l.line }));
    return { enactment: { ...facts, lines: used }, end: j };
  }
  return null;
}

const SIGNER = /^(?:代理?)?(省长|市长|州长|县长|区长|旗长|盟长|主席|主任)[\s\u3000]+(\S.*)$/u;

/**
 * The 令 that promulgates the text, at `k` (after its 版头 of 令 and number): its sentence
 * (《某办法》已经…审议通过，现予公布，自…起施行。), who signed it, and its date. Null when the lines there are none.
 */
export function orderAt(lines: SourceLine[], k: number): { enactment: Enactment; end: number } | null {
  let j = k;
  let sentence = '';
  while (j < lines.length && j < k + 4 && !/现予(?:公布|发布)/u.test(sentence)) sentence += lines[j++]!.text;
  if (!/现予(?:公布|发布)/u.test(sentence)) return null;
  while (j < lines.length && j < k + 6 && !/[。]$/u.test(lines[j - 1]!.text)) sentence += lines[j++]!.text;
  const signer = SIGNER.exec(lines[j]?.text ?? '');
  if (signer) j++;
  const published = dateLine(lines[j]?.text ?? '');
  if (!published) return null;
  const adopted = ADOPTED_IN.exec(sentence);
  const effective = EFFECTIVE_IN.exec(sentence);
  const effectiveDate = effective ? parseDate(effective[1]!) : null;
  const enactment: Enactment = {
    published,
    lines: lines.slice(k, j + 1).map((l) => ({ text: l.text, line: l.line })),
    ...(adopted && parseDate(adopted[1]!) ? { adopted: parseDate(adopted[1]!)! } : {}),
    ...(effective && effectiveDate ? { effective: { date: effectiveDate, clause: effective[0] } } : {}),
    ...(signer ? { signer: signer[0] } : {}),
  };
  return { enactment, end: j };
}
