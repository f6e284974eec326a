/**
 * The printed parts of a document around its text (GB/T 9704-2012): the 版头 (发文机关标志, 发文字号, 签发人),
 * the title block (title lines, status line, date line), 主送机关, the signature (署名 and 成文日期), 附件说明,
 * 附注 and the 版记 (抄送, 印发机关和印发日期). Each recogniser looks at one line, or a few, and states only what
 * the lines print.
 */
import type { DocumentStatus } from '../../src/model/vocab.ts';
import type { SourceLine } from './clean.ts';
import { dateLine, parseDate, PRINTED_DATE } from './dates.ts';
import { orderNumberLine } from './enactment.ts';
import { DOC_NUMBER_SOURCE } from './metadata.ts';
import { matchNumbering } from './numbering.ts';
import { responsibilityLine } from './responsibility.ts';

const SENTENCE_PUNCT = /[。，,：:；;！？!?]/u;
const MAX_TITLE = 40;
const WS = '[\\s\\u3000]';

/** 附件, 附件2, 附件：清单, 附件 1 … — a label line, with or without the attachment's title after it. */
export const APPENDIX = /^附件\s*([0-9０-９一二三四五六七八九十]*)(?:[:：\s]\s*(.*))?$/u;

/** The words a status bracket under (or in) a title uses, and the status each gives. 修订/年版 texts are 现行有效. */
const STATUS_WORDS = '征求意见稿|送审稿|草案|讨论稿|试行|暂行|修订稿|修订|\\d{4}年(?:修订)?版';
const STATUS_LINE = new RegExp(`^[（(](?:[^（()）]*?)(${STATUS_WORDS})[）)]$`, 'u');

/**
 * The status a title or status line states: 征求意见稿, 送审稿, 草案 (讨论稿 is a draft too) — a draft of a 试行
 * text is a draft —, 试行 when a bracket says so (办法（试行）, a line （试行）), otherwise 现行有效. A 试行 outside
 * a bracket (关于试行…的通知) names what the text is about, not its status.
 */
export function statusOf(text: string): DocumentStatus {
  if (/征求意见稿/u.test(text)) return '征求意见稿';
  if (/送审稿/u.test(text)) return '送审稿';
  if (/草案|讨论稿/u.test(text)) return '草案';
  if (/[（(][^（()）]*试行[^（()）]*[）)]/u.test(text)) return '试行';
  return '现行有效';
}

/** A line such as （送审稿）, （征求意见稿）, （试行）, （2024年版）. */
export function isStatusLine(text: string): boolean {
  return STATUS_LINE.test(text);
}

/** A line that reads as a heading: no sentence punctuation, not bracketed, not numbered, short. */
export function isHeadingLike(text: string): boolean {
  return (
    !SENTENCE_PUNCT.test(text) &&
    !/^[（(〔【［[].*[）)〕】］\]]$/u.test(text) &&
    matchNumbering(text) === null &&
    !APPENDIX.test(text) &&
    [...text].length <= MAX_TITLE
  );
}

/** What the name of an office or body ends with (署名, 发文机关标志, 印发机关). */
const ORG_END =
  /(人民政府|政府|办公室|办公厅|委员会|党委|[省市县区州盟旗]委|局|厅|部|院|会|中心|小组|办|署|室|联合会|总工会|妇联|残联|团委|公司)$/u;

/** The names of one or more offices on one line (中共某市委　某市人民政府), or null. */
/**
 * A title printed over several lines, as one string: lines are joined without a gap (a title wraps anywhere),
 * except between two lines of issuers' names alone (a joint notice: 黄石市医疗保障局 黄石市财政局 /
 * 黄石市卫生健康委员会 黄石市民政局 / 关于印发…), where the names stay apart.
 */
export function joinTitleLines(lines: readonly string[]): string {
  return lines.reduce(
    (title, line, i) => (i > 0 && orgNames(lines[i - 1]!) && orgNames(line) ? `${title} ${line}` : title + line),
    '',
  );
}

export function orgNames(text: string): string[] | null {
  if (SENTENCE_PUNCT.test(text) || /[、《》]/u.test(text) || [...text].length > 60) return null;
  if (matchNumbering(text) !== null) return null;
  const names = text.split(/[\s\u3000]+/u).filter((s) => s !== '');
  return names.length > 0 && names.every((n) => ORG_END.test(n) && [...n].length >= 3) ? names : null;
}

/** 发文机关标志: 某市人民政府办公室文件 (one or more offices, then 文件), or a 令's: 某市人民政府令. */
export function issuerMark(text: string): string[] | null {
  const m = /^(.+?)[\s\u3000]*(?:文件|令)$/u.exec(text);
  return m ? orgNames(m[1]!) : null;
}

