import type { DocumentStatus, Presence } from '../../src/model/vocab.ts';
import type { SourceLine } from './clean.ts';
import { matchNumbering, type Numbered, type NumberingLevel } from './numbering.ts';
import { extractResponsibility, type Responsibility } from './responsibility.ts';

/** A numbered part (一、), group ((一)) or task (1.) of a document. */
export interface DocNode {
  level: NumberingLevel;
  ordinal: number;
  /** The number as printed: "二、", "（一）", "1.". */
  number: string;
  /** The heading text after the number, verbatim (a task's first sentence, 。 included). */
  heading: string;
  /** The heading line, verbatim, when the line was cut (truncated) or only the outline names it. */
  line?: number;
  /** Paragraphs of the node's own text, verbatim. */
  body: string[];
  /** Paragraphs after the node's children that have no number of their own. */
  closing: string[];
  children: DocNode[];
  presence: Presence;
  /** For a missing or truncated node: the heading as the document's own outline gives it. */
  outlineHeading?: string;
  responsibility?: Responsibility;
  /** True when the node's text stands on its heading line (a numbered paragraph). */
  inline: boolean;
  anchor: string;
}

export interface Appendix {
  anchor: string;
  /** "附件2", "附件", or '' for an unlabelled attachment. */
  label: string;
  /** Title lines, verbatim. */
  title: string[];
  /** The label line and title lines exactly as printed (附件:保山市基本养老服务清单). */
  headingLines: string[];
  /** Every other line of the appendix, verbatim, in order (with its line number). */
  lines: SourceLine[];
}

export interface OutlineEntry extends Numbered {
  line: number;
}

export interface ParsedDocument {
  notice: { lines: SourceLine[]; issuer?: string; dateSigned?: string } | null;
  outline: OutlineEntry[];
  titleLines: string[];
  title: string;
  /** The status line exactly as printed, e.g. "（送审稿）". */
  statusLine?: string;
  status: DocumentStatus;
  /** A bare date line under the title, verbatim, e.g. "(2025年7月11日)". */
  dateLine?: string;
  dateSigned?: string;
  preamble: string[];
  sections: DocNode[];
  /** Lines after the body that close the document, e.g. "(此件公开发布)". */
  endMatter: string[];
  appendices: Appendix[];
  /** Lines the parser could not place, with the reason: reported, never guessed at. */
  problems: { line: number; message: string }[];
  /** Decisions the parser took that an editor should know about. */
  notes: { line: number; message: string }[];
}

const SENTENCE_PUNCT = /[。，,：:；;！？!?]/u;
const STATUS = /^[（(](送审稿|征求意见稿)[）)]$/u;
const BARE_DATE = /^[（(]?(\d{4})年(\d{1,2})月(\d{1,2})日[）)]?$/u;
const NOTICE = /^关于印发《(.+)》的(通知|函)$/u;
const ISSUER = /(办公室|办公厅|人民政府|委员会|党委|厅|局)$/u;
const APPENDIX = /^附件\s*([0-9０-９一二三四五六七八九十]*)(?:[:：\s]\s*(.*))?$/u;
const TERMINAL = /[。！？!?”）)〕」』]$/u;
const MAX_TITLE = 40;

function isoDate(y: string, m: string, d: string): string {
  return `${y}-${m.padStart(2, '0')}-${d.padStart(2, '0')}`;
}

/** A line that reads as a heading: no sentence punctuation, not bracketed, not numbered, short. */
function isHeadingLike(text: string): boolean {
  return (
    !SENTENCE_PUNCT.test(text) &&
    !/^[（(〔【].*[）)〕】]$/u.test(text) &&
    matchNumbering(text) === null &&
    !APPENDIX.test(text) &&
    [...text].length <= MAX_TITLE
  );
}

/** Splits a numbered line into its heading (first sentence, if short) and its own text. */
function splitHeading(rest: string): { heading: string; body: string } {
  const stop = rest.search(/[。]/u);
  if (stop === -1) return { heading: rest, body: '' };
  if ([...rest.slice(0, stop)].length > MAX_TITLE) return { heading: '', body: rest };
  return { heading: rest.slice(0, stop + 1), body: rest.slice(stop + 1) };
}

/** The document's own outline (目录): a leading run of numbered heading lines before the title. */
function readOutline(lines: SourceLine[]): OutlineEntry[] {
  const outline: OutlineEntry[] = [];
  for (const l of lines) {
    const n = matchNumbering(l.text);
    if (!n || /。./u.test(n.rest)) break;
    outline.push({ ...n, line: l.line });
  }
  return outline.length >= 2 && outline[0]!.level === 1 ? outline : [];
}

