import type { Para, SourceLine } from './clean.ts';
import { isClosingClause } from './closing.ts';
import { dateLine } from './dates.ts';
import { captionAt, orderAt } from './enactment.ts';
import {
  APPENDIX,
  attachmentNoteAt,
  imprintLine,
  isAnnotation,
  isHeadingLike,
  joinTitleLines,
  signatureAt,
  statusOf,
} from './head.ts';
import { isDraft } from '../../src/model/vocab.ts';
import { titleKey } from './metadata.ts';
import { publishedTitle, readNotice, readTitleBlock } from './notice.ts';
import { matchNumbering, type Numbered, type NumberingKind } from './numbering.ts';
import {
  extractResponsibility,
  mergeResponsibility,
  responsibilityLine,
  type Responsibility,
} from './responsibility.ts';
import { assignAnchors } from './anchors.ts';
import { BODY_TABLE, walk, type Appendix, type DocNode, type ParsedDocument } from './document-tree.ts';
import { mergeOutline, readOutline, structuralKinds } from './outline.ts';
import { markTruncation } from './truncation.ts';
import { splitTabRows } from './tab-rows.ts';

export { walk, type Appendix, type DocNode, type ParsedDocument };

/** Splits a numbered line into its heading (first sentence, if short) and its own text. */
function splitHeading(n: Numbered): { heading: string; body: string } {
  // An article has no heading: its text is a paragraph (第一条　为了…，制定本办法。).
  if (n.kind === 'article') return { heading: '', body: n.rest.trim() };
  if (n.kind === 'chapter') return { heading: n.rest, body: '' };
  const rest = n.rest;
  const stop = rest.search(/[。]/u);
  if (stop === -1) return { heading: rest, body: '' };
  if ([...rest.slice(0, stop)].length > 40) return { heading: '', body: rest };
  return { heading: rest.slice(0, stop + 1), body: rest.slice(stop + 1) };
}

/** Parses a cleaned policy text into its notice, title block, numbered tree, end matter and appendices. */
export function parseDocument(source: SourceLine[]): ParsedDocument {
  // Tables saved from Word as text (cells apart by TABs) in the table form, before anything reads the lines.
  const lines = splitTabRows(source);
  const doc: ParsedDocument = {
    notice: null,
    outline: [],
    titleLines: [],
    title: '',
    status: '现行有效',
    head: [],
    printed: { attachments: [], annotations: [] },
    preamble: [],
    sections: [],
    endMatter: [],
    appendices: [],
    problems: [],
    notes: [],
  };
  doc.outline = readOutline(lines);
  let i = doc.outline.length;

  const block = readTitleBlock(lines, i, true);
  const notice = readNotice(lines, block);
  if (notice) {
    doc.notice = notice;
    doc.printed = { ...notice.printed };
    i = notice.next;
    if (APPENDIX.test(lines[i]?.text ?? '')) {
      // The notice publishes a table as its attachment (a service list): X is that attachment, titled by the notice.
      doc.title = notice.innerTitle;
      parseRest(lines, i, doc);
      return doc;
    }
    // The document's own title block after the notice; its title may not be repeated.
    const inner = readTitleBlock(lines, i, false);
    doc.titleLines = inner.titleLines.map((l) => l.text);
    doc.title = joinTitleLines(doc.titleLines) || notice.innerTitle;
    // The title as printed may carry its （试行） on a line of its own, as a status line.
    const printedTitle = `${doc.title}${inner.statusLine?.text ?? ''}`;
    if (
      doc.titleLines.length > 0 &&
      ![doc.title, printedTitle].some((t) => titleKey(t) === titleKey(notice.innerTitle))
    ) {
      doc.notes.push({
        line: inner.titleLines[0]!.line,
        message: `the title “${doc.title}” differs from the one its notice gives, “${notice.innerTitle}”`,
      });
    }
    if (inner.statusLine) doc.statusLine = inner.statusLine.text;
    if (inner.dateLine) doc.dateLine = inner.dateLine.text;
    doc.head = inner.headLines;
    i = inner.next;
  } else {
    // A 令 (某市人民政府令 / 第12号) promulgates the text that follows its date: its title comes after the 令.
    const order =
      block.titleLines.length === 0 && /令$/u.test(block.printed.issuerMark ?? '') && orderAt(lines, block.next);
    const own = order ? readTitleBlock(lines, order.end + 1, false) : block;
    if (order) doc.enactment = order.enactment;
    const title = joinTitleLines(own.titleLines.map((l) => l.text));
    if (publishedTitle(title) !== null)
      doc.notes.push({
        line: own.titleLines[0]!.line,
        message: `“${title}” publishes a document, but no signature or date ends the notice before it: read as one text`,
      });
    doc.titleLines = own.titleLines.map((l) => l.text);
    doc.title = joinTitleLines(doc.titleLines);
    if (own.statusLine) doc.statusLine = own.statusLine.text;
    if (own.dateLine) doc.dateLine = own.dateLine.text;
    doc.head = order ? [...block.headLines, ...order.enactment.lines, ...own.headLines] : block.headLines;
    doc.printed = { ...block.printed, ...own.printed, attachments: [], annotations: [] };
    i = own.next;
    const where = lines[own.next];
    if (!doc.title && where) doc.noTitleAt = { text: where.text, line: where.line };
  }
  // A 题注 under the title: how a 规章 or 法规 was adopted, promulgated and takes effect.
  const caption = doc.title ? captionAt(lines, i) : null;
  if (caption) {
    doc.enactment = { ...caption.enactment, ...doc.enactment, lines: caption.enactment.lines };
    doc.head.push(...caption.enactment.lines);
    i = caption.end + 1;
  }
  doc.status = statusOf(`${doc.statusLine ?? ''}${doc.title}`);
  if (isDraft(doc.status)) {
    const where = lines.find((l) => l.text === doc.statusLine) ?? lines.find((l) => doc.title.includes(l.text));
    doc.notes.push({
      line: where?.line ?? 0,
      message: `“${doc.statusLine ?? doc.title}” marks a draft: ${doc.status}`,
    });
  }
  if (doc.dateLine) doc.dateSigned = dateLine(doc.dateLine) ?? undefined;
  parseRest(lines, i, doc);
  return doc;
}

