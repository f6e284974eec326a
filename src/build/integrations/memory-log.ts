import { appendFileSync, writeFileSync } from 'node:fs';
import type { AstroIntegration } from 'astro';
import { memorySample, type MemorySample } from '../memory-sample.ts';

/**
 * With BUILD_MEMORY_LOG=FILE, the build's Node process writes what it holds once a second (and at each build hook)
 * to FILE, one JSON line each: RSS, V8's heap, memory outside it (external, array buffers). `npm run bench` sets it
 * and reports the split at Node's peak (docs/scale.md). Without the variable it does nothing.
 */
export function memoryLog(): AstroIntegration {
  const file = process.env.BUILD_MEMORY_LOG;
  const started = performance.now();
  const write = (mark?: string) => {
    const sample: MemorySample = memorySample(process.memoryUsage(), (performance.now() - started) / 1000, mark);
    appendFileSync(file!, `${JSON.stringify(sample)}\n`);
  };
  const mark = (name: string) => () => {
    if (file) write(name);
  };
  return {
    name: 'memory-log',
    hooks: {
      'astro:config:setup': () => {
        if (!file) return;
        writeFileSync(file, '');
        write('config:setup');
        setInterval(() => write(), 1000).unref();
      },
      'astro:config:done': mark('config:done'),
      'astro:build:start': mark('build:start'),
      'astro:build:setup': mark('build:setup'),
      'astro:build:generated': mark('build:generated'),
      // The timer goes on through the other integrations' build:done (the pass over the pages and the search
      // index run there); it is unref'd, so it never keeps the process alive.
      'astro:build:done': mark('build:done'),
    },
  };
}
