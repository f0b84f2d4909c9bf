import type { Suggestion } from '@bpkc/shared-types';
import { useState } from 'react';

import { useAdminSession } from '../auth/admin-session';
import { explainError } from '../shared/use-action';
import type { SuggestionAction } from './suggestion-rows';

/**
 * Accept stores a new mapping version on top of `baseVersion` (a 409 means someone saved in
 * between: refresh and accept again); Reject stops the pairing from being proposed again.
 */
export function useSuggestionActions(baseVersion: number | null, onChanged: () => void) {
  const { api } = useAdminSession();
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);
  const act = async (suggestion: Suggestion, action: SuggestionAction) => {
    const pairing = `${suggestion.kenticoLabel} → ${suggestion.brightpearlLabel}`;
    setBusy(true);
    try {
      if (action === 'accept') {
        const saved = await api.acceptSuggestion(suggestion.id, baseVersion);
        setMessage({
          text: `${pairing} accepted. Saved as version ${saved.version}.`,
          error: false,
        });
      } else {
        await api.rejectSuggestion(suggestion.id);
        setMessage({ text: `${pairing} rejected; it will not be proposed again.`, error: false });
      }
      onChanged();
    } catch (error) {
      setMessage({ text: `${pairing}: ${explainError(error)}`, error: true });
    } finally {
      setBusy(false);
    }
  };
  return { busy, message, act };
}
