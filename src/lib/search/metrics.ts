/** Relevance measures over a query set: each query's rank is 1-based, 0 when not found. */

/** Share of queries whose expected result is within the first k. */
export function recallAt(k: number, ranks: number[]): number {
  if (ranks.length === 0) return 0;
  return ranks.filter((r) => r >= 1 && r <= k).length / ranks.length;
}

/** Mean reciprocal rank: 1 for first place, 1/2 for second … 0 when not found. */
export function meanReciprocalRank(ranks: number[]): number {
  if (ranks.length === 0) return 0;
  return ranks.reduce((sum, r) => sum + (r >= 1 ? 1 / r : 0), 0) / ranks.length;
}
