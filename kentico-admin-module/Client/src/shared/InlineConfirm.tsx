import {
  Button,
  ButtonColor,
  Callout,
  CalloutPlacementType,
  CalloutType,
  Inline,
  Spacing,
  Stack,
} from '@kentico/xperience-admin-components';
import type { ReactNode } from 'react';

/**
 * A confirmation shown in place, for actions inside a side panel: a Dialog opened from a side
 * panel sits under the panel's layer and cannot be clicked.
 */
export function InlineConfirm(props: {
  headline: string;
  confirmLabel: string;
  inProgress?: boolean;
  onConfirm: () => void;
  onCancel: () => void;
  children: ReactNode;
}) {
  return (
    <Callout
      type={CalloutType.FriendlyWarning}
      placement={CalloutPlacementType.OnPaper}
      headline={props.headline}
    >
      <Stack spacing={Spacing.M}>
        <span>{props.children}</span>
        <Inline spacing={Spacing.M}>
          <Button
            label={props.confirmLabel}
            inProgress={props.inProgress}
            disabled={props.inProgress}
            onClick={props.onConfirm}
          />
          <Button label="Cancel" color={ButtonColor.Secondary} onClick={props.onCancel} />
        </Inline>
      </Stack>
    </Callout>
  );
}
