import { describe, expect, it } from 'vitest';
import { fullWidth, scaleNumbers, scaledNumber, voiceText, type Voice } from './voice.ts';

const county: Voice = {
  name: '安平县',
  stem: '安平',
  own: '县',
  parentName: '鹤川市',
  parentStem: '鹤川',
  provinceName: '江陵省',
  provinceStem: '江陵',
  yearShift: 2,
  cityDepartments: ['市市场监管局', '市民政局', '市人社局'],
};

describe('voiceText', () => {
  it('puts the synthetic region, its parent and province in place of the seed regions', () => {
    expect(voiceText('为推进大冶市基本养老服务，认真落实考察湖北重要讲话精神，推动在冶高校', county)).toBe(
      '为推进安平县基本养老服务，认真落实考察江陵重要讲话精神，推动在安平高校',
    );
    expect(voiceText('根据《省人民政府办公厅通知》（鄂政办发〔2023〕3号）', county)).toBe(
      '根据《省人民政府办公厅通知》（江政办发〔2025〕3号）',
    );
  });

  it('speaks as a county: 我市 → 我县, its departments 县…, but 市场 and 城市 stay', () => {
    expect(voiceText('全市由市民政局、市市场监管局负责，培育市场，推进城市更新，本市户籍', county)).toBe(
      '全县由县民政局、县市场监管局负责，培育市场，推进城市更新，本县户籍',
    );
    expect(voiceText('各县（市、区）人民政府要落实', county)).toBe('各乡镇人民政府要落实');
  });

  it('shifts years 2010–2039, not other numbers', () => {
    expect(voiceText('到2025年底，覆盖率达到60%，2035年基本实现，床位2000张', county)).toBe(
      '到2027年底，覆盖率达到60%，2037年基本实现，床位2000张',
    );
  });
});

describe('fullWidth', () => {
  it('turns half-width punctuation Chinese, but not a thousands separator', () => {
    expect(fullWidth('(牵头单位:市民政局;责任单位:各县),共1,000张')).toBe(
      '（牵头单位：市民政局；责任单位：各县），共1,000张',
    );
  });
});

describe('scaledNumber and scaleNumbers', () => {
  it('scales amounts as a policy would round them, keeps small counts, 100% and years, and caps shares', () => {
    expect(scaledNumber('60', true, 1.2)).toBe('70');
    expect(scaledNumber('80', true, 1.5)).toBe('95');
    expect(scaledNumber('95', true, 0.8)).toBe('95');
    expect(scaledNumber('100', true, 1.5)).toBe('100');
    expect(scaledNumber('100', false, 1.5)).toBe('150');
    expect(scaledNumber('5', false, 1.5)).toBe('5');
    expect(scaledNumber('6000', false, 1.25)).toBe('7500');
    expect(scaledNumber('1.6', false, 1.25)).toBe('2.0');
    expect(scaledNumber('2025', false, 1.5)).toBe('2025');
  });

  it('changes only the listed numbers, everywhere in the text', () => {
    expect(scaleNumbers('不得低于60%，其中60%用于农村，5年内', new Set(['60']), 0.8)).toBe(
      '不得低于50%，其中50%用于农村，5年内',
    );
  });
});
