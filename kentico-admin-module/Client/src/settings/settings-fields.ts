import type { FlowName } from '@bpkc/shared-types';

import type { ListName } from '../mappings/mapping-sections';
import type { SettingKind } from './setting-values';

/** One editable setting: where it lives in the mapping document and how it is typed. */
export interface SettingField {
  path: string;
  label: string;
  kind: SettingKind;
  help?: string;
  /** choice: a list of either platform, or fixed options. */
  list?: ListName;
  options?: { value: string; label: string }[];
  /** choice: the stored value is a number (a Brightpearl id). */
  numeric?: boolean;
  /** list: an empty field stores [] rather than "absent". */
  emptyList?: boolean;
}

export interface SettingGroup {
  id: string;
  headline: string;
  description: string;
  fields: SettingField[];
}

// A record over FlowName: a new flow in the contract fails the type check until it is labelled.
// (Values from shared-types would pull zod into the bundle.)
const FLOW_LABELS: Record<FlowName, string> = {
  orders: 'Orders to Brightpearl',
  stock: 'Stock to Kentico',
  catalog: 'Catalog (products and prices)',
  shipments: 'Shipments to Kentico',
  statuses: 'Order statuses',
  payments: 'Payments to Brightpearl',
  refunds: 'Refunds and credits',
  customers: 'Customers and contacts',
};

const ENV = 'Empty: the environment\u2019s value (shown as effective).';

/** Flows, schedules and alerts: `settings` of the mapping document. */
export const RUNTIME_GROUPS: SettingGroup[] = [
  {
    id: 'flows',
    headline: 'Flows',
    description: 'A flow switched off keeps what it receives and catches up when switched on.',
    fields: (Object.keys(FLOW_LABELS) as FlowName[]).map((flow) => ({
      path: `settings.flows.${flow}`,
      label: FLOW_LABELS[flow],
      kind: 'switch' as const,
    })),
  },
  {
    id: 'schedules',
    headline: 'Schedules and go-live',
    description:
      'How often the safety nets run; every instance follows a change from its next tick.',
    fields: [
      {
        path: 'settings.schedules.reconcileSeconds',
        label: 'Order reconciliation, seconds (0: off)',
        kind: 'number',
        help: ENV,
      },
      {
        path: 'settings.schedules.stockFullCompareMinutes',
        label: 'Stock full compare, minutes (0: off)',
        kind: 'number',
        help: ENV,
      },
      {
        path: 'settings.schedules.sweepSeconds',
        label: 'Credits and contacts sweep, seconds',
        kind: 'number',
        help: ENV,
      },
      {
        path: 'settings.goLiveDate',
        label: 'Go-live date (ISO, e.g. 2026-01-31T00:00:00Z)',
        kind: 'text',
        help: 'Orders changed before it are never reconciled.',
      },
    ],
  },
  {
    id: 'alerts',
    headline: 'Alerts',
    description:
      'Who hears about failures and held orders. SMTP, Slack and Teams addresses stay in the environment.',
    fields: [
      {
        path: 'settings.alerts.emailTo',
        label: 'E-mail recipients (comma-separated)',
        kind: 'list',
        help: ENV,
      },
      {
        path: 'settings.alerts.digestSeconds',
        label: 'Digest window, seconds',
        kind: 'number',
        help: ENV,
      },
      {
        path: 'settings.alerts.deadLetterGrowth',
        label: 'Alert when failures grow by',
        kind: 'number',
        help: ENV,
      },
      {
        path: 'settings.alerts.budgetExhaustedMinutes',
        label: 'Alert when the API budget is exhausted for, minutes',
        kind: 'number',
        help: ENV,
      },
      { path: 'settings.alerts.heldOrders', label: 'Alert on held orders', kind: 'switch' },
    ],
  },
];
