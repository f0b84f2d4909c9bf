import {
  type LookupOption,
  type Lookups,
  type LookupSource,
  MappingConfig,
  type MappingIssue,
  type MappingValidation,
} from '@bpkc/shared-types';

import type { LookupService } from '../lookups';
import { BadRequestError } from './errors';
import { brightpearlReferences, kenticoReferences, type Reference } from './mapping-references';

/**
 * A reference not found in lists older than this is looked up again once (a method added a
 * minute ago must not be refused for ten), at most one re-read per side per minute.
 */
const RECHECK_AGE_MS = 60_000;

type SourcedIssue = MappingIssue & { source?: LookupSource };

/** POST /mappings/validate: the schema first, then every reference against both platforms. */
export async function validateMapping(
  lookups: LookupService,
  draft: unknown,
): Promise<MappingValidation> {
  const parsed = MappingConfig.safeParse(draft);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((issue) => ({
      path: issue.path.map(String).join('.'),
      message: issue.message,
      severity: 'error' as const,
    }));
    return { valid: false, issues };
  }
  return checkReferences(lookups, parsed.data);
}

/** PUT /mappings: refuses (400) a mapping naming something that does not exist. */
export async function assertReferencesExist(
  lookups: LookupService,
  mapping: MappingConfig,
): Promise<void> {
  const error = (await checkReferences(lookups, mapping)).issues.find(
    (issue) => issue.severity === 'error',
  );
  if (error) {
    throw new BadRequestError(
      `invalid body field "mapping.${error.path}": ${error.message}`,
      `mapping.${error.path}`,
    );
  }
}

export async function checkReferences(
  lookups: LookupService,
  mapping: MappingConfig,
): Promise<MappingValidation> {
  let issues = referenceIssues(mapping, await lookups.read());
  const unknownIn = new Set(issues.flatMap((issue) => (issue.source ? [issue.source] : [])));
  if (unknownIn.size > 0) {
    const maxAgeMs = Object.fromEntries([...unknownIn].map((side) => [side, RECHECK_AGE_MS]));
    issues = referenceIssues(mapping, await lookups.read({ maxAgeMs }));
  }
  return {
    valid: !issues.some((issue) => issue.severity === 'error'),
    issues: issues.map(({ path, message, severity }) => ({ path, message, severity })),
  };
}

function referenceIssues(mapping: MappingConfig, lookups: Lookups): SourcedIssue[] {
  return [
    ...sideIssues(lookups, { source: 'kentico', references: kenticoReferences(mapping) }),
    ...sideIssues(lookups, { source: 'brightpearl', references: brightpearlReferences(mapping) }),
  ];
}

const SIDE_NAME: Record<LookupSource, string> = { kentico: 'Kentico', brightpearl: 'Brightpearl' };

function sideIssues(
  lookups: Lookups,
  side: { source: LookupSource; references: Reference[] },
): SourcedIssue[] {
  const lists = lookups[side.source] as Record<string, LookupOption[]> | null;
  const name = SIDE_NAME[side.source];
  if (!lists) {
    const why = lookups.errors.find((error) => error.source === side.source)?.message;
    const message = `${name} lists are unavailable${why ? ` (${why})` : ''}: its values were not checked`;
    return [{ path: '', message, severity: 'warning' }];
  }
  return side.references.flatMap((reference) => {
    const options = lists[reference.list] ?? [];
    if (options.some((option) => option.value === reference.value)) return [];
    return [
      {
        path: reference.path,
        message: unknownMessage(reference, options),
        severity: 'error',
        source: side.source,
      },
    ];
  });
}

const WHAT: Record<string, string> = {
  orderStatuses: 'order status',
  shippingMethods: 'shipping method',
  paymentMethods: 'payment method',
  warehouses: 'warehouse',
  channels: 'channel',
  priceLists: 'price list',
  taxCodes: 'tax code',
};

function unknownMessage(reference: Reference, options: LookupOption[]): string {
  const what = `${SIDE_NAME[reference.source]} ${WHAT[reference.list] ?? reference.list}`;
  // Code names must match exactly (the sync looks them up as written); a case slip is common.
  const wanted = reference.value.toLowerCase();
  const near = options.find((option) => option.value.toLowerCase() === wanted);
  const hint = near ? ` (did you mean "${near.value}"?)` : '';
  return `"${reference.value}" is not a ${what}${hint}`;
}
