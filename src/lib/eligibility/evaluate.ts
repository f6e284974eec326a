/**
 * eligibilityFor(): one item's rule against a visitor's answers, in three-valued logic. An answer left
 * blank, an unclear answer, or a condition the source leaves vague gives “unknown” (需要咨询), never a guess.
 * Every leaf says why, in plain words, for the finder to show.
 */
import type { CARE, ECONOMIC, FAMILY, HOME, HUKOU, MILITARY } from '../../model/vocab.ts';
import type { Rule } from '../../model/eligibility.ts';

export interface Profile {
  age?: number;
  hukou?: (typeof HUKOU)[number];
  home?: (typeof HOME)[number];
  economic?: (typeof ECONOMIC)[number];
  care?: (typeof CARE)[number];
  /** Disability grade 1–4, or 0 for none. */
  disability?: number;
  /** The situations that apply; [] for none of them; undefined when not answered. */
  family?: Array<(typeof FAMILY)[number]>;
  military?: (typeof MILITARY)[number];
}

export type Status = 'met' | 'unmet' | 'unknown';
export interface Reason {
  status: Status;
  text: string;
}
export interface Verdict {
  status: Status;
  reasons: Reason[];
}

export const ANSWER_LABEL = {
  hukou: { local: '本市户籍', other: '外地户籍' },
  home: {
    urban: '住在城区的自己家里',
    rural: '住在农村的自己家里',
    institution: '住在本地的养老院等机构',
    elsewhere: '不在本地居住',
  },
  economic: {
    特困: '特困人员',
    低保: '低保家庭',
    低保边缘: '低保边缘家庭',
    低收入: '低收入家庭',
    none: '不属于这些困难家庭',
  },
  care: { 失能: '失能（生活不能自理）', 半失能: '半失能', 失智: '失智（如认知障碍）', none: '能自理' },
  military: {
    遗属: '烈士、因公牺牲或病故军人的遗属',
    现役军人家属: '现役军人家属',
    退役军人: '退役军人（含复员、退伍、残疾军人）',
    none: '都不是',
  },
} as const;

const join = (xs: readonly string[]) => xs.join('或');

function choiceLeaf<K extends 'home' | 'economic' | 'care' | 'military'>(
  what: string,
  key: K,
  answer: string | undefined,
  rule: { values: string[]; unclear: string[] },
): Reason {
  const labels = ANSWER_LABEL[key] as Record<string, string>;
  const need = `${what}：需${join(rule.values.map((v) => labels[v]!))}`;
  if (answer === undefined) return { status: 'unknown', text: `${need}；您没有回答` };
  const yours = labels[answer]!;
  if (rule.values.includes(answer)) return { status: 'met', text: `${need}；您是${yours}` };
  if (rule.unclear.includes(answer)) return { status: 'unknown', text: `${need}；您是${yours}，来源没有说清是否包括` };
  return { status: 'unmet', text: `${need}；您是${yours}` };
}

function leafReason(rule: Rule, p: Profile): Reason {
  if ('age' in rule) {
    const { min, max } = rule.age;
    const need = `年龄：需${min !== undefined ? `${min}周岁及以上` : ''}${min !== undefined && max !== undefined ? '、' : ''}${max !== undefined ? `${max}周岁及以下` : ''}`;
    if (p.age === undefined) return { status: 'unknown', text: `${need}；您没有填写年龄` };
    if (min !== undefined && p.age < min)
      return { status: 'unmet', text: `${need}；您${p.age}岁，还差${min - p.age}年` };
    if (max !== undefined && p.age > max) return { status: 'unmet', text: `${need}；您${p.age}岁` };
    return { status: 'met', text: `${need}；您${p.age}岁` };
  }
  if ('hukou' in rule) {
    if (p.hukou === undefined) return { status: 'unknown', text: '户籍：需本市户籍；您没有回答' };
    return {
      status: p.hukou === 'local' ? 'met' : 'unmet',
      text: `户籍：需本市户籍；您是${ANSWER_LABEL.hukou[p.hukou]}`,
    };
  }
  if ('home' in rule) return choiceLeaf('居住地', 'home', p.home, rule.home);
  if ('economic' in rule) return choiceLeaf('家庭经济状况', 'economic', p.economic, rule.economic);
  if ('care' in rule) return choiceLeaf('自理能力', 'care', p.care, rule.care);
  if ('military' in rule) return choiceLeaf('优抚对象', 'military', p.military, rule.military);
  if ('disability' in rule) {
    const need = `残疾等级：需${rule.disability.map((g) => `${'一二三四'[g - 1]}级`).join('、')}残疾`;
    if (p.disability === undefined) return { status: 'unknown', text: `${need}；您没有回答` };
    if (p.disability === 0) return { status: 'unmet', text: `${need}；您没有残疾等级` };
    return {
      status: rule.disability.includes(p.disability) ? 'met' : 'unmet',
      text: `${need}；您是${'一二三四'[p.disability - 1]}级`,
    };
  }
  if ('family' in rule) {
    const need = `家庭情况：需${join(rule.family)}`;
    if (p.family === undefined) return { status: 'unknown', text: `${need}；您没有回答` };
    const hit = p.family.filter((f) => rule.family.includes(f));
    return hit.length > 0
      ? { status: 'met', text: `${need}；您是${hit.join('、')}` }
      : { status: 'unmet', text: `${need}；您选的情况都不是` };
  }
  if ('consult' in rule) return { status: 'unknown', text: `需要问清楚：${rule.consult}` };
  throw new Error(`not a leaf rule: ${JSON.stringify(rule)}`);
}

/** The verdict of a rule tree on a profile. */
export function eligibilityFor(rule: Rule, p: Profile): Verdict {
  if ('all' in rule) {
    const parts = rule.all.map((r) => eligibilityFor(r, p));
    const status: Status = parts.some((x) => x.status === 'unmet')
      ? 'unmet'
      : parts.some((x) => x.status === 'unknown')
        ? 'unknown'
        : 'met';
    return { status, reasons: parts.flatMap((x) => x.reasons) };
  }
  if ('any' in rule) {
    const parts = rule.any.map((r) => eligibilityFor(r, p));
    // Show the branch that decided: a met one, else the open ones, else every way it failed.
    const met = parts.find((x) => x.status === 'met');
    if (met) return met;
    const open = parts.filter((x) => x.status === 'unknown');
    if (open.length) return { status: 'unknown', reasons: open.flatMap((x) => x.reasons) };
    return { status: 'unmet', reasons: parts.flatMap((x) => x.reasons) };
  }
  const reason = leafReason(rule, p);
  const note = 'note' in rule && rule.note ? `（${rule.note}）` : '';
  if (reason.status === 'unmet' && 'whenNotMet' in rule && rule.whenNotMet === 'consult') {
    return {
      status: 'unknown',
      reasons: [{ status: 'unknown', text: `${reason.text}${note || '（来源对此说得不清楚）'}` }],
    };
  }
  // A note is shown whatever the outcome: it says what the list leaves open even when the answer fits.
  return { status: reason.status, reasons: [{ ...reason, text: `${reason.text}${note}` }] };
}

/** The finder's three groups. */
export const GROUPS = { met: '很可能可以享受', unknown: '需要咨询', unmet: '可能不符合条件' } as const;
