import { describe, expect, it } from 'vitest';
import { LIFECYCLE_STATUSES } from '../../model/vocab.ts';
import {
  LEGAL_FORCE,
  lifecycleContext,
  lifecycleOf,
  lifecyclesOf,
  type LifecycleFacts,
  type VersionFacts,
} from './lifecycle.ts';

/** The build date of every case: a fixed clock, never the wall clock. */
const TODAY = '2026-12-01';

const doc = (over: Partial<LifecycleFacts> = {}): LifecycleFacts => ({
  slug: 'a-plan',
  title: '甲市养老服务实施方案',
  region: 'a',
  status: '现行有效',
  documentNumber: '甲政办发〔2023〕1号',
  dateSigned: '2023-04-11',
  datePublished: '2023-04-18',
  ...over,
});

const alone = (d: LifecycleFacts, versions?: ReadonlyMap<string, VersionFacts>) =>
  lifecycleOf(d, lifecycleContext([d], versions), TODAY);

describe('the status as published', () => {
  it('a draft for comments, dated by its publication: not in force', () => {
    const l = alone(doc({ status: '征求意见稿', dateSigned: '未注明', datePublished: '2025-03-02' }));
    expect(l).toMatchObject({
      status: '征求意见稿',
      since: '2025-03-02',
      legalForce: 'NotInForce',
      reason: '公开征求意见的草案，不是正式文件，2025年3月2日发布。',
    });
  });

  it('a draft for review or a 草案 without any date: since 未注明', () => {
    const review = alone(doc({ status: '送审稿', dateSigned: '未注明', datePublished: '未注明' }));
    expect(review).toMatchObject({ status: '送审稿', since: '未注明', legalForce: 'NotInForce' });
    expect(review.reason).toBe('报送审议的草案，不是正式文件。');
    expect(alone(doc({ status: '草案' }))).toMatchObject({ status: '草案', legalForce: 'NotInForce' });
  });

  it('an issued text in effect since its effective date: 现行有效, in force', () => {
    const l = alone(doc({ effective: { date: '2023-05-01', clause: '本方案自2023年5月1日起施行。' } }));
    expect(l).toMatchObject({ status: '现行有效', since: '2023-05-01', legalForce: 'InForce' });
    expect(l.reason).toBe('自2023年5月1日起施行；本站未见废止、修订、取代或有效期届满的记载。');
  });

  it('without an effective clause: since the day it was issued (印发日期, else 成文日期), and says so', () => {
    expect(alone(doc())).toMatchObject({ status: '现行有效', since: '2023-04-11', legalForce: 'InForce' });
    expect(alone(doc()).reason).toMatch(/^2023年4月11日印发，原文未写施行日期；/u);
    expect(alone(doc({ datePrinted: '2023-04-12' })).since).toBe('2023-04-12');
    const undated = alone(doc({ dateSigned: '未注明', datePublished: '未注明' }));
    expect(undated).toMatchObject({ status: '现行有效', since: '未注明', legalForce: 'InForce' });
    expect(undated.reason).toMatch(/^原文未写印发和施行日期；/u);
  });

  it('a text on trial: 试行, in force', () => {
    const l = alone(doc({ status: '试行', effective: { date: '2024-05-01', clause: '本方案自2024年5月1日起试行。' } }));
    expect(l).toMatchObject({ status: '试行', since: '2024-05-01', legalForce: 'InForce' });
    expect(l.reason).toMatch(/^自2024年5月1日起试行；/u);
  });

  it('an effective date still to come: 尚未施行, not in force, since the day it was issued', () => {
    const l = alone(doc({ effective: { date: '2027-01-01', clause: '本办法自2027年1月1日起施行。' } }));
    expect(l).toMatchObject({
      status: '尚未施行',
      since: '2023-04-11',
      legalForce: 'NotInForce',
      reason: '已经印发，将于2027年1月1日起施行。',
    });
    // On its first day it applies.
    const onTheDay = lifecycleOf(
      doc({ effective: { date: TODAY, clause: '本办法自2026年12月1日起施行。' } }),
      lifecycleContext([]),
      TODAY,
    );
    expect(onTheDay.status).toBe('现行有效');
  });
});

