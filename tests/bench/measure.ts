import { performance } from 'node:perf_hooks';

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** Runs `work` `runs` times, one after the other, and returns each run's milliseconds. */
export async function timeRuns(runs: number, work: () => Promise<unknown>): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await work();
    times.push(performance.now() - start);
  }
  return times;
}

export interface MemoryPeaks {
  rss: number;
  heapUsed: number;
  /** sql.js keeps each database inside its WebAssembly memory, which Node counts as array buffers. */
  arrayBuffers: number;
}

/**
 * High-water marks of memory during the run. A timer samples between awaits, and `sample()`
 * is called around each step; the kernel's own maximum RSS catches peaks inside long
 * synchronous stretches (sql.js work) that no timer can interrupt.
 */
export class MemoryWatch {
  private readonly peaks: MemoryPeaks = { rss: 0, heapUsed: 0, arrayBuffers: 0 };
  private readonly timer: NodeJS.Timeout;

  constructor(intervalMs = 5) {
    this.timer = setInterval(() => this.sample(), intervalMs);
    // A failing benchmark must still end: the sampler alone never keeps the process alive.
    this.timer.unref();
  }

  sample(): void {
    const usage = process.memoryUsage();
    this.peaks.rss = Math.max(this.peaks.rss, usage.rss);
    this.peaks.heapUsed = Math.max(this.peaks.heapUsed, usage.heapUsed);
    this.peaks.arrayBuffers = Math.max(this.peaks.arrayBuffers, usage.arrayBuffers);
  }

  stop(): MemoryPeaks {
    clearInterval(this.timer);
    this.sample();
    const kernelMaxRss = process.resourceUsage().maxRSS * 1024;
    return { ...this.peaks, rss: Math.max(this.peaks.rss, kernelMaxRss) };
  }
}
