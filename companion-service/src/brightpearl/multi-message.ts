import { BrightpearlErrorItem } from '@bpkc/shared-types';
import { z } from 'zod';

import { parseBody, validateRequest } from './envelope';
import { BrightpearlProtocolError } from './errors';
import type { Transport } from './http';
import {
  MAX_MESSAGES_PER_MULTI_MESSAGE,
  MULTI_MESSAGE_ENDPOINT,
  MultiMessageResponse,
} from './multi-message-wire';
import type { MultiMessageFallback } from './multi-message-fallback';
import { sendSingly } from './multi-message-singly';
import type { BrightpearlClient, CallOptions, MultiMessageResult } from './types';

const ENDPOINT = MULTI_MESSAGE_ENDPOINT;

const Messages = z
  .array(
    z.object({
      label: z.string().min(1),
      uri: z.string().startsWith('/'),
      httpMethod: z.enum(['POST', 'PUT', 'DELETE']),
      body: z.unknown(),
    }),
  )
  .min(2)
  .max(MAX_MESSAGES_PER_MULTI_MESSAGE)
  .refine((messages) => new Set(messages.map((m) => m.label)).size === messages.length, {
    message: 'labels must be unique (results are matched by label)',
  });

/** Each inner body is itself an envelope, serialised as a JSON string (reference §3.5). */
const InnerEnvelope = z.object({
  response: z.unknown().optional(),
  errors: z.array(BrightpearlErrorItem).optional(),
});

type MultiMessageApi = Pick<BrightpearlClient, 'multiMessage'>;

/** With `fallback`, single calls stand in for multi-message while it is set aside. */
export function createMultiMessageApi(
  transport: Transport,
  fallback?: MultiMessageFallback,
): MultiMessageApi {
  const send = async (body: unknown, call: CallOptions) => {
    try {
      return await transport.send({
        method: 'POST',
        endpoint: ENDPOINT,
        path: '/multi-message',
        body,
        call,
      });
    } catch (error) {
      fallback?.tripOn(error);
      throw error;
    }
  };

  return {
    async multiMessage(messages, options = {}) {
      const valid = validateRequest(Messages, messages, ENDPOINT);
      const onFail = options.onFail ?? 'STOP';
      if (fallback?.active()) return sendSingly(transport, valid, { onFail, call: options });
      // SEQUENTIAL so that onFail STOP means "nothing after the first failure ran".
      const response = await send(
        { processingMode: 'SEQUENTIAL', onFail, messages: valid },
        options,
      );
      const { processedMessages } = parseBody(MultiMessageResponse, response, ENDPOINT).response;
      const byLabel = new Map(processedMessages.map((message) => [message.label, message]));
      // In request order; a label Brightpearl did not report was not processed.
      return valid.map(({ label }): MultiMessageResult => {
        const processed = byLabel.get(label);
        if (!processed) return { label, statusCode: 0, processed: false };
        const inner = parseInner(processed.body?.content ?? '', response.status);
        return { label, statusCode: processed.statusCode, ...inner, processed: true };
      });
    },
  };
}

function parseInner(content: string, status: number): z.output<typeof InnerEnvelope> {
  if (content.trim() === '') return {};
  let json: unknown;
  try {
    json = JSON.parse(content);
  } catch (cause) {
    throw new BrightpearlProtocolError({
      endpoint: ENDPOINT,
      status,
      reason: 'inner body is not JSON',
      cause,
    });
  }
  const inner = parseBody(InnerEnvelope, { status, body: json }, ENDPOINT);
  return {
    ...(inner.response === undefined ? {} : { response: inner.response }),
    ...(inner.errors === undefined ? {} : { errors: inner.errors }),
  };
}
