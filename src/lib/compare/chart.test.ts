import { describe, expect, it } from 'vitest';
import { barChart } from './chart.ts';

describe('barChart', () => {
  const chart = barChart(
    [
      { label: '保山市', valueLabel: '≥ 55%', value: 55 },
      { label: '大冶市', valueLabel: '≥ 60%', value: 60 },
      { label: '平凉市', valueLabel: '5—10年', value: 5, upTo: 10 },
    ],
    { width: 300, fontSize: 18, barHeight: 20, gap: 10 },
  );

  it('scales bars from zero to the largest value or range end', () => {
    expect(chart.bars.map((b) => b.barWidth)).toEqual([275, 300, 25]);
    expect(chart.bars[2]!.rangeWidth).toBe(25);
  });

  it('puts the label line, then the value line, then the bar, rows without overlap', () => {
    expect(chart.bars.map((b) => [b.textY, b.valueY, b.barY])).toEqual([
      [18, 40, 44],
      [92, 114, 118],
      [166, 188, 192],
    ]);
    expect(chart.height).toBe(3 * 74 - 10);
  });

  it('draws a zero value as no bar and an empty chart as nothing', () => {
    expect(barChart([{ label: 'x', valueLabel: '0', value: 0 }]).bars[0]!.barWidth).toBe(0);
    expect(barChart([]).height).toBe(0);
    expect(
      barChart([
        { label: 'a', valueLabel: '1', value: 1, upTo: 2 },
        { label: 'b', valueLabel: '1000', value: 1000 },
      ]).bars[0]!.rangeWidth,
    ).toBeGreaterThanOrEqual(0);
  });
});
