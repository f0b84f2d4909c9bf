import { randomBytes } from 'node:crypto';

import { createSilentLogger } from '../../observability/logger';
import { migrate, openStore, type Store } from '../../store';
import { createConnectionStore } from './connection-store';
import { OAuthReconnectRequiredError, OAuthTokenEndpointError } from './errors';
import { createTokenCipher } from './token-cipher';
import type { TokenEndpoint } from './token-endpoint';
import type { TokenGrant } from './token-response';
import { createTokenSource } from './token-source';

const MINUTE_MS = 60_000;
const START = Date.parse('2026-03-01T10:00:00Z');
const LIFETIME_S = 3600;

/** A token endpoint whose refresh answers as scripted: the remaining life, a full one, or 503. */
function scriptedEndpoint(clock: () => number, mode: { answer: 'remaining' | 'full' | 'outage' }) {
  let serial = 0;
  let endsAt = START + LIFETIME_S * 1000;
  const grant = (expiresInSeconds: number): TokenGrant => {
    serial++;
    return {
      accessToken: `access-${serial}`,
      refreshToken: `refresh-${serial}`,
      apiDomain: null,
      expiresInSeconds,
      installationInstanceId: serial === 1 ? '13' : null,
    };
  };
  const endpoint: TokenEndpoint & { refreshes: number } = {
    refreshes: 0,
    authorizeUrl: () => 'https://oauth.example.test/authorize',
    exchangeCode: () => Promise.resolve(grant(LIFETIME_S)),
    refresh() {
      endpoint.refreshes++;
      if (mode.answer === 'outage') {
        return Promise.reject(new OAuthTokenEndpointError('token endpoint answered 503'));
      }
      if (mode.answer === 'full') endsAt = clock() + LIFETIME_S * 1000;
      return Promise.resolve(grant(Math.floor((endsAt - clock()) / 1000)));
    },
  };
  return endpoint;
}

describe('OAuth token source: refreshing near expiry', () => {
  let store: Store;
  const logger = createSilentLogger();
  const connections = createConnectionStore({
    cipher: createTokenCipher(randomBytes(32)),
    accountCode: 'acme',
  });

  beforeAll(async () => {
    store = await openStore({ logger });
    await migrate(store, logger);
  });
  afterAll(() => store.close());

  async function setup(answer: 'remaining' | 'full' | 'outage') {
    await store.query('DELETE FROM brightpearl_oauth_connection');
    let now = START;
    const clock = () => now;
    const mode = { answer };
    const endpoint = scriptedEndpoint(clock, mode);
    const grant = await endpoint.exchangeCode({ code: 'c', redirectUri: 'https://x.test/cb' });
    await connections.saveConnected(store, { grant, connectedBy: 'alice', now: new Date(now) });
    const source = () =>
      createTokenSource({
        db: store,
        logger,
        connections,
        endpoint,
        fallbackToken: 'static',
        configuredApiBase: 'https://euw1.example.test/public-api/acme',
        accountCode: 'acme',
        clock,
      });
    const advance = (ms: number) => (now += ms);
    return { endpoint, mode, instances: [source(), source()], advance, clock };
  }

  it('refreshes once when the refreshed token keeps only the remaining life', async () => {
    const { endpoint, instances, advance } = await setup('remaining');
    advance(51 * MINUTE_MS);
    const tokens = new Set<string>();
    for (let call = 0; call < 29; call++) {
      tokens.add(await instances[call % 2]!.accessToken());
      advance(15_000);
    }
    expect(endpoint.refreshes).toBe(1);
    expect(tokens).toEqual(new Set(['access-2']));
    const row = await connections.summary(store);
    expect(row?.status).toBe('reconnect-required');
    expect(await instances[0]!.reconnectBy()).toEqual(row?.expiresAt);

    advance(10 * MINUTE_MS); // past the end: no refresh loop, a reconnect is asked for
    await expect(instances[0]!.accessToken()).rejects.toBeInstanceOf(OAuthReconnectRequiredError);
    expect(await instances[1]!.renewAfterUnauthorized('access-2')).toBe(false);
    expect(endpoint.refreshes).toBe(1);
  });

  it('refreshes once per token when the refresh gives a new life, and keeps going', async () => {
    const { endpoint, instances, advance } = await setup('full');
    advance(51 * MINUTE_MS);
    for (let call = 0; call < 29; call++) {
      await instances[call % 2]!.accessToken();
      advance(15_000);
    }
    expect(endpoint.refreshes).toBe(1);
    expect((await connections.summary(store))?.status).toBe('connected');
    expect(await instances[0]!.reconnectBy()).toBeNull();
  });

  it('asks an unreachable token endpoint at most once a minute, using the current token', async () => {
    const { endpoint, instances, advance } = await setup('outage');
    advance(51 * MINUTE_MS);
    for (let call = 0; call < 30; call++) {
      expect(await instances[0]!.accessToken()).toBe('access-1');
      advance(5_000); // 30 calls over 2.5 minutes
    }
    expect(endpoint.refreshes).toBe(3);
  });

  it('never refreshes twice within a minute, even after a 401 on the new token', async () => {
    const { endpoint, instances, advance } = await setup('full');
    advance(51 * MINUTE_MS);
    const fresh = await instances[0]!.accessToken();
    expect(endpoint.refreshes).toBe(1);
    advance(10_000);
    // Another instance saw a 401 on the token just issued: refreshing again now cannot help.
    expect(await instances[1]!.renewAfterUnauthorized(fresh)).toBe(false);
    expect(endpoint.refreshes).toBe(1);
    advance(MINUTE_MS);
    expect(await instances[1]!.renewAfterUnauthorized(fresh)).toBe(true);
    expect(endpoint.refreshes).toBe(2);
  });

  it('knows the installation id the connect answered', async () => {
    const { instances } = await setup('full');
    expect(await instances[0]!.installationInstanceId()).toBe(13);
  });
});
