import { brightpearlResponse, CreatedIdResponse, WebhookDefinition } from '@bpkc/shared-types';
import { z } from 'zod';

import { parseBody, validateRequest } from './envelope';
import { BrightpearlNotFoundError } from './errors';
import { getOrNone } from './id-chunks';
import type { Transport } from './http';
import type { BrightpearlClient, CallOptions } from './types';

const ENDPOINTS = {
  list: 'GET /integration-service/webhook',
  create: 'POST /integration-service/webhook',
  delete: 'DELETE /integration-service/webhook/{id}',
} as const;
const PATH = '/integration-service/webhook';

const StoredWebhook = WebhookDefinition.extend({ id: z.number().int().positive() });
const ListResponse = brightpearlResponse(z.array(StoredWebhook));
// `{}` is recorded; an empty body would mean the same, so it is not worth a protocol error.
const DeleteResponse = z.union([z.object({}), z.literal('')]);

// The id is Brightpearl's to assign; there is no update, only delete + recreate (reference §10.1).
const NewWebhook = WebhookDefinition.omit({ id: true }).refine(
  (hook) =>
    !['POST', 'PUT'].includes(hook.httpMethod) ||
    (hook.bodyTemplate !== undefined && hook.contentType !== undefined),
  { message: 'POST and PUT webhooks need bodyTemplate and contentType' },
);

const WebhookId = z.number().int().positive();

type WebhooksApi = Pick<BrightpearlClient, 'listWebhooks' | 'createWebhook' | 'deleteWebhook'>;

export function createWebhooksApi(transport: Transport): WebhooksApi {
  return {
    async listWebhooks(call?: CallOptions) {
      // An account without webhooks answers 404 CMNC-404, not an empty list.
      const body = await getOrNone(transport, {
        endpoint: ENDPOINTS.list,
        path: PATH,
        schema: ListResponse,
        call,
      });
      return body?.response ?? [];
    },

    async createWebhook(definition: WebhookDefinition, call?: CallOptions): Promise<number> {
      const endpoint = ENDPOINTS.create;
      const body = validateRequest(NewWebhook, definition, endpoint);
      const response = await transport.send({ method: 'POST', endpoint, path: PATH, body, call });
      return parseBody(CreatedIdResponse, response, endpoint).response;
    },

    async deleteWebhook(id: number, call?: CallOptions): Promise<void> {
      const endpoint = ENDPOINTS.delete;
      const valid = validateRequest(WebhookId, id, endpoint);
      try {
        const response = await transport.send({
          method: 'DELETE',
          endpoint,
          path: `${PATH}/${valid}`,
          call,
        });
        parseBody(DeleteResponse, response, endpoint);
      } catch (error) {
        // "Cannot find webhook": already deleted (by us on an earlier try, or by a user).
        if (error instanceof BrightpearlNotFoundError) return;
        throw error;
      }
    },
  };
}
