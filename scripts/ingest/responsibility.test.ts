import { describe, expect, it } from 'vitest';
import {
  extractResponsibility,
  mergeResponsibility,
  responsibilityLine,
  splitDepartmentCell,
  splitUnits,
} from './responsibility.ts';

describe('extractResponsibility — each form in the seeds', () => {
  it('保山: (牵头单位:…;责任单位:…), half-width', () => {
    const r = extractResponsibility(
      '…机制不断健全。(牵头单位:市民政局;责任单位:市养老服务工作领导小组有关成员单位,各县、市、区人民政府)',
    );
    expect(r).toMatchObject({
      lead: ['市民政局'],
      responsible: ['市养老服务工作领导小组有关成员单位', '各县、市、区人民政府'],
      implementing: [],
    });
  });
  it('大冶: （责任单位：…）, full-width, with nested brackets', () => {
    const r = extractResponsibility('…按需使用。（责任单位：市民政局、市卫健局、市医保局、市残联、各乡镇（街道））');
    expect(r).toMatchObject({
      lead: [],
      responsible: ['市民政局', '市卫健局', '市医保局', '市残联', '各乡镇（街道）'],
    });
  });
  it('南通: 〔…按职责分工负责〕 with 等', () => {
    const r = extractResponsibility('…依据。〔市民政局、市人社局、市卫健委、市医保局等按职责分工负责〕');
    expect(r).toMatchObject({ responsible: ['市民政局', '市人社局', '市卫健委', '市医保局'], andOthers: true });
  });
  it('南通: a clause that names no unit is kept as a note', () => {
    const r = extractResponsibility(
      '〔市养老服务联席会议成员单位按职责分工负责，各县（市、区）人民政府（含管委会）负责。以下各项均需各县（市、区）人民政府（含管委会）负责，不再列出〕',
    );
    expect(r?.responsible).toEqual(['市养老服务联席会议成员单位', '各县（市、区）人民政府（含管委会）']);
    expect(r?.notes).toEqual(['以下各项均需各县（市、区）人民政府（含管委会）负责', '不再列出']);
  });
  it('平凉: (…按职责分工负责,…具体落实)', () => {
    const r = extractResponsibility('…(市财政局、市民政局按职责分工负责,各县市区人民政府、平凉工业园区管委会具体落实)');
    expect(r).toMatchObject({
      responsible: ['市财政局', '市民政局'],
      implementing: ['各县市区人民政府', '平凉工业园区管委会'],
    });
  });
  it('平凉: …按职责分工具体落实', () => {
    expect(extractResponsibility('(市教育局、市人社局按职责分工具体落实)')?.implementing).toEqual([
      '市教育局',
      '市人社局',
    ]);
  });
  it('returns null for text without a responsibility bracket', () => {
    expect(extractResponsibility('到2025年,基本养老服务制度体系更加健全。')).toBeNull();
    expect(extractResponsibility('提供养老服务(见附件)')).toBeNull();
  });
});

describe('unit lists', () => {
  it('keeps 各县、市、区人民政府 whole', () => {
    expect(splitUnits('市公安局、人力资源社会保障局,市残联,各县、市、区人民政府')).toEqual([
      '市公安局',
      '人力资源社会保障局',
      '市残联',
      '各县、市、区人民政府',
    ]);
  });
  it('splits run-together department cells', () => {
    expect(splitDepartmentCell('市民政局市卫健局市退役军人事务局')).toEqual([
      '市民政局',
      '市卫健局',
      '市退役军人事务局',
    ]);
    expect(splitDepartmentCell('市交通运输局')).toEqual(['市交通运输局']);
  });
});

