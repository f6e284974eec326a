/**
 * Typed amounts and ages read from the verbatim text of a service-list item. Every value keeps the
 * exact phrase it came from (`text`), so a page can show where a number stands in the source.
 */

import { AMOUNT_UNITS, type AmountKind, type AmountQualifier, type AmountUnit } from '../model/vocab.ts';

export interface Amount {
  /** money: 元 amounts; share: a % of a base; multiple: × a base; count: times per period; free; half-price. */
  kind: AmountKind;
  value: number;
  unit: AmountUnit;
  /** 不低于 = at least, 不高于 = at most, … ; '' when the text gives the number plainly. */
  qualifier: AmountQualifier;
  /** What a share or multiple is of, verbatim (e.g. 当地低保标准). */
  base?: string;
  /** The phrase the amount was read from, verbatim. */
  text: string;
}

export interface AgeThreshold {
  value: number;
  /** min: at least this age (以上 and 及以上 include the age, as 民法典 第1259条 says); max: at most. */
  bound: 'min' | 'max';
  /** The phrase, verbatim (e.g. 80周岁及以上). */
  text: string;
}

const QUAL = '(不低于|不高于|不少于|不超过|最高|最低|约)?';

function unitOf(raw: string): AmountUnit | null {
  const unit = raw.replace(/每/gu, '');
  return (AMOUNT_UNITS as readonly string[]).includes(unit) ? (unit as AmountUnit) : null;
}

/** Every amount stated in `text`, in order of appearance. */
export function extractAmounts(text: string): Amount[] {
  const found: { at: number; amount: Amount }[] = [];
  const add = (at: number, amount: Amount) => found.push({ at, amount });

  for (const m of text.matchAll(new RegExp(`${QUAL}(\\d+(?:\\.\\d+)?)(元(?:\\/每?[月年人户])*)`, 'gu'))) {
    const unit = unitOf(m[3]!);
    if (unit)
      add(m.index, {
        kind: 'money',
        value: Number(m[2]),
        unit,
        qualifier: (m[1] ?? '') as AmountQualifier,
        text: m[0],
      });
  }
  for (const m of text.matchAll(new RegExp(`${QUAL}([^，。、；,（(]*?标准)的?(\\d+(?:\\.\\d+)?)(%|倍)`, 'gu'))) {
    // The lazy base may have swallowed a qualifier that stands before it (按不低于当地低保标准20%).
    const inner = /^(.*?)(不低于|不高于|不少于|不超过|最高|最低|约)(.+)$/u.exec(m[2]!);
    const qualifier = (inner?.[2] ?? m[1] ?? '') as AmountQualifier;
    const base = (inner?.[3] ?? m[2]!).replace(/^[按的]/u, '');
    const start = m[0].indexOf(inner ? qualifier + base : (m[1] ?? base));
    const multiple = m[4] === '倍';
    add(m.index + start, {
      kind: multiple ? 'multiple' : 'share',
      value: Number(m[3]),
      unit: multiple ? '倍' : '%',
      qualifier,
      base,
      text: m[0].slice(start),
    });
  }
  for (const m of text.matchAll(/每(年|月)(?:提供)?(\d+)次/gu)) {
    add(m.index, {
      kind: 'count',
      value: Number(m[2]),
      unit: m[1] === '年' ? '次/年' : '次/月',
      qualifier: '',
      text: m[0],
    });
  }
  for (const m of text.matchAll(/免费/gu))
    add(m.index, { kind: 'free', value: 0, unit: '元', qualifier: '', text: m[0] });
  for (const m of text.matchAll(/半价/gu))
    add(m.index, { kind: 'half-price', value: 50, unit: '%', qualifier: '', text: m[0] });
  return found.sort((a, b) => a.at - b.at).map((f) => f.amount);
}

/** Every age threshold stated in `text` (60周岁及以上, 70周岁以下 …), without repeats. */
export function extractAges(text: string): AgeThreshold[] {
  const ages: AgeThreshold[] = [];
  const add = (value: number, bound: AgeThreshold['bound'], at: string) => {
    if (!ages.some((a) => a.value === value && a.bound === bound)) ages.push({ value, bound, text: at });
  };
  // A range (80—89周岁, 80至89岁, 80～89周岁) bounds both ways; its numbers are not read again alone.
  const ranges = /(\d{2,3})\s*(?:[—–－~～-]+|至|到)\s*(\d{2,3})\s*周?岁/gu;
  const covered: [number, number][] = [];
  for (const m of text.matchAll(ranges)) {
    add(Number(m[1]), 'min', m[0]);
    add(Number(m[2]), 'max', m[0]);
    covered.push([m.index, m.index + m[0].length]);
  }
  for (const m of text.matchAll(/(\d{2,3})周?岁(及以上|以上|及以下|以下)?/gu)) {
    if (covered.some(([from, to]) => m.index >= from && m.index < to)) continue;
    add(Number(m[1]), m[2]?.endsWith('以下') ? 'max' : 'min', m[0]);
  }
  return ages;
}