/** Reads the body from line `i` on, and completes the tree: outline entries the text lacks, anchors. */
function parseRest(lines: SourceLine[], i: number, doc: ParsedDocument): void {
  parseBody(lines.slice(i), doc);
  // A list published alone (a spreadsheet, or 附件 and its table on a page) has no title before it: the
  // attachment's own title is the document's.
  const only = doc.appendices[0];
  if (!doc.title && doc.sections.length === 0 && doc.preamble.length === 0 && only && only.title.length > 0) {
    doc.title = only.title.join('');
    doc.notes.push({
      line: only.lines[0]?.line ?? 0,
      message: `the text is an attachment alone: its title “${doc.title}” is read as the document's title`,
    });
  }
  // A published notice's date is the document's (the document has no signature of its own, as a rule).
  if (doc.notice?.printed.dateSigned) {
    // A consultation notice's date is when the draft was published for comments, not when it was signed.
    if (doc.notice.kind === 'consults') doc.dateConsulted = doc.notice.printed.dateSigned;
    else doc.dateSigned = doc.notice.printed.dateSigned;
  }
  mergeOutline(doc);
  assignAnchors(doc);
}

/** A line that may stand between a title and its table: empty, or a caption in brackets ((面向…服务项目)). */
function isCaptionLine(text: string): boolean {
  return text === '' || /^[（(【[].*[）)】\]]$/u.test(text);
}

/** Reading state while the body is parsed. */
interface BodyState {
  kinds: NumberingKind[];
  path: DocNode[];
  appendix: Appendix | null;
  /** True once a signature, date, 附件说明 or 版记 has been read: the text is over. */
  inTail: boolean;
  lastTask: number;
}

