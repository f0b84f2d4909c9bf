import type { MappingConfig, TransformEntity, TransformTarget } from '@bpkc/shared-types';

/** The expressions being edited, per entity and target key ('' = no transform). */
export type TransformDraft = Record<TransformEntity, Record<string, string>>;

export const ENTITIES: { id: TransformEntity; label: string; record: string; flow: string }[] = [
  { id: 'salesOrder', label: 'Sales order', record: 'order', flow: 'Kentico order → Brightpearl' },
  { id: 'contact', label: 'Contact', record: 'customer', flow: 'Kentico customer → Brightpearl' },
  { id: 'product', label: 'Product', record: 'product', flow: 'Brightpearl product → Kentico' },
];

export const CUSTOM_FIELD_PREFIX = 'customFields.';
const CUSTOM_FIELD_CODE = /^[A-Za-z_][A-Za-z0-9_]{0,99}$/;

export const draftOf = (mapping: MappingConfig): TransformDraft => ({
  salesOrder: { ...mapping.transforms.salesOrder },
  contact: { ...mapping.transforms.contact },
  product: { ...mapping.transforms.product },
});

/** Empty expressions are dropped: no transform means today's mapping for that field. */
function withoutEmpty(expressions: Record<string, string>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(expressions).filter(([, expression]) => expression.trim() !== ''),
  );
}

/** The mapping document with the draft's transforms (everything else unchanged). */
export const applyDraft = (mapping: MappingConfig, draft: TransformDraft): MappingConfig => ({
  ...mapping,
  transforms: {
    salesOrder: withoutEmpty(draft.salesOrder),
    contact: withoutEmpty(draft.contact),
    product: withoutEmpty(draft.product),
  },
});

/** Why a custom field code cannot be added, or null when it can. */
export function customFieldProblem(code: string, existing: Record<string, string>): string | null {
  if (!CUSTOM_FIELD_CODE.test(code)) return 'Letters, digits and _ only, not starting with a digit';
  if (`${CUSTOM_FIELD_PREFIX}${code}` in existing) return 'That custom field is already listed';
  return null;
}

/**
 * The rows to edit for one entity: every fixed target, then each custom field the draft has
 * (the pattern target "customFields.<CODE>" itself is offered as "Add custom field").
 */
export function rowsOf(
  targets: TransformTarget[],
  entity: TransformEntity,
  expressions: Record<string, string>,
): TransformTarget[] {
  const mine = targets.filter((target) => target.entity === entity);
  const fixed = mine.filter((target) => !target.pattern);
  const pattern = mine.find((target) => target.pattern);
  const custom = Object.keys(expressions)
    .filter((key) => key.startsWith(CUSTOM_FIELD_PREFIX) && !fixed.some((t) => t.key === key))
    .sort()
    .map((key) => ({
      entity,
      key,
      label: `Custom field ${key.slice(CUSTOM_FIELD_PREFIX.length)}`,
      type: pattern?.type ?? ('string' as const),
      description: pattern?.description ?? 'A custom field of the record.',
      pattern: false,
    }));
  return [...fixed, ...custom];
}
