/**
 * One synthetic service list (基本养老服务清单) of 20–30 items: 大冶's 27 reviewed items and a few more,
 * drawn per tier, renamed with the wordings other regions use (高龄津贴 / 尊老金 …), money amounts scaled,
 * re-voiced for the region; each with the reviewed service kind, eligibility rule and plain words of the
 * item it comes from. The table is written as the real sources write it (tab-led cells, tier captions,
 * a 备注 line with the ranges), so the real ingestion reads it.
 */
import type { Rule } from '../../src/model/eligibility.ts';
import { splitDepartmentCell } from '../ingest/responsibility.ts';
import type { PoolItem } from './pool.ts';
import type { Random } from './random.ts';
import { scaleNumbers, voiceText, type Voice } from './voice.ts';

/** Items some lists have that 大冶's does not, written for the synthetic corpus (kinds from service-kinds.yaml). */
const EXTRA_ITEMS: PoolItem[] = [
  {
    origin: 'extra:laonian-zhucan',
    name: '老年助餐服务',
    content: '依托社区养老服务设施为老年人提供助餐服务，对高龄、独居老年人给予就餐优惠。',
    target: '60周岁及以上老年人',
    type: '照护服务',
    tier: '普惠',
    leadText: '市民政局',
    service: 'laonian-zhucan',
    itemTopics: ['jujia-shequ'],
    grant: 'unstated',
    rule: { age: { min: 60 } },
    plain: {
      who: '年满60周岁的老人。',
      what: '可以在社区助餐点吃饭；高龄、独居的老人吃饭有优惠。',
      amount: '清单没有写优惠多少。',
    },
  },
  {
    origin: 'extra:jiating-yanglao-chuangwei',
    name: '家庭养老照护床位',
    content: '为经评估失能的特困、低保老年人设立家庭养老照护床位，由养老机构上门提供专业照护服务。',
    target: '经济困难的失能老年人',
    type: '照护服务',
    tier: '保障',
    leadText: '市民政局',
    service: 'jiating-yanglao-chuangwei',
    itemTopics: ['changqi-zhaohu', 'jujia-shequ'],
    grant: 'unstated',
    rule: {
      all: [
        { care: { values: ['失能'], unclear: ['半失能', '失智'] }, note: '须经评估认定失能' },
        { economic: { values: ['特困', '低保'], unclear: ['低保边缘', '低收入'] } },
      ],
    },
    plain: { who: '家里是特困或低保、经评估失能的老人。', what: '在家里设一张养老床位，由养老机构派人上门照护。' },
  },
  {
    origin: 'extra:changqi-huli-baoxian',
    name: '长期护理保险待遇',
    content: '按规定为参加长期护理保险、经评估为重度失能的人员支付护理服务费用。',
    target: '参加长期护理保险的重度失能老年人',
    type: '物质帮助',
    tier: '保障',
    leadText: '市医保局',
    service: 'changqi-huli-baoxian',
    itemTopics: ['changqi-zhaohu'],
    grant: 'unstated',
    rule: {
      all: [
        { care: { values: ['失能'], unclear: ['半失能', '失智'] } },
        { consult: '是否参加了长期护理保险、是否评为重度失能，请问市医保局' },
      ],
    },
    plain: { who: '参加了长期护理保险、经评估重度失能的老人。', what: '护理服务的费用按规定由长期护理保险支付。' },
  },
];

/** Wordings regions use for the same item (service-kinds.yaml localNames); one is chosen per list. */
const NAME_VARIANTS: Record<string, string[]> = {
  高龄津贴: ['高龄津贴', '高龄补贴', '尊老金', '长寿补贴'],
  家庭适老化改造: ['家庭适老化改造', '居家适老化改造'],
  居家探访关爱服务: ['居家探访关爱服务', '探访关爱服务'],
  老年助餐服务: ['老年助餐服务', '老年人助餐服务'],
};