function parseBody(lines: SourceLine[], doc: ParsedDocument): void {
  const state: BodyState = {
    kinds: structuralKinds(lines, doc.outline),
    path: [],
    appendix: null,
    inTail: false,
    lastTask: 0,
  };
  // A text that is a table under its title (a list printed without a 附件 label): the table is the body's own
  // attachment, labelled 正文 in sources.yaml (--list 正文=<slug>), under the document's title.
  const firstCell = lines.findIndex((l) => l.raw.startsWith('\t'));
  if (doc.title && firstCell !== -1 && lines.slice(0, firstCell).every((l) => isCaptionLine(l.text))) {
    state.appendix = { anchor: '', label: BODY_TABLE, title: [doc.title], headingLines: [doc.title], lines: [] };
    doc.appendices.push(state.appendix);
  }
  for (let k = 0; k < lines.length; k++) {
    k = placeLine(lines, k, doc, state);
  }
  for (const node of walk(doc.sections)) {
    const responsibility = readResponsibility(node);
    if (responsibility) node.responsibility = responsibility;
  }
  markTruncation(doc);
}

/** Places the line at `k` (and any lines that belong with it); returns the index of the last line used. */
function placeLine(lines: SourceLine[], k: number, doc: ParsedDocument, state: BodyState): number {
  const l = lines[k]!;
  const { text } = l;
  const para = { text, line: l.line };
  const endMatter = (p: Para) => {
    doc.endMatter.push(p);
    state.inTail = true;
  };

  // An empty table cell outside a table carries nothing.
  if (text === '' && !state.appendix) return k;
  const imprint = imprintLine(text);
  if (imprint) {
    let end = k;
    if ('copiedTo' in imprint) {
      // A long copy list wraps: its lines continue while the text before them ends in a comma.
      let copied = imprint.copiedTo;
      while (/[，,、]$/u.test(copied) && end + 1 < lines.length && !imprintLine(lines[end + 1]!.text)) {
        copied += lines[++end]!.text;
      }
      doc.printed.copiedTo = copied;
    } else {
      if (imprint.printedBy) doc.printed.printedBy = imprint.printedBy;
      doc.printed.datePrinted = imprint.datePrinted;
    }
    for (let j = k; j <= end; j++) endMatter({ text: lines[j]!.text, line: lines[j]!.line });
    return end;
  }

  const label = APPENDIX.exec(text);
  const labelTitle = label?.[2]?.trim() ?? '';
  if (label && !attachmentNoteAt(lines, k) && (labelTitle === '' || isHeadingLike(labelTitle))) {
    state.appendix = {
      anchor: '',
      label: `附件${label[1]}`,
      title: labelTitle ? [labelTitle] : [],
      headingLines: [text],
      lines: [],
    };
    doc.appendices.push(state.appendix);
    return k;
  }
  if (state.appendix) {
    const a = state.appendix;
    if (text === '' && a.lines.length === 0) return k;
    if (a.lines.length === 0 && isHeadingLike(text) && !l.raw.startsWith('\t')) {
      a.title.push(text);
      a.headingLines.push(text);
    } else a.lines.push(l);
    return k;
  }

  const note = attachmentNoteAt(lines, k);
  if (note) {
    doc.printed.attachments.push(...note.titles);
    for (let j = k; j <= note.end; j++) endMatter({ text: lines[j]!.text, line: lines[j]!.line });
    return note.end;
  }
  const signature = signatureAt(lines, k);
  if (signature) {
    doc.printed.signers ??= signature.issuers;
    if (signature.date) doc.dateSigned = signature.date;
    for (let j = k; j <= signature.end; j++) endMatter({ text: lines[j]!.text, line: lines[j]!.line });
    return signature.end;
  }
  const date = dateLine(text);
  if (date && (state.path.length > 0 || doc.preamble.length > 0)) {
    doc.dateSigned = date;
    endMatter(para);
    return k;
  }
  if (isAnnotation(text) && (state.path.length > 0 || state.inTail)) {
    doc.printed.annotations.push(text);
    endMatter(para);
    return k;
  }
  if (state.inTail) {
    if (isHeadingLike(text) && !isClosingClause(text)) {
      openAnnex(doc, state, l);
      return k;
    }
    doc.notes.push({ line: l.line, message: `line after the signature kept with the end matter: “${text}”` });
    endMatter(para);
    return k;
  }

  const n = matchNumbering(text);
  const depth = n ? state.kinds.indexOf(n.kind) + 1 : 0;
  if (n && depth > 0) {
    addNode(n, depth, l, doc, state);
    return k;
  }
  const current = state.path[state.path.length - 1];
  if (!current) {
    doc.preamble.push(para);
    return k;
  }
  const headingLike = isHeadingLike(text) && !responsibilityLine(text) && !isClosingClause(text);
  if (headingLike && !/^第[^节]{1,4}节/u.test(text)) {
    openAnnex(doc, state, l);
    return k;
  }
  placeParagraph(para, n !== null, doc, state);
  return k;
}

