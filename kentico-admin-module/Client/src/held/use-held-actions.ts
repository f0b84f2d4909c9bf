import { useState } from 'react';

import { useAdminSession } from '../auth/admin-session';
import { explainError } from '../shared/use-action';
import type { HeldAction, HeldItem } from './held-rows';

/** Approve and reject, with one busy flag and one message for the screen. */
export function useHeldActions(onChanged: () => void) {
  const { api } = useAdminSession();
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);
  const decide = async (item: HeldItem, action: HeldAction, text: string): Promise<boolean> => {
    const name = item.orderNumber ?? item.orderGuid;
    setBusy(true);
    try {
      if (action === 'approve') {
        await api.approveHeld(item.orderGuid, { comment: text || undefined });
        setMessage({
          text: `Order ${name} approved: it is being sent to Brightpearl.`,
          error: false,
        });
      } else {
        await api.rejectHeld(item.orderGuid, { reason: text });
        setMessage({ text: `Order ${name} rejected: it will not be sent.`, error: false });
      }
      onChanged();
      return true;
    } catch (error) {
      setMessage({ text: `Order ${name}: ${explainError(error)}`, error: true });
      return false;
    } finally {
      setBusy(false);
    }
  };
  return { busy, message, decide };
}
