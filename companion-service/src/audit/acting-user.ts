import { AsyncLocalStorage } from 'node:async_hooks';

/** Who an admin request acts for: the token's `sub` and, when the token has one, its `name`. */
export interface ActingUser {
  sub: string;
  name?: string;
}

const acting = new AsyncLocalStorage<ActingUser>();

/**
 * Runs an admin request's handler as its user. Audit entries and mapping versions are written
 * deep inside flows that only pass the user's id along (replays, jobs, held orders, imports);
 * the request's context carries the display name to them instead of every signature.
 */
export function actAs<T>(user: ActingUser, work: () => Promise<T>): Promise<T> {
  return acting.run(user, work);
}

/**
 * The display name for `actorId` when the current request acts for that same id; null
 * otherwise (a system actor, a job outside any request), so a name is never put to another id.
 */
export function displayNameOf(actorId: string): string | null {
  const user = acting.getStore();
  return user?.sub === actorId && user.name?.trim() ? user.name.trim() : null;
}
