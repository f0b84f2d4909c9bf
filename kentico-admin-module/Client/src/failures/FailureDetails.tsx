import type { Failure } from '@bpkc/shared-types';
import {
  SidePanel,
  SidePanelSize,
  Spacing,
  Stack,
  TextWithLabel,
} from '@kentico/xperience-admin-components';

import { OrderSidePanel } from '../orders/OrderSidePanel';
import { formatJson, formatTimestamp } from '../shared/format';
import { FailureHintView } from './FailureHintView';
import { TechnicalDetails } from './TechnicalDetails';

/** What failed and how to fix it; the record key and payload only behind "Technical details". */
function FailureSummary({ failure }: { failure: Failure }) {
  return (
    <Stack spacing={Spacing.L}>
      <FailureHintView hint={failure.hint} />
      <TextWithLabel label="What Brightpearl Connect reported" value={failure.message} />
      <TextWithLabel label="Failed" value={formatTimestamp(failure.createdAt)} />
      <TechnicalDetails>
        {[
          `Failure #${failure.id} · flow ${failure.flow} · reason ${failure.reason}`,
          `Record ${failure.recordKey}`,
          formatJson(failure.payload),
        ].join('\n')}
      </TechnicalDetails>
    </Stack>
  );
}

/** The record a failure points at: an order opens the order panel, others a summary. */
export function FailureDetails(props: {
  failure: Failure;
  onClose: () => void;
  onChanged: () => void;
}) {
  const { failure } = props;
  const orderGuid = /^\/orders\/([0-9a-f-]{36})$/i.exec(failure.link)?.[1];
  if (orderGuid) {
    return (
      <OrderSidePanel
        orderGuid={orderGuid}
        onClose={props.onClose}
        onChanged={props.onChanged}
        intro={<FailureSummary failure={failure} />}
      />
    );
  }
  return (
    <SidePanel
      headline={`Failure #${failure.id}`}
      size={SidePanelSize.Wrapped}
      isVisible
      onClose={props.onClose}
    >
      <FailureSummary failure={failure} />
    </SidePanel>
  );
}
