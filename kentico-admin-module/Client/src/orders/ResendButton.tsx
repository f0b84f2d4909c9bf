import { Button, ButtonColor, Spacing, Stack } from '@kentico/xperience-admin-components';
import { useState } from 'react';

import { useAdminSession } from '../auth/admin-session';
import { ConfirmDialog } from '../shared/ConfirmDialog';
import { InlineConfirm } from '../shared/InlineConfirm';
import { useAction } from '../shared/use-action';

export interface ResendTarget {
  orderGuid: string;
  orderLabel: string;
}

const EXPLANATION =
  'Brightpearl Connect reads the order from Kentico again and sends it to Brightpearl. If Brightpearl ' +
  'already has it, it is matched by its reference, never created twice.';

interface ResendProps {
  target: ResendTarget | null;
  onClose: () => void;
  onDone: (message: string) => void;
}

function useResend(props: ResendProps) {
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
  return { busy, error, close, resend };
}

/** Asks in a dialog, then queues the order for Brightpearl again (never a duplicate). */
export function ResendDialog(props: ResendProps) {
  const { busy, error, close, resend } = useResend(props);
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
        <span>{EXPLANATION}</span>
        {error && <span role="alert">{error}</span>}
      </Stack>
    </ConfirmDialog>
  );
}

/** The same question in place (inside a side panel, where a dialog cannot be reached). */
function ResendInline(props: ResendProps & { target: ResendTarget }) {
  const { busy, error, close, resend } = useResend(props);
  return (
    <Stack spacing={Spacing.M}>
      <InlineConfirm
        headline={`Resend order ${props.target.orderLabel}?`}
        confirmLabel="Resend"
        inProgress={busy}
        onConfirm={resend}
        onCancel={close}
      >
        {EXPLANATION}
      </InlineConfirm>
      {error && <span role="alert">{error}</span>}
    </Stack>
  );
}

/** The Resend button of one order (disabled for users who may only view). */
export function ResendButton(
  props: ResendTarget & { onDone: (message: string) => void; confirmInPlace?: boolean },
) {
  const { canEdit } = useAdminSession();
  const [target, setTarget] = useState<ResendTarget | null>(null);
  const asking = { target, onClose: () => setTarget(null), onDone: props.onDone };
  if (props.confirmInPlace && target) return <ResendInline {...asking} target={target} />;
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
      {!props.confirmInPlace && <ResendDialog {...asking} />}
    </>
  );
}
