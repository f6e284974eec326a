import { describe, expect, it } from 'vitest';
import { cellText, expandSpans, gridLines } from './grid.ts';

describe('cellText', () => {
  it('joins the lines of a cell without a separator, Latin words with a space', () => {
    expect(cellText('服务\n项目')).toBe('服务项目');
    expect(cellText('  市交通\n  运输局 ')).toBe('市交通运输局');
    expect(cellText('Internet\nplus')).toBe('Internet plus');
    expect(cellText('\n\n')).toBe('');
  });
});

describe('gridLines', () => {
  it('writes each cell as a TAB line, a title row as a plain line and a group row inside the table as its cells', () => {
    const grid = expandSpans([
      [{ text: '某市基本养老服务清单', colSpan: 3 }],
      [{ text: '序号' }, { text: '服务\n项目' }, { text: '服务类型' }],
      [{ text: '1' }, { text: '助餐' }, { text: '照护服务', rowSpan: 2 }],
      [{ text: '2' }, { text: '助浴' }],
      [{ text: '（面向特殊老年人保障服务项目）', colSpan: 3 }],
      [{ text: '3' }, { text: '探访', colSpan: 2 }],
    ]);
    expect(gridLines(grid)).toEqual({
      lines: [
        '某市基本养老服务清单',
        '\t序号',
        '\t服务',
        '项目',
        '\t服务类型',
        '\t1',
        '\t助餐',
        '\t照护服务',
        '\t2',
        '\t助浴',
        '\t照护服务',
        '\t（面向特殊老年人保障服务项目）',
        '\t',
        '\t',
        '\t3',
        '\t探访',
        '\t',
      ],
      repeated: 1,
    });
  });

  it('writes a line break inside a cell as a line of its own, and a 备注 under the table as a plain line', () => {
    const grid = expandSpans([
      [{ text: '序号' }, { text: '牵头部门' }],
      [{ text: '1' }, { text: '县民政局\n  各乡镇人民政府' }],
      [{ text: '备注：\n第1项为普惠服务项目。', colSpan: 2 }],
    ]);
    expect(gridLines(grid).lines).toEqual([
      '\t序号',
      '\t牵头部门',
      '\t1',
      '\t县民政局',
      '各乡镇人民政府',
      '备注：第1项为普惠服务项目。',
    ]);
  });

  it('keeps a row that has only its number, and drops empty rows', () => {
    expect(
      gridLines(
        expandSpans([
          [{ text: '5' }, { text: '' }],
          [{ text: ' ' }, { text: '' }],
        ]),
      ).lines,
    ).toEqual(['\t5', '\t']);
  });

  it('does not let absurd spans make the grid huge', () => {
    const grid = expandSpans([[{ text: 'a', colSpan: 100000, rowSpan: 100000 }], [{ text: 'b' }]]);
    expect(grid).toHaveLength(2);
    expect(grid[0]).toHaveLength(65);
  });
});