describe('已失效: past the end of validity on the build date', () => {
  it('a stated end: 已失效 from the next day', () => {
    const l = alone(
      doc({
        status: '试行',
        effective: { date: '2024-05-01', clause: 'c' },
        validity: { until: '2026-04-30', clause: 'c' },
      }),
    );
    expect(l).toMatchObject({
      status: '已失效',
      since: '2026-05-01',
      legalForce: 'NotInForce',
      reason: '有效期至2026年4月30日，2026年5月1日起已失效。',
    });
  });

  it('有效期N年 counted from the effective date', () => {
    const l = alone(doc({ effective: { date: '2020-01-01', clause: 'c' }, validity: { years: 5, clause: 'c' } }));
    expect(l).toMatchObject({ status: '已失效', since: '2025-01-01' });
    expect(l.validity.until).toBe('2024-12-31');
  });

  it('still valid on its last day, and counted from the 成文日期 when no effective date is stated', () => {
    const lastDay = alone(doc({ validity: { until: TODAY, clause: 'c' } }));
    expect(lastDay.status).toBe('现行有效');
    const fromSigned = alone(doc({ dateSigned: '2021-12-01', validity: { years: 5, clause: 'c' } }));
    expect(fromSigned.validity.until).toBe('2026-11-30');
    expect(fromSigned).toMatchObject({ status: '已失效', since: '2026-12-01' });
  });

  it('as the portal printed it (有效性：失效), dated when the end is known', () => {
    expect(alone(doc({ validityStatus: '失效' }))).toMatchObject({
      status: '已失效',
      since: '未注明',
      legalForce: 'NotInForce',
      reason: '文件发布网站标注其有效性为“失效”。',
    });
    expect(alone(doc({ validityStatus: '有效' })).status).toBe('现行有效');
    expect(alone(doc({ validityStatus: '未失效' })).status).toBe('现行有效');
  });

  it('never for a draft, whatever it says of its validity', () => {
    const l = alone(doc({ status: '送审稿', validity: { until: '2025-12-31', clause: 'c' }, validityStatus: '失效' }));
    expect(l.status).toBe('送审稿');
  });
});

describe('已废止: repealed by another document of the region on the site', () => {
  const old = doc({ slug: 'a-old', title: '甲市养老服务补贴办法', documentNumber: '甲政发〔2019〕3号' });
  const repealing = (over: Partial<LifecycleFacts> = {}) =>
    doc({
      slug: 'a-new',
      title: '甲市养老服务补贴实施办法',
      effective: { date: '2024-01-01', clause: '本办法自2024年1月1日起施行。' },
      repeals: [{ title: '甲市养老服务补贴办法', number: '甲政发〔2019〕3号' }],
      ...over,
    });
  const statusOf = (d: LifecycleFacts, all: LifecycleFacts[]) => lifecycleOf(d, lifecycleContext(all), TODAY);

  it('from the repealing text’s effective date, naming it', () => {
    const l = statusOf(old, [old, repealing()]);
    expect(l).toMatchObject({
      status: '已废止',
      since: '2024-01-01',
      legalForce: 'NotInForce',
      by: { slug: 'a-new', title: '甲市养老服务补贴实施办法' },
      reason: '《甲市养老服务补贴实施办法》自2024年1月1日起施行，同时废止本文件。',
    });
    // The repealing text itself is in force.
    expect(statusOf(repealing(), [old, repealing()]).status).toBe('现行有效');
  });

  it('matches titles loosely (《》, spaces, full-width forms) and numbers only when both are printed', () => {
    const loose = repealing({ repeals: [{ title: '《甲市养老服务补贴办法 》', number: '未注明' }] });
    expect(statusOf(old, [old, loose]).status).toBe('已废止');
    const brackets = repealing({ repeals: [{ title: '甲市养老服务补贴办法', number: '甲政发[2019]3号' }] });
    expect(statusOf(old, [old, brackets]).status).toBe('已废止');
  });

  it('not a text of the same title with another number, in another region, or by a draft', () => {
    const other = repealing({ repeals: [{ title: '甲市养老服务补贴办法', number: '甲政发〔2015〕8号' }] });
    expect(statusOf(old, [old, other]).status).toBe('现行有效');
    expect(statusOf(old, [old, repealing({ region: 'b' })]).status).toBe('现行有效');
    expect(statusOf(old, [old, repealing({ status: '征求意见稿' })]).status).toBe('现行有效');
  });

  it('not before the repealing text takes effect; undated when it names no date', () => {
    const later = repealing({ effective: { date: '2027-03-01', clause: '本办法自2027年3月1日起施行。' } });
    expect(statusOf(old, [old, later]).status).toBe('现行有效');
    const undated = repealing({ effective: undefined, dateSigned: '未注明', datePublished: '未注明' });
    expect(statusOf(old, [old, undated])).toMatchObject({
      status: '已废止',
      since: '未注明',
      reason: '《甲市养老服务补贴实施办法》同时废止本文件。',
    });
  });

  it('as the portal printed it (有效性：已废止)', () => {
    expect(alone(doc({ validityStatus: '已废止' }))).toMatchObject({ status: '已废止', since: '未注明' });
  });

  it('the end that came first is the one shown', () => {
    const expiredFirst = { ...old, validity: { until: '2023-06-30', clause: '有效期至2023年6月30日。' } };
    expect(statusOf(expiredFirst, [expiredFirst, repealing()])).toMatchObject({
      status: '已失效',
      since: '2023-07-01',
    });
    const repealedFirst = { ...old, validity: { until: '2025-06-30', clause: '有效期至2025年6月30日。' } };
    expect(statusOf(repealedFirst, [repealedFirst, repealing()])).toMatchObject({
      status: '已废止',
      since: '2024-01-01',
    });
  });
});

