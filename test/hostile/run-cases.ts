import { setTimeout as sleep } from 'node:timers/promises';

import type { Expected, HostileCase, HostileContext } from './hostile-case';
import { encodeRequest, exchange, type Outcome } from './raw-http';

export interface CaseResult {
  name: string;
  surface: HostileCase['surface'];
  ok: boolean;
  /** What came back, in words: `503`, `closed after 12 ms`, `no answer in 10000 ms`. */
  got: string;
  expected: string;
  serverError: boolean;
  /** /healthz did not answer right after this case. */
  unresponsive: boolean;
}

export async function runCase(
  item: HostileCase,
  ctx: HostileContext,
  alive: () => Promise<boolean>,
): Promise<CaseResult> {
  const outcome: Outcome & { failure?: string } = await send(item, ctx).catch((error: unknown) => ({
    headers: {},
    closed: true,
    timedOut: false,
    ms: 0,
    failure: error instanceof Error ? error.message : String(error),
  }));
  const verdict = judge(item.expect, outcome);
  if (item.settleMs) await sleep(item.settleMs);
  const unresponsive = item.target !== 'shell' && !(await alive());
  return {
    name: item.name,
    surface: item.surface,
    ok: verdict.ok && !unresponsive,
    got: describe(outcome) + (unresponsive ? ', then /healthz did not answer' : '') + verdict.note,
    expected: describeExpected(item.expect),
    serverError: (outcome.status ?? 0) >= 500,
    unresponsive,
  };
}

async function send(item: HostileCase, ctx: HostileContext): Promise<Outcome> {
  if (item.run) return item.run(ctx);
  const port = item.target === 'shell' ? ctx.shellPort : ctx.port;
  const bytes = encodeRequest(await item.request!(ctx), '127.0.0.1');
  if (item.sendTwice) await exchange(port, bytes);
  return exchange(port, bytes, { timeoutMs: 15_000 });
}

function judge(expected: Expected, outcome: Outcome): { ok: boolean; note: string } {
  if ('cut' in expected) {
    // Closed, or refused with a 4xx (408, 413, or 401 before the body was awaited): not held.
    const status = outcome.status ?? 0;
    const cut = !outcome.timedOut && (outcome.closed || (status >= 400 && status < 500));
    return { ok: cut && outcome.ms <= expected.withinMs, note: '' };
  }
  if (outcome.status === undefined || !expected.status.includes(outcome.status))
    return { ok: false, note: '' };
  const wrong = Object.entries(expected.headers ?? {})
    .filter(([name, pattern]) => !pattern.test(outcome.headers[name] ?? ''))
    .map(([name]) => `${name}: ${JSON.stringify(outcome.headers[name] ?? null)}`);
  const present = (expected.absentHeaders ?? []).filter(
    (name) => outcome.headers[name] !== undefined,
  );
  const notes = [...wrong, ...present.map((name) => `${name} present`)];
  return { ok: notes.length === 0, note: notes.length ? ` (${notes.join('; ')})` : '' };
}

function describe(outcome: Outcome & { failure?: string }): string {
  if (outcome.failure) return `runner error: ${outcome.failure}`;
  if (outcome.timedOut) return `no answer in ${outcome.ms} ms`;
  if (outcome.status === undefined) return `closed after ${outcome.ms} ms`;
  return `${outcome.status} after ${outcome.ms} ms`;
}

function describeExpected(expected: Expected): string {
  if ('cut' in expected) return `connection cut within ${expected.withinMs} ms`;
  const extra = [
    ...Object.entries(expected.headers ?? {}).map(([name, pattern]) => `${name} ~ ${pattern}`),
    ...(expected.absentHeaders ?? []).map((name) => `no ${name}`),
  ];
  return expected.status.join('|') + (extra.length ? ` with ${extra.join(', ')}` : '');
}
