import type { BrightpearlRequestLogEntry } from '@bpkc/sandbox';

/** What one progress line reports, read afresh every tick. */
export interface ProgressProbe {
  placed(): number;
  inBrightpearl(): number;
  log(): readonly Pick<BrightpearlRequestLogEntry, 'at' | 'throttled'>[];
  /** Epoch ms the burst started (calls are counted from there). */
  startedAt(): number;
}

/** The line printed every ~10 s on stderr, so stdout keeps only the result line. */
export function progressLine(probe: ProgressProbe, now = Date.now()): string {
  const log = probe.log();
  const counted = log.filter((entry) => !entry.throttled);
  const since = counted.filter((entry) => entry.at >= probe.startedAt()).length;
  const rolling = counted.filter((entry) => entry.at > now - 60_000).length;
  const throttled = log.length - counted.length;
  const seconds = Math.round((now - probe.startedAt()) / 1000);
  return (
    `[peak +${seconds}s] placed ${probe.placed()} · in Brightpearl ${probe.inBrightpearl()} · ` +
    `calls ${since} · rolling-60s ${rolling} · throttled ${throttled}`
  );
}

/** Prints a progress line every `everyMs` until the returned stop() is called. */
export function startProgress(probe: ProgressProbe, everyMs = 10_000): () => void {
  const timer = setInterval(() => process.stderr.write(`${progressLine(probe)}\n`), everyMs);
  return () => clearInterval(timer);
}
