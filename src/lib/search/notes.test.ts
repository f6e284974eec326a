import { describe, expect, it } from 'vitest';
import { understandingNotes } from './notes.ts';
import type { Understanding } from './understand.ts';

const u = (x: Partial<Understanding>): Understanding => ({
  text: '',
  strict: '',
  loose: [],
  mapped: [],
  places: [],
  meaning: false,
  ...x,
});

describe('understandingNotes', () => {
  it('says which policy terms it searched for instead of the words typed', () => {
    const notes = understandingNotes(
      u({
        text: '意外伤害 保险',
        mapped: [
          { from: '摔伤', to: '意外伤害' },
          { from: '摔倒', to: '意外伤害' },
        ],
      }),
      '意外伤害 保险',
    );
    expect(notes).toEqual({ mapped: '按“意外伤害”为您查找（您写的是“摔伤”“摔倒”）。' });
  });

  it('says so when it converted the characters, read a region or an age', () => {
    expect(understandingNotes(u({ text: '高龄津贴', converted: '高龄津贴' }), '高龄津贴').mapped).toBe(
      '按简体字“高龄津贴”为您查找。',
    );
    const notes = understandingNotes(
      u({ text: '补贴', places: [{ name: '大冶市', filter: 'region' }], age: 80 }),
      '补贴',
    );
    expect(notes.places).toBe('只看大冶市的结果。');
    expect(notes.age).toMatch(/^年龄：80 岁。/u);
  });

  it('says which words it left out to find anything', () => {
    expect(understandingNotes(u({ text: '独居 不放心', strict: '独居' }), '独居').relaxed).toBe(
      '没有同时含有“不放心”的内容，下面是按“独居”找到的。',
    );
    expect(understandingNotes(u({ text: '独居' }), '独居').relaxed).toBeUndefined();
  });

  it('bounds each quoted word', () => {
    const long = '养'.repeat(100);
    expect(understandingNotes(u({ text: long, mapped: [{ from: long, to: '养老' }] }), long).mapped).toBe(
      `按“养老”为您查找（您写的是“${'养'.repeat(12)}…”）。`,
    );
  });
});
