import type { ReplayResult } from '@bpkc/shared-types';
import { useState } from 'react';

import { useAdminSession } from '../auth/admin-session';
import { explainError } from '../shared/use-action';

function describeReplay(result: ReplayResult): string {
  const parts = [`${result.replayed.length} replayed`];
  if (result.skipped.length > 0) {
    parts.push(`${result.skipped.length} skipped (${result.skipped.map((s) => s.why).join('; ')})`);
  }
  if (result.remaining > 0) parts.push(`${result.remaining} still open: replay again`);
  return `${parts.join(', ')}.`;
}

/** Replay, replay-all and discard, with one busy flag and one message for the screen. */
export function useFailureActions(onChanged: () => void) {
  const { api } = useAdminSession();
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);
  const run = async (action: () => Promise<string>) => {
    setBusy(true);
    try {
      setMessage({ text: await action(), error: false });
      onChanged();
      return true;
    } catch (error) {
      setMessage({ text: explainError(error), error: true });
      return false;
    } finally {
      setBusy(false);
    }
  };
  return {
    busy,
    message,
    replay: (id: number) => run(async () => describeReplay(await api.replay(id))),
    replayAll: (reason: string) => run(async () => describeReplay(await api.replayAll(reason))),
    /** Another part of the screen did the work (edit and retry): say so and refresh. */
    announce: (text: string) => (setMessage({ text, error: false }), onChanged()),
    discard: (id: number, comment: string) =>
      run(async () => (await api.discard(id, comment), `Failure #${id} discarded.`)),
  };
}
