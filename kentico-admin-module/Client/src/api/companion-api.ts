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
import { createInsightsApi } from './insights-api';
import { createFailuresApi } from './failures-api';
import { createJobsApi } from './jobs-api';
import type { paths } from './generated/companion-openapi';
import { companionClient, compact, type HttpOptions, unwrap } from './http';
import { createReviewApi } from './review-api';

export interface OrderSearch {
  search?: string;
  state?: string;
  limit: number;
  offset: number;
}

// The screens pass states and reasons as text; the companion refuses an unknown one (400).
type OrdersQuery = NonNullable<paths['/api/v1/orders']['get']['parameters']['query']>;
type FailuresQuery = NonNullable<paths['/api/v1/failures']['get']['parameters']['query']>;
type Reason = NonNullable<FailuresQuery['reason']>;

/** Every admin API endpoint the screens use (GET reads need 'view', the rest 'edit'). */
export function createCompanionApi(options: HttpOptions) {
  const { GET, POST, PUT } = companionClient(options);
  const orderGuid = (guid: string) => ({ path: { orderGuid: guid } });
  const failure = (id: number) => ({ path: { id } });
  const version = (v: number) => ({ path: { version: v } });
  return {
    overview: (): Promise<Overview> => unwrap(GET('/api/v1/overview')),
    orders: (query: OrderSearch): Promise<OrderPage> =>
      unwrap(GET('/api/v1/orders', { params: { query: compact({ ...query } as OrdersQuery) } })),
    order: (guid: string): Promise<OrderDetail> =>
      unwrap(GET('/api/v1/orders/{orderGuid}', { params: orderGuid(guid) })),
    resend: (guid: string, comment?: string): Promise<ResendResult> =>
      unwrap(
        POST('/api/v1/orders/{orderGuid}/resend', { params: orderGuid(guid), body: { comment } }),
      ),
    failureGroups: (): Promise<FailureGroups> => unwrap(GET('/api/v1/failures/groups')),
    failures: (query: { reason?: string; limit: number; offset: number }): Promise<FailurePage> =>
      unwrap(GET('/api/v1/failures', { params: { query: compact(query as FailuresQuery) } })),
    replay: (id: number): Promise<ReplayResult> =>
      unwrap(POST('/api/v1/failures/{id}/replay', { params: failure(id) })),
    replayAll: (reason: string): Promise<ReplayResult> =>
      unwrap(POST('/api/v1/failures/replay', { body: { reason: reason as Reason } })),
    discard: (id: number, comment: string): Promise<DiscardResult> =>
      unwrap(POST('/api/v1/failures/{id}/discard', { params: failure(id), body: { comment } })),
    currentMapping: (): Promise<MappingVersion> => unwrap(GET('/api/v1/mappings/current')),
    mappingVersions: (): Promise<MappingVersionList> => unwrap(GET('/api/v1/mappings/versions')),
    mappingVersion: (v: number): Promise<MappingVersion> =>
      unwrap(GET('/api/v1/mappings/versions/{version}', { params: version(v) })),
    validateMapping: (mapping: MappingConfig): Promise<MappingValidation> =>
      unwrap(POST('/api/v1/mappings/validate', { body: { mapping } })),
    saveMapping: (input: {
      mapping: MappingConfig;
      comment?: string;
      baseVersion: number;
    }): Promise<MappingVersion> => unwrap(PUT('/api/v1/mappings', { body: input })),
    revertMapping: (v: number, comment?: string): Promise<MappingVersion> =>
      unwrap(
        POST('/api/v1/mappings/versions/{version}/revert', {
          params: version(v),
          body: { comment },
        }),
      ),
    lookups: (refresh = false): Promise<Lookups> =>
      unwrap(
        GET('/api/v1/lookups', { params: { query: { refresh: refresh ? 'true' : undefined } } }),
      ),
    connection: (): Promise<Connection> => unwrap(GET('/api/v1/connection')),
    testConnection: (): Promise<ConnectionTest> => unwrap(POST('/api/v1/connection/test')),
    registerWebhooks: (): Promise<Connection['webhooks']> =>
      unwrap(POST('/api/v1/connection/webhooks')),
    checkMapping: (): Promise<ConnectionMappingCheck> =>
      unwrap(POST('/api/v1/connection/mapping-check')),
    oauthStatus: (): Promise<OAuthStatus> => unwrap(GET('/api/v1/connection/oauth')),
    authorize: (): Promise<{ authorizeUrl: string }> =>
      unwrap(POST('/api/v1/connection/oauth/authorize')),
    ...createReviewApi(options),
    ...createConfigureApi(options),
    ...createInsightsApi(options),
    ...createFailuresApi(options),
    ...createJobsApi(options),
  };
}

export type CompanionApi = ReturnType<typeof createCompanionApi>;
