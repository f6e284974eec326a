/**
 * A seeded random source for the synthetic corpus (scripts/generate-corpus.ts): the same seed gives the
 * same corpus on every machine, so a benchmark can be repeated and a failure reproduced.
 */
export interface Random {
  /** A float in [0, 1). */
  next(): number;
  /** An integer in [min, max], both included. */
  int(min: number, max: number): number;
  /** True with probability p. */
  chance(p: number): boolean;
  /** One element. */
  pick<T>(items: readonly T[]): T;
  /** A shuffled copy. */
  shuffle<T>(items: readonly T[]): T[];
  /** `count` distinct elements, in their original order. */
  sample<T>(items: readonly T[], count: number): T[];
  /** An independent source derived from this seed and a label (one per region, so regions do not shift each other). */
  fork(label: string): Random;
}

/** A 32-bit hash of a string (FNV-1a), to derive seeds from labels. */
function hash32(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** mulberry32: small, fast and good enough for test data (not for anything secret). */
export function createRandom(seed: number | string): Random {
  const base = typeof seed === 'number' ? seed >>> 0 : hash32(seed);
  let state = base;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const random: Random = {
    next,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    chance: (p) => next() < p,
    pick: (items) => {
      if (items.length === 0) throw new Error('pick from an empty list');
      return items[Math.floor(next() * items.length)]!;
    },
    shuffle: (items) => {
      const copy = [...items];
      for (let i = copy.length - 1; i > 0; i--) {
        const j = Math.floor(next() * (i + 1));
        [copy[i], copy[j]] = [copy[j]!, copy[i]!];
      }
      return copy;
    },
    sample: (items, count) => {
      const chosen = new Set(random.shuffle(items.map((_, i) => i)).slice(0, Math.max(0, count)));
      return items.filter((_, i) => chosen.has(i));
    },
    fork: (label) => createRandom(hash32(`${base}:${label}`)),
  };
  return random;
}
