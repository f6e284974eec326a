import { describe, expect, it } from 'vitest';
import { dateOrUnstated } from './common.ts';
import { outlineEntrySchema } from './document.ts';
import { listEligibilitySchema } from './eligibility.ts';
import { fieldName, itemField, parseFriendly } from './friendly-errors.ts';

/** The messages for an eligibility file whose second entry (item 5) has the given rule. */
const ruleErrors = (rule: unknown): string[] => {
  const result = parseFriendly(listEligibilitySchema, {
    list: 'l',
    items: [
      { number: 1, grant: 'unstated', rule: { age: { min: 60 } } },
      { number: 5, grant: 'unstated', rule },
    ],
  });
  return 'errors' in result ? result.errors : [];
};

describe('field names', () => {
  it('name an entry of an items array by its place and its own number', () => {
    expect(itemField(3, 4)).toBe('items.3 (item 4)');
    expect(fieldName(['items', 1, 'rule'], { items: [{ number: 1 }, { number: 7 }] })).toBe('items.1 (item 7).rule');
  });

  it('keep the place alone when the entry has no usable number', () => {
    expect(fieldName(['items', 0, 'name'], { items: [{ number: 'x' }] })).toBe('items.0.name');
    expect(fieldName(['outline', 2, 'anchor'], { outline: [{}, {}, { number: 3 }] })).toBe('outline.2.anchor');
    expect(fieldName([])).toBe('(top level)');
  });
});

describe('an eligibility rule (a union of one-key objects)', () => {
  it('reports the issue of the branch the rule was written for, not “Invalid input”', () => {
    expect(ruleErrors({ age: { min: '65' } })).toEqual([
      'items.1 (item 5).rule.age.min: expected a number, found "65" — write a number',
    ]);
    expect(ruleErrors({ all: [{ hukou: 'local' }, { home: { values: ['nowhere'] } }] })).toEqual([
      'items.1 (item 5).rule.all.1.home.values.0: "nowhere" is not allowed — use one of "urban", "rural", "institution", "elsewhere"',
    ]);
    expect(ruleErrors({ age: { min: 65 }, whenNotMet: 'no' })).toEqual([
      'items.1 (item 5).rule.whenNotMet: "no" is not allowed — use one of "consult"',
    ]);
  });

  it('lists the allowed keys when no branch fits', () => {
    const keys = 'age, hukou, home, economic, care, disability, family, military, consult, all, any';
    expect(ruleErrors({ agee: { min: 65 } })).toEqual([
      `items.1 (item 5).rule.agee: unknown key — use one of ${keys} (see the schema's field comments)`,
    ]);
    expect(ruleErrors({})).toEqual([`items.1 (item 5).rule: empty — add one of the keys ${keys}`]);
    expect(ruleErrors({ age: { min: 65 }, hukou: 'local' })).toEqual([
      `items.1 (item 5).rule: age and hukou cannot stand in one entry — write one of ${keys} per entry (see the schema's field comments)`,
    ]);
    expect(ruleErrors('65岁以上')).toEqual([
      `items.1 (item 5).rule: expected an object (key: value), found "65岁以上" — see the schema's field comments`,
    ]);
  });
});

describe('unions of plain values', () => {
  it('keep their own message (a date or 未注明)', () => {
    expect(parseFriendly(dateOrUnstated, 5)).toEqual({
      errors: ['(top level): expected "YYYY-MM-DD" in quotes, or "未注明" when the source gives no date (found 5)'],
    });
  });

  it('list every allowed literal', () => {
    expect(parseFriendly(outlineEntrySchema.shape.level, 5)).toEqual({
      errors: ['(top level): 5 is not allowed — use one of 1, 2, 3, 4'],
    });
  });
});
