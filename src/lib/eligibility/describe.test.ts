import { expect, it } from 'vitest';
import { describeRule } from './describe.ts';
import { ruleSchema } from '../../model/eligibility.ts';

it('says a rule in plain words', () => {
  const rule = ruleSchema.parse({
    any: [
      {
        all: [
          { home: { values: ['urban'] } },
          { economic: { values: ['低收入'] } },
          { age: { min: 80 }, whenNotMet: 'consult', note: '年龄是否适用没说清' },
        ],
      },
      { all: [{ home: { values: ['rural'] } }, { economic: { values: ['低保'] } }] },
    ],
  });
  expect(describeRule(rule)).toBe(
    '以下任一：（住在城区的自己家里；并且低收入家庭；并且80周岁及以上（年龄是否适用没说清））（住在农村的自己家里；并且低保家庭）',
  );
  expect(
    describeRule(ruleSchema.parse({ all: [{ hukou: 'local' }, { disability: [1, 2] }, { consult: '五类特殊群体' }] })),
  ).toBe('本市户籍；并且残疾等级一级、二级；并且需要问清楚：五类特殊群体');
});
