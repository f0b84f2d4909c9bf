import type {
  ApproveHeldRequest,
  HeldDecision,
  HeldPage,
  HeldQuery,
  MappingVersion,
  RejectHeldRequest,
  SuggestionList,
} from '@bpkc/shared-types';

import { type HttpOptions, request } from './http';

const guidPath = (guid: string) => encodeURIComponent(guid);

/** The Held list and the suggestions (GET needs 'view'; approve, reject and accept need 'edit'). */
export function createReviewApi(options: HttpOptions) {
  const post = <T>(path: string, body: unknown) =>
    request<T>(options, { method: 'POST', path, body });
  return {
    held: (query: Pick<HeldQuery, 'state'> & { limit: number; offset: number }) =>
      request<HeldPage>(options, { method: 'GET', path: '/held', query: { ...query } }),
    approveHeld: (orderGuid: string, body: ApproveHeldRequest) =>
      post<HeldDecision>(`/held/${guidPath(orderGuid)}/approve`, body),
    rejectHeld: (orderGuid: string, body: RejectHeldRequest) =>
      post<HeldDecision>(`/held/${guidPath(orderGuid)}/reject`, body),
    suggestions: () => request<SuggestionList>(options, { method: 'GET', path: '/suggestions' }),
    /** Stores a new mapping version with the value mapped (409 when `baseVersion` is stale). */
    acceptSuggestion: (id: string, baseVersion: number | null) =>
      post<MappingVersion>('/suggestions/accept', { id, baseVersion }),
    rejectSuggestion: (id: string) => post<{ rejected: string }>('/suggestions/reject', { id }),
  };
}
