import { describe, expect, it } from 'vitest';
import { memoryPeaks, memorySample } from './memory-sample.ts';

const MB = 2 ** 20;
const usage = (rss: number, heapTotal: number, external: number): NodeJS.MemoryUsage => ({
  rss: rss * MB,
  heapTotal: heapTotal * MB,
  heapUsed: (heapTotal - 10) * MB,
  external: external * MB,
  arrayBuffers: (external / 2) * MB,
});

describe('memorySample', () => {
  it('splits the RSS into the heap, external memory and the rest, in MB', () => {
    expect(memorySample(usage(4000, 3000, 200), 12.34, 'build:start')).toEqual({
      t: 12.3,
      rss: 4000,
      heapUsed: 2990,
      heapTotal: 3000,
      external: 200,
      arrayBuffers: 100,
      other: 800,
      mark: 'build:start',
    });
  });
});

describe('memoryPeaks', () => {
  it('gives the sample at the largest RSS and the largest of each part', () => {
    const samples = [
      memorySample(usage(1000, 900, 50), 1),
      memorySample(usage(3000, 2000, 20), 2),
      memorySample(usage(2000, 1000, 400), 3),
    ];
    expect(memoryPeaks(samples)).toEqual({
      atPeak: samples[1],
      largest: { rss: 3000, heapUsed: 1990, heapTotal: 2000, external: 400, arrayBuffers: 200, other: 980 },
    });
  });

  it('is undefined without samples', () => {
    expect(memoryPeaks([])).toBeUndefined();
  });
});
