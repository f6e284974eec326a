import { describe, expect, it } from 'vitest';
import { formerItemRedirects } from './redirects.ts';

describe('formerItemRedirects', () => {
  it('forwards an item number the current list lacks to the newest older version that has it', () => {
    expect(
      formerItemRedirects([
        {
          list: 'l',
          numbers: [1, 2],
          versions: [
            { key: '2023', number: 1, items: [1, 2, 3, 4] },
            { key: '2024', number: 2, items: [1, 2, 3] },
          ],
        },
        { list: 'm', numbers: [1], versions: [] },
      ]),
    ).toEqual([
      { from: '/lists/l/item-3/', to: '/lists/l/versions/2024/#item-3', reason: expect.any(String) },
      { from: '/lists/l/item-4/', to: '/lists/l/versions/2023/#item-4', reason: expect.any(String) },
    ]);
  });
});
