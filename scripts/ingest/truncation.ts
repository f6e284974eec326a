import { isClosingClause } from './closing.ts';
import { dateLine } from './dates.ts';
import { lastNode, type ParsedDocument } from './document-tree.ts';
import { isStatusLine, orgNames } from './head.ts';

/** Marks that end a finished sentence or a bracket: a paragraph ending in one was not cut off. */
const TERMINAL = /[。！？!?；;…”’」』）)〕】］\]﹞]$/u;

/**
 * “The text breaks off” needs evidence: the source ends (no signature, date, 附注, attachment or 版记 after
 * the text) inside a sentence — its last paragraph has no closing mark and is no closing clause.
 */
export function markTruncation(doc: ParsedDocument): void {
  if (doc.endMatter.length > 0 || doc.appendices.length > 0) return;
  const last = lastNode(doc.sections);
  const lastPara = last
    ? (last.closing.at(-1) ?? last.body.at(-1) ?? { text: last.heading || last.number, line: last.line ?? 0 })
    : doc.preamble.at(-1);
  if (!lastPara || TERMINAL.test(lastPara.text) || isClosingClause(lastPara.text)) return;
  if (orgNames(lastPara.text) || dateLine(lastPara.text) || isStatusLine(lastPara.text)) return;
  const tail = [...lastPara.text].slice(-12).join('');
  if (last) {
    last.presence = 'truncated';
    doc.notes.push({
      line: lastPara.line,
      message: `the text breaks off inside ${last.number}: it ends “…${tail}” without a closing mark`,
    });
  } else {
    doc.notes.push({
      line: lastPara.line,
      message: `the text breaks off in its preamble: it ends “…${tail}” without a closing mark`,
    });
  }
}
