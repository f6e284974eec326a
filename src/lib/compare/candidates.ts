/**
 * Sentences of a policy text that may state a quantified commitment: a number with a unit, 全覆盖 or
 * 一刻钟, or a deadline. The proposer (scripts/propose-commitments.ts) shows them to a reviewer; the
 * content check requires every one to be recorded either as a commitment or as dismissed with a reason,
 * so a new document cannot slip numbers past review.
 */
import { splitSentences } from '../text.ts';
import { deadlinesIn, quantitiesIn, type Deadline, type Quantity } from './quantities.ts';

export interface Candidate {
  anchor: string;
  /** The whole sentence, verbatim. */
  sentence: string;
  quantities: Quantity[];
  deadlines: Deadline[];
}

/** Anchors whose text is not the document's own commitments: the cover notice, a printed outline, attachments. */
export function holdsCommitments(anchor: string): boolean {
  return !/^(notice|outline|appendix|annex)/u.test(anchor);
}

/**
 * Citations carry numbers that are not commitments: 《titles》, document numbers (云办发﹝2022﹞67号)
 * and standard codes (DB32/4182-2021), each with its brackets.
 */
export function withoutCitations(sentence: string): string {
  return sentence
    .replace(/《[^》]*》/gu, '')
    .replace(/[（(][^（）()]*?(?:[〔﹝[]\d{4}[〕﹞\]]\d+号|DB\d+\/[\d-]+)[^（）()]*[）)]/gu, '');
}

/** The candidates of one document, from its sections (sectionParagraphs). */
export function commitmentCandidates(sections: Map<string, string[]>): Candidate[] {
  const out: Candidate[] = [];
  for (const [anchor, paragraphs] of sections) {
    if (!holdsCommitments(anchor)) continue;
    for (const sentence of paragraphs.flatMap(splitSentences)) {
      const bare = withoutCitations(sentence);
      const quantities = quantitiesIn(bare);
      const deadlines = deadlinesIn(bare);
      if (quantities.length > 0 || deadlines.length > 0) out.push({ anchor, sentence, quantities, deadlines });
    }
  }
  return out;
}
