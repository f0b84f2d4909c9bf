import {
  MappingConfig,
  type MappingVersion,
  type Suggestion,
  SuggestionKind,
} from '@bpkc/shared-types';

import type { LookupService } from '../../lookups';
import { type OnMappingStored, readCurrentMapping } from '../../mapping';
import type { Db } from '../../store';
import { NoConfigurationError, UnknownSuggestionError } from '../configuration-errors';
import { type ConfigurationDeps, reviewCandidate, storeReviewed } from '../configuration-review';
import { acceptedComment, withSuggestion } from './apply-suggestion';
import { knownBrightpearlSkus } from './known-skus';
import { candidatesFrom, propose } from './propose';
import { rejectedSuggestionIds, rememberRejection } from './rejected-suggestions';
import { unmappedValues } from './unmapped-values';

export type SuggestionDeps = ConfigurationDeps & { lookups: LookupService };

/** GET /suggestions: cached lookups, open failures and known SKUs; no Brightpearl call. */
export async function listSuggestions(deps: SuggestionDeps): Promise<Suggestion[]> {
  const current = await readCurrentMapping(deps.db);
  if (!current) return [];
  const mapping = MappingConfig.parse(current.mapping);
  const lookups = await deps.lookups.read();
  const values = await unmappedValues(deps.db, { mapping, kentico: lookups.kentico });
  const needSkus = values.some((value) => value.kind === 'sku');
  const skus = needSkus ? await knownBrightpearlSkus(deps.db) : [];
  const rejected = await rejectedSuggestionIds(deps.db);
  return propose(values, candidatesFrom(lookups.brightpearl, skus), rejected);
}

/** POST /suggestions/accept: the value mapped in a new version, checked like any save. */
export async function acceptSuggestion(
  deps: SuggestionDeps,
  input: { id: string; baseVersion: number | null; author: string; onStored?: OnMappingStored },
): Promise<MappingVersion> {
  const suggestion = (await listSuggestions(deps)).find((candidate) => candidate.id === input.id);
  if (!suggestion) {
    throw new UnknownSuggestionError(
      `no suggestion "${input.id}" is proposed (its value may be mapped or the pairing rejected)`,
    );
  }
  const current = await readCurrentMapping(deps.db);
  if (!current) throw new NoConfigurationError();
  const mapping = withSuggestion(MappingConfig.parse(current.mapping), suggestion);
  const reviewed = await reviewCandidate(deps, mapping);
  return storeReviewed(deps.db, reviewed, {
    baseVersion: input.baseVersion,
    author: input.author,
    comment: acceptedComment(suggestion),
    onStored: input.onStored,
  });
}

/**
 * POST /suggestions/reject: that pairing is never proposed again. `onRejected` runs in the same
 * transaction (the audit row).
 */
export async function rejectSuggestion(
  db: Db,
  input: { id: string; author: string; onRejected?: (tx: Db) => Promise<void> },
): Promise<void> {
  const kind = input.id.split(':', 1)[0];
  if (!SuggestionKind.safeParse(kind).success) {
    throw new UnknownSuggestionError(
      `"${input.id}" is not a suggestion id (kind:kenticoValue:brightpearlValue)`,
    );
  }
  await db.transaction(async (tx) => {
    await rememberRejection(tx, { id: input.id, rejectedBy: input.author });
    await input.onRejected?.(tx);
  });
}
