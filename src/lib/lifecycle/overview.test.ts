import { describe, expect, it } from 'vitest';
import { lifecycleContext, lifecycleOf, type LifecycleFacts } from './lifecycle.ts';
import { validityGroups } from './overview.ts';

const TODAY = '2026-12-01';

const doc = (slug: string, over: Partial<LifecycleFacts> = {}): LifecycleFacts => ({
  slug,
  title: slug,
  region: 'a',
  status: '现行有效',
  documentNumber: '未注明',
  dateSigned: '2022-03-01',
  datePublished: '未注明',
  ...over,
});
const until = (date: string) => ({ validity: { until: date, clause: `有效期至${date}。` } });

describe('validityGroups', () => {
  it('sorts documents by the end of their validity on the build date', () => {
    const docs = [
      doc('none'),
      doc('later', until('2028-01-31')),
      doc('soon', until('2027-02-28')),
      doc('sooner', until(TODAY)),
      doc('long-ago', until('2024-12-31')),
      doc('yesterday', until('2026-11-30')),
      doc('next-year', until('2027-12-01')),
      doc('last-day-in-a-year', until('2027-11-30')),
      doc('counted', { dateSigned: '2022-01-15', validity: { years: 5, clause: '有效期5年。' } }),
      doc('draft', { status: '征求意见稿', ...until('2020-01-01') }),
    ];
    const context = lifecycleContext(docs);
    const groups = validityGroups(docs, (d) => lifecycleOf(d, context, TODAY), TODAY);
    const slugs = (list: LifecycleFacts[]) => list.map((d) => d.slug);
    expect(slugs(groups.expired)).toEqual(['yesterday', 'long-ago']);
    expect(slugs(groups.expiring)).toEqual(['sooner', 'counted', 'soon', 'last-day-in-a-year']);
    expect(slugs(groups.later)).toEqual(['next-year', 'later']);
    expect(slugs(groups.unstated)).toEqual(['none']);
    expect(slugs(groups.drafts)).toEqual(['draft']);
  });
});