/** Parses a cleaned policy text into its notice, title block, numbered tree and appendices. */
export function parseDocument(lines: SourceLine[]): ParsedDocument {
  const doc: ParsedDocument = {
    notice: null,
    outline: [],
    titleLines: [],
    title: '',
    status: 'issued',
    preamble: [],
    sections: [],
    endMatter: [],
    appendices: [],
    problems: [],
    notes: [],
  };
  let i = 0;

  doc.outline = readOutline(lines);
  i += doc.outline.length;

  const noticeMatch = NOTICE.exec(lines[i]?.text ?? '');
  if (noticeMatch) {
    const noticeLines: SourceLine[] = [];
    while (i < lines.length && lines[i]!.text !== noticeMatch[1]) noticeLines.push(lines[i++]!);
    const notice: NonNullable<ParsedDocument['notice']> = { lines: noticeLines };
    noticeLines.forEach((l, k) => {
      const date = BARE_DATE.exec(l.text);
      if (!date) return;
      notice.dateSigned = isoDate(date[1]!, date[2]!, date[3]!);
      const before = noticeLines[k - 1]?.text;
      if (before && ISSUER.test(before) && !SENTENCE_PUNCT.test(before)) notice.issuer = before;
    });
    doc.notice = notice;
    if (notice.dateSigned) doc.dateSigned = notice.dateSigned;
  }

  // Title block: heading-like lines, a status line, a bare date line, in any order.
  for (; i < lines.length; i++) {
    const text = lines[i]!.text;
    const status = STATUS.exec(text);
    const date = BARE_DATE.exec(text);
    if (status) {
      doc.statusLine = text;
      doc.status = status[1] as ParsedDocument['status'];
    } else if (date && doc.titleLines.length > 0) {
      doc.dateLine = text;
      doc.dateSigned = isoDate(date[1]!, date[2]!, date[3]!);
    } else if (isHeadingLike(text) && !doc.statusLine && !doc.dateLine) {
      doc.titleLines.push(text);
    } else break;
  }
  doc.title = doc.titleLines.join('');
  if (!doc.title) doc.problems.push({ line: lines[i]?.line ?? 0, message: 'no title line found before the text' });

  parseBody(lines.slice(i), doc);
  mergeOutline(doc);
  assignAnchors(doc);
  return doc;
}

function parseBody(lines: SourceLine[], doc: ParsedDocument): void {
  const path: DocNode[] = []; // path[0] = current level-1 node, …
  let appendix: Appendix | null = null;
  let lastL3 = 0;

  const current = () => path[path.length - 1];

  for (const l of lines) {
    const { text } = l;
    const appendixMatch = APPENDIX.exec(text);
    const appendixTitle = appendixMatch?.[2]?.trim() ?? '';
    if (appendixMatch && (appendixTitle === '' || isHeadingLike(appendixTitle))) {
      appendix = {
        anchor: '',
        label: `附件${appendixMatch[1]}`,
        title: appendixTitle ? [appendixTitle] : [],
        headingLines: [text],
        lines: [],
      };
      doc.appendices.push(appendix);
      continue;
    }
    if (appendix) {
      if (appendix.lines.length === 0 && isHeadingLike(text) && !l.raw.startsWith('\t')) {
        appendix.title.push(text);
        appendix.headingLines.push(text);
      } else appendix.lines.push(l);
      continue;
    }

    const n = matchNumbering(text);
    if (n) {
      const { heading, body } = splitHeading(n.rest);
      const node: DocNode = {
        level: n.level,
        ordinal: n.ordinal,
        number: n.number,
        heading,
        body: body ? [body] : [],
        closing: [],
        children: [],
        presence: 'present',
        inline: body !== '',
        anchor: '',
        line: l.line,
      };
      if (n.level === 3) {
        if (n.ordinal !== lastL3 + 1 && n.ordinal !== 1) {
          doc.problems.push({
            line: l.line,
            message: `task number ${n.number} follows ${lastL3}: a task is missing or misnumbered`,
          });
        }
        lastL3 = n.ordinal;
      }
      while (path.length > 0 && current()!.level >= n.level) path.pop();
      const parent = current();
      if (!parent && n.level !== 1) {
        doc.problems.push({
          line: l.line,
          message: `${n.number} stands before any part numbered 一、: cannot place it`,
        });
      }
      (parent ? parent.children : doc.sections).push(node);
      path.push(node);
      continue;
    }

    if (path.length === 0) {
      doc.preamble.push(text);
      continue;
    }
    if (isHeadingLike(text)) {
      // A title-like line after the numbered text opens an attachment that has no 附件 label.
      appendix = { anchor: '', label: '', title: [text], headingLines: [text], lines: [] };
      doc.appendices.push(appendix);
      doc.notes.push({
        line: l.line,
        message: `heading-like line after the text: opens an unlabelled attachment “${text}”`,
      });
      continue;
    }
    if (/^[（(][^）)]*[）)]$/u.test(text)) {
      doc.endMatter.push(text);
      continue;
    }
    const node = current()!;
    if (node.inline && node.children.length === 0) {
      // A numbered paragraph is complete in itself: an unnumbered paragraph after it closes the parent.
      const parent = path[path.length - 2];
      if (parent) {
        parent.closing.push(text);
        doc.notes.push({
          line: l.line,
          message: `unnumbered paragraph after ${node.number} is kept as the closing paragraph of ${parent.number}`,
        });
      } else node.body.push(text);
    } else if (node.children.length > 0) node.closing.push(text);
    else node.body.push(text);
  }
  for (const node of walk(doc.sections)) {
    const responsibility = extractResponsibility(node.body.at(-1) ?? '');
    if (responsibility) node.responsibility = responsibility;
  }
  const last = lastNode(doc.sections);
  if (last) {
    const lastText = last.closing.at(-1) ?? last.body.at(-1) ?? last.heading;
    if (!TERMINAL.test(lastText)) {
      last.presence = 'truncated';
      doc.notes.push({ line: last.line ?? 0, message: `the text breaks off inside ${last.number}` });
    }
  }
}

