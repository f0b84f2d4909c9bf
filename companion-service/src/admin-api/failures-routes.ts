import {
  DiscardRequest,
  DiscardResult,
  EditableOrderValues,
  EditAndReplayRequest,
  Failure,
  FailureExportQuery,
  FailureGroups,
  FailureIdParams,
  FailureListQuery,
  FailurePage,
  ReplayAllRequest,
  ReplayResult,
} from '@bpkc/shared-types';

import type { AdminApiDeps } from './deps';
import { discardFailure, replayAllOfReason, replayFailure } from './failure-actions';
import { editAndReplay, readEditableValues } from './failure-edit';
import { exportFailuresCsv } from './failure-export';
import { groupFailures, listFailures, readFailure } from './failure-queries';
import { type AdminRoute, defineRoute } from './route';
import { z } from 'zod';

export function failureRoutes(deps: AdminApiDeps): AdminRoute[] {
  const editDeps = { ...deps, kentico: deps.shaping?.kentico };
  return [
    defineRoute({
      method: 'get',
      path: '/failures',
      summary: 'Open failures (dead letters), oldest first',
      query: FailureListQuery,
      response: FailurePage,
      handler: ({ query }) => listFailures(deps, query),
    }),
    defineRoute({
      method: 'get',
      path: '/failures/groups',
      summary: 'Open failures counted per reason code',
      response: FailureGroups,
      handler: () => groupFailures(deps.db),
    }),
    // Before /failures/:id, which would take "export.csv" for an id.
    defineRoute({
      method: 'get',
      path: '/failures/export.csv',
      summary: 'Open failures of the filters as CSV (names, how to fix; formula-safe cells)',
      query: FailureExportQuery,
      response: z.string(),
      contentType: 'text/csv',
      handler: ({ query }) => exportFailuresCsv(deps, query),
    }),
    defineRoute({
      method: 'get',
      path: '/failures/:id',
      summary: 'One failure',
      params: FailureIdParams,
      response: Failure,
      handler: ({ params }) => readFailure(deps, params.id),
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
    defineRoute({
      method: 'get',
      path: '/failures/:id/editable',
      summary: "The order's address, phone and e-mail as the edit dialog starts from them",
      params: FailureIdParams,
      response: EditableOrderValues,
      handler: ({ params }) => readEditableValues(editDeps, params.id),
    }),
    defineRoute({
      method: 'post',
      path: '/failures/:id/edit-and-replay',
      summary:
        "Correct an order's address, phone or e-mail (sent to Brightpearl; Kentico keeps its copy) and replay it",
      params: FailureIdParams,
      body: EditAndReplayRequest,
      response: ReplayResult,
      handler: ({ params, body, actor }) =>
        editAndReplay(editDeps, { id: params.id, override: body.override, actor: actor.sub }),
    }),
  ];
}
