import { describe, expect, it } from 'vitest';
import { charSegments, sideOf } from './segments.ts';

describe('charSegments', () => {
  it('marks a changed amount inside a Chinese sentence by character', () => {
    const s = charSegments('彩票公益金用于养老服务占比不得低于60%。', '彩票公益金用于养老服务占比不得低于55%。');
    expect(s).toEqual([
      { text: '彩票公益金用于养老服务占比不得低于', op: 'same' },
      { text: '60', op: 'removed' },
      { text: '55', op: 'added' },
      { text: '%。', op: 'same' },
    ]);
  });

  it('keeps both sides whole', () => {
    const before = '按每百户不少于20平方米的标准配建社区居家养老服务用房。';
    const after = '按每百户不少于30平方米的标准，配建社区养老服务用房。';
    const s = charSegments(before, after);
    expect(sideOf(s, 'before')).toBe(before);
    expect(sideOf(s, 'after')).toBe(after);
  });

  it('folds a single kept character between two changes into them', () => {
    const s = charSegments('甲乙丙', '丁乙戊');
    expect(s.filter((x) => x.op === 'same')).toEqual([]);
    expect(sideOf(s, 'after')).toBe('丁乙戊');
  });
});

describe('numbers', () => {
  it('are shown whole when they change', () => {
    const s = charSegments('每人每月100元', '每人每月120元');
    expect(s).toEqual([
      { text: '每人每月', op: 'same' },
      { text: '100', op: 'removed' },
      { text: '120', op: 'added' },
      { text: '元', op: 'same' },
    ]);
  });
});

describe('numbers next to each other', () => {
  it('each change whole', () => {
    const s = charSegments('分别给予6000元、3600元生活补贴', '分别给予8000元、5000元生活补贴');
    expect(s.filter((x) => x.op !== 'same')).toEqual([
      { text: '6000', op: 'removed' },
      { text: '8000', op: 'added' },
      { text: '3600', op: 'removed' },
      { text: '5000', op: 'added' },
    ]);
  });
});
