import { useCallback, useEffect, useRef, useState } from 'react';

import { isSyncStatus, type SyncStatus } from '../models/sync-status';

export const REFRESH_INTERVAL_MS = 5_000;
export const REQUEST_TIMEOUT_MS = 10_000;

/** Where the status comes from: the client properties the C# SyncDashboard page passes. */
export interface SyncStatusSource {
  companionUrl: string;
  adminToken: string;
}

export interface SyncStatusState {
  /** Last good answer; kept while a later refresh fails. */
  status: SyncStatus | null;
  error: string | null;
  loading: boolean;
  /** False when the page was given no companion URL. */
  configured: boolean;
  lastFetchedAt: Date | null;
  refresh: () => void;
}

export const statusUrl = (companionUrl: string): string =>
  `${companionUrl.replace(/\/+$/, '')}/api/status`;

async function fetchStatus(source: SyncStatusSource, signal: AbortSignal): Promise<SyncStatus> {
  const response = await fetch(statusUrl(source.companionUrl), {
    headers: { Accept: 'application/json', Authorization: `Bearer ${source.adminToken}` },
    signal,
  });
  if (!response.ok) {
    throw new Error(
      `The companion service answered ${response.status} ${response.statusText}`.trim(),
    );
  }
  const body: unknown = await response.json();
  if (!isSyncStatus(body)) {
    throw new Error('The companion service answered with an unexpected status format.');
  }
  return body;
}

const describe = (error: unknown): string =>
  error instanceof Error ? error.message : 'The companion service could not be reached.';

/** Fetches GET {companionUrl}/api/status now, every 5 s, and on refresh(); one request at a time. */
export function useSyncStatus({ companionUrl, adminToken }: SyncStatusSource): SyncStatusState {
  const [status, setStatus] = useState<SyncStatus | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [loading, setLoading] = useState(false);
  const [lastFetchedAt, setLastFetchedAt] = useState<Date | null>(null);
  const inFlight = useRef<AbortController | null>(null);
  const configured = companionUrl.trim() !== '';

  const refresh = useCallback(() => {
    if (!configured || inFlight.current) return;
    const controller = new AbortController();
    inFlight.current = controller;
    let timedOut = false;
    const timer = window.setTimeout(() => {
      timedOut = true;
      controller.abort();
    }, REQUEST_TIMEOUT_MS);
    setLoading(true);
    fetchStatus({ companionUrl, adminToken }, controller.signal)
      .then((next) => {
        if (controller.signal.aborted) return;
        setStatus(next);
        setError(null);
        setLastFetchedAt(new Date());
      })
      .catch((reason: unknown) => {
        if (timedOut)
          setError(`No answer from the companion service within ${REQUEST_TIMEOUT_MS / 1000} s.`);
        else if (!controller.signal.aborted) setError(describe(reason));
      })
      .finally(() => {
        window.clearTimeout(timer);
        if (inFlight.current !== controller) return; // superseded by an unmount or new source
        inFlight.current = null;
        setLoading(false);
      });
  }, [companionUrl, adminToken, configured]);

  useEffect(() => {
    refresh();
    const interval = window.setInterval(refresh, REFRESH_INTERVAL_MS);
    return () => {
      window.clearInterval(interval);
      inFlight.current?.abort();
      inFlight.current = null;
      setLoading(false);
    };
  }, [refresh]);

  return { status, error, loading, configured, lastFetchedAt, refresh };
}
