/**
 * Which proposed sentences a document's reviewed commitments do not yet account for. A sentence is
 * accounted for when a commitment quotes it or a dismissal names it, at the same anchor.
 */
import { stripWhitespace } from '../text.ts';
import type { Candidate } from './candidates.ts';
import type { DocumentCommitments } from '../../model/compare.ts';

type Recorded = Pick<DocumentCommitments, 'commitments' | 'dismissed'>;

const key = (anchor: string, sentence: string) => `${anchor}\u0000${stripWhitespace(sentence)}`;

export function uncoveredCandidates(candidates: readonly Candidate[], recorded: Recorded): Candidate[] {
  const covered = new Set([...recorded.commitments, ...recorded.dismissed].map((r) => key(r.anchor, r.sentence)));
  return candidates.filter((c) => !covered.has(key(c.anchor, c.sentence)));
}
