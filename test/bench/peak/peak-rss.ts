import { readdirSync, readFileSync } from 'node:fs';

/**
 * The peak resident set of the companion processes: VmHWM ("high water mark") of every child
 * of this process, read from /proc (Linux). Sampled during the run too, because an instance
 * that exits takes its own high-water mark with it.
 */
export interface RssWatch {
  sample(): void;
  /** The largest VmHWM seen in any child, MB; null where /proc cannot be read. */
  peakMb(): number | null;
}

export function watchChildRss(parentPid = process.pid): RssWatch {
  let peakKb: number | null = null;
  return {
    sample() {
      for (const pid of childPids(parentPid)) {
        const kb = highWaterKb(pid);
        if (kb !== undefined) peakKb = Math.max(peakKb ?? 0, kb);
      }
    },
    peakMb: () => (peakKb === null ? null : Math.round(peakKb / 1024)),
  };
}

function childPids(parentPid: number): number[] {
  let entries: string[];
  try {
    entries = readdirSync('/proc').filter((name) => /^\d+$/.test(name));
  } catch {
    return [];
  }
  return entries.map(Number).filter((pid) => parentOf(pid) === parentPid);
}

/** Field 4 of /proc/<pid>/stat; the command name (field 2) may hold spaces, hence after ')'. */
function parentOf(pid: number): number | undefined {
  const stat = readQuietly(`/proc/${pid}/stat`);
  const afterName = stat?.slice(stat.lastIndexOf(')') + 2).split(' ');
  return afterName ? Number(afterName[1]) : undefined;
}

function highWaterKb(pid: number): number | undefined {
  const match = readQuietly(`/proc/${pid}/status`)?.match(/^VmHWM:\s+(\d+)\s+kB/m);
  return match ? Number(match[1]) : undefined;
}

/** A process may exit between listing and reading: that is not an error here. */
function readQuietly(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return undefined;
  }
}
