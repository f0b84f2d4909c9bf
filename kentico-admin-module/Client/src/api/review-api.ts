import type {
  ApproveHeldRequest,
  HeldDecision,
  HeldPage,
  HeldQuery,
  MappingVersion,
  RejectHeldRequest,
  SuggestionList,
} from '@bpkc/shared-types';

import { companionClient, type HttpOptions, unwrap } from './http';

/** The Held list and the suggestions (GET needs 'view'; approve, reject and accept need 'edit'). */
export function createReviewApi(options: HttpOptions) {
  const { GET, POST } = companionClient(options);
  const order = (orderGuid: string) => ({ path: { orderGuid } });
  return {
    held: (
      query: Pick<HeldQuery, 'state'> & { limit: number; offset: number },
    ): Promise<HeldPage> => unwrap(GET('/api/v1/held', { params: { query: { ...query } } })),
    approveHeld: (orderGuid: string, body: ApproveHeldRequest): Promise<HeldDecision> =>
      unwrap(POST('/api/v1/held/{orderGuid}/approve', { params: order(orderGuid), body })),
    rejectHeld: (orderGuid: string, body: RejectHeldRequest): Promise<HeldDecision> =>
      unwrap(POST('/api/v1/held/{orderGuid}/reject', { params: order(orderGuid), body })),
    suggestions: (): Promise<SuggestionList> => unwrap(GET('/api/v1/suggestions')),
    /** Stores a new mapping version with the value mapped (409 when `baseVersion` is stale). */
    acceptSuggestion: (id: string, baseVersion: number | null): Promise<MappingVersion> =>
      unwrap(POST('/api/v1/suggestions/accept', { body: { id, baseVersion } })),
    rejectSuggestion: (id: string): Promise<{ rejected: string }> =>
      unwrap(POST('/api/v1/suggestions/reject', { body: { id } })),
  };
}
