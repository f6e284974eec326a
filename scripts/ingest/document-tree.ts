/** The parsed document: its numbered tree, attachments and the printed parts around them. */
import type { DocumentStatus, Presence } from '../../src/model/vocab.ts';
import type { Para, SourceLine } from './clean.ts';
import type { Enactment } from './enactment.ts';
import type { Notice, PrintedFacts } from './notice.ts';
import type { Numbered, NumberingKind } from './numbering.ts';
import type { Responsibility } from './responsibility.ts';

/** A numbered part (一、, 第一章), group ((一)), task (1.) or article (第一条) of a document. */
export interface DocNode {
  kind: NumberingKind;
  /** Depth in this document's numbering, 1 = the outermost kind it uses. */
  level: number;
  ordinal: number;
  /** The number as printed: "二、", "（一）", "1.", "第三条". */
  number: string;
  /** The heading text after the number, verbatim (a task's first sentence, 。 included; empty for an article). */
  heading: string;
  /** The heading line in the source (for a missing part: the outline's line). */
  line?: number;
  /** Paragraphs of the node's own text, verbatim. */
  body: Para[];
  /** Paragraphs after the node's children that have no number of their own. */
  closing: Para[];
  children: DocNode[];
  presence: Presence;
  /** For a missing or truncated node: the heading as the document's own outline gives it. */
  outlineHeading?: string;
  responsibility?: Responsibility;
  /** True when the node's text stands on its heading line (a numbered paragraph). */
  inline: boolean;
  anchor: string;
}

/** The label of a table that is the text itself, under its title without a 附件 label (structure.ts parseBody). */
export const BODY_TABLE = '正文';

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
  /** The 印发通知 the document is published in, when there is one. */
  notice: Notice | null;
  outline: OutlineEntry[];
  titleLines: string[];
  /** The title: its own title lines, or the title the notice gives it when they are not repeated; '' if none. */
  title: string;
  /** Where a title was expected and none was found: the line that stands there. */
  noTitleAt?: Para;
  /** The status line exactly as printed, e.g. "（送审稿）". */
  statusLine?: string;
  status: DocumentStatus;
  /** A bare date line under the title, verbatim, e.g. "(2025年7月11日)". */
  dateLine?: string;
  /** The date the text states it was signed or adopted: its signature's date, else the date line's. */
  dateSigned?: string;
  /** The date of the notice that published the draft for comments (a consultation notice's date). */
  dateConsulted?: string;
  /** How a 规章 or 法规 states its enactment: its 题注, or the 令 that promulgates it. */
  enactment?: Enactment;
  /** Lines of an unwrapped document's 版头 and 主送 (shown before the preamble). */
  head: Para[];
  /** Facts of the 版头, 署名, 附件说明, 附注 and 版记 (the notice's for a wrapped document). */
  printed: PrintedFacts;
  preamble: Para[];
  sections: DocNode[];
  /** Lines after the body that close the document: signature and date, 附件说明, 附注, 版记. */
  endMatter: Para[];
  appendices: Appendix[];
  /** Lines the parser could not place, with the reason: reported, never guessed at. */
  problems: { line: number; message: string }[];
  /** Decisions the parser took that an editor should know about, and the evidence of each gap. */
  notes: { line: number; message: string }[];
}

/** Every node, depth first, in document order. */
export function* walk(nodes: DocNode[]): Generator<DocNode> {
  for (const node of nodes) {
    yield node;
    yield* walk(node.children);
  }
}

/** The last node in reading order that has no children. */
export function lastNode(nodes: DocNode[]): DocNode | undefined {
  const last = nodes[nodes.length - 1];
  if (!last) return undefined;
  return last.children.length > 0 ? lastNode(last.children) : last;
}
