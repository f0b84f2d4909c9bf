import type { TransformEntity } from '@bpkc/shared-types';
import { MenuItem, Select } from '@kentico/xperience-admin-components';

import { ENTITIES } from './transform-draft';

/** Which outgoing record's fields are edited: sales order, contact or product. */
export function EntityPicker(props: {
  value: TransformEntity;
  onChange: (entity: TransformEntity) => void;
}) {
  return (
    <Select
      label="Record"
      value={props.value}
      onChange={(value) => {
        const entity = ENTITIES.find((e) => e.id === value);
        if (entity) props.onChange(entity.id);
      }}
    >
      {ENTITIES.map((entity) => (
        <MenuItem
          key={entity.id}
          value={entity.id}
          primaryLabel={entity.label}
          secondaryLabel={entity.flow}
        />
      ))}
    </Select>
  );
}
