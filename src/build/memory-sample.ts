/**
 * One sample of what a Node process holds, in MB (src/build/integrations/memory-log.ts writes them; npm run bench
 * reads them): the split of its RSS into V8's heap, memory V8 knows of outside the heap, and the rest (compiled
 * code, the parser's and native libraries' memory, freed pages not yet returned).
 */
export interface MemorySample {
  /** Seconds since the build's config was set up. */
  t: number;
  rss: number;
  heapUsed: number;
  heapTotal: number;
  /** C++ objects bound to JavaScript ones, Buffers included. */
  external: number;
  arrayBuffers: number;
  /** RSS minus the heap and external memory. */
  other: number;
  /** The build hook this sample was taken at, if any. */
  mark?: string;
}

const mb = (bytes: number) => Math.round(bytes / 2 ** 20);

export function memorySample(usage: NodeJS.MemoryUsage, seconds: number, mark?: string): MemorySample {
  return {
    t: Math.round(seconds * 10) / 10,
    rss: mb(usage.rss),
    heapUsed: mb(usage.heapUsed),
    heapTotal: mb(usage.heapTotal),
    external: mb(usage.external),
    arrayBuffers: mb(usage.arrayBuffers),
    other: mb(usage.rss - usage.heapTotal - usage.external),
    ...(mark ? { mark } : {}),
  };
}

/** The sample at the largest RSS, and the largest of each part over the run. */
export function memoryPeaks(
  samples: readonly MemorySample[],
): { atPeak: MemorySample; largest: Omit<MemorySample, 't' | 'mark'> } | undefined {
  if (samples.length === 0) return undefined;
  const atPeak = samples.reduce((a, b) => (b.rss > a.rss ? b : a));
  const largestOf = (k: keyof Omit<MemorySample, 't' | 'mark'>) => Math.max(...samples.map((s) => s[k]));
  return {
    atPeak,
    largest: {
      rss: largestOf('rss'),
      heapUsed: largestOf('heapUsed'),
      heapTotal: largestOf('heapTotal'),
      external: largestOf('external'),
      arrayBuffers: largestOf('arrayBuffers'),
      other: largestOf('other'),
    },
  };
}
