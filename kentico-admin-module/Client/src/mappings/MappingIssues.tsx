import type { MappingIssue } from '@bpkc/shared-types';
import {
  Callout,
  CalloutPlacementType,
  CalloutType,
  Stack,
  Spacing,
} from '@kentico/xperience-admin-components';

/** Every validation finding, with where it is, above the editor. */
export function MappingIssues({ issues }: { issues: MappingIssue[] }) {
  if (issues.length === 0) return null;
  return (
    <Callout
      type={CalloutType.FriendlyWarning}
      placement={CalloutPlacementType.OnDesk}
      headline="Check the mapping"
    >
      <Stack spacing={Spacing.S}>
        {issues.map((issue, index) => (
          <span key={index} role={issue.severity === 'error' ? 'alert' : undefined}>
            {issue.severity === 'error' ? 'Error' : 'Warning'} at {issue.path || 'the mapping'}:{' '}
            {issue.message}
          </span>
        ))}
      </Stack>
    </Callout>
  );
}
