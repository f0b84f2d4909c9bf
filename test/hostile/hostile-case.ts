import type { Outcome, RawRequest } from './raw-http';

/** What a case needs to build its request at the moment it runs (fresh signatures, tokens). */
export interface HostileContext {
  /** The companion child's port. */
  port: number;
  /** The in-process sandbox shell's port. */
  shellPort: number;
  kenticoSecret: string;
  adminSecret: string;
  adminOrigin: string;
  /** `/webhooks/brightpearl/{installationId}/{token}` as registered with Brightpearl. */
  webhookPath: string;
  /** The admin token claims `aud` and `iid` this companion wants. */
  audience: string;
  installationId: string;
  /** Token for `/api/status` and `/metrics`. */
  opsToken: string;
  /** An order GUID the companion knows (placed before the corpus). */
  knownOrderGuid: string;
  /** The OAuth callback query of a connect that already completed (for replay). */
  usedCallbackQuery: string;
  /** A fresh authorize URL's state, started by an admin (single use). */
  freshState: () => Promise<string>;
}

/** The answer a case expects: one of these statuses, or the connection cut by the server. */
export type Expected =
  | { status: number[]; headers?: Record<string, RegExp>; absentHeaders?: string[] }
  | { cut: true; withinMs: number };

export interface HostileCase {
  name: string;
  surface:
    'kentico' | 'brightpearl' | 'admin' | 'oauth' | 'ops' | 'shell' | 'framing' | 'slow' | 'flood';
  /** Where it goes: the companion (default) or the sandbox shell. */
  target?: 'companion' | 'shell';
  request?: (ctx: HostileContext) => RawRequest | Promise<RawRequest>;
  /** A case that drives the sockets itself (slow senders, floods). */
  run?: (ctx: HostileContext) => Promise<Outcome>;
  /** Wait this long after the answer before checking /healthz (work done after answering). */
  settleMs?: number;
  /** Sent once before the judged send (replays). */
  sendTwice?: boolean;
  expect: Expected;
}

export const status = (...codes: number[]): Expected => ({ status: codes });

/** Every string field gets each of these; all are bad text for a store or a log. */
export const BAD_TEXT: Array<[string, string]> = [
  ['NUL', 'a\u0000b'],
  ['lone high surrogate', 'a\ud800b'],
  ['lone low surrogate', '\udc00'],
];

/** JSON with the bad text escaped (`\u0000`, `\ud800`), as a sender would put it on the wire. */
export function json(value: unknown): string {
  return JSON.stringify(value);
}
