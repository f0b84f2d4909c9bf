import { Button, ButtonColor, Spacing, Stack } from '@kentico/xperience-admin-components';
import { useState } from 'react';

import { useAdminSession } from '../auth/admin-session';
import { ConfirmDialog } from '../shared/ConfirmDialog';
import { useAction } from '../shared/use-action';

export interface ResendTarget {
  orderGuid: string;
  orderLabel: string;
}

/** Asks, then queues the order for Brightpearl again (safe: the companion never duplicates). */
export function ResendDialog(props: {
  target: ResendTarget | null;
  onClose: () => void;
  onDone: (message: string) => void;
}) {
  const { api } = useAdminSession();
  const { run, busy, error, clearError } = useAction(api.resend);
  const close = () => {
    clearError();
    props.onClose();
  };
  const resend = async () => {
    if (!props.target) return;
    const result = await run(props.target.orderGuid);
    if (!result) return;
    close();
    props.onDone(
      `Order ${props.target.orderLabel} queued for Brightpearl (job ${result.jobId ?? 'none'}).`,
    );
  };

  return (
    <ConfirmDialog
      isOpen={props.target !== null}
      headline={`Resend order ${props.target?.orderLabel ?? ''}?`}
      confirmLabel="Resend"
      inProgress={busy}
      onConfirm={resend}
      onCancel={close}
    >
      <Stack spacing={Spacing.M}>
        <span>
          The companion reads the order from Kentico again and sends it to Brightpearl. If
          Brightpearl already has it, it is matched by its reference, never created twice.
        </span>
        {error && <span role="alert">{error}</span>}
      </Stack>
    </ConfirmDialog>
  );
}

/** The Resend button of one order (disabled for users who may only view). */
export function ResendButton(props: ResendTarget & { onDone: (message: string) => void }) {
  const { canEdit } = useAdminSession();
  const [target, setTarget] = useState<ResendTarget | null>(null);
  return (
    <>
      <Button
        label="Resend"
        icon="xp-rotate-right"
        color={ButtonColor.Secondary}
        disabled={!canEdit}
        title={
          canEdit ? 'Send this order to Brightpearl again' : 'Your role may view but not resend'
        }
        onClick={() => setTarget({ orderGuid: props.orderGuid, orderLabel: props.orderLabel })}
      />
      <ResendDialog target={target} onClose={() => setTarget(null)} onDone={props.onDone} />
    </>
  );
}
