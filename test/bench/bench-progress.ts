/**
 * One progress line on stderr every few seconds while a bench or a long test runs (stdout keeps
 * only the result line): the current phase, done of total, the rate and the time elapsed.
 */
export interface Phase {
  name: string;
  /** Read at every tick; may ask the companion (its status) or the simulators. */
  done: () => number | Promise<number>;
  total?: number;
  unit: string;
  /** More figures for the line, e.g. "synced 180" (read at every tick). */
  extra?: () => string | Promise<string>;
}

export interface ProgressLineInput {
  label: string;
  phase: string;
  done: number;
  total?: number;
  unit: string;
  elapsedMs: number;
  /** Elapsed in this phase, for its rate. */
  phaseElapsedMs: number;
  extra?: string;
}

const count = new Intl.NumberFormat('en');

/** "[bench:stock +1m05s] full compare: 4,000/10,000 SKUs (66.7/s) · calls 20" */
export function progressLine(input: ProgressLineInput): string {
  const of = input.total === undefined ? '' : `/${count.format(input.total)}`;
  const seconds = input.phaseElapsedMs / 1000;
  const rate = seconds >= 1 ? ` (${(input.done / seconds).toFixed(1)}/s)` : '';
  const extra = input.extra ? ` · ${input.extra}` : '';
  return (
    `[${input.label} +${elapsed(input.elapsedMs)}] ${input.phase}: ` +
    `${count.format(input.done)}${of} ${input.unit}${rate}${extra}`
  );
}

function elapsed(ms: number): string {
  const total = Math.floor(ms / 1000);
  const minutes = Math.floor(total / 60);
  const seconds = String(total % 60).padStart(2, '0');
  return minutes > 0 ? `${minutes}m${seconds}s` : `${total}s`;
}

export interface Progress {
  /** The phase the lines report from now on. */
  phase(phase: Phase): void;
  stop(): void;
}

/** Prints a line every `everyMs` (default 5 s) about the current phase until stop(). */
export function startProgress(label: string, everyMs = 5_000): Progress {
  const started = Date.now();
  let current: { phase: Phase; since: number } | undefined;
  let printing = false;
  const tick = async () => {
    if (!current || printing) return;
    printing = true;
    try {
      const { phase, since } = current;
      const now = Date.now();
      const line = progressLine({
        label,
        phase: phase.name,
        done: await phase.done(),
        total: phase.total,
        unit: phase.unit,
        elapsedMs: now - started,
        phaseElapsedMs: now - since,
        extra: await phase.extra?.(),
      });
      process.stderr.write(`${line}\n`);
    } catch (error) {
      // A figure that cannot be read right now (an instance restarting) skips one line.
      process.stderr.write(`[${label}] progress unavailable: ${String(error)}\n`);
    } finally {
      printing = false;
    }
  };
  const timer = setInterval(() => void tick(), everyMs);
  timer.unref();
  return {
    phase: (phase) => {
      current = { phase, since: Date.now() };
    },
    stop: () => clearInterval(timer),
  };
}
