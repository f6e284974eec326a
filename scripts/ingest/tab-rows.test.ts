import { describe, expect, it } from 'vitest';
import { cleanSource } from './clean.ts';
import { splitTabRows } from './tab-rows.ts';

const lines = (text: string) => cleanSource(text).lines;
const shown = (text: string) => splitTabRows(lines(text)).map((l) => `${l.line}:${l.raw}`);

describe('splitTabRows', () => {
  it('writes rows of TAB-separated cells in the table form, each cell keeping its row’s line', () => {
    expect(shown('附件\n清单\n序号\t服务项目\t牵头部门\n（普惠服务项目）\n1\t高龄津贴\t县民政局\n')).toEqual([
      '1:附件',
      '2:清单',
      '3:\t序号',
      '3:\t服务项目',
      '3:\t牵头部门',
      '4:（普惠服务项目）',
      '5:\t1',
      '5:\t高龄津贴',
      '5:\t县民政局',
    ]);
  });

  it('goes on with the cell a row broke in, and keeps an empty cell', () => {
    expect(shown('序号\t内容\t牵头部门\n1\t发放补贴，\n每月1次\t县民政局\n县卫健局\n2\t\t县民政局\n')).toEqual([
      '1:\t序号',
      '1:\t内容',
      '1:\t牵头部门',
      '2:\t1',
      '2:\t发放补贴，',
      '3:每月1次',
      '3:\t县民政局',
      '4:县卫健局',
      '5:\t2',
      '5:\t',
      '5:\t县民政局',
    ]);
  });

  it('leaves a single line with TABs (a signature, a 版记 spaced out) and the table form as they are', () => {
    const text = '某市人民政府办公室\t\t2024年5月17日印发\n\t序号\n\t名称\n';
    expect(splitTabRows(lines(text))).toEqual(lines(text));
  });
});
