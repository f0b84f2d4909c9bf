import { Spacing, Stack, TextArea } from '@kentico/xperience-admin-components';
import { useState } from 'react';

import { ConfirmDialog } from '../shared/ConfirmDialog';
import { humanize } from '../shared/format';

/** "Replay all N failures of this reason?" */
export function ReplayAllDialog(props: {
  reason: string | null;
  count: number;
  busy: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  return (
    <ConfirmDialog
      isOpen={props.reason !== null}
      headline={`Replay all ${props.count} “${humanize(props.reason ?? '')}” failures?`}
      confirmLabel="Replay all"
      inProgress={props.busy}
      onConfirm={props.onConfirm}
      onCancel={props.onCancel}
    >
      Each record is sent again with the current mapping. Records that still fail come back here;
      nothing is sent twice.
    </ConfirmDialog>
  );
}

/** Discard asks for a reason, which goes to the audit log with the user's name. */
export function DiscardDialog(props: {
  failureId: number | null;
  busy: boolean;
  onConfirm: (comment: string) => void;
  onCancel: () => void;
}) {
  const [comment, setComment] = useState('');
  const missing = comment.trim().length === 0;
  return (
    <ConfirmDialog
      isOpen={props.failureId !== null}
      headline={`Discard failure #${props.failureId ?? ''}?`}
      confirmLabel="Discard"
      destructive
      inProgress={props.busy}
      confirmDisabled={missing}
      onConfirm={() => props.onConfirm(comment.trim())}
      onCancel={() => {
        setComment('');
        props.onCancel();
      }}
    >
      <Stack spacing={Spacing.M}>
        <span>The record will not be sent. This is written to the audit log.</span>
        <TextArea
          label="Why is it discarded?"
          markAsRequired
          value={comment}
          onChange={(event) => setComment(event.target.value)}
        />
      </Stack>
    </ConfirmDialog>
  );
}
