import { Card, Spacing, Stack } from '@kentico/xperience-admin-components';
import { useState } from 'react';

import { type AdminPageProps, useAdminSession } from '../auth/admin-session';
import { OrderFacts } from '../orders/OrderFacts';
import { OrderTimeline } from '../orders/OrderTimeline';
import { ResendButton } from '../orders/ResendButton';
import { AdminPage } from '../shared/AdminPage';
import { EmptyCallout, LoadState } from '../shared/LoadState';
import { Toolbar } from '../shared/Toolbar';
import { useApiData } from '../shared/use-api-data';

export interface OrderDetailTemplateProps extends AdminPageProps {
  orderGuid: string;
  orderNumber: string;
}

const REFRESH_MS = 10_000;

function OrderDetailScreen({ orderGuid, orderNumber }: { orderGuid: string; orderNumber: string }) {
  const { api } = useAdminSession();
  const order = useApiData(() => api.order(orderGuid), [api, orderGuid], { refreshMs: REFRESH_MS });
  const [notice, setNotice] = useState<string | null>(null);
  if (order.error?.status === 404) {
    return (
      <EmptyCallout headline="Not sent to Brightpearl yet">
        Brightpearl Connect has no record of order {orderNumber || orderGuid}. Orders placed before
        the integration was installed are not synced.
      </EmptyCallout>
    );
  }
  return (
    <Stack spacing={Spacing.XL}>
      <Toolbar loading={order.loading} onRefresh={order.reload}>
        <ResendButton
          orderGuid={orderGuid}
          orderLabel={orderNumber || orderGuid}
          onDone={(message) => {
            setNotice(message);
            order.reload();
          }}
        />
      </Toolbar>
      {notice && <span role="status">{notice}</span>}
      <LoadState what="the order's Brightpearl sync" {...order}>
        {(data) => (
          <Stack spacing={Spacing.XL}>
            <Card headline="Brightpearl">
              <OrderFacts order={data} />
            </Card>
            <Card headline="Timeline">
              <OrderTimeline entries={data.timeline} />
            </Card>
          </Stack>
        )}
      </LoadState>
    </Stack>
  );
}

/** The Brightpearl tab of a Kentico order: its Brightpearl id and link, state, timeline, Resend. */
export const OrderDetailTemplate = (props: OrderDetailTemplateProps) => (
  <AdminPage {...props} headline={`Brightpearl: order ${props.orderNumber || props.orderGuid}`}>
    <OrderDetailScreen orderGuid={props.orderGuid} orderNumber={props.orderNumber} />
  </AdminPage>
);
