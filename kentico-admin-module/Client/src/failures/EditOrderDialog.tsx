import type { EditableOrderValues, Failure, OrderOverride } from '@bpkc/shared-types';
import {
  Cols,
  Column,
  Headline,
  HeadlineSize,
  Input,
  Row,
  Spacing,
  Stack,
} from '@kentico/xperience-admin-components';
import { useState } from 'react';

import { useAdminSession } from '../auth/admin-session';
import { CompanionApiError } from '../api/http';
import { ConfirmDialog } from '../shared/ConfirmDialog';
import { LoadState } from '../shared/LoadState';
import { useApiData } from '../shared/use-api-data';
import { AddressInputs, type EditRefusal } from './AddressInputs';
import { ADDRESSES, changedOverride, formFieldOf } from './edit-form';

const CUSTOMER_FIELDS = [
  ['customerEmail', 'Customer e-mail'],
  ['customerPhone', 'Customer phone'],
] as const;

type Refusal = EditRefusal;

function EditForm(props: {
  start: EditableOrderValues;
  failure: Failure;
  onCancel: () => void;
  onDone: (message: string) => void;
}) {
  const { api } = useAdminSession();
  const [values, setValues] = useState<OrderOverride>(props.start.values);
  const [busy, setBusy] = useState(false);
  const [refusal, setRefusal] = useState<Refusal>(null);
  const override = changedOverride(props.start.values, values);
  const unchanged = Object.keys(override).length === 0;
  const submit = async () => {
    setBusy(true);
    setRefusal(null);
    try {
      await api.editAndReplay(props.failure.id, override);
      props.onDone(`Order ${props.start.orderNumber ?? ''} corrected and sent again.`);
    } catch (error) {
      const field = error instanceof CompanionApiError ? formFieldOf(error.field) : null;
      const text = error instanceof CompanionApiError ? error.explanation : String(error);
      setRefusal({ field, text });
    } finally {
      setBusy(false);
    }
  };
  return (
    <ConfirmDialog
      isOpen
      headline={`Edit order ${props.start.orderNumber ?? ''} and retry`}
      confirmLabel="Save and retry"
      inProgress={busy}
      confirmDisabled={unchanged}
      onConfirm={() => void submit()}
      onCancel={props.onCancel}
    >
      <Stack spacing={Spacing.L}>
        <span>
          {props.failure.hint.summary} The corrections are sent to Brightpearl; Kentico keeps its
          own copy of the order. Who changed which fields goes to the audit log.
        </span>
        <Row spacing={Spacing.L}>
          {ADDRESSES.map(([which, title]) => (
            <Column key={which} cols={Cols.Col12} colsMd={Cols.Col6}>
              <AddressInputs
                which={which}
                title={title}
                values={values}
                refusal={refusal}
                onChange={setValues}
              />
            </Column>
          ))}
        </Row>
        <Headline size={HeadlineSize.S}>Customer</Headline>
        {CUSTOMER_FIELDS.map(([field, label]) => (
          <Input
            key={field}
            label={label}
            value={values[field] ?? ''}
            validationMessage={refusal?.field === field ? refusal.text : undefined}
            onChange={(event) => setValues({ ...values, [field]: event.target.value })}
          />
        ))}
        {refusal && <span role="alert">{refusal.text}</span>}
      </Stack>
    </ConfirmDialog>
  );
}

/** Edit and retry: the order's address, phone and e-mail, prefilled with the current values. */
export function EditOrderDialog(props: {
  failure: Failure;
  onCancel: () => void;
  onDone: (message: string) => void;
}) {
  const { api } = useAdminSession();
  const start = useApiData(() => api.editableValues(props.failure.id), [api, props.failure.id]);
  // Never start from another order's values (a refresh keeps the previous data meanwhile).
  if (!start.data || start.data.orderGuid !== props.failure.recordKey) {
    return (
      <ConfirmDialog
        isOpen
        headline="Edit and retry"
        confirmLabel="Save and retry"
        confirmDisabled
        onConfirm={() => undefined}
        onCancel={props.onCancel}
      >
        <LoadState what="the order's address" {...start}>
          {() => null}
        </LoadState>
      </ConfirmDialog>
    );
  }
  return <EditForm key={start.data.orderGuid} start={start.data} {...props} />;
}
