import { NameToggleButtons, Spacing, Stack, Table } from '@kentico/xperience-admin-components';
import { useState } from 'react';

import { type AdminPageProps, useAdminSession } from '../auth/admin-session';
import { AdminPage } from '../shared/AdminPage';
import { EmptyCallout, LoadState } from '../shared/LoadState';
import { Toolbar } from '../shared/Toolbar';
import { useApiData } from '../shared/use-api-data';
import { ViewOnlyNote } from '../shared/ViewOnlyNote';
import { HeldDecisionDialog } from './HeldDialogs';
import { type HeldAction, heldColumns, type HeldItem, heldRows, type HeldState } from './held-rows';
import { useHeldActions } from './use-held-actions';

const LIST_LIMIT = 100;

const TABS: { id: HeldState; label: string; empty: string }[] = [
  { id: 'held', label: 'Held', empty: 'No order is waiting for a decision.' },
  { id: 'rejected', label: 'Rejected', empty: 'No order has been rejected.' },
  { id: 'skipped', label: 'Skipped', empty: 'No order has been skipped by a rule.' },
];

function HeldScreen() {
  const { api, canEdit } = useAdminSession();
  const [state, setState] = useState<HeldState>('held');
  const list = useApiData(() => api.held({ state, limit: LIST_LIMIT, offset: 0 }), [api, state], {
    refreshMs: 10_000,
  });
  // Findings name rules by id; the current mapping gives their names.
  const mapping = useApiData(() => api.currentMapping(), [api]);
  const actions = useHeldActions(list.reload);
  const [deciding, setDeciding] = useState<{ item: HeldItem; action: HeldAction } | null>(null);
  const tab = TABS.find((entry) => entry.id === state)!;
  return (
    <Stack spacing={Spacing.XL}>
      <Toolbar loading={list.loading} onRefresh={list.reload}>
        <NameToggleButtons
          selectedItemId={state}
          items={TABS.map(({ id, label }) => ({ id, label }))}
          onChange={(id) => setState(id as HeldState)}
        />
      </Toolbar>
      {!canEdit && <ViewOnlyNote what="held orders" cannot="approve or reject them" />}
      {actions.message && (
        <span role={actions.message.error ? 'alert' : 'status'}>{actions.message.text}</span>
      )}
      <LoadState what={`the ${tab.label.toLowerCase()} orders`} {...list}>
        {(page) =>
          page.items.length === 0 ? (
            <EmptyCallout headline={`No ${tab.label.toLowerCase()} orders`}>
              {tab.empty}
            </EmptyCallout>
          ) : (
            <Table
              columns={heldColumns(state)}
              rows={heldRows(page.items, {
                state,
                rules: mapping.data?.mapping.rules ?? [],
                canEdit,
                onAction: (item, action) => setDeciding({ item, action }),
              })}
            />
          )
        }
      </LoadState>
      <HeldDecisionDialog
        // A fresh dialog per decision: no comment carries over to the next order.
        key={deciding ? `${deciding.item.orderGuid}-${deciding.action}` : 'closed'}
        item={deciding?.item ?? null}
        action={deciding?.action ?? 'approve'}
        busy={actions.busy}
        onCancel={() => setDeciding(null)}
        onConfirm={async (text) => {
          if (deciding && (await actions.decide(deciding.item, deciding.action, text))) {
            setDeciding(null);
          }
        }}
      />
    </Stack>
  );
}

/** Held: orders a rule or a check set aside, with Approve (send) and Reject (never send). */
export const HeldTemplate = (props: AdminPageProps) => (
  <AdminPage {...props} headline="Held orders">
    <HeldScreen />
  </AdminPage>
);
