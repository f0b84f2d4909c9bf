import { z } from 'zod';

import { Timestamp } from './common';
import { ConnectionHealth } from './overview';
import { MappingIssue } from './validation';

/**
 * The Brightpearl webhooks the companion needs, as its last registration found them (no
 * Brightpearl call per read). `expected` follows the current mapping, so a mapping that
 * starts a flow shows `partial` until the webhooks are registered again.
 */
export const ConnectionWebhooks = z.object({
  state: z.enum(['registered', 'partial', 'missing', 'unknown']),
  checkedAt: Timestamp.nullable(),
  expected: z.number().int(),
  subscriptions: z.array(
    z.object({ event: z.string(), registered: z.boolean(), id: z.number().int().nullable() }),
  ),
});
export type ConnectionWebhooks = z.infer<typeof ConnectionWebhooks>;

/**
 * The current mapping checked against the connected account's lookups (on connect, at start-up
 * and on save). `checkedAt` null: not checked yet. Errors here dead-letter the orders they touch.
 */
export const ConnectionMappingCheck = z.object({
  checkedAt: Timestamp.nullable(),
  mappingVersion: z.number().int().nullable(),
  issues: z.array(MappingIssue),
});
export type ConnectionMappingCheck = z.infer<typeof ConnectionMappingCheck>;

/** GET /connection: where the companion connects, and how each connection is doing. */
export const Connection = z.object({
  brightpearl: z.object({
    accountCode: z.string(),
    environment: z.enum(['sandbox', 'live']),
    apiBaseUrl: z.string(),
    authMode: z.enum(['account-token', 'oauth']),
    health: ConnectionHealth,
    /** OAuth authorisation (null when the OAuth flow is not in use). */
    oauth: z.object({ authorised: z.boolean(), expiresAt: Timestamp.nullable() }).nullable(),
  }),
  kentico: z.object({ bridgeUrl: z.string(), health: ConnectionHealth }),
  webhooks: ConnectionWebhooks,
  mappingCheck: ConnectionMappingCheck.optional(),
});
export type Connection = z.infer<typeof Connection>;

/** One live probe: did the platform answer, how fast, and what happened in words. */
export const ConnectionProbe = z.object({
  ok: z.boolean(),
  /** null when no answer arrived (network, timeout). */
  latencyMs: z.number().int().nullable(),
  detail: z.string(),
});
export type ConnectionProbe = z.infer<typeof ConnectionProbe>;

/** POST /connection/test: one cheap call to each platform. */
export const ConnectionTest = z.object({
  testedAt: Timestamp,
  brightpearl: ConnectionProbe,
  kentico: ConnectionProbe,
});
export type ConnectionTest = z.infer<typeof ConnectionTest>;
