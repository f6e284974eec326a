import { describe, expect, it } from 'vitest';
import {
  combineHeaderRows,
  departmentsOf,
  mapColumns,
  parseServiceTable,
  parseTierRanges,
  tierOfCaption,
} from './service-table.ts';

const cells = (...texts: string[]) => texts.map((t, i) => ({ line: i + 1, raw: `\t${t}`, text: t }));
/** Lines of the table form: `>x` is a cell, anything else a line without a TAB. */
const form = (...texts: string[]) =>
  texts.map((t, i) =>
    t.startsWith('>') ? { line: i + 1, raw: `\t${t.slice(1)}`, text: t.slice(1) } : { line: i + 1, raw: t, text: t },
  );

describe('mapColumns', () => {
  it('finds the fields by their headings, wherever they stand', () => {
    expect(
      mapColumns(['序号', '服务类型', '服务项目', '服务对象', '服务内容', '服务标准', '支出责任', '牵头部门', '备注']),
    ).toEqual({
      index: { number: 0, type: 1, name: 2, target: 3, content: 4, standard: 5, lead: 7 },
      unmapped: ['支出责任', '备注'],
      unmappedAt: [6, 8],
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

describe('parseServiceTable: group rows', () => {
  it('takes a group line right under the header, or where a row ends, for a caption — not for the rest of a cell', () => {
    const table = parseServiceTable(
      form(
        '>序号',
        '>服务项目',
        '>牵头部门',
        '普惠服务项目',
        '>1',
        '>高龄津贴',
        '>市法院',
        '市司法局',
        '一、物质帮助',
        '>2',
        '>助餐',
        '>县民政局',
      ),
    );
    expect(table.problems).toEqual([]);
    expect(table.header).toEqual(['序号', '服务项目', '牵头部门']);
    expect(table.rows.map((r) => [r.cells, r.caption, r.group])).toEqual([
      [['1', '高龄津贴', '市法院市司法局'], '普惠服务项目', ''],
      [['2', '助餐', '县民政局'], '普惠服务项目', '一、物质帮助'],
    ]);
    expect(table.rows[0]!.departments).toEqual(['市法院', '市司法局']);
  });
  it('joins a heading broken over lines, and reads a unit name broken over lines as one cell', () => {
    const table = parseServiceTable(form('>序号', '>牵头责任', '部门', '>1', '>市医疗', '保障局'));
    expect(table.header).toEqual(['序号', '牵头责任部门']);
    expect(table.rows[0]!.cells).toEqual(['1', '市医疗保障局']);
    expect(table.captions).toEqual([]);
  });
  it('takes a row of one text and empty cells (a row merged across the table) for a group row, whatever it says', () => {
    const table = parseServiceTable(
      form(
        '>序号',
        '>服务项目',
        '>支出责任',
        '>面向全体老年人',
        '>',
        '>',
        '>1',
        '>助餐',
        '>县级',
        '>',
        '>（二）特殊群体',
        '>',
        '>2',
        '>助浴',
        '>',
      ),
    );
    expect(table.problems).toEqual([]);
    expect(table.rows.map((r) => [r.cells[0], r.group])).toEqual([
      ['1', '面向全体老年人'],
      ['2', '（二）特殊群体'],
    ]);
    expect(table.entries.map((e) => e.kind)).toEqual(['header', 'group', 'row', 'group', 'row']);
  });
  it('does not take a row with one text under an empty first cell for a group row unless it reads as one', () => {
    const table = parseServiceTable(
      form('>序号', '>服务项目', '>标准', '>1', '>助餐', '>每月1次', '>', '>', '>另加补贴'),
    );
    expect(table.problems.map((p) => p.message)).toContain('a row should start with its number, found “”');
    expect(table.captions).toEqual([]);
  });
  it('combines two header rows: a heading over two columns joined to each column’s own', () => {
    const table = parseServiceTable(
      form(
        '>序号',
        '>服务项目',
        '>支出责任',
        '>',
        '>序号',
        '>服务项目',
        '>市级',
        '>县级',
        '>1',
        '>助餐',
        '>30%',
        '>70%',
      ),
    );
    expect(table.problems).toEqual([]);
    expect(table.header).toEqual(['序号', '服务项目', '支出责任·市级', '支出责任·县级']);
    expect(table.rows[0]!.cells).toEqual(['1', '助餐', '30%', '70%']);
  });
  it('still refuses a repeated header that differs from the first', () => {
    const table = parseServiceTable(form('>序号', '>服务项目', '>1', '>助餐', '>序号', '>项目名称', '>2', '>助浴'));
    expect(table.problems).toEqual([{ line: 5, message: 'a repeated header row differs from the first one' }]);
  });
});

describe('combineHeaderRows', () => {
  it('keeps a heading repeated in both rows once, and an empty heading empty', () => {
    expect(
      combineHeaderRows([
        ['序号', '', '备注'],
        ['序号', '', '备注'],
      ]),
    ).toEqual(['序号', '', '备注']);
    expect(
      combineHeaderRows([
        ['资金来源', '牵头部门'],
        ['中央', '牵头部门'],
      ]),
    ).toEqual(['资金来源·中央', '牵头部门']);
  });
});

describe('tierOfCaption', () => {
  it('reads 普惠 and 保障 as tier words, not 保障 inside another group’s name', () => {
    expect(tierOfCaption('一、面向特定群体老年人的普惠服务项目')).toBe('普惠');
    expect(tierOfCaption('（面向特殊老年人的保障服务项目）')).toBe('保障');
    expect(tierOfCaption('保障类')).toBe('保障');
    expect(tierOfCaption('二、基本生活保障')).toBeUndefined();
    expect(tierOfCaption('一、物质帮助')).toBeUndefined();
  });
});

describe('departmentsOf', () => {
  it('splits a department cell at a line break that ends a unit’s name, not inside a name', () => {
    expect(departmentsOf(['县民政局', '各乡镇人民政府'])).toEqual(['县民政局', '各乡镇人民政府']);
    expect(departmentsOf(['市交通', '运输局'])).toEqual(['市交通运输局']);
    expect(departmentsOf(['市卫生健康委', '员会'])).toEqual(['市卫生健康委员会']);
    expect(departmentsOf(['市人力资源和社会', '保障局'])).toEqual(['市人力资源和社会保障局']);
    expect(departmentsOf(['市民政局市卫健局'])).toEqual(['市民政局', '市卫健局']);
  });
});

describe('parseTierRanges', () => {
  it('reads a range of one item and 第…项', () => {
    expect(
      parseTierRanges('备注：第1—2项为普惠服务项目，3项为保障服务项目。').map((r) => [r.tier, r.from, r.to]),
    ).toEqual([
      ['普惠', 1, 2],
      ['保障', 3, 3],
    ]);
  });

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
