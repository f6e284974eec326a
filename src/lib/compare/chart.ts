/**
 * Geometry of the build-time bar charts on /compare/commitments/: one bar per region's value, from
 * zero, with the label and the value on their own lines above the bar so that nothing overlaps.
 */
export interface BarInput {
  /** Whose value, e.g. 保山市. */
  label: string;
  /** What the bar shows, e.g. ≥ 55%. */
  valueLabel: string;
  value: number;
  /** The upper end of a range (5至10年), drawn as a lighter extension. */
  upTo?: number;
}

export interface Bar extends BarInput {
  /** Baseline of the label line. */
  textY: number;
  /** Baseline of the value line under it. */
  valueY: number;
  barY: number;
  barWidth: number;
  /** Width of the range extension beyond barWidth (0 without a range). */
  rangeWidth: number;
}

export interface BarChart {
  width: number;
  height: number;
  barHeight: number;
  fontSize: number;
  bars: Bar[];
}

/** Lays out the bars; widths are in proportion to the largest value (or range end), from zero. */
export function barChart(
  inputs: readonly BarInput[],
  { width = 320, fontSize = 18, barHeight = 22, gap = 14 } = {},
): BarChart {
  const max = Math.max(...inputs.map((b) => b.upTo ?? b.value), 0);
  const scale = (v: number) => (max === 0 ? 0 : Math.round((v / max) * width * 10) / 10);
  const line = fontSize + 4;
  const rowHeight = 2 * line + barHeight + gap;
  const bars = inputs.map((b, i) => {
    const top = i * rowHeight;
    const barWidth = Math.max(scale(b.value), b.value > 0 ? 2 : 0);
    return {
      ...b,
      textY: top + fontSize,
      valueY: top + line + fontSize,
      barY: top + 2 * line,
      barWidth,
      rangeWidth: b.upTo === undefined ? 0 : Math.max(scale(b.upTo) - barWidth, 0),
    };
  });
  return { width, height: Math.max(inputs.length * rowHeight - gap, 0), barHeight, fontSize, bars };
}