describe('extractResponsibility — the other forms texts use', () => {
  it('labelled, in 【】 and ［］', () => {
    expect(extractResponsibility('…公布。【责任单位：县民政局】')).toMatchObject({ responsible: ['县民政局'] });
    expect(extractResponsibility('…补贴。［牵头单位：市民政局；配合单位：市财政局、市卫健委］')).toMatchObject({
      lead: ['市民政局'],
      supporting: ['市财政局', '市卫健委'],
    });
  });
  it('clauses: 牵头 / 按职责分工负责 / 负责 / 配合 / 具体落实', () => {
    expect(extractResponsibility('（市民政局牵头，市财政局、市卫健委按职责分工负责）')).toMatchObject({
      lead: ['市民政局'],
      responsible: ['市财政局', '市卫健委'],
    });
    expect(extractResponsibility('（市民政局负责）')).toMatchObject({ lead: [], responsible: ['市民政局'] });
    expect(extractResponsibility('（市民政局牵头，市数据资源局配合）')).toMatchObject({
      lead: ['市民政局'],
      supporting: ['市数据资源局'],
    });
    expect(extractResponsibility('［市民政局、市财政局按职责分工负责，各区（市）县政府负责］')?.responsible).toEqual([
      '市民政局',
      '市财政局',
      '各区（市）县政府',
    ]);
    // 落实 alone closes a clause too: the units that carry it out.
    expect(extractResponsibility('（县民政局、县财政局按职责分工负责，各乡镇人民政府、街道办事处落实）')).toMatchObject(
      {
        responsible: ['县民政局', '县财政局'],
        implementing: ['各乡镇人民政府', '街道办事处'],
        notes: [],
      },
    );
  });
  it('matches brackets inside unit names and ignores the spaces a web page left after the bracket', () => {
    expect(extractResponsibility('…落实。（责任单位：市民政局、各区（市）县政府（管委会））　　')).toMatchObject({
      responsible: ['市民政局', '各区（市）县政府（管委会）'],
      raw: '（责任单位：市民政局、各区（市）县政府（管委会））',
    });
  });
  it('a bare list of units only after a finished sentence, never a name’s own bracket', () => {
    expect(extractResponsibility('…达到100%。〔市卫生健康委、市民政局〕')?.responsible).toEqual([
      '市卫生健康委',
      '市民政局',
    ]);
    expect(extractResponsibility('各区（市）县政府（管委会）')).toBeNull();
    expect(extractResponsibility('制定运营规范（见附件）。')).toBeNull();
    expect(extractResponsibility('…服务。（以下简称市养老服务中心）')).toBeNull();
    expect(extractResponsibility('…提供服务（2023年版）。')).toBeNull();
  });
});

describe('responsibilityLine and mergeResponsibility', () => {
  it('reads a responsibility line on its own', () => {
    expect(responsibilityLine('责任单位：市民政局、市财政局')).toMatchObject({ responsible: ['市民政局', '市财政局'] });
    expect(responsibilityLine('牵头单位：区民政局　　配合单位：区商务局、区市场监管局')).toMatchObject({
      lead: ['区民政局'],
      supporting: ['区商务局', '区市场监管局'],
    });
    expect(responsibilityLine('（牵头单位：区民政局；责任单位：区财政局）')).toMatchObject({ lead: ['区民政局'] });
    expect(responsibilityLine('各地要落实责任单位：明确分工。')).toBeNull();
  });
  it('merges a 牵头单位 line and a 责任单位 line', () => {
    const merged = mergeResponsibility(
      responsibilityLine('牵头单位：区民政局')!,
      responsibilityLine('责任单位：区财政局')!,
    );
    expect(merged).toMatchObject({
      lead: ['区民政局'],
      responsible: ['区财政局'],
      raw: '牵头单位：区民政局\n责任单位：区财政局',
    });
  });
});

describe('department cells', () => {
  it('split at the marks between names, brackets kept', () => {
    expect(splitDepartmentCell('市民政局、市财政局；各县（市、区）人民政府')).toEqual([
      '市民政局',
      '市财政局',
      '各县（市、区）人民政府',
    ]);
  });
});
