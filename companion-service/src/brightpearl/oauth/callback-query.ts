import { z } from 'zod';

import { OAuthCallbackError } from './errors';

/** What Brightpearl appends to the redirect URI; anything else in the query is ignored. */
export const CallbackQuery = z.object({
  code: z.string().max(2048).optional(),
  state: z.string().max(256).optional(),
  /** Standard OAuth: set instead of `code` when the merchant declined or the request was bad. */
  error: z.string().max(100).optional(),
});
export type CallbackQuery = z.infer<typeof CallbackQuery>;

/** The code and state, or an OAuthCallbackError naming what is missing. */
export function checkCallback(query: CallbackQuery): { code: string; state: string } {
  if (query.error) {
    throw new OAuthCallbackError(400, `Brightpearl did not authorise the app (${query.error})`);
  }
  if (!query.code)
    throw new OAuthCallbackError(400, 'The callback has no authorisation code (code)');
  if (!query.state) throw new OAuthCallbackError(400, 'The callback has no state (state)');
  return { code: query.code, state: query.state };
}
