import { brightpearlResponse } from '@bpkc/shared-types';
import { z } from 'zod';

/** Multi-message takes 2–10 messages (reference §3.5). */
export const MAX_MESSAGES_PER_MULTI_MESSAGE = 10;
export const MULTI_MESSAGE_ENDPOINT = 'POST /multi-message';

/** The answer (200 all good, 207 mixed): each inner body is an envelope as a JSON string. */
export const MultiMessageResponse = brightpearlResponse(
  z.object({
    processedMessages: z
      .array(
        z.object({
          label: z.string(),
          statusCode: z.number().int(),
          body: z.object({ content: z.string() }).nullish(),
        }),
      )
      .default([]),
    unprocessedMessages: z.array(z.string()).default([]),
  }),
);
export type ProcessedMessage = z.output<
  typeof MultiMessageResponse
>['response']['processedMessages'][number];
