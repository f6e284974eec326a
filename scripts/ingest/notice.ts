/**
 * The title block of a text, and the 印发通知 a document is often published in: 关于印发《X》的通知, its
 * 主送, one paragraph (《X》已经市政府同意，现印发给你们…), perhaps 附件说明, the signature and date, 附注 —
 * then X itself, its title repeated or not. The notice publishes X: its number and date are X's.
 */
import type { SourceLine } from './clean.ts';
import { dateLine } from './dates.ts';
import {
  addresseeLine,
  APPENDIX,
  joinTitleLines,
  attachmentNoteAt,
  isAnnotation,
  isStatusLine,
  issuerMark,
  numberLine,
  orgNames,
  signatureAt,
} from './head.ts';
import { titleKey } from './metadata.ts';
import { matchNumbering } from './numbering.ts';
import type { Para } from './clean.ts';

/** Facts the printed parts state (版头, 署名, 附件说明, 附注, 版记), each only when printed. */
export interface PrintedFacts {
  /** 发文机关标志, verbatim (某市人民政府办公室文件). */
  issuerMark?: string;
  documentNumber?: string;
  signer?: string;
  /** 主送机关, without the final colon. */
  addressees?: string;
  /** The offices of the signature (署名). */
  signers?: string[];
  /** The office a title names before 关于 (某市人民政府办公室关于印发…的通知). */
  titleIssuer?: string;
  dateSigned?: string;
  /** 附件说明: the attachments as listed, verbatim. */
  attachments: string[];
  /** 附注, verbatim: （此件公开发布）. */
  annotations: string[];
  printedBy?: string;
  datePrinted?: string;
  copiedTo?: string;
}

export interface TitleBlock {
  start: number;
  /** 版头 lines, a 文号 printed under the title and the 主送 line: shown with the text, not as the title. */
  headLines: Para[];
  titleLines: Para[];
  statusLine?: Para;
  dateLine?: Para;
  printed: Omit<PrintedFacts, 'attachments' | 'annotations'>;
  /** Index of the first line after the block. */
  next: number;
}

const SENTENCE_PUNCT = /[。，,：:；;！？!?]/u;
const MAX_TITLE_LINE = 80;
const MAX_TITLE_LINES = 4;
/** A date line that names only the month (2024年3月): printed under a title, but no 成文日期. */
const MONTH_LINE = /^[（(]?[0-9０-９]{4}年[0-9０-９]{1,2}月[）)]?$/u;

/**
 * A line that can be (part of) a title: no sentence punctuation, not numbered, not a label, not a whole bracket,
 * not a table cell (a line that starts with a TAB, as every extractor writes cells).
 */
function isTitleLine(text: string, raw: string = text): boolean {
  return (
    !raw.startsWith('\t') &&
    !SENTENCE_PUNCT.test(text) &&
    !/^[（(〔【［[].*[）)〕】］\]]$/u.test(text) &&
    matchNumbering(text) === null &&
    !APPENDIX.test(text) &&
    [...text].length <= MAX_TITLE_LINE
  );
}

/**
 * The lines at `start` up to the text: with `masthead`, the 版头 (发文机关标志, 发文字号, 签发人); the title lines,
 * a status line and a date line under them; a 文号 under the title; the 主送 line, which ends the block.
 */
