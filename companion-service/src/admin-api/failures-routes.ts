import {
  DiscardRequest,
  DiscardResult,
  Failure,
  FailureGroups,
  FailureIdParams,
  FailureListQuery,
  FailurePage,
  ReplayAllRequest,
  ReplayResult,
} from '@bpkc/shared-types';

import type { AdminApiDeps } from './deps';
import { discardFailure, replayAllOfReason, replayFailure } from './failure-actions';
import { groupFailures, listFailures, readFailure } from './failure-queries';
import { type AdminRoute, defineRoute } from './route';

export function failureRoutes(deps: AdminApiDeps): AdminRoute[] {
  return [
    defineRoute({
      method: 'get',
      path: '/failures',
      summary: 'Open failures (dead letters), oldest first',
      query: FailureListQuery,
      response: FailurePage,
      handler: ({ query }) => listFailures(deps.db, query),
    }),
    defineRoute({
      method: 'get',
      path: '/failures/groups',
      summary: 'Open failures counted per reason code',
      response: FailureGroups,
      handler: () => groupFailures(deps.db),
    }),
    defineRoute({
      method: 'get',
      path: '/failures/:id',
      summary: 'One failure',
      params: FailureIdParams,
      response: Failure,
      handler: ({ params }) => readFailure(deps.db, params.id),
    }),
    defineRoute({
      method: 'post',
      path: '/failures/replay',
      summary: 'Replay every open failure of one reason (in batches; see remaining)',
      body: ReplayAllRequest,
      response: ReplayResult,
      handler: ({ body, actor }) => replayAllOfReason(deps, { ...body, actor: actor.sub }),
    }),
    defineRoute({
      method: 'post',
      path: '/failures/:id/replay',
      summary: 'Replay one open failure (409 when its flow is not replayable)',
      params: FailureIdParams,
      response: ReplayResult,
      handler: ({ params, actor }) => replayFailure(deps, { id: params.id, actor: actor.sub }),
    }),
    defineRoute({
      method: 'post',
      path: '/failures/:id/discard',
      summary: 'Close one open failure without replaying it',
      params: FailureIdParams,
      body: DiscardRequest,
      response: DiscardResult,
      handler: ({ params, body, actor }) =>
        discardFailure(deps, { id: params.id, actor: actor.sub, comment: body.comment }),
    }),
  ];
}
