/**
 * The 对照 of two consecutive versions of a document (docs/versions.md): their parts matched across
 * renumbering by text similarity, then, inside each matched part, sentences matched by jsdiff's diffArrays
 * and each changed sentence diffed by character. Pure: the pages render what this returns.
 */
import { diffArrays } from 'diff';
import { charSegments, type Segment } from './segments.ts';
import { bestPairs, bigrams, dice } from './similarity.ts';
import { splitSentences, type DocPart, type PartKind } from './text.ts';

/** A part as the 对照 names it: its anchor, kind and printed heading. */
export interface PartRef {
  anchor: string;
  kind: PartKind;
  heading: string;
}

export type SentenceChange =
  | { op: 'same'; text: string }
  | { op: 'added'; text: string }
  | { op: 'removed'; text: string }
  | { op: 'changed'; segments: Segment[] }
  /** The same sentence removed from one part and added to another: `to` / `from` is the other part. */
  | { op: 'moved-out'; text: string; to: PartRef }
  | { op: 'moved-in'; text: string; from: PartRef };

export type PartChange =
  /** Same heading and text; renumbered when the anchors differ. */
  | { op: 'same'; before: PartRef; after: PartRef }
  /** Matched, with changes in its heading (segments) or its sentences. */
  | { op: 'changed'; before: PartRef; after: PartRef; heading?: Segment[]; sentences: SentenceChange[] }
  | { op: 'added'; after: PartRef; sentences: string[] }
  | { op: 'removed'; before: PartRef; sentences: string[] };

export interface ComparisonCounts {
  /** Tasks only in the later version. */
  addedTasks: number;
  /** Tasks only in the earlier version. */
  removedTasks: number;
  /** Other parts (sections, attachments, fixed blocks) only in the later / earlier version. */
  addedParts: number;
  removedParts: number;
  /** Places changed inside matched parts: a changed heading, an added, removed, changed or moved sentence. */
  changedPlaces: number;
  /** Matched parts whose anchor changed (task 7 became task 8). */
  renumbered: number;
}

export interface DocumentComparison {
  /** Every part of both versions in reading order: the later version's, with removed parts where they stood. */
  parts: PartChange[];
  counts: ComparisonCounts;
  /** Every anchor of the earlier version and where its words are in the later one (null: removed). */
  anchorMap: Array<{ before: string; after: string | null }>;
}

/** Fixed blocks are matched by their anchor; numbered parts by kind and text. */
const FIXED: ReadonlySet<PartKind> = new Set(['notice', 'outline', 'preamble', 'end']);
const group = (k: PartKind) => (FIXED.has(k) ? k : k === 'appendix' ? 'appendix' : 'numbered');
/** Parts this alike or more are the same part, renumbered or edited. */
const PART_THRESHOLD = 0.45;
/** How much a part's title counts against its text when matching. */
const TITLE_WEIGHT = 0.4;
/** Sentences this alike or more are one sentence, changed. */
const SENTENCE_THRESHOLD = 0.5;

const ref = (p: DocPart): PartRef => ({ anchor: p.anchor, kind: p.kind, heading: p.heading });
const sentencesOf = (p: DocPart) => p.paragraphs.flatMap(splitSentences);
/** A heading without its number (二、 （一） 7.): renumbering alone is not a change of wording. */
const title = (heading: string) =>
  heading.replace(
    /^(?:第[一二三四五六七八九十百零〇]+[章节条]|[一二三四五六七八九十百]+、|[（(][一二三四五六七八九十]+[）)]|\d+[.．、])\s*/u,
    '',
  );

