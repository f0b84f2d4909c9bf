import { Dialog } from '@kentico/xperience-admin-components';
import type { ReactNode } from 'react';

/** Kentico's Dialog as a yes/no question; the confirm button shows progress while it runs. */
export function ConfirmDialog(props: {
  isOpen: boolean;
  headline: string;
  confirmLabel: string;
  destructive?: boolean;
  inProgress?: boolean;
  confirmDisabled?: boolean;
  onConfirm: () => void;
  onCancel: () => void;
  children: ReactNode;
}) {
  return (
    <Dialog
      isOpen={props.isOpen}
      headline={props.headline}
      onClose={props.onCancel}
      headerCloseButton={{ tooltipText: 'Close' }}
      isDismissable
      actionInProgress={props.inProgress}
      confirmAction={{
        label: props.confirmLabel,
        destructive: props.destructive,
        disabled: props.confirmDisabled || props.inProgress,
        inProgress: props.inProgress,
        onClick: props.onConfirm,
      }}
      cancelAction={{ label: 'Cancel', onClick: props.onCancel }}
    >
      {props.children}
    </Dialog>
  );
}
