import { randomBytes } from 'node:crypto';

import type { CompanionConfig } from '@bpkc/companion-service';

import type { CatalogItem as CatalogEntry } from '../kentico';
import { SANDBOX_MAPPING } from './sandbox-mapping';
import type { SandboxOptions } from './start-sandbox';

/** The port is only known once listening, so the sandbox's tokens name a fixed audience. */
export const SANDBOX_TOKEN_AUDIENCE = 'urn:bpkc:sandbox-companion';

const TAX_CODES: Record<number, string> = { 20: 'T20', 5: 'T5', 0: 'Z' };

export function toSimulatorProduct(entry: CatalogEntry, onHand: number) {
  return {
    sku: entry.sku,
    name: entry.name,
    price: entry.unitPrice.toFixed(2),
    taxCode: TAX_CODES[entry.taxRate] ?? 'T20',
    stockTracked: true,
    stock: { 2: onHand },
  };
}

export function sandboxCompanionConfig(input: {
  options: SandboxOptions;
  secret: string;
  bpApi: string;
  bridgeUrl: string;
}): CompanionConfig {
  const api = new URL(input.bpApi);
  const accountCode = api.pathname.split('/').filter(Boolean).pop() ?? 'sandbox';
  return {
    mode: 'sandbox',
    http: { host: '127.0.0.1', port: input.options.companionPort ?? 0 },
    logLevel: 'info',
    store: {
      dataDir: input.options.dataDir,
      databaseUrl: input.options.databaseUrl,
      schema: input.options.schema,
    },
    brightpearl: {
      baseUrl: api.origin,
      accountCode,
      auth: { mode: 'account-token', appRef: 'bpconnect-sandbox', accountToken: 'sandbox-token' },
      requestCap: input.options.cap ?? 200,
      budgetShare: input.options.budgetShare ?? 1,
      // The simulated account's window, so the companion paces to the same rolling window.
      windowMs: input.options.windowMs,
    },
    kentico: { bridgeUrl: input.bridgeUrl, sharedSecret: input.secret },
    mapping: input.options.mapping ?? SANDBOX_MAPPING,
    alerts: input.options.alerts,
    admin: input.options.admin ?? {
      tokenSecret: randomBytes(32).toString('hex'),
      origin: 'http://127.0.0.1:4200',
      audience: SANDBOX_TOKEN_AUDIENCE,
      installationId: 'sandbox',
    },
    sync: {
      concurrency: input.options.concurrency ?? 4,
      coalesceMs: input.options.coalesceMs ?? 100,
      fullCompareMinutes: input.options.fullCompareMinutes ?? 0,
      sweepSeconds: input.options.sweepSeconds ?? 0,
      paymentBatchWaitMs: input.options.paymentBatchWaitMs ?? 500,
      reconcileSeconds: input.options.reconcileSeconds ?? 0,
      // The sandbox reconciles on request, right after its tests place orders: no grace period.
      reconcileGraceSeconds: 0,
    },
  };
}
