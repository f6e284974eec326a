import { describe, expect, it } from 'vitest';
import { byMonth, changeLog, derivedStatusChanges, type ChangeDocument } from './events.ts';

const doc = (slug: string, added: string, extra: Partial<ChangeDocument> = {}): ChangeDocument => ({
  slug,
  title: `${slug} 的标题`,
  region: slug.split('-')[0]!,
  regionName: `${slug.split('-')[0]}市`,
  added,
  ...extra,
});

const summary = (events: ReturnType<typeof changeLog>) => events.map((e) => `${e.date} ${e.kind} ${e.key}`);

describe('the change log', () => {
  it('has a new-document event on the day each source was added, linking to the document', () => {
    const events = changeLog({ documents: [doc('daye-a', '2026-11-23')], asOf: '2026-12-01' });
    expect(events).toEqual([
      {
        key: 'documents/daye-a/added',
        kind: 'document',
        date: '2026-11-23',
        document: 'daye-a',
        documentTitle: 'daye-a 的标题',
        region: 'daye',
        regionName: 'daye市',
        path: '/documents/daye-a/',
        label: '新收录',
        sentence: 'daye市的《daye-a 的标题》于2026年11月23日收录到本站。',
      },
    ]);
  });

  it('takes new versions and status changes from their inputs, with their own dates and links', () => {
    const events = changeLog({
      documents: [doc('daye-a', '2026-11-23')],
      versions: [{ documentSlug: 'daye-a', versionKey: '2025', date: '2026-11-25', title: '2025年版' }],
      statusChanges: [{ documentSlug: 'daye-a', status: '已废止', date: '2026-11-30' }],
      asOf: '2026-12-01',
    });
    expect(events.map((e) => [e.date, e.kind, e.path, e.label])).toEqual([
      ['2026-11-30', 'status', '/documents/daye-a/', '状态变为“已废止”'],
      ['2026-11-25', 'version', '/documents/daye-a/versions/2025/', '新版本：2025年版'],
      ['2026-11-23', 'document', '/documents/daye-a/', '新收录'],
    ]);
    expect(events[0]!.key).toBe('documents/daye-a/status/已废止/2026-11-30');
    expect(events[1]!.key).toBe('documents/daye-a/versions/2025');
    const linked = changeLog({
      documents: [doc('daye-a', '2026-11-23')],
      versions: [{ documentSlug: 'daye-a', versionKey: '2025', date: '2026-11-25', title: '2025年版', path: '/x/' }],
      asOf: '2026-12-01',
    });
    expect(linked[0]!.path).toBe('/x/');
  });

  it('derives taking effect and the end of validity from the front matter, unless status changes are given', () => {
    const plan = doc('pingliang-a', '2026-11-23', { effective: '2021-12-01', validity: { years: 5 } });
    expect(derivedStatusChanges(plan)).toEqual([
      { documentSlug: 'pingliang-a', status: '现行有效', date: '2021-12-01' },
      { documentSlug: 'pingliang-a', status: '已失效', date: '2026-12-01' },
    ]);
    expect(derivedStatusChanges(doc('x', '2026-01-01', { effective: '2024-02-29', validity: { years: 1 } }))).toEqual([
      { documentSlug: 'x', status: '现行有效', date: '2024-02-29' },
      { documentSlug: 'x', status: '已失效', date: '2025-03-01' },
    ]);
    // 有效期至 a day: 已失效 from the next day; an unstated effective date gives no event.
    expect(
      derivedStatusChanges(doc('x', '2026-01-01', { effective: '未注明', validity: { until: '2025-12-31' } })),
    ).toEqual([{ documentSlug: 'x', status: '已失效', date: '2026-01-01' }]);
    expect(derivedStatusChanges(doc('x', '2026-01-01', { effective: '未注明', validity: { years: 5 } }))).toEqual([]);

    expect(summary(changeLog({ documents: [plan], asOf: '2026-11-30' }))).toEqual([
      '2026-11-23 document documents/pingliang-a/added',
      '2021-12-01 status documents/pingliang-a/status/现行有效/2021-12-01',
    ]);
    expect(changeLog({ documents: [plan], asOf: '2026-12-01' }).map((e) => e.label)).toEqual([
      '有效期届满，已失效',
      '新收录',
      '开始施行',
    ]);
    // The lifecycle's own changes replace the derived ones for the documents they name.
    expect(
      summary(
        changeLog({
          documents: [plan],
          statusChanges: [{ documentSlug: 'pingliang-a', status: '现行有效', date: '2021-12-05' }],
          asOf: '2026-12-31',
        }),
      ),
    ).toEqual([
      '2026-11-23 document documents/pingliang-a/added',
      '2021-12-05 status documents/pingliang-a/status/现行有效/2021-12-05',
    ]);
  });

  it('leaves out what is dated after the build date', () => {
    const events = changeLog({
      documents: [doc('daye-a', '2026-11-23'), doc('daye-b', '2026-12-02')],
      versions: [{ documentSlug: 'daye-a', versionKey: 'final', date: '2026-12-02', title: '正式稿' }],
      asOf: '2026-12-01',
    });
    expect(summary(events)).toEqual(['2026-11-23 document documents/daye-a/added']);
  });

  it('sorts newest first, and a day’s events by kind, document and key, whatever the input order', () => {
    const documents = [doc('nantong-a', '2026-11-23'), doc('baoshan-a', '2026-11-23'), doc('daye-a', '2026-11-20')];
    const versions = [{ documentSlug: 'daye-a', versionKey: 'v2', date: '2026-11-23', title: '二' }];
    const expected = [
      '2026-11-23 document documents/baoshan-a/added',
      '2026-11-23 document documents/nantong-a/added',
      '2026-11-23 version documents/daye-a/versions/v2',
      '2026-11-20 document documents/daye-a/added',
    ];
    expect(summary(changeLog({ documents, versions, asOf: '2026-12-01' }))).toEqual(expected);
    expect(summary(changeLog({ documents: [...documents].reverse(), versions, asOf: '2026-12-01' }))).toEqual(expected);
  });

  it('names a document it does not have', () => {
    expect(() =>
      changeLog({
        documents: [],
        statusChanges: [{ documentSlug: 'nowhere', status: '已废止', date: '2026-01-01' }],
        asOf: '2026-12-01',
      }),
    ).toThrow('change log: no document "nowhere" for a version or status change');
  });

  it('groups by month, newest first', () => {
    const events = changeLog({
      documents: [doc('a-a', '2026-11-23'), doc('b-b', '2026-10-02'), doc('c-c', '2026-11-01')],
      asOf: '2026-12-01',
    });
    expect(byMonth(events).map((m) => [m.month, m.label, m.events.map((e) => e.document)])).toEqual([
      ['2026-11', '2026年11月', ['a-a', 'c-c']],
      ['2026-10', '2026年10月', ['b-b']],
    ]);
  });
});
