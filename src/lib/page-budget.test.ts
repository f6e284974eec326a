import { describe, expect, it } from 'vitest';
import { capped, fitsPage, LIST_ELEMENTS, PAGE_ELEMENTS, rowsThatFit } from './page-budget.ts';

describe('the page budget rule', () => {
  it('leaves room for the layout within the page budget', () => {
    expect(LIST_ELEMENTS).toBeLessThan(PAGE_ELEMENTS);
  });

  it('fits a list whose rows stay within the list share, and not one row more', () => {
    const rows = Math.floor(LIST_ELEMENTS / 3);
    expect(fitsPage(rows, 3)).toBe(true);
    expect(fitsPage(rows + 1, 3)).toBe(false);
    expect(fitsPage(0, 5)).toBe(true);
  });

  it('counts the fixed elements (headings) too', () => {
    expect(fitsPage(10, 2, LIST_ELEMENTS - 20)).toBe(true);
    expect(fitsPage(10, 2, LIST_ELEMENTS - 19)).toBe(false);
  });

  it('says how many rows fit, never fewer than none', () => {
    expect(rowsThatFit(3)).toBe(Math.floor(LIST_ELEMENTS / 3));
    expect(fitsPage(rowsThatFit(7, 40), 7, 40)).toBe(true);
    expect(fitsPage(rowsThatFit(7, 40) + 1, 7, 40)).toBe(false);
    expect(rowsThatFit(4, LIST_ELEMENTS + 10)).toBe(0);
  });

  it('caps a list and says how many are left out', () => {
    expect(capped([1, 2, 3, 4], 3)).toEqual({ shown: [1, 2, 3], more: 1 });
    expect(capped([1, 2], 3)).toEqual({ shown: [1, 2], more: 0 });
    expect(capped([1, 2], -1)).toEqual({ shown: [], more: 2 });
  });
});
