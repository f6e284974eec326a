/** A rule in plain words, for the finder's list of all items (shown without JavaScript too). */
import { ANSWER_LABEL } from './evaluate.ts';
import type { Rule } from '../../model/eligibility.ts';

const labels = (key: keyof typeof ANSWER_LABEL, values: readonly string[]) =>
  values.map((v) => (ANSWER_LABEL[key] as Record<string, string>)[v]!).join('或');

export function describeRule(rule: Rule): string {
  if ('all' in rule) return rule.all.map(describeRule).join('；并且');
  if ('any' in rule) return `以下任一：${rule.any.map((r) => `（${describeRule(r)}）`).join('')}`;
  if ('consult' in rule) return `需要问清楚：${rule.consult}`;
  let text: string;
  if ('age' in rule)
    text = [
      rule.age.min !== undefined && `${rule.age.min}周岁及以上`,
      rule.age.max !== undefined && `${rule.age.max}周岁及以下`,
    ]
      .filter(Boolean)
      .join('、');
  else if ('hukou' in rule) text = '本市户籍';
  else if ('home' in rule) text = labels('home', rule.home.values);
  else if ('economic' in rule) text = labels('economic', rule.economic.values);
  else if ('care' in rule) text = labels('care', rule.care.values);
  else if ('military' in rule) text = labels('military', rule.military.values);
  else if ('disability' in rule) text = `残疾等级${rule.disability.map((g) => `${'一二三四'[g - 1]}级`).join('、')}`;
  else text = rule.family.join('或');
  return rule.note ? `${text}（${rule.note}）` : text;
}