/** A title-like line after the numbered text opens an attachment that has no 附件 label. */
function openAnnex(doc: ParsedDocument, state: BodyState, l: SourceLine): void {
  state.appendix = { anchor: '', label: '', title: [l.text], headingLines: [l.text], lines: [] };
  doc.appendices.push(state.appendix);
  doc.notes.push({
    line: l.line,
    message: `heading-like line after the text: opens an unlabelled attachment “${l.text}”`,
  });
}

function addNode(n: Numbered, depth: number, l: SourceLine, doc: ParsedDocument, state: BodyState): void {
  const { heading, body } = splitHeading(n);
  const node: DocNode = {
    kind: n.kind,
    level: depth,
    ordinal: n.ordinal,
    number: n.number,
    heading,
    body: body ? [{ text: body, line: l.line }] : [],
    closing: [],
    children: [],
    presence: 'present',
    inline: body !== '',
    anchor: '',
    line: l.line,
  };
  const leaf = n.kind === 'task' || n.kind === 'article';
  if (leaf) {
    if (n.ordinal !== state.lastTask + 1 && n.ordinal !== 1) {
      doc.problems.push({
        line: l.line,
        message: `${n.kind} number ${n.number} follows ${state.lastTask}: one is missing or misnumbered`,
      });
    }
    state.lastTask = n.ordinal;
  }
  const { path } = state;
  while (path.length > 0 && path[path.length - 1]!.level >= depth) path.pop();
  const parent = path[path.length - 1];
  if (!parent && depth !== 1) {
    doc.problems.push({
      line: l.line,
      message: `${n.number} stands before any ${state.kinds[0] === 'chapter' ? '第一章' : 'part numbered 一、'}: cannot place it`,
    });
  }
  (parent ? parent.children : doc.sections).push(node);
  path.push(node);
}

/** An unnumbered paragraph (or an enumerated item) inside the numbered text. */
function placeParagraph(para: Para, enumerated: boolean, doc: ParsedDocument, state: BodyState): void {
  const { path } = state;
  const node = path[path.length - 1]!;
  // An article's paragraphs (款), its enumerations and a task's own responsibility line belong to it.
  const own = enumerated || node.kind === 'article' || responsibilityLine(para.text) !== null;
  const outermost = path[0]!;
  if (!own && isClosingClause(para.text) && outermost !== node) {
    // 本方案自印发之日起施行。 closes the whole text, not the task it happens to follow.
    outermost.closing.push(para);
    doc.notes.push({ line: para.line, message: `closing clause kept at the end of ${outermost.number}` });
  } else if (node.children.length > 0) node.closing.push(para);
  else if (node.inline && !own) {
    // A numbered paragraph is complete in itself: an unnumbered paragraph after it closes the parent.
    const parent = path[path.length - 2];
    if (parent) {
      parent.closing.push(para);
      doc.notes.push({
        line: para.line,
        message: `unnumbered paragraph after ${node.number} is kept as the closing paragraph of ${parent.number}`,
      });
    } else node.body.push(para);
  } else node.body.push(para);
}

/**
 * The task's responsibility: its own line(s) at the end of its text, or the bracket that closes its last
 * paragraph that has one (items such as （1） may follow the paragraph that names who is responsible).
 */
function readResponsibility(node: DocNode): Responsibility | null {
  const paragraphs = node.body.length > 0 ? node.body.map((p) => p.text) : [node.heading];
  for (let i = paragraphs.length - 1; i >= 0; i--) {
    const own = responsibilityLine(paragraphs[i]!);
    if (own) {
      const before = i > 0 ? responsibilityLine(paragraphs[i - 1]!) : null;
      return before ? mergeResponsibility(before, own) : own;
    }
    const closing = extractResponsibility(paragraphs[i]!);
    if (closing) return closing;
  }
  return null;
}
