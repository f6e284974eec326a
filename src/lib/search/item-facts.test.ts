import { describe, expect, it } from 'vitest';
import { ITEM_PAGE, itemUrlFromAnchor, readItemFacts } from './item-facts.ts';

describe('item URLs', () => {
  it('tells item pages apart and maps an item anchor in a list back to the item page', () => {
    expect(ITEM_PAGE.exec('/lists/daye-qingdan/item-3/')?.slice(1)).toEqual(['/lists/daye-qingdan/', 'item-3']);
    expect(ITEM_PAGE.test('/lists/daye-qingdan/')).toBe(false);
    expect(itemUrlFromAnchor('/lists/daye-qingdan/#item-3')).toBe('/lists/daye-qingdan/item-3/');
    expect(itemUrlFromAnchor('/documents/x/#task-3')).toBeUndefined();
    expect(itemUrlFromAnchor('/lists/daye-qingdan/#list-notes')).toBeUndefined();
  });

  it('reads no facts from missing or broken meta', () => {
    expect(readItemFacts(undefined)).toEqual({});
    expect(readItemFacts('{broken')).toEqual({});
  });
});
