import { describe, expect, it } from 'vitest';
import { eligibilityFor } from './evaluate.ts';
import { ruleSchema, type Rule } from '../../model/eligibility.ts';

const rule = (r: unknown): Rule => ruleSchema.parse(r);

describe('eligibilityFor: three-valued logic with reasons', () => {
  const r = rule({ all: [{ hukou: 'local' }, { age: { min: 80 } }] });

  it('meets, fails or leaves open, and says why', () => {
    expect(eligibilityFor(r, { hukou: 'local', age: 82 })).toEqual({
      status: 'met',
      reasons: [
        { status: 'met', text: '户籍：需本市户籍；您是本市户籍' },
        { status: 'met', text: '年龄：需80周岁及以上；您82岁' },
      ],
    });
    expect(eligibilityFor(r, { hukou: 'local', age: 79 }).status).toBe('unmet');
    expect(eligibilityFor(r, { hukou: 'local', age: 79 }).reasons[1]!.text).toBe(
      '年龄：需80周岁及以上；您79岁，还差1年',
    );
    expect(eligibilityFor(r, { age: 82 }).status).toBe('unknown');
    expect(eligibilityFor(r, { age: 60 }).status).toBe('unmet'); // a known “no” wins over an open answer
  });

  it('takes the branch that decides an “any”', () => {
    const any = rule({ any: [{ family: ['独居'] }, { disability: [1, 2] }] });
    expect(eligibilityFor(any, { family: ['独居'], disability: 0 }).reasons).toEqual([
      { status: 'met', text: '家庭情况：需独居；您是独居' },
    ]);
    expect(eligibilityFor(any, { family: [] }).status).toBe('unknown');
    expect(eligibilityFor(any, { family: [], disability: 3 }).status).toBe('unmet');
  });

  it('answers 需要咨询 where the source is vague, never yes or no', () => {
    expect(eligibilityFor(rule({ consult: '五类特殊群体未说明' }), { age: 90 }).status).toBe('unknown');
    const vague = rule({ age: { min: 80 }, whenNotMet: 'consult', note: '只写了高龄' });
    expect(eligibilityFor(vague, { age: 75 })).toEqual({
      status: 'unknown',
      reasons: [{ status: 'unknown', text: '年龄：需80周岁及以上；您75岁，还差5年（只写了高龄）' }],
    });
    const unclear = rule({ economic: { values: ['低收入'], unclear: ['低保'] } });
    expect(eligibilityFor(unclear, { economic: '低保' }).status).toBe('unknown');
    expect(eligibilityFor(unclear, { economic: 'none' }).status).toBe('unmet');
  });

  it('rejects a rule the content cannot mean', () => {
    expect(() => rule({ age: { min: 80 }, hukou: 'local' })).toThrow();
    expect(() => rule({ economic: { values: ['富裕'] } })).toThrow();
  });
});
