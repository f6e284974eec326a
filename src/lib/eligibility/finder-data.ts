/** What the finder loads for one region: its list items with their rules, and nothing else (docs/finder.md). */
import type { Rule } from '../../model/eligibility.ts';

export interface FinderItem {
  number: number;
  name: string;
  /** The item's canonical page. */
  url: string;
  /** 服务对象, verbatim. */
  target: string;
  /** The amounts as the list states them, verbatim. */
  amounts: string[];
  /**
   * 牵头责任部门 as the list's parser split the cell, one department per entry: the cell is printed as one
   * run (市民政局市卫健局), which reads badly; the item page quotes it verbatim.
   */
  leadDepartments: string[];
  grant: 'automatic' | 'apply' | 'unstated';
  rule: Rule;
}

export interface FinderRegion {
  region: string;
  name: string;
  /** Its province's slug: the finder's first question (docs/finder.md). */
  province: string;
  listTitle: string;
  listUrl: string;
  items: FinderItem[];
}

/** /finder/provinces/<province>.json: the province's answerable regions, for the finder's region choice. */
export interface FinderProvinceChoice {
  regions: Array<{
    region: string;
    name: string;
    /** The prefecture's name; none for the province's own regions. */ prefecture?: string;
  }>;
}

export const GRANT_TEXT = {
  automatic: '主动发放，不用申请',
  apply: '需要本人或家人申请',
  unstated: '清单没有说明是否需要申请',
} as const;

/** 找谁 on the finder: the lead departments one after another, 市民政局、市卫健局. */
export const whomToAsk = (item: Pick<FinderItem, 'leadDepartments'>): string => item.leadDepartments.join('、');
