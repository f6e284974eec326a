import { expect, it } from 'vitest';
import { entryCoverage } from './entry-coverage.ts';

it('names what is missing, extra and listed twice', () => {
  expect(entryCoverage([1, 2, 3], [1, 3, 3, 4])).toEqual({ missing: [2], extra: [4], twice: [3] });
  expect(entryCoverage(['a'], ['a'])).toEqual({ missing: [], extra: [], twice: [] });
});
