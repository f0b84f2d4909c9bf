import type { FailureHint } from '@bpkc/shared-types';
import { Link, Spacing, Stack } from '@kentico/xperience-admin-components';

import { adminHref } from './hint-link';

/** The problem in plain words, how to fix it, and the link to the exact place. */
export function FailureHintView({ hint }: { hint: FailureHint }) {
  return (
    <Stack spacing={Spacing.S}>
      <strong>{hint.summary}</strong>
      <span>{hint.howToFix}</span>
      {hint.link && <Link href={adminHref(hint.link.href)} text={hint.link.label} />}
    </Stack>
  );
}

/** The how-to-fix line of a table row: the link when there is one, else the advice. */
export function FixCell({ hint }: { hint: FailureHint }) {
  return hint.link ? (
    <Link href={adminHref(hint.link.href)} text={hint.link.label} />
  ) : (
    <span title={hint.howToFix}>{hint.editable ? 'Edit and retry' : hint.howToFix}</span>
  );
}
