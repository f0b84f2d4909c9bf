import type { ConnectionMappingCheck, MappingIssue } from '@bpkc/shared-types';

import type { LookupService } from '../lookups';
import type { Logger } from '../observability/logger';
import { checkMappingReferences, publicIssue } from './mapping-check';
import type { MappingSnapshot, MappingSource } from './mapping-source';

/** A result older than this is re-checked when an order asks (the lookups' own cache TTL). */
const STALE_AFTER_MS = 10 * 60_000;

export type CheckReason = 'start-up' | 'connect' | 'save' | 'order' | 'operator';

/**
 * The current mapping checked against the connected account. The process keeps running with a
 * wrong mapping (the merchant fixes it in the admin); the findings go to the log, the admin's
 * connection screen, the alerts, and to the order flow, which dead-letters an order naming a
 * value the account lacks instead of sending it for Brightpearl to refuse.
 */
export interface MappingAccountCheck {
  /** Checks the newest mapping now; never rejects (an unreadable account is a warning). */
  run(reason: CheckReason, options?: { fresh?: boolean }): Promise<ConnectionMappingCheck>;
  /** The last result on this instance; no call. */
  latest(): ConnectionMappingCheck;
  /**
   * The errors of the last check of this very version among `paths` (no call: a missing or
   * stale result starts a check in the background and counts as none found).
   */
  errorsAt(version: number, paths: readonly string[]): MappingIssue[];
}

export interface MappingAccountCheckDeps {
  lookups: LookupService;
  mappings: Pick<MappingSource, 'current'>;
  logger: Logger;
  now?: () => number;
}

export function createMappingAccountCheck(deps: MappingAccountCheckDeps): MappingAccountCheck {
  const now = deps.now ?? Date.now;
  let last: ConnectionMappingCheck = { checkedAt: null, mappingVersion: null, issues: [] };
  // What Brightpearl would refuse: errors found in its lists (not Kentico's) block orders.
  let blocking: MappingIssue[] = [];
  // One check at a time, in order; a non-fresh ask joins the one pending.
  let chain: Promise<unknown> = Promise.resolve();
  let pending: Promise<ConnectionMappingCheck> | undefined;

  const check = async (reason: CheckReason, fresh: boolean) => {
    try {
      const snapshot = await deps.mappings.current();
      ({ result: last, blocking } = await checkSnapshot(deps, snapshot, { reason, fresh, now }));
    } catch (error) {
      deps.logger.warn('Mapping check against the Brightpearl account failed', { reason, error });
    }
    return last;
  };
  const run = (reason: CheckReason, fresh = false) => {
    if (pending && !fresh) return pending;
    const next = chain.then(() => check(reason, fresh));
    chain = next;
    pending = next;
    void next.finally(() => {
      if (pending === next) pending = undefined;
    });
    return next;
  };
  const isStale = (result: ConnectionMappingCheck) =>
    !result.checkedAt || now() - Date.parse(result.checkedAt) > STALE_AFTER_MS;

  return {
    run: (reason, options = {}) => run(reason, options.fresh),
    latest: () => last,
    errorsAt(version, paths) {
      const current = last.mappingVersion === version;
      if (!current || isStale(last)) void run('order');
      if (!current) return [];
      return blocking.filter((issue) => paths.includes(issue.path));
    },
  };
}

async function checkSnapshot(
  deps: MappingAccountCheckDeps,
  snapshot: MappingSnapshot,
  how: { reason: CheckReason; fresh: boolean; now: () => number },
): Promise<{ result: ConnectionMappingCheck; blocking: MappingIssue[] }> {
  const result = await checkMappingReferences(deps.lookups, snapshot.mapping, {
    fresh: how.fresh,
  });
  const issues = result.issues.map(publicIssue);
  const errors = issues.filter((issue) => issue.severity === 'error');
  // Account lookups only (ids, codes, list names): no personal data in these messages.
  const fields = {
    reason: how.reason,
    mappingVersion: snapshot.version,
    errors: errors.length,
    issues: issues.map((issue) => `${issue.path || '(mapping)'}: ${issue.message}`),
  };
  if (errors.length > 0) {
    deps.logger.warn('The mapping does not fit the connected Brightpearl account', fields);
  } else if (issues.length > 0) {
    // e.g. a side's lists unreadable (not connected yet): nothing wrong was found.
    deps.logger.info('The mapping was checked against the account with warnings', fields);
  }
  const blocking = result.issues
    .filter((issue) => issue.severity === 'error' && issue.source === 'brightpearl')
    .map(publicIssue);
  return {
    result: {
      checkedAt: new Date(how.now()).toISOString(),
      mappingVersion: snapshot.version,
      issues,
    },
    blocking,
  };
}
