import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';

/** A name for a new instance: readable in logs (host, pid) and unique across restarts. */
export function newInstanceId(): string {
  return `${hostname()}/${process.pid}/${randomUUID().slice(0, 8)}`;
}

/** This process (scheduled_runs.owner, lease holders, its row in `instances`). */
export const INSTANCE_ID = newInstanceId();
