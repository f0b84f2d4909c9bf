import type { OrderDetail } from '@bpkc/shared-types';
import {
  Cols,
  Column,
  Row,
  Spacing,
  Stack,
  TextWithLabel,
} from '@kentico/xperience-admin-components';
import type { ReactNode } from 'react';

import { formatCount, formatTimestamp } from '../shared/format';
import { BrightpearlOrderLink, OrderState } from './OrderState';

/** Text facts use Kentico's TextWithLabel; status/link facts put the component under a label. */
const Fact = ({ label, children }: { label: string; children: ReactNode }) => (
  <Column cols={Cols.Col6} colsMd={Cols.Col4}>
    {typeof children === 'string' ? (
      <TextWithLabel label={label} value={children} />
    ) : (
      <Stack spacing={Spacing.XS}>
        <span style={LABEL_STYLE}>{label}</span>
        {children}
      </Stack>
    )}
  </Column>
);

// The look of TextWithLabel's label (grey, small) for labels above components.
const LABEL_STYLE = { fontSize: 14, color: 'var(--color-text-low-emphasis, #6b6b80)' } as const;

/** The sync facts of one order: Brightpearl id and link, state, attempts and milestones. */
export function OrderFacts({ order }: { order: OrderDetail }) {
  return (
    <Row spacing={Spacing.L}>
      <Fact label="Brightpearl order">
        <BrightpearlOrderLink order={order} />
      </Fact>
      <Fact label="Sync state">
        <OrderState order={order} />
      </Fact>
      <Fact label="Attempts">{formatCount(order.attempts)}</Fact>
      <Fact label="Received">{formatTimestamp(order.receivedAt)}</Fact>
      <Fact label="In Brightpearl since">{formatTimestamp(order.syncedAt)}</Fact>
      <Fact label="Id written to Kentico">{formatTimestamp(order.writtenBackAt)}</Fact>
      <Fact label="Brightpearl calls spent">{formatCount(order.brightpearlCalls)}</Fact>
      <Fact label="Customer e-mail">{order.customerEmail ?? '—'}</Fact>
      {order.lastError && <Fact label="Last error">{order.lastError}</Fact>}
    </Row>
  );
}
