/**
 * A change inside one sentence or cell, by character (Chinese has no spaces to split words at) and by whole
 * number (60% → 55%, 3600元 → 5000元, not 3[6→5]00), from jsdiff's diffArrays over those tokens: runs of kept,
 * added and removed text, shown as plain text, <ins> and <del>.
 */
import { diffArrays } from 'diff';

export interface Segment {
  text: string;
  op: 'same' | 'added' | 'removed';
}

/**
 * The runs that turn `before` into `after`. Kept runs of one character between two changes are folded into
 * them (大冶 市 → 市 alone kept between two rewrites reads as noise), so a rewritten phrase shows as one
 * deletion and one insertion.
 */
export function charSegments(before: string, after: string): Segment[] {
  const raw: Segment[] = diffArrays(tokens(before), tokens(after)).map((c) => ({
    text: c.value.join(''),
    op: c.added ? 'added' : c.removed ? 'removed' : 'same',
  }));
  const folded: Segment[] = [];
  for (let i = 0; i < raw.length; i += 1) {
    const s = raw[i]!;
    const between = i > 0 && i < raw.length - 1 && raw[i - 1]!.op !== 'same' && raw[i + 1]!.op !== 'same';
    if (s.op === 'same' && [...s.text].length === 1 && between) {
      folded.push({ text: s.text, op: 'removed' }, { text: s.text, op: 'added' });
    } else folded.push(s);
  }
  // Adjacent runs of one kind, joined; removals before additions within a changed stretch.
  const out: Segment[] = [];
  let stretch: Segment[] = [];
  const flush = () => {
    for (const op of ['removed', 'added'] as const) {
      const text = stretch
        .filter((s) => s.op === op)
        .map((s) => s.text)
        .join('');
      if (text) out.push({ text, op });
    }
    stretch = [];
  };
  for (const s of folded) {
    if (s.op === 'same') {
      flush();
      const last = out[out.length - 1];
      if (last?.op === 'same') last.text += s.text;
      else out.push({ ...s });
    } else stretch.push(s);
  }
  flush();
  return out;
}

/** A number (digits, with a decimal point) is one token; any other character is one. */
const tokens = (text: string): string[] => text.match(/\d+(?:[.．]\d+)?|[\s\S]/gu) ?? [];

/** The text before (kept and removed runs) or after (kept and added runs). */
export const sideOf = (segments: readonly Segment[], side: 'before' | 'after'): string =>
  segments
    .filter((s) => s.op === 'same' || s.op === (side === 'before' ? 'removed' : 'added'))
    .map((s) => s.text)
    .join('');
