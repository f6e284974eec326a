/**
 * A change inside one sentence or cell, by character (Chinese has no spaces to split words at), from jsdiff's
 * diffChars: runs of kept, added and removed text, shown as plain text, <ins> and <del>.
 */
import { diffChars } from 'diff';

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
  const raw: Segment[] = diffChars(before, after).map((c) => ({
    text: c.value,
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
  return wholeNumbers(out);
}

const DIGITS_END = /[\d.．]+$/u;
const DIGITS_START = /^[\d.．]+/u;

/**
 * A changed number is shown whole (100 → 120, not 1[0→2]0): digits kept next to a change that has digits
 * move into it, on both sides.
 */
function wholeNumbers(segments: Segment[]): Segment[] {
  const out = segments.map((s) => ({ ...s }));
  for (let i = 0; i < out.length; i += 1) {
    if (out[i]!.op === 'same') continue;
    let end = i;
    while (end + 1 < out.length && out[end + 1]!.op !== 'same') end += 1;
    const stretch = out.slice(i, end + 1);
    if (stretch.some((s) => /\d/u.test(s.text))) {
      const prev = out[i - 1];
      const next = out[end + 1];
      const head = prev ? (DIGITS_END.exec(prev.text)?.[0] ?? '') : '';
      const tail = next ? (DIGITS_START.exec(next.text)?.[0] ?? '') : '';
      if (prev && head) prev.text = prev.text.slice(0, -head.length);
      if (next && tail) next.text = next.text.slice(tail.length);
      const sides = (['removed', 'added'] as const).map((op) => ({
        op,
        text:
          head +
          stretch
            .filter((s) => s.op === op)
            .map((s) => s.text)
            .join('') +
          tail,
      }));
      out.splice(i, end - i + 1, ...sides.filter((s) => s.text !== ''));
      end = i + sides.filter((s) => s.text !== '').length - 1;
    }
    i = end;
  }
  return out.filter((s) => s.text !== '');
}

/** The text before (kept and removed runs) or after (kept and added runs). */
export const sideOf = (segments: readonly Segment[], side: 'before' | 'after'): string =>
  segments
    .filter((s) => s.op === 'same' || s.op === (side === 'before' ? 'removed' : 'added'))
    .map((s) => s.text)
    .join('');
