import {
  Inline,
  SidePanel,
  SidePanelSize,
  Spacing,
  Stack,
} from '@kentico/xperience-admin-components';
import { type ReactNode, useState } from 'react';

import { useAdminSession } from '../auth/admin-session';
import { LoadState } from '../shared/LoadState';
import { useApiData } from '../shared/use-api-data';
import { OpenOrderPageButton } from './OpenOrderPageButton';
import { OrderFacts } from './OrderFacts';
import { OrderTimeline } from './OrderTimeline';
import { ResendButton } from './ResendButton';

/** One order in a side panel: facts, Resend, and its timeline (events, attempts, errors). */
export function OrderSidePanel(props: {
  orderGuid: string;
  onClose: () => void;
  onChanged: () => void;
  /** Shown above the order's facts (e.g. the failure that opened the panel, and its fix). */
  intro?: ReactNode;
}) {
  const { api } = useAdminSession();
  const order = useApiData(() => api.order(props.orderGuid), [api, props.orderGuid]);
  const [notice, setNotice] = useState<string | null>(null);
  const label = order.data?.orderNumber ?? props.orderGuid;
  return (
    <SidePanel
      headline={`Order ${label}`}
      size={SidePanelSize.Wrapped}
      isVisible
      onClose={props.onClose}
    >
      <LoadState what="the order" {...order}>
        {(data) => (
          <Stack spacing={Spacing.XL}>
            {props.intro}
            <OrderFacts order={data} />
            <Inline spacing={Spacing.M}>
              <OpenOrderPageButton orderGuid={data.orderGuid} />
              <ResendButton
                confirmInPlace
                orderGuid={data.orderGuid}
                orderLabel={label}
                onDone={(message) => {
                  setNotice(message);
                  order.reload();
                  props.onChanged();
                }}
              />
            </Inline>
            {notice && <span role="status">{notice}</span>}
            <OrderTimeline entries={data.timeline} />
          </Stack>
        )}
      </LoadState>
    </SidePanel>
  );
}