describe('the versions (fed by src/lib/versions/)', () => {
  const versions = (facts: VersionFacts) => new Map([['a-plan', facts]]);
  const final = { slug: 'a-plan-2026', title: '甲市养老服务实施方案', date: '2026-06-01' };

  it('已被取代 by a later version, a draft too, naming it', () => {
    for (const status of ['现行有效', '送审稿'] as const) {
      expect(alone(doc({ status }), versions({ supersededBy: final }))).toMatchObject({
        status: '已被取代',
        since: '2026-06-01',
        legalForce: 'NotInForce',
        by: { slug: 'a-plan-2026', title: '甲市养老服务实施方案' },
        reason: '已被《甲市养老服务实施方案》取代（2026年6月1日）。',
      });
    }
  });

  it('已修订 by an amending text: partly in force', () => {
    const l = alone(doc(), versions({ amendedBy: { slug: 'a-amend', title: '甲市关于修改…的决定', date: '未注明' } }));
    expect(l).toMatchObject({
      status: '已修订',
      since: '未注明',
      legalForce: 'PartiallyInForce',
      by: { slug: 'a-amend' },
    });
    expect(alone(doc({ validityStatus: '已修改' }))).toMatchObject({
      status: '已修订',
      legalForce: 'PartiallyInForce',
    });
  });

  it('not before the link’s day; an end outranks an amendment', () => {
    expect(alone(doc(), versions({ supersededBy: { ...final, date: '2027-01-01' } })).status).toBe('现行有效');
    const expired = doc({ validity: { until: '2025-12-31', clause: 'c' } });
    expect(alone(expired, versions({ amendedBy: final })).status).toBe('已失效');
  });
});

describe('the vocabulary', () => {
  it('gives every status a legal force, drafts and ended texts not in force', () => {
    expect(Object.keys(LEGAL_FORCE).sort()).toEqual([...LIFECYCLE_STATUSES].sort());
    for (const s of ['征求意见稿', '送审稿', '草案', '尚未施行', '已被取代', '已废止', '已失效'] as const)
      expect(LEGAL_FORCE[s]).toBe('NotInForce');
  });

  it('lifecyclesOf works out every document by slug', () => {
    const all = lifecyclesOf([doc(), doc({ slug: 'b', status: '征求意见稿' })], TODAY);
    expect([...all].map(([slug, l]) => [slug, l.status])).toEqual([
      ['a-plan', '现行有效'],
      ['b', '征求意见稿'],
    ]);
  });
});