export function readTitleBlock(lines: SourceLine[], start: number, masthead: boolean): TitleBlock {
  const block: TitleBlock = { start, headLines: [], titleLines: [], printed: {}, next: start };
  let i = start;
  let byline = false;
  for (; i < lines.length; i++) {
    const l = lines[i]!;
    const t = l.text;
    const para = { text: t, line: l.line };
    if (masthead && block.titleLines.length === 0 && issuerMark(t)) {
      block.printed.issuerMark = t;
      block.headLines.push(para);
      continue;
    }
    const number = numberLine(t);
    if (number) {
      // An office's name over the 文号 line is the 发文机关标志 printed without 文件.
      const titles = block.titleLines;
      if (masthead && titles.length > 0 && !block.printed.issuerMark && titles.every((x) => orgNames(x.text))) {
        block.printed.issuerMark = titles.map((x) => x.text).join('');
        block.headLines.push(...titles);
        block.titleLines = [];
      }
      Object.assign(block.printed, number);
      block.headLines.push(para);
      continue;
    }
    const hasTitle = block.titleLines.length > 0;
    const titleIsOffice = block.titleLines.every((x) => orgNames(x.text));
    if (hasTitle && !block.statusLine && isStatusLine(t)) block.statusLine = para;
    else if (hasTitle && !block.dateLine && (dateLine(t) || MONTH_LINE.test(t))) block.dateLine = para;
    else if (hasTitle && !titleIsOffice && orgNames(t)) {
      // An office under the title (a draft's byline): printed with the text, not part of the title.
      block.headLines.push(para);
      byline = true;
    } else if (
      isTitleLine(t, l.raw) &&
      !block.statusLine &&
      !block.dateLine &&
      !byline &&
      block.titleLines.length < MAX_TITLE_LINES
    )
      block.titleLines.push(para);
    else {
      const addressees = addresseeLine(t);
      if (addressees) {
        block.printed.addressees = addressees;
        block.headLines.push(para);
        i++;
      }
      break;
    }
  }
  block.next = i;
  return block;
}

export interface Notice {
  /** Every line of the notice, verbatim, from its 版头 to its 附注 (and the 附件 label that introduces X). */
  lines: SourceLine[];
  /** The notice's own title. */
  title: string;
  /** X: the title of the document the notice publishes, as the notice gives it (《》 removed). */
  innerTitle: string;
  /** publishes: a 印发通知 (its date is X's); consults: a notice asking comments on the draft X (its date is when X was published). */
  kind: 'publishes' | 'consults';
  printed: PrintedFacts;
  /** Index of the first line after the notice. */
  next: number;
}

const NOTICE_TITLE = /^(.*?)(?:关于)?印发(.+)的(?:通知|函)$/u;
/** 关于（公开）征求《X（征求意见稿）》意见的公告/通知/函: a notice that prints the draft X it asks comments on. */
const CONSULTATION_TITLE = /^(.*?)(?:关于)?(?:公开)?征求(《[^《》]+》)(?:的)?意见(?:建议)?的(?:公告|通知|函)$/u;
/** A draft's status printed at the end of X's title in the notice (《X（征求意见稿）》): the status, not X's title. */
const DRAFT_SUFFIX = /[（(](?:征求意见稿|送审稿|草案|修订草案|征求意见稿草案)[）)]$/u;

/** The issuer part and X of a notice title that publishes X or asks comments on it; null for any other title. */
function noticeParts(title: string): { issuer: string; published: string; kind: Notice['kind'] } | null {
  const publishes = NOTICE_TITLE.exec(title);
  const m = publishes ?? CONSULTATION_TITLE.exec(title);
  if (!m) return null;
  const published = (/《([^《》]+)》/u.exec(m[2]!)?.[1] ?? m[2]!).replace(DRAFT_SUFFIX, '');
  return { issuer: m[1]!.trim(), published, kind: publishes ? 'publishes' : 'consults' };
}

/** True when the lines at `k` print `title` (over up to four title lines; a status bracket after it allowed). */
function titleAt(lines: SourceLine[], k: number, title: string): boolean {
  const key = titleKey(title);
  let acc = '';
  for (let j = k; j < Math.min(lines.length, k + MAX_TITLE_LINES); j++) {
    if (!isTitleLine(lines[j]!.text, lines[j]!.raw)) return false;
    acc += titleKey(lines[j]!.text);
    if (acc === key || (acc.startsWith(key) && /^[（(][^（()）]*[）)]$/u.test(acc.slice(key.length)))) return true;
    if (!key.startsWith(acc)) return false;
  }
  return false;
}

