import { asciiDigits, chineseNumeralToInt } from '../../src/lib/text.ts';
import { BODY_TABLE, walk, type DocNode, type ParsedDocument } from './document-tree.ts';
import type { NumberingKind } from './numbering.ts';

/**
 * Anchors follow the document's own numbers (docs/urls.md): section-2, section-2-1, task-7 (task numbers
 * unique in the document, else section-2-1-7), chapter-1, article-12 (else chapter-1-article-12).
 */
export function assignAnchors(doc: ParsedDocument): void {
  const nodes = [...walk(doc.sections)];
  const unique = (kind: NumberingKind) => {
    const numbers = nodes.filter((n) => n.kind === kind).map((n) => n.ordinal);
    return new Set(numbers).size === numbers.length;
  };
  const tasksUnique = unique('task');
  const articlesUnique = unique('article');
  const assign = (list: DocNode[], chapter: number | null, numbers: number[]) => {
    for (const node of list) {
      const inChapter = chapter === null ? '' : `chapter-${chapter}-`;
      if (node.kind === 'chapter') {
        node.anchor = `chapter-${node.ordinal}`;
        assign(node.children, node.ordinal, []);
        continue;
      }
      if (node.kind === 'article')
        node.anchor = articlesUnique ? `article-${node.ordinal}` : `${inChapter}article-${node.ordinal}`;
      else if (node.kind === 'task' && tasksUnique) node.anchor = `task-${node.ordinal}`;
      else node.anchor = `${inChapter}section-${[...numbers, node.ordinal].join('-')}`;
      assign(node.children, chapter, [...numbers, node.ordinal]);
    }
  };
  assign(doc.sections, null, []);
  const seen = new Set<string>();
  for (const node of nodes) {
    if (seen.has(node.anchor))
      doc.problems.push({
        line: node.line ?? 0,
        message: `${node.number} repeats the numbering of an earlier part (anchor ${node.anchor}): check the numbers`,
      });
    seen.add(node.anchor);
  }
  let unlabelled = 0;
  for (const a of doc.appendices) {
    const printed = a.label.replace(/^附件/u, '');
    const digits = /^[0-9０-９]+$/u.test(printed) ? asciiDigits(printed) : String(chineseNumeralToInt(printed) ?? '');
    a.anchor =
      a.label === BODY_TABLE
        ? 'table'
        : a.label === ''
          ? `annex-${++unlabelled}`
          : digits
            ? `appendix-${digits}`
            : 'appendix';
    if (seen.has(a.anchor))
      doc.problems.push({
        line: a.lines[0]?.line ?? 0,
        message: `attachment label “${a.label}” is used twice: check the labels`,
      });
    seen.add(a.anchor);
  }
}
