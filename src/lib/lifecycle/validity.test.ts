import { describe, expect, it } from 'vitest';
import { untilNote, validityOf } from './validity.ts';

const clause = '本方案自2023年4月11日起施行，有效期5年。';

describe('validityOf', () => {
  it('takes a stated end as it is', () => {
    const v = validityOf({
      dateSigned: '2024-04-01',
      effective: { date: '2024-05-01', clause: '本方案自2024年5月1日起试行，有效期至2026年4月30日。' },
      validity: { until: '2026-04-30', clause: '本方案自2024年5月1日起试行，有效期至2026年4月30日。' },
    });
    expect(v).toMatchObject({ effective: '2024-05-01', until: '2026-04-30', untilBasis: 'stated' });
    expect(untilNote(v)).toBeUndefined();
  });

  it('counts 有效期N年 from the effective date, to the day before the anniversary', () => {
    const v = validityOf({
      dateSigned: '2023-04-01',
      effective: { date: '2023-04-11', clause },
      validity: { years: 5, clause },
    });
    expect(v).toEqual({
      effective: '2023-04-11',
      effectiveClause: clause,
      until: '2028-04-10',
      untilBasis: 'from-effective',
      years: 5,
      untilClause: clause,
    });
    expect(untilNote(v)).toBe('按“有效期5年”从生效日期起算');
  });

  it('counts from the 成文日期 when the text names no effective date', () => {
    const v = validityOf({ dateSigned: '2021-06-30', validity: { years: 3, clause: '有效期3年。' } });
    expect(v).toMatchObject({ effective: '未注明', until: '2024-06-29', untilBasis: 'from-signed' });
    expect(untilNote(v)).toContain('从成文日期起算');
  });

  it('says 未注明 when there is nothing to count from, or nothing said', () => {
    const noStart = validityOf({
      dateSigned: '未注明',
      effective: { date: '未注明', clause: '本方案自印发之日起施行，有效期3年。' },
      validity: { years: 3, clause: '本方案自印发之日起施行，有效期3年。' },
    });
    expect(noStart).toMatchObject({ effective: '未注明', until: '未注明', untilBasis: 'no-start' });
    expect(untilNote(noStart)).toBe('原文写了“有效期3年”，但没有写从哪天起算');
    expect(validityOf({ dateSigned: '2023-01-01' })).toEqual({
      effective: '未注明',
      until: '未注明',
      untilBasis: 'unstated',
    });
  });
});
