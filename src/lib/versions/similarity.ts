/**
 * How alike two texts are, for matching the parts of two versions (a task renumbered from 2-7 to 2-8) and
 * the items of two lists: the Dice coefficient of their character pairs. Chinese has no spaces, and two
 * characters are about a word, so shared pairs measure shared wording whatever moved around them.
 */

/** The text's character pairs, counted. */
export function bigrams(text: string): Map<string, number> {
  const chars = [...text.replace(/\s+/gu, '')];
  const counts = new Map<string, number>();
  if (chars.length === 1) counts.set(chars[0]!, 1);
  for (let i = 0; i + 1 < chars.length; i += 1) {
    const pair = chars[i]! + chars[i + 1]!;
    counts.set(pair, (counts.get(pair) ?? 0) + 1);
  }
  return counts;
}

const size = (m: Map<string, number>) => [...m.values()].reduce((n, c) => n + c, 0);

/** 1 for the same text, 0 for texts that share no character pair. */
export function dice(a: Map<string, number>, b: Map<string, number>): number {
  const total = size(a) + size(b);
  if (total === 0) return 1;
  let shared = 0;
  for (const [pair, n] of a) shared += Math.min(n, b.get(pair) ?? 0);
  return (2 * shared) / total;
}

/**
 * Pairs of `olds` and `news` by score, best first, each used once; only pairs scoring at least `threshold`.
 * Ties keep the earlier old, then the earlier new, so the result does not depend on anything but the input.
 */
export function bestPairs(
  olds: number,
  news: number,
  score: (o: number, n: number) => number,
  threshold: number,
): Array<[number, number]> {
  const candidates: Array<[number, number, number]> = [];
  for (let o = 0; o < olds; o += 1)
    for (let n = 0; n < news; n += 1) {
      const s = score(o, n);
      if (s >= threshold) candidates.push([s, o, n]);
    }
  candidates.sort((x, y) => y[0] - x[0] || x[1] - y[1] || x[2] - y[2]);
  const usedOld = new Set<number>();
  const usedNew = new Set<number>();
  const pairs: Array<[number, number]> = [];
  for (const [, o, n] of candidates) {
    if (usedOld.has(o) || usedNew.has(n)) continue;
    usedOld.add(o);
    usedNew.add(n);
    pairs.push([o, n]);
  }
  return pairs;
}
