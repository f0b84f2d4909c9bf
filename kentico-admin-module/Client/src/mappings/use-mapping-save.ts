import type { MappingConfig, MappingIssue, MappingVersion } from '@bpkc/shared-types';
import { useState } from 'react';

import { useAdminSession } from '../auth/admin-session';
import { explainError } from '../shared/use-action';

/** Validate, then store as a new version on top of `baseVersion` (a 409 means someone saved first). */
export function useMappingSave(onSaved: (saved: MappingVersion) => void) {
  const { api } = useAdminSession();
  const [busy, setBusy] = useState(false);
  const [issues, setIssues] = useState<MappingIssue[]>([]);
  /** Why the last save did not happen; success is shown by the caller (the editor remounts). */
  const [refusal, setRefusal] = useState<string | null>(null);
  const save = async (input: { mapping: MappingConfig; comment: string; baseVersion: number }) => {
    setBusy(true);
    setRefusal(null);
    try {
      const validation = await api.validateMapping(input.mapping);
      setIssues(validation.issues);
      if (!validation.valid) {
        const errors = validation.issues.filter((issue) => issue.severity === 'error').length;
        setRefusal(`Not saved: ${errors} problem(s) to fix first.`);
        return;
      }
      const saved = await api.saveMapping({ ...input, comment: input.comment || undefined });
      // The editor remounts on the new version, so the success notice is the caller's to show.
      onSaved(saved);
    } catch (error) {
      setRefusal(`Not saved: ${explainError(error)}`);
    } finally {
      setBusy(false);
    }
  };
  return { busy, issues, refusal, save, clearIssues: () => setIssues([]) };
}
