/**
 * The structured eligibility of every 大冶 item (content/eligibility/), evaluated for the profiles,
 * at the age boundaries 59/60, 64/65, 69/70 and 79/80, and with unknown answers.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { eligibilityFor, type Profile, type Status } from '../../src/lib/eligibility/evaluate.ts';
import { listEligibilitySchema } from '../../src/model/eligibility.ts';

const rules = listEligibilitySchema.parse(parse(readFileSync('content/eligibility/daye-jiben-yanglao-qingdan.yaml', 'utf8')));
const list = parse(readFileSync('content/lists/daye-jiben-yanglao-qingdan.yaml', 'utf8')) as { items: Array<{ number: number; name: string }> };
const verdicts = (p: Profile) => Object.fromEntries(rules.items.map((i) => [i.number, eligibilityFor(i.rule, p).status])) as Record<number, Status>;
const numbers = (p: Profile, status: Status) => Object.entries(verdicts(p)).filter(([, s]) => s === status).map(([n]) => Number(n));

const NONE: Profile = { hukou: 'local', home: 'urban', economic: 'none', care: 'none', disability: 0, family: [], military: 'none' };

describe('eligibility of the 27 大冶 items', () => {
  it('covers every item once', () => {
    expect(rules.items.map((i) => i.number)).toEqual(list.items.map((i) => i.number));
  });

  it('大冶, 82, 本市户籍, 常住城区, 城镇低收入家庭: 高龄津贴, 养老服务补贴 and 意外伤害险 among the likely', () => {
    const p: Profile = { ...NONE, age: 82, economic: '低收入' };
    expect(numbers(p, 'met')).toEqual([3, 4, 5, 6, 7, 8, 9, 10, 11, 17, 26]);
    expect(numbers(p, 'unknown')).toEqual([1, 2, 12, 24, 25, 27]);
    expect(numbers(p, 'unmet')).toEqual([13, 14, 15, 16, 18, 19, 20, 21, 22, 23]);
  });

  it('a 62-year-old with no statuses: free bus travel starts at 65', () => {
    const p: Profile = { age: 62 };
    expect(verdicts(p)[8]).toBe('unmet');
    expect(eligibilityFor(rules.items[7]!.rule, p).reasons).toEqual([{ status: 'unmet', text: '年龄：需65周岁及以上；您62岁，还差3年' }]);
    expect(numbers(p, 'met')).toEqual([4, 5, 6, 7, 9]);
  });

  it.each([
    // 12 法律援助 opens at 60 but still depends on 符合条件 (需要咨询).
    [59, 60, { 4: 'met', 5: 'met', 6: 'met', 7: 'met', 9: 'met', 12: 'unknown' }],
    [64, 65, { 8: 'met', 10: 'met', 11: 'met' }],
    [79, 80, { 3: 'met', 26: 'met' }],
  ])('turns at the boundary %i → %i for exactly these items', (below, at, expected) => {
    const before = verdicts({ ...NONE, age: below });
    const after = verdicts({ ...NONE, age: at });
    const changed = Object.fromEntries(rules.items.map((i) => i.number).filter((n) => before[n] !== after[n]).map((n) => [n, after[n]]));
    expect(changed).toEqual(expected);
    for (const n of Object.keys(expected)) expect(before[Number(n)]).toBe('unmet');
  });

  it('69/70 changes the price of item 9 (half price, then free), not whether one qualifies', () => {
    expect([verdicts({ ...NONE, age: 69 })[9], verdicts({ ...NONE, age: 70 })[9]]).toEqual(['met', 'met']);
    const item9 = parse(readFileSync('content/lists/daye-jiben-yanglao-qingdan.yaml', 'utf8')).items[8] as { ages: Array<{ text: string }>; amounts: Array<{ text: string }> };
    expect(item9.ages.map((a) => a.text)).toEqual(['60周岁及以上', '70周岁以下', '70周岁以上']);
    expect(item9.amounts.map((a) => a.text)).toEqual(['免费', '半价', '免费']);
  });

  it('leaves everything open when nothing is answered, and never says yes without an answer', () => {
    expect(numbers({}, 'met')).toEqual([]);
    expect(numbers({}, 'unmet')).toEqual([]);
  });

  it('says 需要咨询 where the list is vague: 高龄 without an age, 低保 for 城镇低收入, 五类特殊群体', () => {
    expect(verdicts({ ...NONE, age: 75, economic: '低保' })[16]).toBe('unknown');
    expect(verdicts({ ...NONE, age: 82, home: 'urban', economic: '低保' })[17]).toBe('unknown');
    expect(verdicts({ ...NONE, age: 70, home: 'urban', economic: '低收入' })[17]).toBe('unknown');
    // Living in a village does not settle whether the family counts as 城镇 or 农村: still open.
    expect(verdicts({ ...NONE, age: 70, home: 'rural', economic: '低保' })[17]).toBe('unknown');
    expect(verdicts({ ...NONE, age: 70, home: 'rural', economic: 'none' })[17]).toBe('unmet');
    expect(verdicts({ ...NONE, age: 82, home: 'rural', economic: '低保' })[17]).toBe('met');
    expect(verdicts({ ...NONE, age: 90 })[27]).toBe('unknown');
    expect(verdicts({ ...NONE, age: 90, hukou: 'other' })[27]).toBe('unmet');
  });

  it('finds the care, disability, family and military items for the people they are for', () => {
    const frail: Profile = { ...NONE, age: 85, home: 'rural', economic: '低保', care: '失能', disability: 1, family: ['独居'] };
    expect(numbers(frail, 'met')).toEqual(expect.arrayContaining([17, 18, 20, 21, 23, 24]));
    expect(verdicts(frail)[22]).toBe('unknown'); // the subsidy is for a family member who takes the training
    expect(verdicts(frail)[19]).toBe('unknown'); // 需要长期照护 is for the authorities to judge
    expect(verdicts({ ...NONE, age: 70, military: '遗属' })[23]).toBe('met');
    expect(verdicts({ ...NONE, age: 70, military: '遗属' })[13]).toBe('unknown');
    expect(verdicts({ ...NONE, age: 70, economic: '特困' })[14]).toBe('met');
    expect(verdicts({ ...NONE, age: 70, economic: '特困' })[21]).toBe('unknown'); // 分散供养 only
    expect(verdicts({ ...NONE, age: 70, home: 'institution', family: ['独居'] })[24]).toBe('unmet'); // 居家 only
    expect(verdicts({ ...NONE, age: 82, home: 'rural', economic: '低收入' })[17]).toBe('unknown'); // a 城镇 family may live in a village
    expect(verdicts({ ...NONE, age: 70, care: '半失能' })[22]).toBe('unknown');
  });
});