/** X, when `title` is a 印发通知's title (关于印发《X》的通知); null otherwise. */
export function publishedTitle(title: string): string | null {
  return noticeParts(title)?.published ?? null;
}

/**
 * The documents a title names as the one it publishes or asks comments on (关于印发《X》的通知,
 * 关于公开征求《X（征求意见稿）》意见的公告): the text's own, never its basis. 关于贯彻落实《X》的意见 names its basis.
 */
export function ownTitlesIn(title: string): string[] {
  const published = publishedTitle(title);
  const consulted = /征求[^《》]*《([^《》]+)》[^《》]*意见/u.exec(title)?.[1];
  return [published, consulted].filter((t): t is string => !!t);
}

/** The 印发通知 whose title block is `block`, read up to the document it publishes; null when it is none. */
export function readNotice(lines: SourceLine[], block: TitleBlock): Notice | null {
  const title = joinTitleLines(block.titleLines.map((l) => l.text));
  const parts = noticeParts(title);
  if (!parts) return null;
  const innerTitle = parts.published;
  const printed: PrintedFacts = { ...block.printed, attachments: [], annotations: [] };
  const { issuer } = parts;
  if (issuer && orgNames(issuer)) printed.titleIssuer = issuer;

  let end = -1;
  for (let k = block.next; k < lines.length && end === -1; k++) {
    const text = lines[k]!.text;
    const n = matchNumbering(text);
    // A numbered line starts X, unless the notice's signature follows within a few lines: then it is one of the
    // notice's own points (the ways to send comments on a draft: 1.电子邮件… 2.信函…).
    if (titleAt(lines, k, innerTitle) || (n && n.kind !== 'item' && !signatureSoon(lines, k + 1, innerTitle))) {
      end = k;
      break;
    }
    const note = attachmentNoteAt(lines, k);
    if (note) {
      printed.attachments.push(...note.titles);
      k = note.end;
      continue;
    }
    const signature = signatureAt(lines, k);
    const date = signature ? signature.date : dateLine(text);
    if (!date && !signature) continue;
    if (signature) printed.signers = signature.issuers;
    if (date) printed.dateSigned = date;
    end = (signature?.end ?? k) + 1;
    while (end < lines.length && isAnnotation(lines[end]!.text)) printed.annotations.push(lines[end++]!.text);
  }
  if (end === -1) return null;
  // 附件 (or 附件1) on its own line, then X: the notice's attachment is the document itself.
  const label = APPENDIX.exec(lines[end]?.text ?? '');
  // When X is a table (a service list published by the notice), the label stays: X is read as the attachment it is.
  if (
    label &&
    (!label[2] || titleKey(label[2]) === titleKey(innerTitle)) &&
    titleOrBody(lines, end + 1, innerTitle) &&
    !tableAfterTitle(lines, end + 1)
  )
    end++;
  return { lines: lines.slice(block.start, end), title, innerTitle, kind: parts.kind, printed, next: end };
}

/** True when a table (cells on lines starting with a TAB) begins within the few lines after `k`: a title, a caption. */
function tableAfterTitle(lines: SourceLine[], k: number): boolean {
  return lines.slice(k, k + 4).some((l) => l.raw.startsWith('\t'));
}

/** True when a signature or a date line comes within the next few lines from `k`, before X's title does. */
function signatureSoon(lines: SourceLine[], k: number, innerTitle: string): boolean {
  for (let j = k; j < Math.min(lines.length, k + 6); j++) {
    if (titleAt(lines, j, innerTitle)) return false;
    if (signatureAt(lines, j) || dateLine(lines[j]!.text)) return true;
  }
  return false;
}

/** What may follow the 附件 label that introduces X: X's title, or its text. */
function titleOrBody(lines: SourceLine[], k: number, innerTitle: string): boolean {
  return k >= lines.length || titleAt(lines, k, innerTitle) || !/^附\s*件/u.test(lines[k]!.text);
}
