import type { Failure } from '@bpkc/shared-types';
import {
  SidePanel,
  SidePanelSize,
  Spacing,
  Stack,
  TextWithLabel,
} from '@kentico/xperience-admin-components';

import { OrderSidePanel } from '../orders/OrderSidePanel';
import { formatJson, formatTimestamp, humanize } from '../shared/format';

const preStyle = {
  margin: 0,
  fontSize: 12,
  whiteSpace: 'pre-wrap',
  wordBreak: 'break-word',
} as const;

/** The record a failure points at: an order opens the order panel, others show the payload. */
export function FailureDetails(props: {
  failure: Failure;
  onClose: () => void;
  onChanged: () => void;
}) {
  const { failure } = props;
  const orderGuid = /^\/orders\/([0-9a-f-]{36})$/i.exec(failure.link)?.[1];
  if (orderGuid) {
    return (
      <OrderSidePanel orderGuid={orderGuid} onClose={props.onClose} onChanged={props.onChanged} />
    );
  }
  return (
    <SidePanel
      headline={`Failure #${failure.id}`}
      size={SidePanelSize.Wrapped}
      isVisible
      onClose={props.onClose}
    >
      <Stack spacing={Spacing.L}>
        <TextWithLabel label="Reason" value={humanize(failure.reason)} />
        <TextWithLabel label="Flow" value={failure.flow} />
        <TextWithLabel label="Record" value={failure.recordKey} />
        <TextWithLabel label="Failed" value={formatTimestamp(failure.createdAt)} />
        <TextWithLabel label="Message" value={failure.message} />
        <TextWithLabel label="Payload" />
        <pre style={preStyle}>{formatJson(failure.payload)}</pre>
      </Stack>
    </SidePanel>
  );
}
