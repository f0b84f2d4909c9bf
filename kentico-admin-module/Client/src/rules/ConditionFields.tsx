import type { Lookups, MappingIssue, RuleCondition } from '@bpkc/shared-types';
import { Input, MenuItem, Select, TextArea } from '@kentico/xperience-admin-components';

import { optionsOf } from '../mappings/mapping-sections';
import { NumberField } from './NumberField';
import { issueAt } from './rule-list';
import { ValuesPicker } from './ValuesPicker';

export interface ConditionFieldsProps<C extends RuleCondition = RuleCondition> {
  condition: C;
  /** Dot path of the condition, e.g. "rules.2.when.0". */
  path: string;
  lookups: Lookups | null;
  issues: MappingIssue[];
  disabled: boolean;
  onChange: (condition: RuleCondition) => void;
}

const AddressSelect = (props: {
  value: 'shipping' | 'billing';
  disabled: boolean;
  onChange: (value: 'shipping' | 'billing') => void;
}) => (
  <Select
    label="Address"
    value={props.value}
    disabled={props.disabled}
    onChange={(value) => props.onChange(value === 'billing' ? 'billing' : 'shipping')}
  >
    <MenuItem value="shipping" primaryLabel="Shipping address" />
    <MenuItem value="billing" primaryLabel="Billing address" />
  </Select>
);

/** The fields of one condition kind (none for "customer is new" and "countries differ"). */
export function ConditionFields(props: ConditionFieldsProps) {
  const { condition: c, path, disabled, onChange } = props;
  const issue = (field: string) => issueAt(props.issues, `${path}.${field}`);
  switch (c.kind) {
    case 'total-over':
    case 'total-under':
      return (
        <>
          <NumberField
            label="Amount (order currency)"
            value={c.amount}
            disabled={disabled}
            validationMessage={issue('amount')}
            onChange={(amount) => onChange({ ...c, amount: amount as number })}
          />
          <Input
            label="Only orders in currency (optional)"
            value={c.currency ?? ''}
            disabled={disabled}
            validationMessage={issue('currency')}
            onChange={(event) =>
              onChange({ ...c, currency: event.target.value.trim().toUpperCase() || undefined })
            }
          />
        </>
      );
    case 'country-in':
    case 'country-not-in':
      return (
        <>
          <AddressSelect
            value={c.address}
            disabled={disabled}
            onChange={(address) => onChange({ ...c, address })}
          />
          <ValuesPicker
            label="Countries (three-letter codes, e.g. GBR, IRL)"
            values={c.countries}
            options={null}
            upperCase
            disabled={disabled}
            validationMessage={issue('countries')}
            onChange={(countries) => onChange({ ...c, countries })}
          />
        </>
      );
    case 'shipping-method-in':
    case 'payment-method-in':
      return (
        <ValuesPicker
          label={
            c.kind === 'shipping-method-in' ? 'Kentico shipping methods' : 'Kentico payment methods'
          }
          values={c.methods}
          options={optionsOf(
            props.lookups,
            c.kind === 'shipping-method-in' ? 'kentico.shippingMethods' : 'kentico.paymentMethods',
          )}
          disabled={disabled}
          validationMessage={issue('methods')}
          onChange={(methods) => onChange({ ...c, methods })}
        />
      );
    case 'sku-in':
      return (
        <ValuesPicker
          label="SKUs"
          values={c.skus}
          options={null}
          disabled={disabled}
          validationMessage={issue('skus')}
          onChange={(skus) => onChange({ ...c, skus })}
        />
      );
    case 'quantity-over':
      return (
        <>
          <Select
            label="Counted"
            value={c.scope}
            disabled={disabled}
            onChange={(scope) => onChange({ ...c, scope: scope === 'order' ? 'order' : 'line' })}
          >
            <MenuItem value="line" primaryLabel="On any one line" />
            <MenuItem value="order" primaryLabel="Over the whole order" />
          </Select>
          <NumberField
            label="Units"
            value={c.quantity}
            disabled={disabled}
            validationMessage={issue('quantity')}
            onChange={(quantity) => onChange({ ...c, quantity: quantity as number })}
          />
        </>
      );
    case 'expression':
      return (
        <TextArea
          label="JSONata expression over the Kentico order, true or false"
          value={c.expression}
          disabled={disabled}
          validationMessage={issue('expression')}
          onChange={(event) => onChange({ ...c, expression: event.target.value })}
        />
      );
    default:
      return null;
  }
}