const NUMBER_LINE = new RegExp(
  `^[（(]?(${DOC_NUMBER_SOURCE})[）)]?(?:${WS}+签发人${WS}*[:：]${WS}*(.+))?$|^签发人${WS}*[:：]${WS}*(.+)$`,
  'u',
);

/**
 * The 发文字号 line of the 版头, perhaps with 签发人 on it (某政发〔2023〕12号　　签发人：张三), or a 签发人 line;
 * or a 令's number (第12号 under 某市人民政府令, 某市人民政府令第12号).
 */
export function numberLine(text: string): { documentNumber?: string; signer?: string } | null {
  const order = orderNumberLine(text);
  if (order) return { documentNumber: order };
  const m = NUMBER_LINE.exec(text);
  if (!m) return null;
  const signer = (m[2] ?? m[3])?.trim();
  return { ...(m[1] ? { documentNumber: m[1].trim() } : {}), ...(signer ? { signer } : {}) };
}

/** 主送机关: 各县（市、区）人民政府，市政府各部门： — a line of addressees that ends in a colon. */
export function addresseeLine(text: string): string | null {
  const m = /^(.+?)[:：]$/u.exec(text);
  if (!m || /。|如下|通知|意见|决定|报告/u.test(m[1]!) || [...m[1]!].length > 150) return null;
  const addressees = m[1]!;
  return /^(各|全[省市县区州])/u.test(addressees) ||
    /(人民政府|政府|部门|单位|机构|委员会|党委|[局厅委办院])$/u.test(addressees)
    ? addressees
    : null;
}

export interface Signature {
  /** 0-based index of the signature's first and last line in the given lines. */
  start: number;
  end: number;
  /** The offices that sign, as printed. */
  issuers: string[];
  /** 成文日期, when the signature has one. */
  date?: string;
}

const ORG_AND_DATE = new RegExp(`^(.+?)${WS}+(${PRINTED_DATE.source})$`, 'u');

/**
 * A signature block starting at `k`: one to four lines of offices, then a date line (or offices and date on
 * one line); null when the lines there are not one.
 */
export function signatureAt(lines: SourceLine[], k: number): Signature | null {
  const oneLine = ORG_AND_DATE.exec(lines[k]?.text ?? '');
  if (oneLine) {
    const names = orgNames(oneLine[1]!);
    const date = parseDate(oneLine[2]!);
    if (names && date) return { start: k, end: k, issuers: names, date };
  }
  const issuers: string[] = [];
  let j = k;
  while (j < lines.length && j < k + 4) {
    const names = orgNames(lines[j]!.text);
    if (!names) break;
    issuers.push(...names);
    j++;
  }
  if (issuers.length === 0 || j >= lines.length) return null;
  const date = dateLine(lines[j]!.text);
  return date ? { start: k, end: j, issuers, date } : null;
}

/** 附注: a whole bracketed line after the text — （此件公开发布）, （联系人：张三，电话：…） — that is no responsibility. */
export function isAnnotation(text: string): boolean {
  return (
    /^[（(][^]*[）)]$/u.test(text) &&
    matchNumbering(text) === null &&
    !isStatusLine(text) &&
    dateLine(text) === null &&
    !responsibilityLine(text)
  );
}

const PRINTED_BY = new RegExp(`^(?:(.+?)${WS}+)?(${PRINTED_DATE.source})${WS}*印发$`, 'u');

/** 版记: 抄送：… (the copy list) or 某市人民政府办公室　　2023年4月12日印发. */
export function imprintLine(text: string): { copiedTo: string } | { printedBy?: string; datePrinted: string } | null {
  const copy = /^抄\s*送[:：]\s*(.+)$/u.exec(text);
  if (copy) return { copiedTo: copy[1]! };
  const printed = PRINTED_BY.exec(text);
  const date = printed ? parseDate(printed[2]!) : null;
  if (!printed || !date) return null;
  return { ...(printed[1] ? { printedBy: printed[1].trim() } : {}), datePrinted: date };
}

/**
 * 附件说明 at `k` (附件：1.某市…方案 / 2.某市…清单), when a signature or date follows it: it lists the attachments,
 * it is not one. Returns the index of its last line and the attachments' titles, or null.
 */
export function attachmentNoteAt(lines: SourceLine[], k: number): { end: number; titles: string[] } | null {
  const m = /^附\s*件[:：]\s*(.+)$/u.exec(lines[k]?.text ?? '');
  if (!m) return null;
  const titles = [m[1]!];
  let j = k + 1;
  for (; j < lines.length; j++) {
    const t = lines[j]!.text;
    const n = matchNumbering(t);
    if (!n || n.kind !== 'task' || SENTENCE_PUNCT.test(n.rest.replace(/[。]$/u, ''))) break;
    titles.push(t);
  }
  const next = lines[j]?.text ?? '';
  const closes = signatureAt(lines, j) !== null || dateLine(next) !== null || orgNames(next) !== null;
  return closes ? { end: j - 1, titles } : null;
}
