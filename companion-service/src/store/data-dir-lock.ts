import { randomUUID } from 'node:crypto';
import { readFileSync, statSync, unlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join, resolve } from 'node:path';

/**
 * The embedded store belongs to one process: two PGlite instances writing one folder corrupt
 * it. A lock file in DATA_DIR, created exclusively (`wx`), says who holds it. A lock left by a
 * process that died is taken over: on this host when its pid is gone; from another host (a
 * container recreated with the same volume gets a new hostname) when its holder has stopped
 * touching it for STALE_FOREIGN_MS.
 */
export const LOCK_FILE = 'companion.lock';
const TOUCH_MS = 30_000;
const STALE_FOREIGN_MS = 5 * TOUCH_MS;

interface LockOwner {
  pid: number;
  host: string;
  startedAt: string;
  /** Tells this holding apart from an earlier one with the same pid (containers reuse pids). */
  token: string;
}

/** Another process holds DATA_DIR. Retrying helps only once that process has stopped. */
export class DataDirLockedError extends Error {
  override readonly name = 'DataDirLockedError';
  readonly retryable = false;

  constructor(
    readonly lockPath: string,
    readonly holder: Partial<LockOwner>,
  ) {
    super(
      `DATA_DIR is in use by another companion process (pid ${holder.pid ?? '?'} on ` +
        `${holder.host ?? '?'}, since ${holder.startedAt ?? '?'}): the embedded store serves one ` +
        `process only. To run several instances set DATABASE_URL (PostgreSQL). If that process ` +
        `is gone, delete ${lockPath}.`,
    );
  }
}

export interface DataDirLock {
  release(): void;
}

/** Folders locked by this process: a second open here is refused like one from elsewhere. */
const heldHere = new Set<string>();

export function lockDataDir(dataDir: string): DataDirLock {
  const path = join(resolve(dataDir), LOCK_FILE);
  const owner: LockOwner = {
    pid: process.pid,
    host: hostname(),
    startedAt: new Date().toISOString(),
    token: randomUUID(),
  };
  if (heldHere.has(path)) throw new DataDirLockedError(path, owner);
  if (!tryCreate(path, owner)) {
    const holder = readOwner(path);
    if (!isStale(path, holder)) throw new DataDirLockedError(path, holder ?? {});
    // Still the stale one (not a lock another starter just took over)? Then it goes.
    if (readOwner(path)?.token === holder?.token) removeIfPresent(path);
    // Exclusive again: of two processes taking over one stale lock, one wins.
    if (!tryCreate(path, owner)) throw new DataDirLockedError(path, readOwner(path) ?? {});
  }
  heldHere.add(path);
  const touch = setInterval(() => touchLock(path), TOUCH_MS).unref();
  return {
    release() {
      clearInterval(touch);
      heldHere.delete(path);
      // Only our own lock: after a takeover the file may be someone else's.
      if (readOwner(path)?.token === owner.token) removeIfPresent(path);
    },
  };
}

function tryCreate(path: string, owner: LockOwner): boolean {
  try {
    writeFileSync(path, `${JSON.stringify(owner)}\n`, { flag: 'wx' });
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  }
}

function removeIfPresent(path: string): void {
  try {
    unlinkSync(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
}

function readOwner(path: string): Partial<LockOwner> | undefined {
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as Partial<LockOwner>;
  } catch {
    return undefined; // gone meanwhile, being written, or half-written by a crash
  }
}

function isStale(path: string, holder: Partial<LockOwner> | undefined): boolean {
  // Unreadable: being written this instant, or left half-written by a crash long ago.
  if (!holder) return Date.now() - lastTouched(path) > TOUCH_MS;
  if (holder.host !== hostname()) return Date.now() - lastTouched(path) > STALE_FOREIGN_MS;
  // Our own pid in a lock we do not hold: a previous run of a container whose pids repeat.
  if (holder.pid === undefined || holder.pid === process.pid) return true;
  return !isAlive(holder.pid);
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it exists, under another user.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function lastTouched(path: string): number {
  try {
    return statSync(path).mtimeMs;
  } catch {
    return 0;
  }
}

function touchLock(path: string): void {
  const now = new Date();
  try {
    utimesSync(path, now, now);
  } catch {
    // Removed by hand while running: the next start decides; nothing to do here.
  }
}
