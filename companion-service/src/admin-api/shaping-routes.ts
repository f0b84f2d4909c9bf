import {
  MappingConfig,
  PreviewRequest,
  PreviewResult,
  type PreviewSide,
  PreviewSampleList,
  PreviewSamplesQuery,
  TestExpressionRequest,
  TestExpressionResult,
  TransformTargetList,
} from '@bpkc/shared-types';

import { readCurrentMapping } from '../mapping';
import { listTransformTargets } from '../shaping';
import type { AdminApiDeps } from './deps';
import { NotFoundError, UpstreamError } from './errors';
import { errorSide } from './preview-requests';
import { type AdminRoute, defineRoute } from './route';
import { type ShapingDeps, previewSamples, previewSide, readSample } from './shaping-preview';
import { testExpression } from './shaping-test-expression';

/**
 * The transform screens: targets, expression tests and the side-by-side preview. None of them
 * reaches Brightpearl (the preview's `brightpearlCalls` is 0 by construction: no Brightpearl
 * client is in reach here; the e2e counts the simulator's requests to prove it).
 */
export function shapingRoutes(deps: AdminApiDeps): AdminRoute[] {
  const previewDeps: ShapingDeps = { db: deps.db, kentico: deps.shaping?.kentico ?? noBridge };
  return [
    defineRoute({
      method: 'get',
      path: '/transforms/targets',
      summary: 'Every field a transform may set, with the type its expression must give',
      response: TransformTargetList,
      handler: async () => listTransformTargets(),
    }),
    defineRoute({
      method: 'post',
      path: '/transforms/test',
      summary: 'Evaluate one expression against a sample record (no calls, nothing stored)',
      body: TestExpressionRequest,
      response: TestExpressionResult,
      permission: 'view',
      handler: ({ body }) => testExpression(previewDeps, body),
    }),
    defineRoute({
      method: 'get',
      path: '/preview/samples',
      summary: 'Recent records to preview, newest first',
      query: PreviewSamplesQuery,
      response: PreviewSampleList,
      handler: ({ query }) => previewSamples(previewDeps, query.entity),
    }),
    defineRoute({
      method: 'post',
      path: '/preview',
      summary:
        'The exact Brightpearl request the current and a draft mapping would send, at zero Brightpearl calls',
      body: PreviewRequest,
      response: PreviewResult,
      permission: 'view',
      handler: async ({ body }) => {
        const current = await readCurrentMapping(deps.db);
        if (!current) throw new NotFoundError('no mapping version is stored yet');
        const subject = await readSample(previewDeps, body.entity, body.id);
        const side = (mapping: MappingConfig, version: number | null) =>
          previewSide(previewDeps, {
            entity: body.entity,
            subject,
            mapping,
            mappingVersion: version,
          });
        return {
          entity: body.entity,
          id: body.id,
          current: await side(current.mapping, current.version),
          draft: body.draft === undefined ? null : await draftSide(body.draft, side),
          brightpearlCalls: 0,
        };
      },
    }),
  ];
}

/** A draft that does not parse is an 'error' side listing its issues (200, not 500). */
async function draftSide(
  draft: unknown,
  side: (mapping: MappingConfig, version: number | null) => Promise<PreviewSide>,
): Promise<PreviewSide> {
  const parsed = MappingConfig.safeParse(draft);
  if (parsed.success) return side(parsed.data, null);
  return errorSide(
    null,
    parsed.error.issues.map(
      (issue) => `${issue.path.map(String).join('.') || 'draft'}: ${issue.message}`,
    ),
  );
}

/** Without a Kentico bridge (a test harness) there is no order to read. */
const noBridge: ShapingDeps['kentico'] = {
  getOrder: async () => {
    throw new UpstreamError('no Kentico bridge is configured: orders cannot be read');
  },
};
