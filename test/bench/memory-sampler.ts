import { readdirSync, readFileSync } from 'node:fs';

/** One reading of a process, in MB (1 MB = 1024 × 1024 bytes), from /proc/<pid>/status. */
export interface MemoryReading {
  /** Resident set of the process itself. */
  rssMb: number;
  /** The kernel's high-water mark of that resident set since the process started. */
  hwmMb: number;
  /** Resident set of the process plus every descendant alive at that moment (e.g. an initdb child). */
  treeRssMb: number;
}

/** kB figure of one /proc/<pid>/status field, or undefined once the process is gone. */
function statusKb(pid: number, field: 'VmRSS' | 'VmHWM'): number | undefined {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const match = new RegExp(`^${field}:\\s+(\\d+)\\s+kB`, 'm').exec(status);
    return match ? Number(match[1]) : undefined;
  } catch {
    return undefined;
  }
}

/** Direct children of a process, through every thread's children list (Linux ≥ 3.5). */
function childPids(pid: number): number[] {
  try {
    return readdirSync(`/proc/${pid}/task`).flatMap((task) =>
      readFileSync(`/proc/${pid}/task/${task}/children`, 'utf8')
        .split(' ')
        .filter((text) => text.trim() !== '')
        .map(Number),
    );
  } catch {
    return [];
  }
}

function descendants(pid: number): number[] {
  return childPids(pid).flatMap((child) => [child, ...descendants(child)]);
}

const mb = (kb: number) => Math.round(kb / 1024);

export function readMemory(pid: number): MemoryReading | undefined {
  const rss = statusKb(pid, 'VmRSS');
  const hwm = statusKb(pid, 'VmHWM');
  if (rss === undefined || hwm === undefined) return undefined;
  const others = descendants(pid).reduce((sum, child) => sum + (statusKb(child, 'VmRSS') ?? 0), 0);
  return { rssMb: mb(rss), hwmMb: mb(hwm), treeRssMb: mb(rss + others) };
}

/**
 * Samples a process every `everyMs` into the current phase's window: the highest and the last
 * readings per phase are what the bench reports. A phase starts with `phase(name)`.
 */
export class MemorySampler {
  private readonly peaks = new Map<string, { rssMb: number; treeRssMb: number; samples: number }>();
  private current = 'start';
  private timer: NodeJS.Timeout | undefined;
  last: MemoryReading | undefined;

  constructor(
    private readonly pid: () => number | undefined,
    private readonly everyMs = 100,
  ) {}

  start(): void {
    this.timer = setInterval(() => this.sample(), this.everyMs);
  }

  stop(): void {
    clearInterval(this.timer);
  }

  phase(name: string): void {
    this.sample();
    this.current = name;
  }

  /** Highest RSS (own and with descendants) sampled in a phase. */
  peak(name: string): { rssMb: number; treeRssMb: number; samples: number } {
    return this.peaks.get(name) ?? { rssMb: 0, treeRssMb: 0, samples: 0 };
  }

  sample(): void {
    const pid = this.pid();
    const reading = pid === undefined ? undefined : readMemory(pid);
    if (!reading) return;
    this.last = reading;
    const peak = this.peak(this.current);
    this.peaks.set(this.current, {
      rssMb: Math.max(peak.rssMb, reading.rssMb),
      treeRssMb: Math.max(peak.treeRssMb, reading.treeRssMb),
      samples: peak.samples + 1,
    });
  }
}
