import type { OrderOverride } from '@bpkc/shared-types';
import { Headline, HeadlineSize, Input, Spacing, Stack } from '@kentico/xperience-admin-components';

import { ADDRESS_FIELDS } from './edit-form';

/** The companion's 400 on one field (`shipping.postcode`), shown at that input. */
export type EditRefusal = { field: string | null; text: string } | null;

/** One address's inputs; `field` ids are `shipping.postcode` etc. */
export function AddressInputs(props: {
  which: 'billing' | 'shipping';
  title: string;
  values: OrderOverride;
  refusal: EditRefusal;
  onChange: (values: OrderOverride) => void;
}) {
  const address = props.values[props.which] ?? {};
  return (
    <div role="group" aria-label={props.title}>
      <Stack spacing={Spacing.M}>
        <Headline size={HeadlineSize.S}>{props.title}</Headline>
        {ADDRESS_FIELDS.map(([field, label]) => (
          <Input
            key={field}
            label={label}
            value={address[field] ?? ''}
            validationMessage={
              props.refusal?.field === `${props.which}.${field}` ? props.refusal.text : undefined
            }
            onChange={(event) =>
              props.onChange({
                ...props.values,
                [props.which]: { ...address, [field]: event.target.value },
              })
            }
          />
        ))}
      </Stack>
    </div>
  );
}
