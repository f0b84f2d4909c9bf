import { z } from 'zod';

/** `host` or `host:port`, nothing else: the value becomes the API base URL's authority. */
const ApiDomain = z.string().regex(/^[A-Za-z0-9.-]+(:\d{1,5})?$/);

/**
 * Success answer of both grants (reference §1.3, snake_case). A refresh answer has no
 * `installation_instance_id`; `api_domain` is optional defensively (we then keep the last one).
 */
export const TokenResponseBody = z.object({
  access_token: z.string().min(1),
  refresh_token: z.string().min(1),
  api_domain: ApiDomain.optional(),
  expires_in: z.coerce.number().int().positive(),
  installation_instance_id: z.union([z.string(), z.number()]).transform(String).optional(),
  token_type: z.string().optional(),
});

/** 400 answers: `{"error":"invalid_grant","error_description":"…"}` or `{"error":"invalid_client"}`. */
export const TokenErrorBody = z.object({
  error: z.string().min(1).max(100),
  error_description: z.string().max(300).optional(),
});

/** A grant as the rest of the companion sees it. */
export interface TokenGrant {
  accessToken: string;
  refreshToken: string;
  apiDomain: string | null;
  expiresInSeconds: number;
  installationInstanceId: string | null;
}

export function toGrant(body: z.output<typeof TokenResponseBody>): TokenGrant {
  return {
    accessToken: body.access_token,
    refreshToken: body.refresh_token,
    apiDomain: body.api_domain ?? null,
    expiresInSeconds: body.expires_in,
    installationInstanceId: body.installation_instance_id ?? null,
  };
}