/** Old part index → new part index for the parts that are one part in both versions. */
function matchParts(before: DocPart[], after: DocPart[]): Map<number, number> {
  const matched = new Map<number, number>();
  const taken = new Set<number>();
  const pair = (o: number, n: number) => {
    matched.set(o, n);
    taken.add(n);
  };
  const textOf = (p: DocPart) => `${title(p.heading)}\n${p.paragraphs.join('\n')}`;
  // Fixed blocks by anchor; then exact text (same anchor first, then anywhere); then by similarity.
  before.forEach((o, i) => {
    if (!FIXED.has(o.kind)) return;
    const n = after.findIndex((a, j) => !taken.has(j) && a.anchor === o.anchor);
    if (n !== -1) pair(i, n);
  });
  for (const sameAnchor of [true, false])
    before.forEach((o, i) => {
      if (matched.has(i) || FIXED.has(o.kind)) return;
      const n = after.findIndex(
        (a, j) =>
          !taken.has(j) &&
          group(a.kind) === group(o.kind) &&
          (!sameAnchor || a.anchor === o.anchor) &&
          textOf(a) === textOf(o),
      );
      if (n !== -1) pair(i, n);
    });
  const olds = before.map((p, i) => ({ p, i })).filter(({ p, i }) => !matched.has(i) && !FIXED.has(p.kind));
  const news = after.map((p, j) => ({ p, j })).filter(({ p, j }) => !taken.has(j) && !FIXED.has(p.kind));
  // A part's title names it and its text says it: both count, so a long sentence moved elsewhere does not take
  // its part along. A heading without text (二、重点任务) is matched by its title alone.
  const grams = (p: DocPart) => ({ title: bigrams(title(p.heading)), text: bigrams(p.paragraphs.join('\n')) });
  const oldGrams = olds.map(({ p }) => grams(p));
  const newGrams = news.map(({ p }) => grams(p));
  const score = (o: number, n: number) => {
    const [a, b] = [olds[o]!.p, news[n]!.p];
    if (group(a.kind) !== group(b.kind)) return 0;
    const titles = dice(oldGrams[o]!.title, newGrams[n]!.title);
    const texts = a.paragraphs.length + b.paragraphs.length === 0 ? titles : dice(oldGrams[o]!.text, newGrams[n]!.text);
    return TITLE_WEIGHT * titles + (1 - TITLE_WEIGHT) * texts + (a.anchor === b.anchor ? 0.01 : 0);
  };
  for (const [o, n] of bestPairs(olds.length, news.length, score, PART_THRESHOLD)) pair(olds[o]!.i, news[n]!.j);
  return matched;
}

/** The sentences of a matched part: kept, added, removed, or changed (a removed and an added one that are alike). */
function sentenceChanges(before: string[], after: string[]): SentenceChange[] {
  const out: SentenceChange[] = [];
  let removed: string[] = [];
  let added: string[] = [];
  // A stretch between kept sentences: its removed and added sentences paired by likeness, in the later order.
  const flush = () => {
    const pairs = new Map(
      bestPairs(
        removed.length,
        added.length,
        (o, n) => dice(bigrams(removed[o]!), bigrams(added[n]!)),
        SENTENCE_THRESHOLD,
      ).map(([o, n]) => [n, o]),
    );
    const paired = new Set(pairs.values());
    let next = 0;
    const removedUpTo = (end: number) => {
      for (; next < end; next += 1) if (!paired.has(next)) out.push({ op: 'removed', text: removed[next]! });
    };
    added.forEach((text, n) => {
      const o = pairs.get(n);
      if (o === undefined) {
        out.push({ op: 'added', text });
        return;
      }
      removedUpTo(o);
      next = Math.max(next, o + 1);
      out.push({ op: 'changed', segments: charSegments(removed[o]!, text) });
    });
    removedUpTo(removed.length);
    removed = [];
    added = [];
  };
  for (const chunk of diffArrays(before, after)) {
    if (chunk.removed) removed.push(...chunk.value);
    else if (chunk.added) added.push(...chunk.value);
    else {
      flush();
      out.push(...chunk.value.map((text) => ({ op: 'same' as const, text })));
    }
  }
  flush();
  return out;
}