const TIER_WORDS = [
  { puhui: '面向特定群体老年人的普惠服务项目', baozhang: '面向特殊老年人的保障服务项目' },
  { puhui: '面向社会老年人的普惠服务项目', baozhang: '面向特殊老年人的保障服务项目' },
  { puhui: '面向全体老年人的普惠服务项目', baozhang: '面向特殊困难老年人的保障服务项目' },
];

export interface ListEntry {
  number: number;
  item: PoolItem;
}

export interface ComposedList {
  /** 附件, the list's title and its table, as lines of the raw text. */
  lines: string[];
  entries: ListEntry[];
}

/** Amounts of money and shares (100元, 20%): the numbers an item's amount is scaled in. */
const amountNumbers = (text: string): string[] => [...text.matchAll(/(\d+(?:\.\d+)?)(?=元|%|％)/gu)].map((m) => m[1]!);

/** Every string of a rule (consult and note texts), re-voiced. */
function voiceRule(rule: Rule, f: (s: string) => string): Rule {
  return JSON.parse(JSON.stringify(rule), (key, value: unknown) =>
    typeof value === 'string' && (key === 'consult' || key === 'note') ? f(value) : value,
  ) as Rule;
}

export function composeList(
  pool: readonly PoolItem[],
  title: string,
  voice: Voice,
  random: Random,
  factor: number,
): ComposedList {
  const all = [...pool, ...EXTRA_ITEMS];
  const puhui = all.filter((i) => i.tier === '普惠');
  const baozhang = all.filter((i) => i.tier === '保障');
  const n = random.int(20, Math.min(30, all.length));
  let p = Math.max(6, Math.min(puhui.length, Math.round((n * puhui.length) / all.length) + random.int(-1, 1)));
  if (n - p > baozhang.length) p = n - baozhang.length;
  const chosen = [...random.sample(puhui, p), ...random.sample(baozhang, n - p)];
  const v = (s: string) => voiceText(s, voice);

  const entries = chosen.map((source, i): ListEntry => {
    const variants = NAME_VARIANTS[source.name];
    const name = variants ? random.pick(variants) : source.name;
    const numbers = new Set(amountNumbers(source.content));
    const adapt = (s: string) => v(scaleNumbers(s.replaceAll(source.name, name), numbers, factor));
    // A county's cell names one department: the ingestion splits run-together names only before 市.
    const lead = voice.own === '县' ? splitDepartmentCell(source.leadText)[0]! : source.leadText;
    return {
      number: i + 1,
      item: {
        ...source,
        name,
        content: adapt(source.content),
        target: v(source.target),
        tier: i < p ? '普惠' : '保障',
        leadText: v(lead),
        rule: voiceRule(source.rule, v),
        plain: {
          who: adapt(source.plain.who),
          what: adapt(source.plain.what),
          ...(source.plain.amount ? { amount: adapt(source.plain.amount) } : {}),
        },
      },
    };
  });

  const words = random.pick(TIER_WORDS);
  const dash = random.pick(['-', '—']);
  const cells = (cs: string[]) => cs.map((c) => `\t${c}`);
  const lines = [
    '附件',
    title,
    ...cells(['序号', '服务项目', '服务内容及标准', '服务对象', '服务类型', '牵头责任部门']),
    `（${words.puhui}）`,
    ...entries
      .slice(0, p)
      .flatMap((e) =>
        cells([String(e.number), e.item.name, e.item.content, e.item.target, e.item.type, e.item.leadText]),
      ),
    `（${words.baozhang}）`,
    ...entries
      .slice(p)
      .flatMap((e) =>
        cells([String(e.number), e.item.name, e.item.content, e.item.target, e.item.type, e.item.leadText]),
      ),
    `备注：1${dash}${p}项为${words.puhui}，${p + 1}${dash}${n}项为${words.baozhang}。`,
  ];
  return { lines, entries };
}
