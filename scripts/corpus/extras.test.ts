import { describe, expect, it } from 'vitest';
import { documentCount, documentsProblem, MAX_DOCUMENTS_PER_REGION, spreadDocuments } from './extras.ts';
import { createRandom } from './random.ts';

const total = (n: number, m: number, seed = 's') =>
  spreadDocuments(n, m, createRandom(seed)).reduce((sum, e) => sum + documentCount(e), 0);

describe('spreading documents over the regions', () => {
  it('adds up to exactly the documents asked for', () => {
    for (const [n, m] of [
      [15, 15],
      [15, 16],
      [15, 40],
      [30, 90],
      [300, 1000],
      [10, 10 * MAX_DOCUMENTS_PER_REGION],
    ] as const)
      expect(total(n, m)).toBe(m);
  });

  it('gives every region one plan and nothing more when documents equal regions', () => {
    expect(spreadDocuments(5, 5, createRandom('s')).every((e) => documentCount(e) === 1)).toBe(true);
  });

  it('spreads them evenly (counts differ by one at most), and only editions have older ones', () => {
    expect(new Set(spreadDocuments(300, 900, createRandom('s')).map(documentCount))).toEqual(new Set([3]));
    const extras = spreadDocuments(300, 1000, createRandom('s'));
    expect(new Set(extras.map(documentCount))).toEqual(new Set([3, 4]));
    expect(extras.every((e) => e.edition || e.olderEditions === 0)).toBe(true);
    expect(extras.some((e) => e.draft) && extras.some((e) => e.second) && extras.some((e) => e.olderEditions > 0)).toBe(
      true,
    );
  });

  it('is the same for the same seed', () => {
    expect(spreadDocuments(40, 100, createRandom('a'))).toEqual(spreadDocuments(40, 100, createRandom('a')));
    expect(spreadDocuments(40, 100, createRandom('a'))).not.toEqual(spreadDocuments(40, 100, createRandom('b')));
  });

  it('refuses fewer documents than regions, or more than a region can publish, in one line', () => {
    expect(documentsProblem(10, 9)).toMatch(/^--documents must be a whole number from 10 .* to 70 .*, not 9$/u);
    expect(documentsProblem(10, 71)).toBeDefined();
    expect(documentsProblem(10, 1.5 * 10)).toBeUndefined();
    expect(documentsProblem(10, 10.5)).toBeDefined();
  });
});