/** Every node, depth first, in document order. */
export function* walk(nodes: DocNode[]): Generator<DocNode> {
  for (const node of nodes) {
    yield node;
    yield* walk(node.children);
  }
}

function lastNode(nodes: DocNode[]): DocNode | undefined {
  const last = nodes[nodes.length - 1];
  if (!last) return undefined;
  return last.children.length > 0 ? lastNode(last.children) : last;
}

/** Adds the parts the outline names but the text lacks, as missing nodes; names truncated ones. */
function mergeOutline(doc: ParsedDocument): void {
  const path: DocNode[] = [];
  for (const entry of doc.outline) {
    while (path.length > 0 && path[path.length - 1]!.level >= entry.level) path.pop();
    const siblings = path.length > 0 ? path[path.length - 1]!.children : doc.sections;
    let node = siblings.find((s) => s.level === entry.level && s.ordinal === entry.ordinal);
    const outlineHeading = entry.rest.replace(/。$/u, '');
    if (!node) {
      node = {
        level: entry.level,
        ordinal: entry.ordinal,
        number: entry.number,
        heading: '',
        body: [],
        closing: [],
        children: [],
        presence: 'missing',
        outlineHeading,
        inline: false,
        anchor: '',
        line: entry.line,
      };
      siblings.push(node);
    } else if (node.presence === 'truncated') node.outlineHeading = outlineHeading;
    else if (node.heading.replace(/。$/u, '') !== outlineHeading) {
      doc.notes.push({
        line: entry.line,
        message: `outline heading “${entry.rest}” differs from the text’s “${node.heading}”`,
      });
    }
    path.push(node);
  }
}

/** Anchors follow the document's own numbers (docs/urls.md): section-2, section-2-1, task-7. */
function assignAnchors(doc: ParsedDocument): void {
  const nodes = [...walk(doc.sections)];
  const taskNumbers = nodes.filter((n) => n.level === 3).map((n) => n.ordinal);
  const tasksUnique = new Set(taskNumbers).size === taskNumbers.length;
  const assign = (list: DocNode[], prefix: number[]) => {
    for (const node of list) {
      const numbers = [...prefix, node.ordinal];
      node.anchor = node.level === 3 && tasksUnique ? `task-${node.ordinal}` : `section-${numbers.join('-')}`;
      assign(node.children, numbers);
    }
  };
  assign(doc.sections, []);
  let unlabelled = 0;
  for (const a of doc.appendices) {
    const digits = a.label.replace(/^附件/u, '');
    a.anchor = a.label === '' ? `annex-${++unlabelled}` : digits ? `appendix-${digits}` : 'appendix';
  }
}
