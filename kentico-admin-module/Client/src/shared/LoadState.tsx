import {
  Button,
  ButtonSize,
  Callout,
  CalloutPlacementType,
  CalloutType,
  Spinner,
  Stack,
  Spacing,
} from '@kentico/xperience-admin-components';
import type { ReactNode } from 'react';

import type { CompanionApiError } from '../api/http';

/** A failed load: what went wrong, and a retry when trying again can help. */
export const ErrorCallout = ({
  headline,
  error,
  onRetry,
}: {
  headline: string;
  error: CompanionApiError;
  onRetry?: () => void;
}) => (
  <Callout
    type={CalloutType.FriendlyWarning}
    placement={CalloutPlacementType.OnDesk}
    headline={headline}
  >
    <Stack spacing={Spacing.M}>
      <span role="alert">{error.explanation}</span>
      {onRetry && error.retryable && (
        <Button label="Try again" size={ButtonSize.S} onClick={onRetry} />
      )}
    </Stack>
  </Callout>
);

export const EmptyCallout = ({ headline, children }: { headline: string; children: ReactNode }) => (
  <Callout type={CalloutType.QuickTip} placement={CalloutPlacementType.OnDesk} headline={headline}>
    {children}
  </Callout>
);

/**
 * The three states of a screen part: a spinner before the first answer, an error callout
 * (keeping stale data visible below it), and the content.
 */
export function LoadState<T>(props: {
  what: string;
  data: T | null;
  error: CompanionApiError | null;
  reload: () => void;
  children: (data: T) => ReactNode;
}) {
  const { what, data, error, reload, children } = props;
  return (
    <Stack spacing={Spacing.L}>
      {error && <ErrorCallout headline={`Could not load ${what}`} error={error} onRetry={reload} />}
      {data === null && error === null && <Spinner />}
      {data !== null && children(data)}
    </Stack>
  );
}
