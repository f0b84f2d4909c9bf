import {
  AcceptSuggestionRequest,
  MappingVersion,
  RejectSuggestionRequest,
  SuggestionKind,
  SuggestionList,
} from '@bpkc/shared-types';
import { z } from 'zod';

import { acceptSuggestion, listSuggestions, rejectSuggestion } from '../configuration';
import { writeAudit } from '../audit/audit-log';
import {
  auditedVersion,
  configurationDeps,
  configurationErrors,
  stored,
} from './configuration-deps';
import type { AdminApiDeps } from './deps';
import { BadRequestError } from './errors';
import { type AdminRoute, defineRoute } from './route';

/** Unmapped values with proposed Brightpearl matches; a person accepts or rejects each. */
export function suggestionRoutes(deps: AdminApiDeps): AdminRoute[] {
  const shared = { ...configurationDeps(deps), lookups: deps.lookups };
  return [
    defineRoute({
      method: 'get',
      path: '/suggestions',
      summary:
        'Unmapped Kentico values with Brightpearl matches by name similarity (no Brightpearl call)',
      response: SuggestionList,
      handler: () => listSuggestions(shared),
    }),
    defineRoute({
      method: 'post',
      path: '/suggestions/accept',
      summary: 'Map the suggested value in a new version (SKUs as aliases)',
      body: AcceptSuggestionRequest,
      response: MappingVersion,
      handler: async ({ body, actor }) => {
        const saved = await configurationErrors(
          acceptSuggestion(shared, {
            ...body,
            author: actor.sub,
            onStored: auditedVersion(actor.sub, 'suggestion.accept', { suggestion: body.id }),
          }),
          'suggestion',
        );
        return stored(deps, saved, actor.sub);
      },
    }),
    defineRoute({
      method: 'post',
      path: '/suggestions/reject',
      summary: 'Never propose this pairing again',
      body: RejectSuggestionRequest,
      response: z.object({ rejected: z.string() }),
      handler: async ({ body, actor }) => {
        assertSuggestionId(body.id);
        await rejectSuggestion(deps.db, {
          id: body.id,
          author: actor.sub,
          onRejected: (tx) =>
            writeAudit(tx, {
              actor: actor.sub,
              action: 'suggestion.reject',
              target: `suggestion:${body.id}`,
            }),
        });
        return { rejected: body.id };
      },
    }),
  ];
}

function assertSuggestionId(id: string): void {
  const kind = id.split(':', 1)[0];
  if (SuggestionKind.safeParse(kind).success && id.split(':').length >= 3) return;
  throw new BadRequestError(
    `invalid body field "id": "${id}" is not a suggestion id (kind:kenticoValue:brightpearlValue)`,
    'id',
  );
}
