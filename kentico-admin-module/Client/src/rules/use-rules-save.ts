import type { MappingConfig, MappingIssue, MappingVersion } from '@bpkc/shared-types';
import { useState } from 'react';

import { CompanionApiError } from '../api/http';
import { useAdminSession } from '../auth/admin-session';
import { explainError } from '../shared/use-action';

/** Why a save was refused, in words; a 400 naming a field becomes an issue at that field. */
function refusalOf(error: unknown): { text: string; issue?: MappingIssue } {
  if (error instanceof CompanionApiError && error.status === 409) {
    return {
      text: 'Not saved: someone saved a newer version meanwhile. Refresh and redo the change.',
    };
  }
  if (error instanceof CompanionApiError && error.status === 400 && error.field) {
    // PUT /mappings names the field inside its body ("mapping.rules.2…"); issues are mapping paths.
    const path = error.field.replace(/^mapping\./, '');
    return {
      text: `Not saved: ${error.message} (at ${path}).`,
      issue: { path, message: error.message, severity: 'error' },
    };
  }
  return { text: `Not saved: ${explainError(error)}` };
}

/**
 * Validates (expressions are compiled by the companion), then stores the whole configuration as
 * a new version on top of `baseVersion`. Issues come back with their paths for the fields.
 */
export function useRulesSave(onSaved: (saved: MappingVersion) => void) {
  const { api } = useAdminSession();
  const [busy, setBusy] = useState(false);
  const [issues, setIssues] = useState<MappingIssue[]>([]);
  const [refusal, setRefusal] = useState<string | null>(null);
  const save = async (input: { mapping: MappingConfig; comment: string; baseVersion: number }) => {
    setBusy(true);
    setRefusal(null);
    try {
      const validation = await api.validateMapping(input.mapping);
      setIssues(validation.issues);
      if (!validation.valid) {
        const errors = validation.issues.filter((issue) => issue.severity === 'error').length;
        setRefusal(`Not saved: ${errors} problem(s) to fix first, shown at the rules and checks.`);
        return;
      }
      onSaved(await api.saveMapping({ ...input, comment: input.comment || undefined }));
    } catch (error) {
      const refused = refusalOf(error);
      if (refused.issue) setIssues([refused.issue]);
      setRefusal(refused.text);
    } finally {
      setBusy(false);
    }
  };
  return { busy, issues, refusal, save };
}
