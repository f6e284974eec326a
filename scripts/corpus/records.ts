/**
 * The review layer of a synthetic document, carried over from the real sentences it is made of: the
 * topic tags of each part (those of the real part), and for every sentence the commitment proposer flags
 * in the ingested text, the real sentence's commitments (quantity, value, deadline and scope re-voiced
 * and scaled as the sentence was) or dismissals. A flagged sentence without a real record is an error:
 * nothing is recorded that a reviewer did not record for the sentence it comes from.
 */
import { commitmentCandidates } from '../../src/lib/compare/candidates.ts';
import type { Commitment, DocumentCommitments, DocumentTags } from '../../src/model/compare.ts';
import { sectionParagraphs } from '../../src/lib/compare/sections.ts';
import { originKey, type ComposedDocument } from './document.ts';
import { numbersIn, scaleNumbers, voiceText, type Voice } from './voice.ts';

type Deadline = NonNullable<Commitment['deadline']>;

export interface DocumentReview {
  tags: DocumentTags;
  commitments: DocumentCommitments;
}

export function reviewDocument(
  document: string,
  body: string,
  composed: ComposedDocument,
  voice: Voice,
  factor: number,
): DocumentReview {
  const tags: DocumentTags = {
    document,
    units: composed.units
      .filter((u) => u.anchor !== 'preamble')
      .map(({ anchor, unit }) => ({ anchor, topics: unit.topics, services: unit.services })),
  };
  const commitments: DocumentCommitments = { document, commitments: [], dismissed: [] };
  const seen = new Set<string>();
  for (const candidate of commitmentCandidates(sectionParagraphs(body))) {
    const key = originKey(candidate.anchor, candidate.sentence);
    if (seen.has(key)) continue;
    seen.add(key);
    const origin = composed.origins.get(key);
    if (!origin?.records) {
      throw new Error(
        `${document}#${candidate.anchor}: “${candidate.sentence}” is flagged but its source sentence has no review record`,
      );
    }
    const v = (s: string) => voiceText(scaleNumbers(s, origin.numbers, factor), voice);
    const deadline = (d: Deadline | undefined) =>
      d && {
        text: voiceText(d.text, voice),
        year: /\d{4}/u.test(d.text) ? d.year + voice.yearShift : d.year,
        ...(d.month ? { month: d.month } : {}),
      };
    for (const c of origin.records.commitments) {
      const before = numbersIn(c.quantity).map(Number);
      const after = numbersIn(v(c.quantity)).map(Number);
      // The value follows its number in the quantity (1.6万户 = 16000 户 → 1.8万户 = 18000 户).
      const rescale = (value: number, i: number) => (before[i] ? round(value * (after[i]! / before[i]!)) : value);
      commitments.commitments.push({
        metric: c.metric,
        anchor: candidate.anchor,
        sentence: candidate.sentence,
        quantity: v(c.quantity),
        comparator: c.comparator,
        value: rescale(c.value, 0),
        ...(c.upTo !== undefined ? { upTo: rescale(c.upTo, before.length > 1 ? 1 : 0) } : {}),
        ...(c.deadline ? { deadline: deadline(c.deadline) } : {}),
        scope: v(c.scope),
      });
    }
    for (const d of origin.records.dismissed) {
      commitments.dismissed.push({
        anchor: candidate.anchor,
        sentence: candidate.sentence,
        reason: d.reason,
        ...(d.deadline ? { deadline: deadline(d.deadline) } : {}),
      });
    }
  }
  return { tags, commitments };
}

const round = (x: number) => Math.round(x * 100) / 100;
