import { Spacing, Stack, TextArea } from '@kentico/xperience-admin-components';
import { useState } from 'react';

import { ConfirmDialog } from '../shared/ConfirmDialog';
import type { HeldAction, HeldItem } from './held-rows';

const orderName = (item: HeldItem | null) => item?.orderNumber ?? item?.orderGuid ?? '';

/**
 * Approve (comment optional) or Reject (reason required) one order. Both go to the audit log
 * with the user's name; the text is cleared when the dialog closes.
 */
export function HeldDecisionDialog(props: {
  item: HeldItem | null;
  action: HeldAction;
  busy: boolean;
  onConfirm: (text: string) => void;
  onCancel: () => void;
}) {
  const [text, setText] = useState('');
  const approving = props.action === 'approve';
  const close = () => (setText(''), props.onCancel());
  return (
    <ConfirmDialog
      isOpen={props.item !== null}
      headline={`${approving ? 'Approve' : 'Reject'} order ${orderName(props.item)}?`}
      confirmLabel={approving ? 'Approve and send' : 'Reject'}
      destructive={!approving}
      inProgress={props.busy}
      confirmDisabled={!approving && text.trim().length === 0}
      onConfirm={() => props.onConfirm(text.trim())}
      onCancel={close}
    >
      <Stack spacing={Spacing.M}>
        <span>
          {approving
            ? 'The order is sent to Brightpearl now, with the other actions of the rules, and is not held again.'
            : 'The order is never sent to Brightpearl. The reason is recorded and written to the audit log.'}
        </span>
        <TextArea
          label={approving ? 'Comment (optional)' : 'Why is it rejected?'}
          markAsRequired={!approving}
          value={text}
          onChange={(event) => setText(event.target.value)}
        />
      </Stack>
    </ConfirmDialog>
  );
}
