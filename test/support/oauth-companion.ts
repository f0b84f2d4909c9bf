import {
  type Companion,
  type CompanionConfig,
  createSilentLogger,
  startCompanion,
} from '@bpkc/companion-service';
import {
  adminShellRouter,
  type BrightpearlSimulator,
  createBrightpearlSimulator,
  createKenticoSimulator,
  SANDBOX_MAPPING,
} from '@bpkc/sandbox';

import {
  ACCOUNT,
  ADMIN_SECRET,
  ADMIN_TOKEN_KEY,
  APP_REF,
  ENCRYPTION_KEY,
  freePort,
} from './oauth-helpers';

export interface OAuthCompanionRig {
  brightpearl: BrightpearlSimulator;
  companion: Companion;
  companionUrl: string;
  stop(): Promise<void>;
}

/** The companion in OAuth mode, not connected yet, against both simulators on loopback. */
export async function startOAuthCompanion(
  options: { adminShell?: boolean } = {},
): Promise<OAuthCompanionRig> {
  const secret = 'k'.repeat(40);
  const brightpearl = createBrightpearlSimulator({ accountCode: ACCOUNT, cap: 100_000 });
  const bpServer = await brightpearl.listen();
  const kentico = createKenticoSimulator({ secret });
  const kenticoServer = await kentico.listen();
  const port = await freePort();
  const companionUrl = `http://127.0.0.1:${port}`;
  const bpOrigin = new URL(bpServer.url).origin;
  const config: CompanionConfig = {
    mode: 'live',
    http: { host: '127.0.0.1', port },
    logLevel: 'error',
    store: {},
    brightpearl: {
      baseUrl: bpOrigin,
      accountCode: ACCOUNT,
      auth: {
        mode: 'oauth',
        appRef: APP_REF,
        devRef: 'dev',
        accessToken: () => Promise.reject(new Error('not connected')),
      },
      requestCap: 100_000,
      budgetShare: 1,
      oauth: {
        oauthBaseUrl: bpOrigin,
        redirectUrl: `${companionUrl}/oauth/brightpearl/callback`,
        encryptionKey: ENCRYPTION_KEY,
      },
    },
    kentico: { bridgeUrl: kenticoServer.url, sharedSecret: secret },
    mapping: SANDBOX_MAPPING,
    admin: {
      tokenSecret: ADMIN_SECRET,
      origin: 'http://127.0.0.1:4200',
      audience: ADMIN_TOKEN_KEY.audience,
      installationId: ADMIN_TOKEN_KEY.installationId,
    },
    sync: {
      concurrency: 1,
      coalesceMs: 100,
      fullCompareMinutes: 0,
      sweepSeconds: 0,
      paymentBatchWaitMs: 500,
      reconcileSeconds: 0,
    },
  };
  const companion = await startCompanion(config, {
    logger: createSilentLogger(),
    warmProductCache: false,
    connectOnListen: false,
    // The sandbox's /admin shell, so the browser tests can press "Connect" on the real screen.
    extraRouters: options.adminShell ? [adminShellRouter({ tokenKey: ADMIN_TOKEN_KEY })] : [],
  });
  await companion.listen();
  return {
    brightpearl,
    companion,
    companionUrl,
    async stop() {
      await kentico.close();
      await companion.stop();
      await kenticoServer.close();
      await bpServer.close();
    },
  };
}
