import type { MappingIssue, TransformEntity, TransformTarget } from '@bpkc/shared-types';
import { Card, Spacing, Stack } from '@kentico/xperience-admin-components';

import { useAdminSession } from '../auth/admin-session';
import { CustomFieldAdder } from './CustomFieldAdder';
import { ExpressionField } from './ExpressionField';
import { ENTITIES, rowsOf } from './transform-draft';

/** Every target of one entity with its expression; issues land at `transforms.<entity>.<key>`. */
export function EntityTransforms(props: {
  entity: TransformEntity;
  targets: TransformTarget[];
  expressions: Record<string, string>;
  issues: MappingIssue[];
  sampleId: string | undefined;
  onChange: (expressions: Record<string, string>) => void;
}) {
  const { canEdit } = useAdminSession();
  const entity = ENTITIES.find((e) => e.id === props.entity)!;
  const rows = rowsOf(props.targets, props.entity, props.expressions);
  const issueAt = (key: string) =>
    props.issues.find((issue) => issue.path === `transforms.${props.entity}.${key}`)?.message;
  return (
    <Card
      headline={`${entity.label} fields`}
      description={`JSONata expressions over the ${entity.record}. Empty: the mapping decides.`}
    >
      <Stack spacing={Spacing.L}>
        {rows.map((target) => (
          <ExpressionField
            key={target.key}
            target={target}
            expression={props.expressions[target.key] ?? ''}
            issue={issueAt(target.key)}
            sampleId={props.sampleId}
            onChange={(expression) =>
              props.onChange({ ...props.expressions, [target.key]: expression })
            }
          />
        ))}
        <CustomFieldAdder
          existing={props.expressions}
          disabled={!canEdit}
          onAdd={(key) => props.onChange({ ...props.expressions, [key]: '' })}
        />
      </Stack>
    </Card>
  );
}
