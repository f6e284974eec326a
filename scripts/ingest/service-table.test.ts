import { describe, expect, it } from 'vitest';
import { mapColumns, parseServiceTable, parseTierRanges } from './service-table.ts';

const cells = (...texts: string[]) => texts.map((t, i) => ({ line: i + 1, raw: `\t${t}`, text: t }));

describe('mapColumns', () => {
  it('finds the fields by their headings, wherever they stand', () => {
    expect(
      mapColumns(['序号', '服务类型', '服务项目', '服务对象', '服务内容', '服务标准', '支出责任', '牵头部门', '备注']),
    ).toEqual({
      index: { number: 0, type: 1, name: 2, target: 3, content: 4, standard: 5, lead: 7 },
      unmapped: ['支出责任', '备注'],
    });
  });
  it('reads 大冶’s headings, and headings broken over lines', () => {
    expect(mapColumns(['序号', '服务项目', '服务内容及标准', '服务对象', '服务类型', '牵头责任部门']).unmapped).toEqual(
      [],
    );
    expect(mapColumns(['序 号', '服务\u3000项目']).index).toEqual({ number: 0, name: 1 });
  });
});

describe('parseServiceTable', () => {
  it('takes a group row where a row would start for a caption, also right after the header', () => {
    const table = parseServiceTable(
      cells('序号', '服务项目', '普惠服务项目', '1', '高龄津贴', '保障服务项目', '2', '特困供养'),
    );
    expect(table.problems).toEqual([]);
    expect(table.header).toEqual(['序号', '服务项目']);
    expect(table.rows.map((r) => [r.cells, r.caption])).toEqual([
      [['1', '高龄津贴'], '普惠服务项目'],
      [['2', '特困供养'], '保障服务项目'],
    ]);
  });
  it('keeps an empty cell in its place', () => {
    const table = parseServiceTable([
      ...cells('序号', '服务项目', '备注', '1', '高龄津贴'),
      { line: 6, raw: '\t', text: '' },
    ]);
    expect(table.rows[0]!.cells).toEqual(['1', '高龄津贴', '']);
  });
});

describe('parseTierRanges', () => {
  it('reads the ranges of a 备注 with any dash', () => {
    expect(
      parseTierRanges('备注：1—12项为面向社会老年人的普惠服务项目，13-29项为面向特殊老年人的保障服务项目。').map(
        (r) => [r.tier, r.from, r.to],
      ),
    ).toEqual([
      ['普惠', 1, 12],
      ['保障', 13, 29],
    ]);
  });
});
