import { describe, expect, it } from 'vitest';
import { meanReciprocalRank, recallAt } from './metrics.ts';

describe('relevance measures', () => {
  it('recall@k counts ranks 1…k and ignores misses', () => {
    expect(recallAt(5, [1, 5, 6, 0])).toBe(0.5);
    expect(recallAt(1, [1, 2])).toBe(0.5);
  });
  it('MRR averages 1/rank with 0 for a miss', () => {
    expect(meanReciprocalRank([1, 2, 0, 4])).toBeCloseTo((1 + 0.5 + 0 + 0.25) / 4);
  });
  it('an empty set scores 0, never a pass', () => {
    expect(recallAt(5, [])).toBe(0);
    expect(meanReciprocalRank([])).toBe(0);
  });
});
