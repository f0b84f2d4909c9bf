import type {
  Connection,
  ConnectionMappingCheck,
  ConnectionTest,
  DiscardResult,
  FailureGroups,
  FailurePage,
  Lookups,
  MappingConfig,
  MappingValidation,
  MappingVersion,
  MappingVersionList,
  OAuthStatus,
  OrderDetail,
  OrderPage,
  Overview,
  ReplayResult,
  ResendResult,
} from '@bpkc/shared-types';

import { createConfigureApi } from './configure-api';
import { type HttpOptions, request } from './http';
import { createReviewApi } from './review-api';

export interface OrderSearch {
  search?: string;
  state?: string;
  limit: number;
  offset: number;
}

const guidPath = (guid: string) => encodeURIComponent(guid);

/** Every admin API endpoint the screens use (GET reads need 'view', the rest 'edit'). */
export function createCompanionApi(options: HttpOptions) {
  const get = <T>(path: string, query?: Record<string, string | number | boolean | undefined>) =>
    request<T>(options, { method: 'GET', path, query });
  const post = <T>(path: string, body: unknown = {}) =>
    request<T>(options, { method: 'POST', path, body });
  return {
    overview: () => get<Overview>('/overview'),
    orders: (query: OrderSearch) => get<OrderPage>('/orders', { ...query }),
    order: (guid: string) => get<OrderDetail>(`/orders/${guidPath(guid)}`),
    resend: (guid: string, comment?: string) =>
      post<ResendResult>(`/orders/${guidPath(guid)}/resend`, { comment }),
    failureGroups: () => get<FailureGroups>('/failures/groups'),
    failures: (query: { reason?: string; limit: number; offset: number }) =>
      get<FailurePage>('/failures', query),
    replay: (id: number) => post<ReplayResult>(`/failures/${id}/replay`),
    replayAll: (reason: string) => post<ReplayResult>('/failures/replay', { reason }),
    discard: (id: number, comment: string) =>
      post<DiscardResult>(`/failures/${id}/discard`, { comment }),
    currentMapping: () => get<MappingVersion>('/mappings/current'),
    mappingVersions: () => get<MappingVersionList>('/mappings/versions'),
    mappingVersion: (version: number) => get<MappingVersion>(`/mappings/versions/${version}`),
    validateMapping: (mapping: MappingConfig) =>
      post<MappingValidation>('/mappings/validate', { mapping }),
    saveMapping: (input: { mapping: MappingConfig; comment?: string; baseVersion: number }) =>
      request<MappingVersion>(options, { method: 'PUT', path: '/mappings', body: input }),
    revertMapping: (version: number, comment?: string) =>
      post<MappingVersion>(`/mappings/versions/${version}/revert`, { comment }),
    lookups: (refresh = false) => get<Lookups>('/lookups', { refresh: refresh || undefined }),
    connection: () => get<Connection>('/connection'),
    testConnection: () => post<ConnectionTest>('/connection/test'),
    registerWebhooks: () => post<Connection['webhooks']>('/connection/webhooks'),
    checkMapping: () => post<ConnectionMappingCheck>('/connection/mapping-check'),
    oauthStatus: () => get<OAuthStatus>('/connection/oauth'),
    authorize: () => post<{ authorizeUrl: string }>('/connection/oauth/authorize'),
    ...createReviewApi(options),
    ...createConfigureApi(options),
  };
}

export type CompanionApi = ReturnType<typeof createCompanionApi>;
