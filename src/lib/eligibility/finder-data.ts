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
  /** 牵头责任部门, verbatim. */
  lead: string;
  grant: 'automatic' | 'apply' | 'unstated';
  rule: Rule;
}

export interface FinderRegion {
  region: string;
  name: string;
  listTitle: string;
  listUrl: string;
  items: FinderItem[];
}

export const GRANT_TEXT = {
  automatic: '主动发放，不用申请',
  apply: '需要本人或家人申请',
  unstated: '清单没有说明是否需要申请',
} as const;
