/** The finder's pages and data as built: /finder/<region>/ (without JavaScript) and /finder/<region>.json (docs/finder.md). */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { FinderRegion } from '../../src/lib/eligibility/finder-data.ts';
import { itemUrl } from '../../src/lib/urls.ts';
import { DIST, page } from './dist.ts';

const LIST = 'daye-jiben-yanglao-qingdan';
/** Item 10's 牵头责任部门 cell is printed as one run, 市民政局市卫健局; the list's parser splits it. */
const ITEM_10 = /老年人能力综合评估/u;

describe('找谁 (whom to ask) on the finder', () => {
  it('names the departments one by one, separated by 、, on the page without JavaScript', () => {
    const items = page('/finder/daye/').root.querySelectorAll('.finder-all .finder-item');
    expect(items).toHaveLength(27);
    const item = items.find((li) => ITEM_10.test(li.querySelector('h3')!.textContent))!;
    const whom = item.querySelectorAll('p').find((p) => p.textContent.startsWith('找谁：'));
    expect(whom?.textContent.trim()).toBe('找谁：市民政局、市卫健局');
  });

  it('carries the parsed departments in /finder/<region>.json', () => {
    const data = JSON.parse(readFileSync(join(DIST, 'finder', 'daye.json'), 'utf8')) as FinderRegion;
    expect(data.items.find((i) => i.number === 10)?.leadDepartments).toEqual(['市民政局', '市卫健局']);
    expect(data.items.find((i) => i.number === 1)?.leadDepartments).toEqual(['市人社局']);
  });

  it('leaves the item page quoting the cell as the list prints it', () => {
    const cells = page(itemUrl(LIST, 10))
      .root.querySelectorAll('[data-verbatim]')
      .map((e) => e.textContent);
    expect(cells).toContain('市民政局市卫健局');
  });
});