/** Compares the parts of an earlier and a later version. */
export function compareDocuments(before: DocPart[], after: DocPart[]): DocumentComparison {
  const matched = matchParts(before, after);
  const oldOf = new Map([...matched].map(([o, n]) => [n, o]));
  const parts: PartChange[] = [];
  let nextRemoved = 0;
  const removedUpTo = (end: number) => {
    for (; nextRemoved < end; nextRemoved += 1)
      if (!matched.has(nextRemoved))
        parts.push({ op: 'removed', before: ref(before[nextRemoved]!), sentences: sentencesOf(before[nextRemoved]!) });
  };
  after.forEach((a, j) => {
    const o = oldOf.get(j);
    if (o === undefined) {
      parts.push({ op: 'added', after: ref(a), sentences: sentencesOf(a) });
      return;
    }
    removedUpTo(o);
    nextRemoved = Math.max(nextRemoved, o + 1);
    const b = before[o]!;
    const sentences = sentenceChanges(sentencesOf(b), sentencesOf(a));
    const headingChanged = title(b.heading) !== title(a.heading);
    if (!headingChanged && sentences.every((s) => s.op === 'same')) {
      parts.push({ op: 'same', before: ref(b), after: ref(a) });
      return;
    }
    parts.push({
      op: 'changed',
      before: ref(b),
      after: ref(a),
      ...(headingChanged ? { heading: charSegments(b.heading, a.heading) } : {}),
      sentences,
    });
  });
  removedUpTo(before.length);
  markMoves(parts);
  return {
    parts,
    counts: countChanges(parts),
    anchorMap: before.map((b, i) => ({
      before: b.anchor,
      after: matched.has(i) ? after[matched.get(i)!]!.anchor : null,
    })),
  };
}

/** A sentence removed from one matched part and added, unchanged, to another has moved. */
function markMoves(parts: PartChange[]): void {
  const changed = parts.filter((p): p is Extract<PartChange, { op: 'changed' }> => p.op === 'changed');
  for (const from of changed)
    from.sentences.forEach((s, i) => {
      if (s.op !== 'removed') return;
      for (const to of changed) {
        if (to === from) continue;
        const k = to.sentences.findIndex((t) => t.op === 'added' && t.text === s.text);
        if (k === -1) continue;
        from.sentences[i] = { op: 'moved-out', text: s.text, to: to.after };
        to.sentences[k] = { op: 'moved-in', text: s.text, from: from.after };
        return;
      }
    });
}

function countChanges(parts: PartChange[]): ComparisonCounts {
  const counts: ComparisonCounts = {
    addedTasks: 0,
    removedTasks: 0,
    addedParts: 0,
    removedParts: 0,
    changedPlaces: 0,
    renumbered: 0,
  };
  for (const p of parts) {
    if (p.op === 'added') {
      if (p.after.kind === 'task') counts.addedTasks += 1;
      else counts.addedParts += 1;
    } else if (p.op === 'removed') {
      if (p.before.kind === 'task') counts.removedTasks += 1;
      else counts.removedParts += 1;
    } else {
      if (p.before.anchor !== p.after.anchor) counts.renumbered += 1;
      if (p.op === 'changed')
        counts.changedPlaces +=
          (p.heading ? 1 : 0) + p.sentences.filter((s) => s.op !== 'same' && s.op !== 'moved-in').length;
    }
  }
  return counts;
}

/** The counts in words, as the top of the 对照 says them: 新增 1 项任务、删除 1 项任务、修改 5 处、9 项重新编号. */
export function describeCounts(c: ComparisonCounts): string {
  const words = [`新增 ${c.addedTasks} 项任务`, `删除 ${c.removedTasks} 项任务`, `修改 ${c.changedPlaces} 处`];
  if (c.renumbered > 0) words.push(`${c.renumbered} 项重新编号`);
  if (c.addedParts > 0) words.push(`新增其他部分 ${c.addedParts} 个`);
  if (c.removedParts > 0) words.push(`删除其他部分 ${c.removedParts} 个`);
  return words.join('、');
}
