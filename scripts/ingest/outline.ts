/** The document's own outline (目录), the numbering kinds a document uses, and the parts only its outline names. */
import type { SourceLine } from './clean.ts';
import { walk, type DocNode, type OutlineEntry, type ParsedDocument } from './document-tree.ts';
import { APPENDIX } from './head.ts';
import { KIND_RANK, matchNumbering, type NumberingKind } from './numbering.ts';

/** The document's own outline (目录): a leading run of numbered heading lines before the title. */
export function readOutline(lines: SourceLine[]): OutlineEntry[] {
  const outline: OutlineEntry[] = [];
  for (const l of lines) {
    const n = matchNumbering(l.text);
    if (!n || n.kind === 'item' || /。./u.test(n.rest)) break;
    outline.push({ ...n, line: l.line });
  }
  const top = outline[0]?.kind;
  return outline.length >= 2 && (top === 'part' || top === 'chapter') ? outline : [];
}

/**
 * The numbering kinds that make this document's headings, outermost first. Articles are the units of
 * a regulation: what is numbered inside them ((一) 1. (1)) is their text. Items ((1), ①) are always text.
 */
export function structuralKinds(lines: SourceLine[], outline: OutlineEntry[]): NumberingKind[] {
  const seen = new Map<NumberingKind, number>();
  for (const l of lines) {
    if (APPENDIX.test(l.text) && !/^附\s*件[:：]/u.test(l.text)) break;
    const kind = matchNumbering(l.text)?.kind;
    if (kind) seen.set(kind, (seen.get(kind) ?? 0) + 1);
  }
  for (const o of outline) seen.set(o.kind, (seen.get(o.kind) ?? 0) + 1);
  const kinds: NumberingKind[] =
    (seen.get('article') ?? 0) >= 2 ? ['chapter', 'article'] : ['chapter', 'part', 'group', 'task'];
  return kinds.filter((k) => seen.has(k)).sort((a, b) => KIND_RANK[a] - KIND_RANK[b]);
}

/** Adds the parts the outline names but the text lacks, as missing nodes; names truncated ones. */
export function mergeOutline(doc: ParsedDocument): void {
  const kinds = structuralKinds([], doc.outline);
  const allKinds = [...new Set([...walk(doc.sections)].map((n) => n.kind))];
  const depthOf = (kind: NumberingKind) => {
    const present = [...new Set([...allKinds, ...kinds])].sort((a, b) => KIND_RANK[a] - KIND_RANK[b]);
    return present.indexOf(kind) + 1;
  };
  const path: DocNode[] = [];
  for (const entry of doc.outline) {
    const level = depthOf(entry.kind);
    while (path.length > 0 && path[path.length - 1]!.level >= level) path.pop();
    const siblings = path.length > 0 ? path[path.length - 1]!.children : doc.sections;
    let node = siblings.find((s) => s.kind === entry.kind && s.ordinal === entry.ordinal);
    const outlineHeading = entry.rest.replace(/。$/u, '');
    if (!node) {
      node = {
        kind: entry.kind,
        level,
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
      doc.notes.push({
        line: entry.line,
        message: `the document's own outline names ${entry.number}${outlineHeading}, which the text lacks`,
      });
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
