import { z } from 'zod';

/** Brightpearl answers `{response}` or `{errors}`, never both (reference §3.1). */
export const BrightpearlErrorItem = z.object({ code: z.string(), message: z.string() });
export type BrightpearlErrorItem = z.infer<typeof BrightpearlErrorItem>;

export const BrightpearlErrorBody = z.object({ errors: z.array(BrightpearlErrorItem) });

export const brightpearlResponse = <T extends z.ZodType>(inner: T) => z.object({ response: inner });

/** Create endpoints answer with the new id as a bare integer. */
export const CreatedIdResponse = brightpearlResponse(z.number().int().positive());

export const BRIGHTPEARL_HEADERS = {
  requestsRemaining: 'brightpearl-requests-remaining',
  nextThrottlePeriod: 'brightpearl-next-throttle-period',
  accountToken: 'brightpearl-account-token',
  appRef: 'brightpearl-app-ref',
  devRef: 'brightpearl-dev-ref',
  instanceId: 'brightpearl-installed-integration-instance-id',
} as const;

/** The body of a 503 that means "over the request cap" (a 503 without it is an outage). */
export const THROTTLE_MESSAGE =
  'You have sent too many requests. Please wait before sending another request';
