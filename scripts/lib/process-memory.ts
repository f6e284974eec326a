/**
 * Resident memory of a process and its descendants, polled from /proc (Linux): the peak of the largest
 * process, per program (node, pagefind_extended …), and a coarse timeline. Polling can miss a peak
 * shorter than the interval; scripts/bench.ts also reads the kernel's own figure from /usr/bin/time.
 */
import { readdirSync, readFileSync } from 'node:fs';

export interface MemorySample {
  /** Seconds since polling started. */
  t: number;
  /** The largest process's RSS, MB. */
  largestMB: number;
  /** All of the tree together, MB. */
  totalMB: number;
}

export interface MemoryWatch {
  stop(): {
    peakLargestMB: number;
    peakTotalMB: number;
    peakByProgramMB: Record<string, number>;
    samples: MemorySample[];
  };
}

function read(path: string): string | null {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return null;
  }
}

/** pid → parent pid, for every process. */
function parents(): Map<number, number> {
  const map = new Map<number, number>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/u.test(name)) continue;
    const stat = read(`/proc/${name}/stat`);
    // The command may hold spaces and parentheses: the fields after the last ")" are fixed.
    const rest = stat?.slice(stat.lastIndexOf(')') + 2).split(' ');
    if (rest) map.set(Number(name), Number(rest[1]));
  }
  return map;
}

function tree(root: number): number[] {
  const byParent = new Map<number, number[]>();
  for (const [pid, ppid] of parents()) byParent.set(ppid, [...(byParent.get(ppid) ?? []), pid]);
  const out: number[] = [];
  const queue = [root];
  while (queue.length > 0) {
    const pid = queue.shift()!;
    out.push(pid);
    queue.push(...(byParent.get(pid) ?? []));
  }
  return out;
}

/** Polls every intervalMs; `onSample` hears the whole tree's RSS (MB) each time, e.g. to stop a runaway build. */
export function watchMemory(root: number, intervalMs = 500, onSample?: (totalMB: number) => void): MemoryWatch {
  const started = performance.now();
  const samples: MemorySample[] = [];
  const peakByProgram: Record<string, number> = {};
  let peakLargest = 0;
  let peakTotal = 0;
  const poll = () => {
    let largest = 0;
    let total = 0;
    for (const pid of tree(root)) {
      const kb = Number(/VmRSS:\s+(\d+)/u.exec(read(`/proc/${pid}/status`) ?? '')?.[1] ?? 0);
      const program = (read(`/proc/${pid}/comm`) ?? '?').trim();
      const mb = kb / 1024;
      peakByProgram[program] = Math.max(peakByProgram[program] ?? 0, Math.round(mb));
      largest = Math.max(largest, mb);
      total += mb;
    }
    peakLargest = Math.max(peakLargest, largest);
    peakTotal = Math.max(peakTotal, total);
    samples.push({
      t: Math.round((performance.now() - started) / 100) / 10,
      largestMB: Math.round(largest),
      totalMB: Math.round(total),
    });
    onSample?.(Math.round(total));
  };
  const timer = setInterval(poll, intervalMs);
  poll();
  return {
    stop: () => {
      clearInterval(timer);
      return {
        peakLargestMB: Math.round(peakLargest),
        peakTotalMB: Math.round(peakTotal),
        peakByProgramMB: peakByProgram,
        samples,
      };
    },
  };
}
