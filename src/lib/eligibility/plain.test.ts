import { expect, it } from 'vitest';
import { numbersNotInSource } from './plain.ts';

it('finds numbers a plain text adds to its source', () => {
  expect(numbersNotInSource('每人每月不少于100元。', '按不低于100元/月/人的标准发放')).toEqual([]);
  expect(
    numbersNotInSource('每人每月不少于150元，年满80周岁。', '按不低于100元/月/人的标准发放，80周岁及以上'),
  ).toEqual(['150']);
});
