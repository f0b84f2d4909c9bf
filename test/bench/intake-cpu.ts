import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';

/**
 * CPU time the companion process used (user + system), read from /proc: on a shared machine
 * the events per second follow the neighbours' load, the CPU milliseconds per event do not.
 * Linux only; undefined elsewhere or when the listening process cannot be found.
 */
export function processCpu(port: number): {
  ms(): number | undefined;
  /** CPU ms per wall-clock ms while nothing is sent, measured over `forMs`. */
  idleRate(forMs: number): Promise<number | undefined>;
} {
  const pid = listeningPid(port);
  const ticksPerSecond = 100; // USER_HZ, 100 on every Linux we run on
  const ms = (): number | undefined => {
    if (pid === undefined) return undefined;
    try {
      // Fields after the command name (which may hold spaces) start at ')'.
      const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
      const ticks = Number(fields[11]) + Number(fields[12]);
      return (ticks * 1000) / ticksPerSecond;
    } catch {
      return undefined;
    }
  };
  return {
    ms,
    async idleRate(forMs) {
      const before = ms();
      await sleep(forMs);
      const after = ms();
      return before === undefined || after === undefined ? undefined : (after - before) / forMs;
    },
  };
}

function listeningPid(port: number): number | undefined {
  try {
    const text = execFileSync('ss', ['-Hltnp', `sport = :${port}`], { encoding: 'utf8' });
    const match = /pid=(\d+)/.exec(text);
    return match ? Number(match[1]) : undefined;
  } catch {
    return undefined;
  }
}
