import type { OrderSummary } from '@bpkc/shared-types';
import {
  Input,
  MenuItem,
  Pagination,
  Select,
  Spacing,
  Stack,
  Table,
} from '@kentico/xperience-admin-components';
import { useState } from 'react';

import { type AdminPageProps, useAdminSession } from '../auth/admin-session';
import { AdminPage } from '../shared/AdminPage';
import { EmptyCallout, LoadState } from '../shared/LoadState';
import { Toolbar } from '../shared/Toolbar';
import { useApiData } from '../shared/use-api-data';
import { ViewOnlyNote } from '../shared/ViewOnlyNote';
import { ORDER_COLUMNS, orderRows } from './order-rows';
import { OrderSidePanel } from './OrderSidePanel';
import { STATE_LABELS } from './OrderState';
import { ResendDialog, type ResendTarget } from './ResendButton';

const PAGE_SIZE = 25;
const REFRESH_MS = 10_000;

function OrdersScreen() {
  const { api, canEdit } = useAdminSession();
  const [search, setSearch] = useState('');
  const [state, setState] = useState<string | undefined>(undefined);
  const [page, setPage] = useState(1);
  const [openGuid, setOpenGuid] = useState<string | null>(null);
  const [resendTarget, setResendTarget] = useState<ResendTarget | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const query = {
    search: search.trim() || undefined,
    state,
    limit: PAGE_SIZE,
    offset: (page - 1) * PAGE_SIZE,
  };
  const orders = useApiData(() => api.orders(query), [api, query.search, state, page], {
    refreshMs: REFRESH_MS,
  });
  const onAction = (order: OrderSummary, action: string) => {
    if (action === 'timeline') setOpenGuid(order.orderGuid);
    if (action === 'resend')
      setResendTarget({
        orderGuid: order.orderGuid,
        orderLabel: order.orderNumber ?? order.orderGuid,
      });
  };
  return (
    <Stack spacing={Spacing.XL}>
      <Toolbar loading={orders.loading} onRefresh={orders.reload}>
        <Input
          label="Search"
          placeholder="Order number, e-mail or Brightpearl id"
          value={search}
          onChange={(event) => {
            setSearch(event.target.value);
            setPage(1);
          }}
        />
        <Select
          label="Sync state"
          placeholder="All"
          clearable
          clearButtonTooltip="All states"
          value={state}
          onChange={(value) => {
            setState(value || undefined);
            setPage(1);
          }}
        >
          {Object.entries(STATE_LABELS).map(([value, label]) => (
            <MenuItem key={value} value={value} primaryLabel={label} />
          ))}
        </Select>
      </Toolbar>
      {!canEdit && <ViewOnlyNote what="orders" cannot="resend them" />}
      {notice && <span role="status">{notice}</span>}
      <LoadState what="the orders" {...orders}>
        {(data) =>
          data.total === 0 ? (
            <EmptyCallout headline="No orders found">
              {query.search || state
                ? 'No order matches this search.'
                : 'No Kentico order has reached Brightpearl Connect yet.'}
            </EmptyCallout>
          ) : (
            <Stack spacing={Spacing.L}>
              <Table
                columns={ORDER_COLUMNS}
                rows={orderRows(data.items, { canEdit, onAction })}
                onRowClick={(id) => setOpenGuid(String(id))}
              />
              <Pagination
                selectedPage={page}
                totalPages={Math.max(1, Math.ceil(data.total / PAGE_SIZE))}
                onPageChange={setPage}
              />
            </Stack>
          )
        }
      </LoadState>
      {openGuid && (
        <OrderSidePanel
          orderGuid={openGuid}
          onClose={() => setOpenGuid(null)}
          onChanged={orders.reload}
        />
      )}
      <ResendDialog
        target={resendTarget}
        onClose={() => setResendTarget(null)}
        onDone={(message) => {
          setNotice(message);
          orders.reload();
        }}
      />
    </Stack>
  );
}

/** Orders: recent orders with their Brightpearl ids, search, Resend and the timeline panel. */
export const OrdersTemplate = (props: AdminPageProps) => (
  <AdminPage {...props} headline="Orders in Brightpearl">
    <OrdersScreen />
  </AdminPage>
);
