import type { Amount, AgeThreshold } from './amounts.ts';

/** An amount in plain words for tables and item pages (our wording; the source phrase is `text`). */
export function describeAmount(a: Amount): string {
  switch (a.kind) {
    case 'money':
      return `${a.qualifier}${a.value} ${a.unit}`;
    case 'share':
      return `${a.qualifier}${a.base ?? ''}的 ${a.value}%`;
    case 'multiple':
      return `${a.qualifier}${a.base ?? ''}的 ${a.value} 倍`;
    case 'count':
      return `${a.value} ${a.unit}`;
    case 'free':
      return '免费';
    case 'half-price':
      return '半价';
  }
}

/** An age threshold in plain words: 80 岁及以上 / 70 岁及以下. */
export function describeAge(a: AgeThreshold): string {
  return `${a.value} 岁及${a.bound === 'min' ? '以上' : '以下'}`;
}
