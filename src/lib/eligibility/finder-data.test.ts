import { expect, it } from 'vitest';
import { whomToAsk } from './finder-data.ts';

it('names whom to ask department by department, not as the list cell runs them together', () => {
  expect(whomToAsk({ leadDepartments: ['市民政局', '市卫健局'] })).toBe('市民政局、市卫健局');
  expect(whomToAsk({ leadDepartments: ['市人社局'] })).toBe('市人社局');
});
